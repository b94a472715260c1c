#pragma once

#include "store/outbox.h"
#include "syncedtablemodel.h"

#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;
class CacheReader;

/// The outbox (commands queued for the server) as a table: the petition, the action, its state (waiting,
/// sending, failed with the reason, conflict) and when it was queued — all items, or those of one petition.
///
/// Contract: lives on the GUI thread but reads Outbox::all() on its CacheReader's worker thread, applied when
/// the answer comes back (`loaded()`); every request takes a generation number and an older answer is
/// dropped. `setCache()` and `setPetition()` change which items are listed: the model empties at once (a
/// reset: another petition's items never stay on screen) and the items follow in a second reset.
/// `refresh()` re-reads and merges by item id (syncedtablemodel.h), never a reset — the owner calls it on
/// AccountController::outboxChanged. `isLoading()` from a request until its answer is applied. Read-only:
/// retrying and dropping go through the AccountController.
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
    /// True from a request (setCache, setPetition, refresh) until its answer is applied.
    bool isLoading() const { return m_loading; }
    /// The thread the last applied answer was read on (the reader's worker; never the GUI thread).
    const QThread *lastQueryThread() const { return m_lastQueryThread; }
    const CacheReader *reader() const { return m_reader; }
    /// The item at `row`, as last read.
    const OutboxItem &item(int row) const { return m_items.at(row); }

    static QString stateLabel(OutboxState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The items asked for by the latest setCache/setPetition/refresh are shown.
    void loaded();

private:
    enum class Apply { Reset, Merge };
    void request(Apply how);
    QString detailText(const OutboxItem &item) const;

    std::shared_ptr<const CacheDatabase> m_cache;
    CacheReader *m_reader;
    quint64 m_generation = 0;
    bool m_loading = false;
    const QThread *m_lastQueryThread = nullptr;
    qint64 m_petitionId = 0;
    QList<OutboxItem> m_items;
};

} // namespace pakn
