#pragma once

#include "rowsync.h"

#include <QAbstractTableModel>

namespace pakn {

/// A table model whose rows are re-read from the cache and merged in by key (rowsync.h), so that refreshing
/// never resets the views: it only removes, moves, inserts and updates rows, keeping selections, the current
/// index and persistent indexes on the same records.
///
/// Contract: subclasses keep their rows in a QList and call `syncRows(m_rows, fresh, key, same,
/// syncSteps())` with the fresh rows; this class turns each step into the matching begin/end calls and
/// dataChanged over every column.
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    RowSyncSteps syncSteps();
};

} // namespace pakn
