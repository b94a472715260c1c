#pragma once

#include "domain/petition.h"
#include "store/petitionquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;

/// The petition list, read from the cache by SQL one page at a time as the view scrolls.
///
/// Contract: lives on the GUI thread and reads through that thread's cache connection; it holds only the rows
/// fetched so far (`fetchMore` adds `pageSize()` rows). Order: most recently received first. `refresh()`
/// re-reads the rows after the cache changed (it resets the model; views keep their selection by petition id,
/// see `PetitionIdRole`).
class PetitionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        ChannelColumn,
        ReceivedColumn,
        DeadlineColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { PetitionIdRole = Qt::UserRole + 1 };

    explicit PetitionListModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context = {});
    void setFilter(const PetitionFilter &filter);
    const PetitionFilter &filter() const { return m_filter; }
    void refresh();
    static int pageSize() { return 200; }

    /// Row of the petition among the rows loaded so far, or -1.
    int rowOfPetition(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<PetitionRow> readRows(qint64 offset, qint64 limit) const;
    qint64 readTotal() const;

    std::shared_ptr<const CacheDatabase> m_cache;
    ViewContext m_context;
    PetitionFilter m_filter;
    QList<PetitionRow> m_rows;
    qint64 m_total = 0;
};

} // namespace pakn
