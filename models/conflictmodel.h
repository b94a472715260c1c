#pragma once

#include "store/conflicts.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace pakn {

class CacheDatabase;

/// The unresolved conflicts (commands the server refused because the petition changed meanwhile), all or
/// those of one petition: the petition's code, the action, and since when it waits for the officer.
///
/// Contract: lives on the GUI thread and reads Conflicts::unresolved() through that thread's cache
/// connection (a handful of rows). `refresh()` re-reads; the rows are replaced only when they changed (a
/// reset). The owner calls it on AccountController::outboxChanged. Read-only: resolving goes through
/// AccountController::resolveConflict.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PetitionColumn, ActionColumn, SinceColumn, ColumnCount };
    enum Role { OutboxItemIdRole = Qt::UserRole + 1, PetitionIdRole };

    explicit ConflictModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache);
    /// Lists only the conflicts of `petitionId`; 0 lists all.
    void setPetition(qint64 petitionId);
    void refresh();
    const ConflictRecord &conflict(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const CacheDatabase> m_cache;
    qint64 m_petitionId = 0;
    QList<ConflictRecord> m_rows;
};

} // namespace pakn
