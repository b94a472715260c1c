#include "workingcalendar.h"

#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <array>
#include <atomic>
#include <bitset>

namespace pakn {

/// One solar year, computed once and never modified afterwards.
struct WorkingCalendar::Year
{
    QDate jan1;
    int days = 0;
    std::bitset<366> off;                     // by day of year − 1
    std::array<quint16, 367> workingBefore{}; // working days among the first i days of the year
    QList<DayOff> listed;                     // holidays, compensatory and extra days off, sorted
    QList<MarkedDay> makeUp;

    int total() const { return workingBefore[static_cast<size_t>(days)]; }
    int indexOf(const QDate &date) const { return static_cast<int>(jan1.daysTo(date)); }
    /// Working days from 1 January up to and including `index`.
    int workingThrough(int index) const { return workingBefore[static_cast<size_t>(index) + 1]; }
    /// The index of the working day that is the `rank`-th of the year (1-based); rank within 1..total().
    int indexOfRank(int rank) const
    {
        const auto begin = workingBefore.begin() + 1;
        return static_cast<int>(std::lower_bound(begin, begin + days, rank) - begin);
    }
};

constexpr int kYearCount = kLastCalendarYear - kFirstCalendarYear + 1;

struct WorkingCalendar::Shared
{
    CalendarOverrides overrides;
    HolidayRules rules;
    mutable QMutex buildMutex;
    mutable std::array<std::atomic<const Year *>, kYearCount> years{};

    Shared(CalendarOverrides o, HolidayRules r)
        : overrides(std::move(o))
        , rules(std::move(r))
    {}
    Shared(const Shared &) = delete;
    Shared &operator=(const Shared &) = delete;
    ~Shared()
    {
        for (auto &y : years)
            delete y.load(std::memory_order_acquire);
    }

