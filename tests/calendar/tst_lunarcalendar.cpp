// The Vietnamese lunar calendar (core/calendar/lunarcalendar.h). Expected dates come from published sources
// (domain.md §6 and the sources named per row), never from the code under test; the round-trip tests check
// properties that any correct lunar calendar has.

#include "calendar/lunarcalendar.h"

#include <QMap>
#include <QTest>

using namespace pakn;

namespace {

QDate ymd(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tet_data();
    void tet();
    void hungKingsDay_data();
    void hungKingsDay();
    void leapMonth_data();
    void leapMonth();
    void vietnamAndChinaDiffer_data();
    void vietnamAndChinaDiffer();
    void monthLengthsFromPublishedDates();
    void nonexistentLunarDatesAreInvalid_data();
    void nonexistentLunarDatesAreInvalid();
    void outOfRangeInputDoesNotCrash();
    void roundTripEveryDay1900To2100();
    void roundTripRestOfSupportedRange();
};

void TestLunarCalendar::tet_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("tet");
    QTest::addColumn<int>("weekday");

    // domain.md §6 table (checked there against published sources).
    QTest::newRow("2020 Canh Tý") << 2020 << ymd(2020, 1, 25) << int(Qt::Saturday);
    QTest::newRow("2021 Tân Sửu") << 2021 << ymd(2021, 2, 12) << int(Qt::Friday);
    QTest::newRow("2022 Nhâm Dần") << 2022 << ymd(2022, 2, 1) << int(Qt::Tuesday);
    QTest::newRow("2023 Quý Mão") << 2023 << ymd(2023, 1, 22) << int(Qt::Sunday);
    QTest::newRow("2024 Giáp Thìn") << 2024 << ymd(2024, 2, 10) << int(Qt::Saturday);
    QTest::newRow("2025 Ất Tỵ") << 2025 << ymd(2025, 1, 29) << int(Qt::Wednesday);
    QTest::newRow("2026 Bính Ngọ") << 2026 << ymd(2026, 2, 17) << int(Qt::Tuesday);
    // Vietnamese Tết where it differs from China (domain.md §6, source SCI).
    QTest::newRow("1985 Ất Sửu (VN)") << 1985 << ymd(1985, 1, 21) << int(Qt::Monday);
    QTest::newRow("2007 Đinh Hợi (VN)") << 2007 << ymd(2007, 2, 17) << int(Qt::Saturday);
    // Published lunar new year dates of years in which Vietnam and China agree [M: well-known dates].
    QTest::newRow("2010") << 2010 << ymd(2010, 2, 14) << int(Qt::Sunday);
    QTest::newRow("2012") << 2012 << ymd(2012, 1, 23) << int(Qt::Monday);
    QTest::newRow("2014") << 2014 << ymd(2014, 1, 31) << int(Qt::Friday);
    QTest::newRow("2016") << 2016 << ymd(2016, 2, 8) << int(Qt::Monday);
    QTest::newRow("2017") << 2017 << ymd(2017, 1, 28) << int(Qt::Saturday);
    QTest::newRow("2019") << 2019 << ymd(2019, 2, 5) << int(Qt::Tuesday);
}

