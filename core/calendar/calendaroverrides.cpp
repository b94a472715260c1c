#include "calendaroverrides.h"

#include "strictjson.h"

#include <QSet>
#include <algorithm>

namespace pakn {
namespace {

using calendar_detail::indexedPath;
using calendar_detail::StrictReader;

constexpr qint64 kMaxWindowDays = 15;
constexpr qsizetype kMaxDaysPerList = 366;

const QString kYear = QStringLiteral("year");
const QString kDaysOff = QStringLiteral("days_off");
const QString kWorkingDays = QStringLiteral("working_days");
const QString kWindows = QStringLiteral("holiday_windows");
const QString kDate = QStringLiteral("date");
const QString kReason = QStringLiteral("reason");
const QString kHoliday = QStringLiteral("holiday");
const QString kFirst = QStringLiteral("first");
const QString kLast = QStringLiteral("last");

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

void sortByDate(QList<MarkedDay> &days)
{
    std::sort(days.begin(), days.end(),
              [](const MarkedDay &a, const MarkedDay &b) { return a.date < b.date; });
}

QList<MarkedDay> readDays(StrictReader &r, const QString &key)
{
    QList<MarkedDay> days;
    const QJsonArray array = r.optionalArray(key);
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        StrictReader item(r.element(key, array, i), r.pathOf(indexedPath(key, i)));
        item.onlyKeys({kDate, kReason});
        MarkedDay day;
        day.date = item.date(kDate);
        day.reason = item.nonEmptyString(kReason);
        r.adopt(item);
        days.append(day);
    }
    return days;
}

QMap<HolidayId, DateRange> readWindows(StrictReader &r)
{
    QMap<HolidayId, DateRange> windows;
    const QJsonArray array = r.optionalArray(kWindows);
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = indexedPath(kWindows, i);
        StrictReader item(r.element(kWindows, array, i), r.pathOf(path));
        item.onlyKeys({kHoliday, kFirst, kLast});
        const QString name = item.string(kHoliday);
        const std::optional<HolidayId> id = holidayFromWire(name);
        if (!item.failed() && !id)
            item.fail(kHoliday, QStringLiteral("unknown holiday '%1'").arg(name.left(40)));
        const DateRange range{item.date(kFirst), item.date(kLast)};
        if (item.failed()) {
            r.adopt(item);
        } else if (windows.contains(*id)) {
            r.fail(path, QStringLiteral("holiday '%1' given twice").arg(name));
        } else {
            windows.insert(*id, range);
        }
    }
    return windows;
}

QString checkDays(const QList<MarkedDay> &days, int year, const QString &key, QSet<QDate> &seen)
{
    if (days.size() > kMaxDaysPerList)
        return QStringLiteral("%1: more than %2 days").arg(key).arg(kMaxDaysPerList);
    for (const MarkedDay &d : days) {
        if (!d.date.isValid() || d.date.year() != year)
            return QStringLiteral("%1: %2 is not in %3").arg(key, dateText(d.date)).arg(year);
        if (d.reason.trimmed().isEmpty())
            return QStringLiteral("%1: %2 has no reason").arg(key, dateText(d.date));
        if (seen.contains(d.date))
            return QStringLiteral("%1: %2 appears twice (as a day off and a working day, or twice in a list)")
                .arg(key, dateText(d.date));
        seen.insert(d.date);
    }
    return {};
}

QJsonArray daysToJson(const QList<MarkedDay> &days)
{
    QJsonArray array;
    for (const MarkedDay &d : days)
        array.append(QJsonObject{{kDate, dateText(d.date)}, {kReason, d.reason}});
    return array;
}

} // namespace

