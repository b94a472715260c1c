#include "holidayrules.h"

#include "calendaroverrides.h"

#include <QCoreApplication>
#include <QMap>

namespace pakn {
namespace {

using A = AnchorCalendar;

// Labour Code 2019 art. 112(1). Columns: id, wire name, name, calendar, anchor month/day, first day relative
// to the anchor, length, compensated (art. 111(3)), overridable (art. 112(3)).
const HolidayRule kLabourCode2019[] = {
    {HolidayId::NewYear, "new_year", QT_TRANSLATE_NOOP("Calendar", "New Year's Day"), A::Solar, 1, 1, 0, 1,
     true, false},
    // Last day of lunar month 12 (29th or 30th) + mùng 1–4; the real window comes from the yearly overrides.
    {HolidayId::LunarNewYear, "lunar_new_year", QT_TRANSLATE_NOOP("Calendar", "Lunar New Year (Tết)"),
     A::Lunar, 1, 1, -1, 5, false, true},
    {HolidayId::HungKings, "hung_kings", QT_TRANSLATE_NOOP("Calendar", "Hùng Kings' Commemoration Day"),
     A::Lunar, 3, 10, 0, 1, true, false},
    {HolidayId::VictoryDay, "victory_day", QT_TRANSLATE_NOOP("Calendar", "Victory Day"), A::Solar, 4, 30, 0,
     1, true, false},
    {HolidayId::LabourDay, "labour_day", QT_TRANSLATE_NOOP("Calendar", "International Labour Day"), A::Solar,
     5, 1, 0, 1, true, false},
    // 02/09 and, by default, the day before (01/09); the Prime Minister picks the adjacent day each year.
    {HolidayId::NationalDay, "national_day", QT_TRANSLATE_NOOP("Calendar", "National Day"), A::Solar, 9, 2,
     -1, 2, true, true},
};

} // namespace

bool isWeeklyRestDay(const QDate &date)
{
    const int dow = date.dayOfWeek();
    return dow == Qt::Saturday || dow == Qt::Sunday;
}

QString toWireName(HolidayId id)
{
    for (const HolidayRule &r : kLabourCode2019) {
        if (r.id == id)
            return QString::fromLatin1(r.wireName);
    }
    Q_UNREACHABLE();
}

std::optional<HolidayId> holidayFromWire(const QString &wireName)
{
    for (const HolidayRule &r : kLabourCode2019) {
        if (wireName == QLatin1String(r.wireName))
            return r.id;
    }
    return std::nullopt;
}

QString DayOff::reason() const
{
    switch (kind) {
    case DayOffKind::Weekend:
        return QCoreApplication::translate("Calendar", "Weekend");
    case DayOffKind::Holiday:
        return QCoreApplication::translate("Calendar", holidayName);
    case DayOffKind::Compensatory:
        return QCoreApplication::translate("Calendar", "Compensatory day off for %1")
            .arg(QCoreApplication::translate("Calendar", holidayName));
    case DayOffKind::Extra:
        return note.isEmpty() ? QCoreApplication::translate("Calendar", "Extra day off") : note;
    case DayOffKind::OutOfRange:
        return QCoreApplication::translate("Calendar", "Outside the supported calendar range");
    }
    Q_UNREACHABLE();
}

HolidayRules::HolidayRules()
    : HolidayRules(labourCode2019())
{}

HolidayRules::HolidayRules(QList<HolidayRule> rules, LunarCalendar lunar)
    : m_rules(std::move(rules))
    , m_lunar(lunar)
{}

QList<HolidayRule> HolidayRules::labourCode2019()
{
    return QList<HolidayRule>(std::begin(kLabourCode2019), std::end(kLabourCode2019));
}

const HolidayRule *HolidayRules::rule(HolidayId id) const
{
    for (const HolidayRule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QDate HolidayRules::anchor(const HolidayRule &rule, int year) const
{
    if (rule.calendar == AnchorCalendar::Solar)
        return QDate(year, rule.month, rule.day);
    // The regular (non-leap) month: a leap month 3 does not move Hùng Kings' day.
    return m_lunar.toSolar(LunarDate{rule.day, rule.month, year, false});
}

DateRange HolidayRules::defaultWindow(const HolidayRule &rule, int year) const
{
    const QDate a = anchor(rule, year);
    if (!a.isValid() || rule.length < 1)
        return {};
    const QDate first = a.addDays(rule.firstOffset);
    return {first, first.addDays(rule.length - 1)};
}

QList<DayOff> HolidayRules::daysOff(int year, const YearOverrides *overrides) const
{
    QMap<QDate, DayOff> byDate;
    for (const HolidayRule &r : m_rules) {
        DateRange window = defaultWindow(r, year);
        if (overrides) {
            const auto it = overrides->holidayWindows.constFind(r.id);
            if (it != overrides->holidayWindows.constEnd())
                window = *it;
        }
        for (QDate d = window.first; window.contains(d); d = d.addDays(1)) {
            if (!byDate.contains(d))
                byDate.insert(d, DayOff{d, DayOffKind::Holiday, r.id, r.name, {}});
        }
    }

    // Art. 111(3), in date order so that earlier holidays take the earlier free days.
    const QList<DayOff> holidays = byDate.values();
    for (const DayOff &h : holidays) {
        const HolidayRule *r = rule(h.holiday);
        if (!r || !r->compensated || !isWeeklyRestDay(h.date))
            continue;
        QDate d = h.date.addDays(1);
        while (isWeeklyRestDay(d) || byDate.contains(d))
            d = d.addDays(1);
        byDate.insert(d, DayOff{d, DayOffKind::Compensatory, h.holiday, h.holidayName, {}});
    }
    return byDate.values();
}

} // namespace pakn
