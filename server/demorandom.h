#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <cstddef>
#include <vector>

/// Small helpers for drawing demo data from a seeded QRandomGenerator, and Hà Nội time (UTC+7, no DST).
/// Everything here is deterministic: the same generator state gives the same results on every platform.
namespace pakn::server::demo {

inline constexpr qint64 kHanoiOffsetSeconds = 7 * 3600;

inline int pick(QRandomGenerator &rng, int n)
{
    return static_cast<int>(rng.bounded(static_cast<quint32>(n)));
}

/// A number from lo to hi, both included.
inline int between(QRandomGenerator &rng, int lo, int hi)
{
    return lo + pick(rng, hi - lo + 1);
}

inline bool chance(QRandomGenerator &rng, int percent)
{
    return pick(rng, 100) < percent;
}

template<typename Container, typename WeightOf>
int weightedIndex(QRandomGenerator &rng, const Container &items, WeightOf weightOf)
{
    int total = 0;
    for (const auto &item : items)
        total += weightOf(item);
    int r = pick(rng, total);
    int i = 0;
    for (const auto &item : items) {
        r -= weightOf(item);
        if (r < 0)
            return i;
        ++i;
    }
    return i - 1;
}

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline const char *anyOf(QRandomGenerator &rng, const std::vector<const char *> &list)
{
    return list[static_cast<std::size_t>(pick(rng, static_cast<int>(list.size())))];
}

inline QDateTime hanoiToUtc(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-kHanoiOffsetSeconds);
}

inline QDate hanoiDate(const QDateTime &utc)
{
    return utc.toUTC().addSecs(kHanoiOffsetSeconds).date();
}

} // namespace pakn::server::demo
