#include "lunarcalendar.h"

#include <cmath>

namespace pakn {
namespace {

// Days are Julian day numbers (JDN, as QDate::toJulianDay()); instants are Julian dates (JD, UT, fractional,
// starting at noon). Local civil day of an instant = floor(JD + 0.5 + utcOffset / 24).

constexpr double kPi = 3.14159265358979323846;
constexpr double kSynodicMonth = 29.530588853;       // mean length of a lunation, days
constexpr double kNewMoonZeroJd = 2415021.076998695; // new moon number 0: 1900-01-01 13:51 UT
constexpr qint64 kJdn1900January1 = 2415021;         // origin of the month-11 search, as in HND

double sinDeg(double degrees)
{
    return std::sin(degrees * kPi / 180.0);
}

qint64 floorToDay(double x)
{
    return static_cast<qint64>(std::floor(x));
}

/// The instant (JD, UT) of mean new moon number k counted from January 1900, corrected by the main periodic
/// terms and by ΔT (Meeus, Astronomical Algorithms, as simplified in HND's description).
double newMoonJd(int k)
{
    const double t = k / 1236.85; // Julian centuries since 1900 (1236.85 lunations a century)
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd += 0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
    const double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    const double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    const double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    const double m = sunAnomaly;
    const double mp = moonAnomaly;
    const double f = moonLatitude;
    const double correction =
        (0.1734 - 0.000393 * t) * sinDeg(m) + 0.0021 * sinDeg(2 * m) - 0.4068 * sinDeg(mp) +
        0.0161 * sinDeg(2 * mp) - 0.0004 * sinDeg(3 * mp) + 0.0104 * sinDeg(2 * f) - 0.0051 * sinDeg(m + mp) -
        0.0074 * sinDeg(m - mp) + 0.0004 * sinDeg(2 * f + m) - 0.0004 * sinDeg(2 * f - m) -
        0.0006 * sinDeg(2 * f + mp) + 0.0010 * sinDeg(2 * f - mp) + 0.0005 * sinDeg(2 * mp + m);
    // ΔT = TT − UT in days; the first polynomial covers the years before about 1800.
    const double deltaT = t < -11
                              ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                              : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd + correction - deltaT;
}

/// The sun's ecliptic longitude in degrees, [0, 360), at the instant jd (UT), low precision (Meeus ch. 25).
double sunLongitudeDeg(double jd)
{
    const double t = (jd - 2451545.0) / 36525.0; // Julian centuries since J2000.0
    const double t2 = t * t;
    const double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly) +
                          (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
                          0.000290 * sinDeg(3 * meanAnomaly);
    const double longitude = std::fmod(meanLongitude + centre, 360.0);
    return longitude < 0 ? longitude + 360.0 : longitude;
}

/// Helpers bound to one time zone.
class Astronomy
{
public:
    explicit Astronomy(double utcOffsetHours)
        : m_dayOffset(utcOffsetHours / 24.0)
    {}

    /// The local day (JDN) containing new moon number k.
    qint64 newMoonDay(int k) const { return floorToDay(newMoonJd(k) + 0.5 + m_dayOffset); }

    /// Which 30° sector (0..11) the sun is in at local midnight starting day jdn. A month whose first day and
    /// the next month's first day are in the same sector contains no principal term.
    int sunSector(qint64 jdn) const
    {
        return static_cast<int>(sunLongitudeDeg(static_cast<double>(jdn) - 0.5 - m_dayOffset) / 30.0);
    }

    /// The first day of lunar month 11 of `year`: the month containing the December solstice of that year.
    qint64 month11Start(int year) const
    {
        const qint64 dec31 = QDate(year, 12, 31).toJulianDay();
        const int k =
            static_cast<int>(std::floor(static_cast<double>(dec31 - kJdn1900January1) / kSynodicMonth));
        const qint64 start = newMoonDay(k);
        // The sun already past 270° when this month starts: the solstice was in the month before.
        return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
    }

private:
    double m_dayOffset;
};

/// The lunar months from month 11 of lunar year Y−1 up to (not including) month 11 of lunar year Y: 12 or 13
/// months, the 13-month case carrying one leap month.
struct MonthCycle
{
    int year = 0;           // Y
    int count = 0;          // 12 or 13
    int leapIndex = 0;      // index of the leap month in starts[], 0 when none (index 0 is always month 11)
    qint64 starts[14] = {}; // starts[count] is the first day of the next month 11

