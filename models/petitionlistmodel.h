#pragma once

#include "calendar/workingcalendar.h"
#include "domain/petition.h"
#include "store/outbox.h"
#include "store/petitionquery.h"
#include "syncedtablemodel.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The petition list, read from the cache by SQL (PetitionQuery) one page at a time as the view scrolls.
///
/// Contract: lives on the GUI thread and reads through that thread's cache connection; it holds only the rows
/// fetched so far (`fetchMore` adds `pageSize()` rows). `setFilter()` and `sort()` change what is listed and
/// reset the model. `refresh()` re-reads the rows loaded so far after the cache changed and merges them in by
/// petition id (syncedtablemodel.h) — never a reset — so the view keeps its selection and scroll position.
/// The submitter column shows the name, and the phone number masked (masking.h) in its tooltip.
/// The deadline column says how many working days are left (deadlineStatus on the calendar given) in text,
/// and colours due-soon and overdue cells with a dark text on a light tint, readable on any theme.
/// A petition with commands in the outbox carries its sync mark (syncmark.h: queued, sending, failed,
/// conflict) as the code column's icon, tooltip and accessible text; `refresh()` re-reads the outbox too.
class PetitionListModel : public SyncedTableModel
{
    Q_OBJECT
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
    enum Role {
        PetitionIdRole = Qt::UserRole + 1,
        DeadlineStateRole,   ///< int(DeadlineState), or an invalid QVariant when no deadline runs
        WorkingDaysLeftRole, ///< int, or invalid when no deadline runs
        SearchTermsRole,     ///< QStringList: the folded terms of the current search (for highlighting)
        SyncStateRole,       ///< int(OutboxState) of the petition's most urgent outbox item, or invalid
    };

    explicit PetitionListModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context);
    void setCalendar(const WorkingCalendar &calendar);
    void setFilter(const PetitionFilter &filter);
    const PetitionFilter &filter() const { return m_filter; }
    const ViewContext &viewContext() const { return m_context; }
    const QStringList &searchTerms() const { return m_terms; }
    /// Re-reads the loaded rows and merges them in (no reset).
    void refresh();
    static int pageSize() { return 200; }
    /// All rows the filter matches, loaded or not.
    qint64 totalCount() const { return m_total; }
    /// The database error of the last query, if any (English, for logs).
    const QString &lastError() const { return m_lastError; }

    /// The loaded row `row` (0 <= row < rowCount()).
    const PetitionRow &rowAt(int row) const { return m_rows.at(row); }
    /// Row of the petition among the rows loaded so far, or -1.
    int rowOfPetition(qint64 id) const;
    static std::optional<SortKey> sortKeyOfColumn(int column);
    static int columnOfSortKey(SortKey key); ///< -1 when no column sorts by it

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<PetitionRow> readRows(qint64 offset, qint64 limit) const;
    qint64 readTotal() const;
    void reload();
    QVariant deadlineData(const PetitionRow &row, int role) const;
    QVariant codeData(const PetitionRow &row, int role) const;
    QHash<qint64, OutboxState> readSyncStates() const;

    std::shared_ptr<const CacheDatabase> m_cache;
    ViewContext m_context;
    WorkingCalendar m_calendar;
    PetitionFilter m_filter;
    QStringList m_terms;
    QList<PetitionRow> m_rows;
    QHash<qint64, OutboxState> m_syncStates; ///< petitions with outbox items
    qint64 m_total = 0;
    bool m_merging = false;
    mutable QString m_lastError;
};

} // namespace pakn