void TestLunarCalendar::tet()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, tet);
    QFETCH(int, weekday);
    QCOMPARE(tet.dayOfWeek(), weekday); // the table itself is consistent

    const LunarCalendar vn;
    QCOMPARE(vn.toSolar(LunarDate{1, 1, lunarYear, false}), tet);
    QCOMPARE(vn.toLunar(tet), (LunarDate{1, 1, lunarYear, false}));
    const LunarDate eve = vn.toLunar(tet.addDays(-1));
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, lunarYear - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::hungKingsDay_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("weekday");

    // domain.md §6 table; 2023–2025 seen in published holiday schedules (VI-2023, VN, VN-2025).
    QTest::newRow("2020") << 2020 << ymd(2020, 4, 2) << int(Qt::Thursday);
    QTest::newRow("2021") << 2021 << ymd(2021, 4, 21) << int(Qt::Wednesday);
    QTest::newRow("2022") << 2022 << ymd(2022, 4, 10) << int(Qt::Sunday);
    QTest::newRow("2023") << 2023 << ymd(2023, 4, 29) << int(Qt::Saturday);
    QTest::newRow("2024") << 2024 << ymd(2024, 4, 18) << int(Qt::Thursday);
    QTest::newRow("2025") << 2025 << ymd(2025, 4, 7) << int(Qt::Monday);
    QTest::newRow("2026") << 2026 << ymd(2026, 4, 26) << int(Qt::Sunday);
}

void TestLunarCalendar::hungKingsDay()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, date);
    QFETCH(int, weekday);
    QCOMPARE(date.dayOfWeek(), weekday);

    const LunarCalendar vn;
    QCOMPARE(vn.toSolar(LunarDate{10, 3, lunarYear, false}), date);
    QCOMPARE(vn.toLunar(date), (LunarDate{10, 3, lunarYear, false}));
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<int>("leapMonth");
    QTest::addColumn<QDate>("leapMonthStart"); // invalid when not checked

    // domain.md §6 table.
    QTest::newRow("2020 leap 4") << 2020 << 4 << ymd(2020, 5, 23); // start [M]: published 23/05/2020
    QTest::newRow("2021 none") << 2021 << 0 << QDate();
    QTest::newRow("2022 none") << 2022 << 0 << QDate();
    QTest::newRow("2023 leap 2") << 2023 << 2 << ymd(2023, 3, 22); // start [M]: published 22/03/2023
    QTest::newRow("2024 none") << 2024 << 0 << QDate();
    QTest::newRow("2025 leap 6") << 2025 << 6 << ymd(2025, 7, 25); // start [M]: published 25/07/2025
    QTest::newRow("2026 none") << 2026 << 0 << QDate();
    // [M] well-known leap months (nhuận 4 Nhâm Thìn, nhuận 9 Giáp Ngọ, nhuận 6 Đinh Dậu).
    QTest::newRow("2012 leap 4") << 2012 << 4 << QDate();
    QTest::newRow("2014 leap 9") << 2014 << 9 << QDate();
    QTest::newRow("2017 leap 6") << 2017 << 6 << QDate();
    // [M] 2033 has a leap month 11 (the "2033 problem"): a leap month after the solstice month.
    QTest::newRow("2033 leap 11") << 2033 << 11 << QDate();
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, lunarYear);
    QFETCH(int, leapMonth);
    QFETCH(QDate, leapMonthStart);

    const LunarCalendar vn;
    QCOMPARE(vn.leapMonthOfYear(lunarYear), leapMonth);
    if (leapMonth != 0) {
        QVERIFY(vn.monthLength(lunarYear, leapMonth, true) >= 29);
        QVERIFY(vn.toSolar(LunarDate{1, leapMonth, lunarYear, true}) >
                vn.toSolar(LunarDate{1, leapMonth, lunarYear, false}));
    }
    if (leapMonthStart.isValid()) {
        QCOMPARE(vn.toSolar(LunarDate{1, leapMonth, lunarYear, true}), leapMonthStart);
        QCOMPARE(vn.toLunar(leapMonthStart), (LunarDate{1, leapMonth, lunarYear, true}));
    }
}

void TestLunarCalendar::vietnamAndChinaDiffer_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("tetUtc7");
    QTest::addColumn<QDate>("tetUtc8");

    // domain.md §6 (source SCI): the same algorithm at 120°E gives the Chinese dates.
    QTest::newRow("1985") << 1985 << ymd(1985, 1, 21) << ymd(1985, 2, 20);
    QTest::newRow("2007") << 2007 << ymd(2007, 2, 17) << ymd(2007, 2, 18);
    // [M] Tết Mậu Thân: North Vietnam (UTC+7 calendar from 1967) 29/01/1968, South (UTC+8) 30/01/1968.
    QTest::newRow("1968") << 1968 << ymd(1968, 1, 29) << ymd(1968, 1, 30);
    QTest::newRow("2024 same") << 2024 << ymd(2024, 2, 10) << ymd(2024, 2, 10);
}