    Year build(int yearNumber) const
    {
        Year y;
        y.jan1 = QDate(yearNumber, 1, 1);
        y.days = y.jan1.daysInYear();
        const YearOverrides *o = overrides.year(yearNumber);

        for (int i = 0; i < y.days; ++i)
            y.off[static_cast<size_t>(i)] = isWeeklyRestDay(y.jan1.addDays(i));

        QMap<QDate, DayOff> listed;
        for (const DayOff &h : rules.daysOff(yearNumber, o)) {
            if (h.date.year() == yearNumber) // the Labour Code table never spills over; a custom one is cut
                listed.insert(h.date, h);
        }
        if (o) {
            for (const MarkedDay &m : o->daysOff) {
                if (!listed.contains(m.date))
                    listed.insert(m.date,
                                  DayOff{m.date, DayOffKind::Extra, HolidayId::NewYear, nullptr, m.reason});
            }
            for (const MarkedDay &m : o->workingDays)
                listed.remove(m.date);
            y.makeUp = o->workingDays;
        }
        for (const DayOff &off : std::as_const(listed))
            y.off[static_cast<size_t>(y.indexOf(off.date))] = true;
        for (const MarkedDay &m : std::as_const(y.makeUp))
            y.off[static_cast<size_t>(y.indexOf(m.date))] = false;
        y.listed = listed.values();

        for (int i = 0; i < y.days; ++i)
            y.workingBefore[static_cast<size_t>(i) + 1] = static_cast<quint16>(
                y.workingBefore[static_cast<size_t>(i)] + (y.off[static_cast<size_t>(i)] ? 0 : 1));
        return y;
    }
};

WorkingCalendar::WorkingCalendar(CalendarOverrides overrides, HolidayRules rules)
    : d(std::make_shared<const Shared>(std::move(overrides), std::move(rules)))
{}

const CalendarOverrides &WorkingCalendar::overrides() const
{
    return d->overrides;
}

const HolidayRules &WorkingCalendar::rules() const
{
    return d->rules;
}

const WorkingCalendar::Year &WorkingCalendar::year(int yearNumber) const
{
    Q_ASSERT(yearNumber >= kFirstCalendarYear && yearNumber <= kLastCalendarYear);
    std::atomic<const Year *> &slot = d->years[static_cast<size_t>(yearNumber - kFirstCalendarYear)];
    if (const Year *ready = slot.load(std::memory_order_acquire))
        return *ready;
    QMutexLocker lock(&d->buildMutex);
    if (const Year *ready = slot.load(std::memory_order_relaxed))
        return *ready;
    const Year *built = new Year(d->build(yearNumber));
    slot.store(built, std::memory_order_release);
    return *built;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (!inRange(date))
        return false;
    const Year &y = year(date.year());
    return !y.off[static_cast<size_t>(y.indexOf(date))];
}

std::optional<DayOff> WorkingCalendar::dayOff(const QDate &date) const
{
    if (!inRange(date))
        return DayOff{date, DayOffKind::OutOfRange, HolidayId::NewYear, nullptr, {}};
    const Year &y = year(date.year());
    if (!y.off[static_cast<size_t>(y.indexOf(date))])
        return std::nullopt;
    const auto it = std::lower_bound(y.listed.cbegin(), y.listed.cend(), date,
                                     [](const DayOff &o, const QDate &dt) { return o.date < dt; });
    if (it != y.listed.cend() && it->date == date)
        return *it;
    return DayOff{date, DayOffKind::Weekend, HolidayId::NewYear, nullptr, {}};
}

QString WorkingCalendar::nonWorkingReason(const QDate &date) const
{
    const std::optional<DayOff> off = dayOff(date);
    return off ? off->reason() : QString();
}

QList<DayOff> WorkingCalendar::nonWorkingDays(int yearNumber) const
{
    if (yearNumber < kFirstCalendarYear || yearNumber > kLastCalendarYear)
        return {};
    return year(yearNumber).listed;
}

QList<MarkedDay> WorkingCalendar::makeUpWorkingDays(int yearNumber) const
{
    if (yearNumber < kFirstCalendarYear || yearNumber > kLastCalendarYear)
        return {};
    return year(yearNumber).makeUp;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int n) const
{
    if (!inRange(start))
        return {};
    if (n == 0)
        return start;
    int yearNumber = start.year();
    const Year *y = &year(yearNumber);
    const int index = y->indexOf(start);
    if (n > 0) {
        // The target is the working day whose rank in its year is `rank`.
        qint64 rank = static_cast<qint64>(y->workingThrough(index)) + n;
        while (rank > y->total()) {
            rank -= y->total();
            if (++yearNumber > kLastCalendarYear)
                return {};
            y = &year(yearNumber);
        }
        return y->jan1.addDays(y->indexOfRank(static_cast<int>(rank)));
    }
    // Backwards: the working days strictly before start have ranks 1..workingBefore[index].
    qint64 rank = static_cast<qint64>(y->workingBefore[static_cast<size_t>(index)]) + n + 1;
    while (rank < 1) {
        if (--yearNumber < kFirstCalendarYear)
            return {};
        y = &year(yearNumber);
        rank += y->total();
    }
    return y->jan1.addDays(y->indexOfRank(static_cast<int>(rank)));
}

int WorkingCalendar::workingDaysInclusive(const QDate &first, const QDate &last) const
{
    // Both in range, first <= last.
    const Year &a = year(first.year());
    const int before = a.workingBefore[static_cast<size_t>(a.indexOf(first))];
    if (first.year() == last.year())
        return a.workingThrough(a.indexOf(last)) - before;
    int count = a.total() - before;
    for (int yr = first.year() + 1; yr < last.year(); ++yr)
        count += year(yr).total();
    const Year &b = year(last.year());
    return count + b.workingThrough(b.indexOf(last));
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    const QDate first = std::max(from.addDays(1), firstDate());
    const QDate last = std::min(to, lastDate());
    return first <= last ? workingDaysInclusive(first, last) : 0;
}

} // namespace pakn
