#pragma once

#include <QDate>
#include <QMetaType>

namespace pakn {

/// A date of the Vietnamese lunisolar calendar (âm lịch). `year` is the solar year in which that lunar year's
/// Tết falls (lunar year 2025 = Ất Tỵ, from 29/01/2025); `leap` marks the intercalary month (tháng nhuận)
/// that repeats `month`. A default-constructed LunarDate is invalid.
struct LunarDate
{
    int day = 0;
    int month = 0;
    int year = 0;
    bool leap = false;

    bool isValid() const { return day >= 1 && day <= 30 && month >= 1 && month <= 12; }

    friend bool operator==(const LunarDate &a, const LunarDate &b)
    {
        return a.day == b.day && a.month == b.month && a.year == b.year && a.leap == b.leap;
    }
    friend bool operator!=(const LunarDate &a, const LunarDate &b) { return !(a == b); }
};

/// The Vietnamese lunar calendar computed with Hồ Ngọc Đức's published algorithm
/// (informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), written from its description:
///  - a month starts on the local calendar day that contains the new moon;
///  - the month containing the winter solstice is month 11;
///  - a "year" between two months 11 with 13 months gets a leap month: the first month after the first month
///  11
///    that contains no principal term (trung khí, sun longitude a multiple of 30°) repeats the previous
///    number.
/// Astronomy is Meeus-style low precision (new moons to within minutes, the sun to about 0.01°), the same as
/// the published tables. The local time zone matters: Vietnam uses UTC+7 (meridian 105°E), China UTC+8, so
/// Tết differs in some years (1985, 2007). Never substitute a Chinese-calendar library.
///
/// Contract: a small immutable value; every method is a pure computation (no cache, no shared state), so one
/// instance may be used from any number of threads. Supported solar range: firstSupportedDate() to
/// lastSupportedDate(); outside it, or for a lunar date that does not exist (a leap month the year lacks, day
/// 30 of a 29-day month), the conversions return an invalid value instead of failing.
class LunarCalendar
{
public:
    static constexpr double kVietnamUtcOffsetHours = 7.0;

    explicit LunarCalendar(double utcOffsetHours = kVietnamUtcOffsetHours)
        : m_utcOffsetHours(utcOffsetHours)
    {}

    double utcOffsetHours() const { return m_utcOffsetHours; }

    /// The lunar date of a solar (Gregorian) date; invalid for an invalid or unsupported date.
    LunarDate toLunar(const QDate &date) const;
    /// The solar date of a lunar date; invalid when that lunar date does not exist or is out of range.
    QDate toSolar(const LunarDate &date) const;
    /// The leap month (1..12) of a lunar year, or 0 when it has none.
    int leapMonthOfYear(int lunarYear) const;
    /// 29 or 30; 0 when the month does not exist (e.g. a leap month the year does not have).
    int monthLength(int lunarYear, int month, bool leap = false) const;

    static QDate firstSupportedDate() { return QDate(1800, 1, 1); }
    static QDate lastSupportedDate() { return QDate(2199, 12, 31); }

private:
    double m_utcOffsetHours;
};

} // namespace pakn

Q_DECLARE_METATYPE(pakn::LunarDate)