void TestLunarCalendar::vietnamAndChinaDiffer()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, tetUtc7);
    QFETCH(QDate, tetUtc8);

    QCOMPARE(LunarCalendar().toSolar(LunarDate{1, 1, lunarYear, false}), tetUtc7);
    QCOMPARE(LunarCalendar(7).toSolar(LunarDate{1, 1, lunarYear, false}), tetUtc7);
    QCOMPARE(LunarCalendar(8).toSolar(LunarDate{1, 1, lunarYear, false}), tetUtc8);
    QCOMPARE(LunarCalendar(8).toLunar(tetUtc8), (LunarDate{1, 1, lunarYear, false}));
}

void TestLunarCalendar::monthLengthsFromPublishedDates()
{
    const LunarCalendar vn;
    // Tết 2025 has no "30 Tết" (widely published): month 12 of Giáp Thìn has 29 days, and 29 Chạp =
    // 28/01/2025.
    QCOMPARE(vn.monthLength(2024, 12), 29);
    QCOMPARE(vn.toSolar(LunarDate{29, 12, 2024, false}), ymd(2025, 1, 28));
    // Tết 2024: 30 Tết was Friday 09/02/2024.
    QCOMPARE(vn.monthLength(2023, 12), 30);
    QCOMPARE(vn.toSolar(LunarDate{30, 12, 2023, false}), ymd(2024, 2, 9));
    // Leap month 2 of 2023 began 22/03 [M] and month 3 began 20/04 (Hùng Kings' day 10/3 = 29/04): 29 days.
    QCOMPARE(vn.monthLength(2023, 2, true), 29);
}

void TestLunarCalendar::nonexistentLunarDatesAreInvalid_data()
{
    QTest::addColumn<LunarDate>("date");
    QTest::addColumn<bool>("monthExists");
    QTest::newRow("30 of a 29-day month (30 Tết 2025)") << LunarDate{30, 12, 2024, false} << true;
    QTest::newRow("leap 3 in 2023 (leap is 2)") << LunarDate{1, 3, 2023, true} << false;
    QTest::newRow("leap month in 2024 (none)") << LunarDate{1, 6, 2024, true} << false;
    QTest::newRow("month 13") << LunarDate{1, 13, 2024, false} << false;
    QTest::newRow("month 0") << LunarDate{1, 0, 2024, false} << false;
    QTest::newRow("day 0") << LunarDate{0, 1, 2024, false} << true;
    QTest::newRow("day 31") << LunarDate{31, 1, 2024, false} << true;
    QTest::newRow("far future") << LunarDate{1, 1, 1000000, false} << false;
    QTest::newRow("far past") << LunarDate{1, 1, -1000000, false} << false;
}

void TestLunarCalendar::nonexistentLunarDatesAreInvalid()
{
    QFETCH(LunarDate, date);
    QFETCH(bool, monthExists);
    const LunarCalendar vn;
    QVERIFY(!vn.toSolar(date).isValid());
    QCOMPARE(vn.monthLength(date.year, date.month, date.leap) != 0, monthExists);
}

