#pragma once

#include "store/conflicts.h"

#include <QAbstractTableModel>
#include <QList>

namespace pakn {

/// The unresolved conflicts (commands the server refused because the petition changed meanwhile), all or
/// those of one petition: the petition's code, the action, and since when it waits for the officer.
///
/// Contract: a value model on the GUI thread; it reads nothing. The owner passes the rows it read on a reader
/// thread (PetitionRecord::conflicts, or Conflicts::unresolved()) with `setRows()`, again after each
/// AccountController::outboxChanged; the rows are replaced only when they changed (a reset). Read-only:
/// resolving goes through AccountController::resolveConflict.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PetitionColumn, ActionColumn, SinceColumn, ColumnCount };
    enum Role { OutboxItemIdRole = Qt::UserRole + 1, PetitionIdRole };

    explicit ConflictModel(QObject *parent = nullptr);

    void setRows(const QList<ConflictRecord> &rows);
    const ConflictRecord &conflict(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConflictRecord> m_rows;
};

} // namespace pakn
