#pragma once

#include "store/petitionquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace pakn::bench {

/// The baselines' way of doing the list: every row of the cache loaded into memory once, then filtered and
/// sorted in C++ (directly, or through a QSortFilterProxyModel). Each predicate and comparator mirrors the
/// SQL of PetitionQuery, so the baselines return the same rows in the same order as the queries they are
/// measured against — the benchmark checks that.
struct LoadedRows
{
    QList<PetitionRow> rows;
    QList<QString> submitterKeys; ///< the stored Vietnamese sort keys, parallel to `rows`
    QSet<qint64> drafts;
    QSet<qint64> outbox;
    QSet<qint64> lastReturned; ///< petitions whose latest timeline event is 'returned'
};

/// One SELECT of the list columns over every petition (plus the small sets the saved views need).
LoadedRows loadAllRows(QSqlDatabase db);

/// Reads rows of the list columns (id, code, title, submitter_name, submitter_phone, channel, field_id,
/// received_at, due_date, state, unit_id, assignee — in that order) the way PetitionQuery::page does.
QList<PetitionRow> readListRows(QSqlQuery &query);
PetitionRow readListRow(const QSqlQuery &query);

/// Whether row `i` passes the filter's saved view and column filters. Search and date ranges are not
/// mirrored (the benchmark's view scenarios do not use them).
bool accepts(const LoadedRows &data, qsizetype i, const PetitionFilter &filter, const ViewContext &context);

/// Row `a` before row `b` in the filter's order (sort keys Received, Deadline and Submitter), with SQL's
/// rules: NULL deadlines last in both directions, ties broken by id in the same direction.
bool before(const LoadedRows &data, qsizetype a, qsizetype b, SortKey key, Qt::SortOrder order);

/// Filter and sort in C++: indices into data.rows of the matching rows, in order.
QList<qsizetype> filterAndSort(const LoadedRows &data, const PetitionFilter &filter,
                               const ViewContext &context);

/// Counts of every saved view in kAllSavedViews order, counted in C++.
QList<qint64> countSavedViews(const LoadedRows &data, const ViewContext &context);

/// A tiny read-only table model over loaded rows, as an in-memory list pane would have.
class RowTableModel : public QAbstractTableModel
{
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        SubmitterColumn,
        ChannelColumn,
        FieldColumn,
        ReceivedColumn,
        DeadlineColumn,
        StateColumn,
        UnitColumn,
        AssigneeColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RowTableModel(const LoadedRows *data, QObject *parent = nullptr);
    const LoadedRows &loaded() const { return *m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const LoadedRows *m_data;
};

/// The RowTableModel column a proxy sorts on for a sort key (Received, Deadline or Submitter).
int sortColumnFor(SortKey key);

/// A QSortFilterProxyModel over RowTableModel that filters and sorts like a PetitionFilter. It reads the
/// source rows through RowTableModel::loaded() rather than data(), which favours the baseline: the ratios it
/// gives are lower bounds.
class ViewProxyModel : public QSortFilterProxyModel
{
public:
    ViewProxyModel(PetitionFilter filter, ViewContext context, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const LoadedRows &loaded() const;

    PetitionFilter m_filter;
    ViewContext m_context;
};

} // namespace pakn::bench
