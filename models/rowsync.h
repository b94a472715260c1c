#pragma once

#include <QHash>
#include <QList>
#include <algorithm>
#include <functional>
#include <numeric>
#include <type_traits>

namespace pakn {

/// What a model does at each step of `syncRows`: its (protected) begin/end calls, wrapped by the model.
struct RowSyncSteps
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    /// The kept rows change order; `newRowOfOld[i]` is where row i goes. The model emits
    /// layoutAboutToBeChanged and moves its persistent indexes here.
    std::function<void(const QList<int> &newRowOfOld)> beginReorder;
    std::function<void()> endReorder;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    /// Rows whose content changed (same key, other values); the model emits dataChanged.
    std::function<void(int first, int last)> changed;
};

/// Turns `rows` into `fresh` by removing, reordering, inserting and updating rows by key, so a view keeps its
/// selection, current index and scroll position instead of being reset. Keys must be unique in each list.
///
/// Steps, in this order, each announced through `steps`: remove the rows whose key is not in `fresh` (runs,
/// from the bottom); if the kept rows are not in `fresh`'s order, one layout change puts them in it; insert
/// the new rows (runs); report kept rows whose values changed (`same` false). Pure list work, O(n log n).
template<typename Row, typename KeyOf, typename Same>
void syncRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Same same, const RowSyncSteps &steps)
{
    using Key = std::decay_t<decltype(keyOf(fresh.value(0)))>;
    QHash<Key, int> freshRow;
    freshRow.reserve(fresh.size());
    for (int i = 0; i < int(fresh.size()); ++i)
        freshRow.insert(keyOf(fresh.at(i)), i);

    for (int i = int(rows.size()) - 1; i >= 0;) {
        if (freshRow.contains(keyOf(rows.at(i)))) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !freshRow.contains(keyOf(rows.at(i))))
            --i;
        const int first = i + 1;
        steps.beginRemove(first, last);
        rows.remove(first, last - first + 1);
        steps.endRemove();
    }

    bool ordered = true;
    for (int i = 1; i < int(rows.size()) && ordered; ++i)
        ordered = freshRow.value(keyOf(rows.at(i - 1))) < freshRow.value(keyOf(rows.at(i)));
    if (!ordered) {
        QList<int> oldRowOfNew(rows.size());
        std::iota(oldRowOfNew.begin(), oldRowOfNew.end(), 0);
        std::sort(oldRowOfNew.begin(), oldRowOfNew.end(), [&](int a, int b) {
            return freshRow.value(keyOf(rows.at(a))) < freshRow.value(keyOf(rows.at(b)));
        });
        QList<int> newRowOfOld(rows.size());
        for (int n = 0; n < int(oldRowOfNew.size()); ++n)
            newRowOfOld[oldRowOfNew.at(n)] = n;
        steps.beginReorder(newRowOfOld);
        QList<Row> reordered;
        reordered.reserve(rows.size());
        for (int old : std::as_const(oldRowOfNew))
            reordered.append(rows.at(old));
        rows = std::move(reordered);
        steps.endReorder();
    }

    // Now `rows` is a subsequence of `fresh` in its order: walk both, inserting what is missing.
    int changedFirst = -1;
    auto flushChanged = [&](int end) {
        if (changedFirst >= 0)
            steps.changed(changedFirst, end - 1);
        changedFirst = -1;
    };
    int i = 0;
    while (i < int(fresh.size())) {
        if (i < int(rows.size()) && keyOf(rows.at(i)) == keyOf(fresh.at(i))) {
            if (!same(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                if (changedFirst < 0)
                    changedFirst = i;
            } else {
                flushChanged(i);
            }
            ++i;
            continue;
        }
        flushChanged(i);
        const bool hasNext = i < int(rows.size());
        int j = i;
        while (j < int(fresh.size()) && !(hasNext && keyOf(fresh.at(j)) == keyOf(rows.at(i))))
            ++j;
        steps.beginInsert(i, j - 1);
        for (int k = i; k < j; ++k)
            rows.insert(k, fresh.at(k));
        steps.endInsert();
        i = j;
    }
    flushChanged(i);
}

} // namespace pakn
