#include "syncedtablemodel.h"

namespace pakn {

RowSyncSteps SyncedTableModel::syncSteps()
{
    RowSyncSteps s;
    s.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    s.endRemove = [this] { endRemoveRows(); };
    s.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    s.endInsert = [this] { endInsertRows(); };
    s.beginReorder = [this](const QList<int> &newRowOfOld) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(index.isValid() ? createIndex(newRowOfOld.at(index.row()), index.column())
                                      : QModelIndex());
        changePersistentIndexList(from, to);
    };
    s.endReorder = [this] { Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint); };
    s.changed = [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    };
    return s;
}

} // namespace pakn
