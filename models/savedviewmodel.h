#pragma once

#include "store/petitionquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;

/// The saved views of the inbox pane with their live counts: one row per view, the name and the count.
///
/// Contract: lives on the GUI thread and counts through that thread's cache connection with one query
/// (PetitionQuery::savedViewCounts, a few ms at 100k). `setViews()` chooses the rows (a reset, done once per
/// sign-in); `refresh()` recounts and reports only the counts that changed (dataChanged), never a reset —
/// the owner calls it when the account's petitions or outbox changed.
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

    int rowOfView(SavedView view) const; ///< -1 when the view is not shown
    SavedView viewAt(int row) const;
    qint64 count(SavedView view) const; ///< as last counted

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<qint64> readCounts() const;

    std::shared_ptr<const CacheDatabase> m_cache;
    ViewContext m_context;
    QList<SavedView> m_views;
    QList<qint64> m_counts; ///< per kAllSavedViews entry
};

} // namespace pakn