    int monthNumber(int i) const
    {
        const int n = 11 + i - (leapIndex != 0 && i >= leapIndex ? 1 : 0);
        return n > 12 ? n - 12 : n;
    }
    bool isLeap(int i) const { return leapIndex != 0 && i == leapIndex; }
    int lunarYear(int i) const { return monthNumber(i) >= 11 ? year - 1 : year; }
    int length(int i) const { return static_cast<int>(starts[i + 1] - starts[i]); }
};

MonthCycle monthCycle(const Astronomy &sky, int year)
{
    MonthCycle c;
    c.year = year;
    const qint64 first = sky.month11Start(year - 1);
    const qint64 next = sky.month11Start(year);
    const int k =
        static_cast<int>(std::floor((static_cast<double>(first) - kNewMoonZeroJd) / kSynodicMonth + 0.5));
    c.count = next - first > 365 ? 13 : 12;
    for (int i = 0; i < c.count; ++i)
        c.starts[i] = sky.newMoonDay(k + i);
    c.starts[c.count] = next;
    if (c.count == 13) {
        // The first month after month 11 without a principal term is the leap month.
        int sector = sky.sunSector(c.starts[1]);
        for (int i = 1; i < 13; ++i) {
            const int nextSector = sky.sunSector(c.starts[i + 1]);
            if (nextSector == sector) {
                c.leapIndex = i;
                break;
            }
            sector = nextSector;
        }
    }
    return c;
}

/// Lunar years whose months can fall into the supported solar range, with a margin; guards absurd input.
bool plausibleLunarYear(int year)
{
    return year >= LunarCalendar::firstSupportedDate().year() - 1 &&
           year <= LunarCalendar::lastSupportedDate().year();
}

bool inRange(const QDate &date)
{
    return date.isValid() && date >= LunarCalendar::firstSupportedDate() &&
           date <= LunarCalendar::lastSupportedDate();
}

/// The cycle and month index holding lunar month (year, month, leap), or index −1.
int findMonth(const MonthCycle &c, int lunarYear, int month, bool leap)
{
    for (int i = 0; i < c.count; ++i) {
        if (c.monthNumber(i) == month && c.isLeap(i) == leap && c.lunarYear(i) == lunarYear)
            return i;
    }
    return -1;
}

/// Months 11 and 12 (and a leap 11 or 12) of lunar year Y lie in the cycle ending in Y + 1; months 1..10 in
/// Y.
int cycleYearOf(int lunarYear, int month)
{
    return month >= 11 ? lunarYear + 1 : lunarYear;
}

} // namespace

LunarDate LunarCalendar::toLunar(const QDate &date) const
{
    if (!inRange(date))
        return {};
    const Astronomy sky(m_utcOffsetHours);
    const qint64 jdn = date.toJulianDay();
    const int year = date.year();
    const MonthCycle c = monthCycle(sky, jdn < sky.month11Start(year) ? year : year + 1);
    for (int i = c.count - 1; i >= 0; --i) {
        if (c.starts[i] <= jdn)
            return {static_cast<int>(jdn - c.starts[i]) + 1, c.monthNumber(i), c.lunarYear(i), c.isLeap(i)};
    }
    return {}; // not reached: the cycle covers the date
}

QDate LunarCalendar::toSolar(const LunarDate &date) const
{
    if (!date.isValid() || !plausibleLunarYear(date.year))
        return {};
    const MonthCycle c = monthCycle(Astronomy(m_utcOffsetHours), cycleYearOf(date.year, date.month));
    const int i = findMonth(c, date.year, date.month, date.leap);
    if (i < 0 || date.day > c.length(i))
        return {};
    const QDate solar = QDate::fromJulianDay(c.starts[i] + date.day - 1);
    return inRange(solar) ? solar : QDate();
}

int LunarCalendar::leapMonthOfYear(int lunarYear) const
{
    if (!plausibleLunarYear(lunarYear))
        return 0;
    const Astronomy sky(m_utcOffsetHours);
    // A leap month 1..10 sits in the cycle ending in this year, a leap 11 or 12 in the next one.
    for (const int cycleYear : {lunarYear, lunarYear + 1}) {
        const MonthCycle c = monthCycle(sky, cycleYear);
        if (c.leapIndex != 0 && c.lunarYear(c.leapIndex) == lunarYear)
            return c.monthNumber(c.leapIndex);
    }
    return 0;
}

int LunarCalendar::monthLength(int lunarYear, int month, bool leap) const
{
    if (month < 1 || month > 12 || !plausibleLunarYear(lunarYear))
        return 0;
    const MonthCycle c = monthCycle(Astronomy(m_utcOffsetHours), cycleYearOf(lunarYear, month));
    const int i = findMonth(c, lunarYear, month, leap);
    return i < 0 ? 0 : c.length(i);
}

} // namespace pakn