QString CalendarOverrides::validate(const YearOverrides &y)
{
    if (y.year < kFirstCalendarYear || y.year > kLastCalendarYear)
        return QStringLiteral("year: expected a whole number from %1 to %2")
            .arg(kFirstCalendarYear)
            .arg(kLastCalendarYear);
    QSet<QDate> seen;
    QString problem = checkDays(y.daysOff, y.year, kDaysOff, seen);
    if (problem.isEmpty())
        problem = checkDays(y.workingDays, y.year, kWorkingDays, seen);
    if (!problem.isEmpty())
        return problem;

    const HolidayRules rules;
    for (auto it = y.holidayWindows.constBegin(); it != y.holidayWindows.constEnd(); ++it) {
        const HolidayRule *rule = rules.rule(it.key());
        const QString name = toWireName(it.key());
        const DateRange &w = it.value();
        if (!rule || !rule->overridable)
            return QStringLiteral("%1: the window of '%2' is fixed by law and cannot be overridden")
                .arg(kWindows, name);
        if (!w.isValid())
            return QStringLiteral("%1: '%2' must have first <= last").arg(kWindows, name);
        if (w.first.year() != y.year || w.last.year() != y.year)
            return QStringLiteral("%1: '%2' must lie in %3").arg(kWindows, name).arg(y.year);
        if (w.days() > kMaxWindowDays)
            return QStringLiteral("%1: '%2' is longer than %3 days").arg(kWindows, name).arg(kMaxWindowDays);
        const QDate holidayItself = rules.anchor(*rule, y.year);
        if (!w.contains(holidayItself))
            return QStringLiteral("%1: '%2' must contain %3").arg(kWindows, name, dateText(holidayItself));
    }
    return {};
}

QString CalendarOverrides::setYear(YearOverrides year)
{
    sortByDate(year.daysOff);
    sortByDate(year.workingDays);
    const QString problem = validate(year);
    if (problem.isEmpty())
        m_years.insert(year.year, std::move(year));
    return problem;
}

const YearOverrides *CalendarOverrides::year(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &*it;
}

Decoded<CalendarOverrides> CalendarOverrides::fromJson(const QByteArray &json)
{
    QString error;
    const std::optional<QJsonArray> array = calendar_detail::parseArray(json, &error);
    if (!array)
        return Decoded<CalendarOverrides>::fail(error);
    return fromJson(*array);
}

Decoded<CalendarOverrides> CalendarOverrides::fromJson(const QJsonArray &json)
{
    using Result = Decoded<CalendarOverrides>;
    CalendarOverrides result;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString path = indexedPath(QString(), i);
        if (!json.at(i).isObject())
            return Result::fail(path + QStringLiteral(": expected an object"));
        StrictReader r(json.at(i).toObject(), path);
        r.onlyKeys({kYear, kDaysOff, kWorkingDays, kWindows});
        YearOverrides y;
        y.year = r.integer(kYear, kFirstCalendarYear, kLastCalendarYear);
        if (!r.failed() && result.m_years.contains(y.year))
            r.fail(kYear, QStringLiteral("%1 appears twice").arg(y.year));
        y.daysOff = readDays(r, kDaysOff);
        y.workingDays = readDays(r, kWorkingDays);
        y.holidayWindows = readWindows(r);
        if (r.failed())
            return Result::fail(r.error());
        const QString problem = result.setYear(std::move(y));
        if (!problem.isEmpty())
            return Result::fail(path + QLatin1Char('.') + problem);
    }
    return Result::ok(std::move(result));
}

QJsonArray CalendarOverrides::toJson() const
{
    QJsonArray array;
    for (const YearOverrides &y : m_years) {
        QJsonObject o{{kYear, y.year}};
        if (!y.daysOff.isEmpty())
            o.insert(kDaysOff, daysToJson(y.daysOff));
        if (!y.workingDays.isEmpty())
            o.insert(kWorkingDays, daysToJson(y.workingDays));
        if (!y.holidayWindows.isEmpty()) {
            QJsonArray windows;
            for (auto it = y.holidayWindows.constBegin(); it != y.holidayWindows.constEnd(); ++it)
                windows.append(QJsonObject{{kHoliday, toWireName(it.key())},
                                           {kFirst, dateText(it->first)},
                                           {kLast, dateText(it->last)}});
            o.insert(kWindows, windows);
        }
        array.append(o);
    }
    return array;
}

bool operator==(const YearOverrides &a, const YearOverrides &b)
{
    return a.year == b.year && a.daysOff == b.daysOff && a.workingDays == b.workingDays &&
           a.holidayWindows == b.holidayWindows;
}

bool operator==(const CalendarOverrides &a, const CalendarOverrides &b)
{
    return a.m_years == b.m_years;
}

} // namespace pakn
