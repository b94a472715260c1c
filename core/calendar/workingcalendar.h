#pragma once

#include "calendaroverrides.h"
#include "holidayrules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pakn {

/// The working-day calendar of Vietnamese civil servants: Monday–Friday, minus the public holidays and
/// compensatory days of HolidayRules, minus the extra days off of the yearly overrides, plus their make-up
/// working days. Precedence for one date: make-up working day > holiday > compensatory > extra day off >
/// weekend.
///
/// Range: 01/01/1900–31/12/2100 (kFirstCalendarYear..kLastCalendarYear). Outside it (and for an invalid date)
/// nothing is known: isWorkingDay() is false, dayOff() says OutOfRange, addWorkingDays() returns an invalid
/// date rather than guess, and workingDaysBetween() counts only the days inside the range.
///
/// Counting follows the Civil Code 2015 art. 147: the start day is not counted.
///  - addWorkingDays(start, n), n > 0: the n-th working day after start;
///  - n == 0: start itself, whatever kind of day it is;
///  - n < 0: the |n|-th working day before start (mirror image; start not counted).
///  - workingDaysBetween(a, b): the working days d with a < d <= b; negative (−count of b < d <= a) when b <
///  a.
///    So workingDaysBetween(s, addWorkingDays(s, n)) == n for n >= 0 (for n < 0 only when s is a working day,
///    since the half-open interval then has s at its closed end).
///
/// Cost: each year is computed once, on first use (a 366-bit set of days off, a prefix count of working days
/// and the list of named days off); after that every query is O(1) or a binary search within a year, and
/// addWorkingDays/workingDaysBetween step a year at a time.
///
/// Threading: copies share one immutable definition and one cache. Every method is const and may be called
/// from several threads at once: a year is built under a mutex and published through an atomic pointer, and
/// is never modified afterwards.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(CalendarOverrides overrides = {}, HolidayRules rules = HolidayRules());

    static QDate firstDate() { return QDate(kFirstCalendarYear, 1, 1); }
    static QDate lastDate() { return QDate(kLastCalendarYear, 12, 31); }
    static bool inRange(const QDate &date)
    {
        return date.isValid() && date >= firstDate() && date <= lastDate();
    }

    bool isWorkingDay(const QDate &date) const;
    /// Why `date` is not a working day; nullopt when it is one.
    std::optional<DayOff> dayOff(const QDate &date) const;
    /// The reason in the application's language; empty for a working day.
    QString nonWorkingReason(const QDate &date) const;

    /// Holidays, compensatory days and extra days off of `year` (not plain weekends), sorted: the list an
    /// administrator reviews. Empty for a year out of range.
    QList<DayOff> nonWorkingDays(int year) const;
    /// The make-up working days of `year` from the overrides.
    QList<MarkedDay> makeUpWorkingDays(int year) const;

    QDate addWorkingDays(const QDate &start, int n) const;
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    const CalendarOverrides &overrides() const;
    const HolidayRules &rules() const;

private:
    struct Year;
    struct Shared;
    const Year &year(int year) const;
    int workingDaysInclusive(const QDate &first, const QDate &last) const;

    std::shared_ptr<const Shared> d;
};

} // namespace pakn
