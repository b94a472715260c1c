#pragma once

#include "domain/decoded.h" // Decoded<T>
#include "holidayrules.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace pakn {

/// A date with the reason it is marked (shown to the user as given by the server, usually in Vietnamese).
struct MarkedDay
{
    QDate date;
    QString reason;
    friend bool operator==(const MarkedDay &a, const MarkedDay &b)
    {
        return a.date == b.date && a.reason == b.reason;
    }
};

/// What the government decided for one solar year on top of the Labour Code rules.
struct YearOverrides
{
    int year = 0;
    QList<MarkedDay> daysOff;                  ///< extra days off (e.g. a bridge day of a day swap), sorted
    QList<MarkedDay> workingDays;              ///< make-up working days (e.g. a Saturday), sorted
    QMap<HolidayId, DateRange> holidayWindows; ///< replaces the default window of an overridable holiday
};

/// The yearly calendar decisions (extra days off, make-up working days, the Tết window and the National Day
/// pair), as the central service sends them in its reference data. JSON form, an array of years:
///
///     [{"year": 2024,
///       "days_off":        [{"date": "2024-04-29", "reason": "Hoán đổi ngày làm việc"}],
///       "working_days":    [{"date": "2024-05-04", "reason": "Làm bù cho 29/04"}],
///       "holiday_windows": [{"holiday": "lunar_new_year", "first": "2024-02-08", "last": "2024-02-14"}]}]
///
/// All three lists are optional. Validation is strict, and the first problem is reported with its path: year
/// 1900–2100 and unique; dates exactly yyyy-MM-dd inside that year; reasons non-empty; no date twice in a
/// list or in both lists; windows only for the holidays the government fixes (lunar_new_year, national_day),
/// at most 15 days, containing the holiday's own day (mùng 1 Tết, 02/09), each holiday at most once; no
/// unknown keys. A Tết window is the whole off period as published (compensation included); a National Day
/// window is the holiday pair, which the rules still compensate.
///
/// Contract: a plain value type; cheap to copy (implicitly shared Qt containers); no threading concerns.
class CalendarOverrides
{
public:
    static Decoded<CalendarOverrides> fromJson(const QByteArray &json);
    static Decoded<CalendarOverrides> fromJson(const QJsonArray &json);
    QJsonArray toJson() const;

    /// Checks one year by the rules above; returns the problem, or an empty string.
    static QString validate(const YearOverrides &year);
    /// Adds or replaces one year after validate(); returns the problem, or an empty string (nothing changed).
    QString setYear(YearOverrides year);

    /// The decisions for a year, or nullptr.
    const YearOverrides *year(int year) const;
    QList<int> years() const { return m_years.keys(); }
    bool isEmpty() const { return m_years.isEmpty(); }

    friend bool operator==(const CalendarOverrides &a, const CalendarOverrides &b);

private:
    QMap<int, YearOverrides> m_years;
};

bool operator==(const YearOverrides &a, const YearOverrides &b);

} // namespace pakn
