#pragma once

#include "store/petitionquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;
class CacheReader;

/// The saved views of the inbox pane with their live counts: one row per view, the name and the count.
///
/// Contract: lives on the GUI thread but counts on its CacheReader's worker thread, with one query
/// (PetitionQuery::savedViewCounts, a few ms at 100k, far more on a cold disk). `setViews()` chooses the rows
/// (a reset, done once per sign-in). `setCache()` forgets the counts — a view not yet counted shows "…" and
/// has `count()` -1 — and asks for them; `refresh()` asks again. Each answer reports only the counts that
/// changed (dataChanged), never a reset; an answer older than the latest request is dropped. The owner calls
/// `refresh()` when the account's petitions or outbox changed.
class SavedViewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { ViewRole = Qt::UserRole + 1, CountRole };

    explicit SavedViewModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context);
    void setViews(const QList<SavedView> &views);
    const QList<SavedView> &views() const { return m_views; }
    void refresh();
    bool isCounting() const { return m_counting; }

    int rowOfView(SavedView view) const; ///< -1 when the view is not shown
    SavedView viewAt(int row) const;
    qint64 count(SavedView view) const; ///< as last counted; -1 before the first count

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The counts asked for last are shown.
    void counted();

private:
    void applyCounts(const QList<qint64> &fresh);

    std::shared_ptr<const CacheDatabase> m_cache;
    CacheReader *m_reader;
    quint64 m_generation = 0;
    bool m_counting = false;
    ViewContext m_context;
    QList<SavedView> m_views;
    QList<qint64> m_counts; ///< per kAllSavedViews entry
};

} // namespace pakn