void TestLunarCalendar::outOfRangeInputDoesNotCrash()
{
    const LunarCalendar vn;
    QVERIFY(!vn.toLunar(QDate()).isValid());
    QVERIFY(!vn.toLunar(LunarCalendar::firstSupportedDate().addDays(-1)).isValid());
    QVERIFY(!vn.toLunar(LunarCalendar::lastSupportedDate().addDays(1)).isValid());
    QVERIFY(!vn.toLunar(QDate(-4000, 1, 1)).isValid());
    QVERIFY(vn.toLunar(LunarCalendar::firstSupportedDate()).isValid());
    QVERIFY(vn.toLunar(LunarCalendar::lastSupportedDate()).isValid());
    QCOMPARE(vn.leapMonthOfYear(std::numeric_limits<int>::max()), 0);
    QCOMPARE(vn.leapMonthOfYear(std::numeric_limits<int>::min()), 0);
    QCOMPARE(vn.monthLength(std::numeric_limits<int>::max(), 1), 0);
    QVERIFY(!vn.toSolar(LunarDate{1, 1, std::numeric_limits<int>::max(), false}).isValid());
}

// Every day 1900-01-01..2100-12-31: converting back gives the same day; the lunar day advances by one or
// starts a new month after day 29 or 30; months follow 1..12 with at most one leap month, which repeats the
// previous month's number; each lunar year fully inside the range has 12 months, or 13 with its leap month.
void TestLunarCalendar::roundTripEveryDay1900To2100()
{
    const LunarCalendar vn;
    const QDate first(1900, 1, 1);
    const QDate last(2100, 12, 31);
    QMap<int, QList<LunarDate>> monthsByYear; // first day of every month seen, per lunar year

    LunarDate previous = vn.toLunar(first.addDays(-1));
    QVERIFY(previous.isValid());
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const LunarDate l = vn.toLunar(d);
        if (!l.isValid() || vn.toSolar(l) != d)
            QFAIL(qPrintable(QStringLiteral("round trip fails at %1").arg(d.toString(Qt::ISODate))));
        if (l.day == previous.day + 1) {
            QVERIFY(l.month == previous.month && l.year == previous.year && l.leap == previous.leap);
        } else {
            if (l.day != 1 || (previous.day != 29 && previous.day != 30))
                QFAIL(qPrintable(QStringLiteral("bad month change at %1").arg(d.toString(Qt::ISODate))));
            QCOMPARE(vn.monthLength(previous.year, previous.month, previous.leap), previous.day);
            if (l.leap) {
                QVERIFY(!previous.leap && l.month == previous.month && l.year == previous.year);
            } else {
                QCOMPARE(l.month, previous.month % 12 + 1);
                QCOMPARE(l.year, previous.month == 12 ? previous.year + 1 : previous.year);
            }
            monthsByYear[l.year].append(l);
        }
        previous = l;
    }

    // Lunar years 1900..2099 lie wholly inside the range (Tết 1900 is 31/01/1900).
    for (int year = 1900; year <= 2099; ++year) {
        const QList<LunarDate> months = monthsByYear.value(year);
        const int leap = vn.leapMonthOfYear(year);
        QVERIFY2(months.size() == (leap == 0 ? 12 : 13), qPrintable(QString::number(year)));
        int leapsSeen = 0;
        for (const LunarDate &m : months) {
            if (m.leap) {
                ++leapsSeen;
                QCOMPARE(m.month, leap);
            }
        }
        QCOMPARE(leapsSeen, leap == 0 ? 0 : 1);
    }
}

// The supported range is wider than the working calendar's 1900–2100; there only the round trip is checked.
void TestLunarCalendar::roundTripRestOfSupportedRange()
{
    const LunarCalendar vn;
    const QDate ranges[][2] = {{LunarCalendar::firstSupportedDate(), QDate(1899, 12, 31)},
                               {QDate(2101, 1, 1), LunarCalendar::lastSupportedDate()}};
    for (const auto &range : ranges) {
        for (QDate d = range[0]; d <= range[1]; d = d.addDays(1)) {
            if (vn.toSolar(vn.toLunar(d)) != d)
                QFAIL(qPrintable(QStringLiteral("round trip fails at %1").arg(d.toString(Qt::ISODate))));
        }
    }
}

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
