#pragma once

#include "lunarcalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

struct YearOverrides;

/// The years the working-day calendar covers (the lunar calendar reaches further).
inline constexpr int kFirstCalendarYear = 1900;
inline constexpr int kLastCalendarYear = 2100;

/// The public holidays of the Labour Code 2019, art. 112(1). Wire names (used in calendar overrides from the
/// server) must never change.
enum class HolidayId {
    NewYear,      ///< Tết Dương lịch, 01/01
    LunarNewYear, ///< Tết Âm lịch / Tết Nguyên Đán
    HungKings,    ///< Giỗ Tổ Hùng Vương, 10/3 lunar
    VictoryDay,   ///< Ngày Chiến thắng, 30/04
    LabourDay,    ///< Ngày Quốc tế lao động, 01/05
    NationalDay,  ///< Quốc khánh, 02/09 plus one adjacent day
};

enum class AnchorCalendar { Solar, Lunar };

/// One row of a holiday table: a window of `length` days starting `firstOffset` days from the anchor date.
struct HolidayRule
{
    HolidayId id;
    const char *wireName;
    const char *name; ///< English; QT_TRANSLATE_NOOP("Calendar", …)
    AnchorCalendar calendar;
    int month;
    int day;
    int firstOffset;
    int length;
    bool compensated; ///< art. 111(3): a day of it on a weekend gives the next free working day off
    bool overridable; ///< art. 112(3): the Prime Minister fixes the days each year; the server sends them
};

/// An inclusive range of dates.
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(const QDate &d) const { return isValid() && d >= first && d <= last; }
    qint64 days() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    friend bool operator==(const DateRange &a, const DateRange &b)
    {
        return a.first == b.first && a.last == b.last;
    }
};

/// Why a day is not a working day.
enum class DayOffKind {
    Weekend,      ///< Saturday or Sunday (weekly rest days of civil servants, QĐ 188/1999/QĐ-TTg)
    Holiday,      ///< a day of a public holiday window
    Compensatory, ///< nghỉ bù for a holiday day that fell on a weekend
    Extra,        ///< an extra day off from the yearly overrides (day swaps etc.), with its reason
    OutOfRange,   ///< outside the calendar's years: nothing is known, so it is never a working day
};

struct DayOff
{
    QDate date;
    DayOffKind kind = DayOffKind::Weekend;
    HolidayId holiday = HolidayId::NewYear; ///< for Holiday and Compensatory
    const char *holidayName = nullptr;      ///< untranslated, for Holiday and Compensatory
    QString note;                           ///< for Extra: the reason given by the override, shown as is

    /// The reason in the application's language: "Weekend", the holiday's name, "Compensatory day off for …",
    /// or the override's own reason.
    QString reason() const;
};

/// Saturday and Sunday.
bool isWeeklyRestDay(const QDate &date);

QString toWireName(HolidayId id);
std::optional<HolidayId> holidayFromWire(const QString &wireName);

/// The holiday policy as one table (holidayrules.cpp), and the computation of each year's holidays and
/// compensatory days from it.
///
/// Decisions (see the table for the data):
///  - Tết: 5 days; the default window is the last day of lunar month 12 plus mùng 1–4. The real window is
///    decided by the government every year (art. 112(3)) and usually differs (e.g. 2025: 27/01–31/01); it is
///    supplied as an override and taken as given: it already includes any compensation, so none is added.
///  - National Day: 02/09 plus one adjacent day; the default adjacent day is 01/09 (as in 2022, 2023, 2025;
///    2021 and 2024 used 03/09), overridable per year. Compensation applies to whichever pair is in force.
///  - Compensation (art. 111(3)) for 01/01, 30/04, 01/05, the National Day pair and Hùng Kings' day: each
///    holiday day on a Saturday or Sunday, in date order, gives the next weekday that is neither a holiday
///    nor already a compensatory day. So 2023: Hùng Kings' Sat 29/04 → Tue 02/05 (Mon 01/05 is a holiday) and
///    Victory Day Sun 30/04 → Wed 03/05, giving the published 29/04–03/05.
///  - A date covered by two rules counts once (the first row wins).
/// Extra days off and make-up working days are not applied here; WorkingCalendar layers them on top.
///
/// Contract: immutable after construction; const methods are pure and thread-safe.
class HolidayRules
{
public:
    /// The Labour Code 2019 table with the Vietnamese lunar calendar (UTC+7).
    HolidayRules();
    explicit HolidayRules(QList<HolidayRule> rules, LunarCalendar lunar = LunarCalendar());

    static QList<HolidayRule> labourCode2019();

    const QList<HolidayRule> &rules() const { return m_rules; }
    const HolidayRule *rule(HolidayId id) const;
    const LunarCalendar &lunar() const { return m_lunar; }

    /// The window a rule gives in a solar year when no override replaces it.
    DateRange defaultWindow(const HolidayRule &rule, int year) const;
    /// The anchor date of a rule in a solar year (01/01, mùng 1 Tết, 10/3 lunar, …).
    QDate anchor(const HolidayRule &rule, int year) const;

    /// Holiday and compensatory days of `year`, sorted by date. Windows in `overrides` replace the defaults.
    QList<DayOff> daysOff(int year, const YearOverrides *overrides = nullptr) const;

private:
    QList<HolidayRule> m_rules;
    LunarCalendar m_lunar;
};

} // namespace pakn
