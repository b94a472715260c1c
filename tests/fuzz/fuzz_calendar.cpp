// Fuzz target "calendar": the working-day calendar, deadlines and lunar dates with arbitrary dates, day
// counts and policies. The input is 25 bytes of numbers, then optionally `{"policy": [...], "overrides":
// [...]}` — the JSON forms of DeadlinePolicy and CalendarOverrides the server sends in its reference data.
//
// Contract checked (core/calendar/*.h): a policy or overrides that decode re-encode to the same value;
// addWorkingDays(s, n) for n > 0 is a working day after s and workingDaysBetween(s, it) == n; computeDeadline
// and dueDate agree; a deadline status for valid dates is consistent with the dates; solar → lunar → solar
// is the identity in the supported range. Nothing crashes, whatever the dates.
#include "calendar/deadlinepolicy.h"
#include "calendar/lunarcalendar.h"
#include "calendar/workingcalendar.h"
#include "fuzztargets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pakn::fuzz {
namespace {

/// Dates from a few years before 1900 to a few after 2100, so out-of-range dates come up too.
QDate dateFrom(quint32 raw)
{
    constexpr qint64 kJulian1895 = 2413560;
    return QDate::fromJulianDay(kJulian1895 + raw % 77000);
}

} // namespace

int calendar(const uint8_t *data, size_t size)
{
    ByteReader in(data, size);
    const QDate a = dateFrom(in.take<quint32>());
    const QDate b = dateFrom(in.take<quint32>());
    const int n = in.take<qint32>() % 40000;
    const qint64 msecs = in.take<qint64>() % (qint64(400) * 365 * 24 * 3600 * 1000);
    const quint8 step = in.take<quint8>();
    const int dueSoon = in.take<qint32>() % 1000;

    DeadlinePolicy policy;
    CalendarOverrides overrides;
    const QJsonObject json = QJsonDocument::fromJson(in.rest()).object();
    if (json.contains(QStringLiteral("policy"))) {
        const Decoded<DeadlinePolicy> p =
            DeadlinePolicy::fromJson(json.value(QStringLiteral("policy")).toArray());
        if (p) {
            const Decoded<DeadlinePolicy> again = DeadlinePolicy::fromJson(p.value->toJson());
            PAKN_FUZZ_CHECK(again && *again.value == *p.value);
            policy = *p.value;
        }
    }
    if (json.contains(QStringLiteral("overrides"))) {
        const Decoded<CalendarOverrides> o =
            CalendarOverrides::fromJson(json.value(QStringLiteral("overrides")).toArray());
        if (o) {
            const Decoded<CalendarOverrides> again = CalendarOverrides::fromJson(o.value->toJson());
            PAKN_FUZZ_CHECK(again && *again.value == *o.value);
            overrides = *o.value;
        }
    }
    // Building a calendar's years is the slow part: inputs without overrides share one (it is thread-safe and
    // immutable; its cache of years only grows).
    static const WorkingCalendar defaultCalendar;
    const WorkingCalendar cal = overrides.isEmpty() ? defaultCalendar : WorkingCalendar(overrides);

    const QDate later = cal.addWorkingDays(a, n);
    if (n > 0 && later.isValid()) {
        PAKN_FUZZ_CHECK(later > a && cal.isWorkingDay(later));
        PAKN_FUZZ_CHECK(cal.workingDaysBetween(a, later) == n);
    }
    if (n == 0)
        PAKN_FUZZ_CHECK(later == a || !WorkingCalendar::inRange(a));
    const int between = cal.workingDaysBetween(a, b);
    PAKN_FUZZ_CHECK(between == -cal.workingDaysBetween(b, a));
    PAKN_FUZZ_CHECK(cal.isWorkingDay(a) == !cal.dayOff(a).has_value() || !WorkingCalendar::inRange(a));
    PAKN_FUZZ_CHECK(cal.nonWorkingReason(a).isEmpty() == cal.isWorkingDay(a) || !WorkingCalendar::inRange(a));
    for (const DayOff &d : cal.nonWorkingDays(a.year()))
        PAKN_FUZZ_CHECK(d.date.year() == a.year());

    const DeadlineStep deadlineStep = static_cast<DeadlineStep>(step % 4);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const Deadline deadline = policy.computeDeadline(deadlineStep, start, cal);
    PAKN_FUZZ_CHECK(deadline.due == policy.dueDate(deadlineStep, start, cal));
    PAKN_FUZZ_CHECK(!deadline.isValid() || deadline.due >= deadline.start);

    const DeadlineStatus status = deadlineStatus(b, a, cal, dueSoon);
    if (WorkingCalendar::inRange(a) && WorkingCalendar::inRange(b)) {
        PAKN_FUZZ_CHECK((status.state == DeadlineState::Overdue) == (a > b));
        PAKN_FUZZ_CHECK(status.workingDaysLeft == cal.workingDaysBetween(a, b));
    }

    const LunarCalendar lunar;
    if (a >= LunarCalendar::firstSupportedDate() && a <= LunarCalendar::lastSupportedDate()) {
        const LunarDate l = lunar.toLunar(a);
        PAKN_FUZZ_CHECK(l.isValid());
        PAKN_FUZZ_CHECK(lunar.toSolar(l) == a);
    }
    return 0;
}

} // namespace pakn::fuzz
