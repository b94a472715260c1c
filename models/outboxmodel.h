#pragma once

#include "store/outbox.h"
#include "syncedtablemodel.h"

#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;

/// The outbox (commands queued for the server) as a table: the petition, the action, its state (waiting,
/// sending, failed with the reason, conflict) and when it was queued — all items, or those of one petition.
///
/// Contract: lives on the GUI thread and reads Outbox::all() through that thread's cache connection (the
/// outbox is small). `setPetition()` changes which items are listed (a reset); `refresh()` re-reads and
/// merges by item id (syncedtablemodel.h), never a reset — the owner calls it on
/// AccountController::outboxChanged. Read-only: retrying and dropping go through the AccountController.
class OutboxModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column { PetitionColumn, ActionColumn, StateColumn, DetailColumn, QueuedColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        PetitionIdRole,
        StateRole,    ///< int(OutboxState)
        CanRetryRole, ///< failed or in conflict: the user may try it again
        CanDropRole,  ///< not being sent right now
    };

    explicit OutboxModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache);
    /// Lists only the items of `petitionId`; 0 lists every item.
    void setPetition(qint64 petitionId);
    qint64 petition() const { return m_petitionId; }
    void refresh();
    /// The item at `row`, as last read.
    const OutboxItem &item(int row) const { return m_items.at(row); }

    static QString stateLabel(OutboxState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxItem> readItems() const;
    QString detailText(const OutboxItem &item) const;

    std::shared_ptr<const CacheDatabase> m_cache;
    qint64 m_petitionId = 0;
    QList<OutboxItem> m_items;
};

} // namespace pakn
