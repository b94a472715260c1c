// The working-day calendar (core/calendar/workingcalendar.h, holidayrules.h, calendaroverrides.h). Expected
// days are published holiday schedules (domain.md §6) or counted by hand on a paper calendar; they are never
// computed with the code under test.

#include "calendar/workingcalendar.h"

#include <QTest>
#include <limits>
#include <thread>
#include <vector>

using namespace pakn;

namespace {

QDate ymd(int y, int m, int d)
{
    return QDate(y, m, d);
}

// The published 2024 swap (domain.md §6: off Mon 29/04, work Sat 04/05) and Tết window (08/02–14/02 [M]).
const char k2024Json[] = R"([{"year": 2024,
  "days_off": [{"date": "2024-04-29", "reason": "Nghỉ hoán đổi, làm bù thứ Bảy 04/05"}],
  "working_days": [{"date": "2024-05-04", "reason": "Làm bù cho thứ Hai 29/04"}],
  "holiday_windows": [{"holiday": "lunar_new_year", "first": "2024-02-08", "last": "2024-02-14"},
                      {"holiday": "national_day", "first": "2024-09-02", "last": "2024-09-03"}]}])";

// The published Tết 2025 window: 27/01–31/01 (Mon–Fri; 25/01–02/02 with the weekends).
const char k2025Json[] = R"([{"year": 2025, "holiday_windows":
  [{"holiday": "lunar_new_year", "first": "2025-01-27", "last": "2025-01-31"}]}])";

CalendarOverrides parse(const char *json)
{
    if (!*json)
        return {};
    const Decoded<CalendarOverrides> decoded = CalendarOverrides::fromJson(QByteArray(json));
    if (!decoded)
        qFatal("test fixture does not parse: %s", qPrintable(decoded.error));
    return *decoded.value;
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void weekends();
    void holidaysOf2025_data();
    void holidaysOf2025();
    void compensatoryDays_data();
    void compensatoryDays();
    void published2023HolidayRun();
    void nonWorkingDaysListFor2023();
    void swapDaysOf2024();
    void tetWindowOverride();
    void makeUpDayBeatsHoliday();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void rangeEndsAndHugeInputs();
    void concurrentUseGivesSameAnswers();
    void overridesJsonRoundTrip();
    void overridesJsonRejected_data();
    void overridesJsonRejected();
};

void TestWorkingCalendar::weekends()
{
    const WorkingCalendar cal;
    QVERIFY(!cal.isWorkingDay(ymd(2025, 1, 4))); // Saturday
    QVERIFY(!cal.isWorkingDay(ymd(2025, 1, 5))); // Sunday
    QVERIFY(cal.isWorkingDay(ymd(2025, 1, 6)));  // Monday
    QVERIFY(cal.isWorkingDay(ymd(2025, 1, 10))); // Friday
    QCOMPARE(cal.dayOff(ymd(2025, 1, 4))->kind, DayOffKind::Weekend);
    QCOMPARE(cal.nonWorkingReason(ymd(2025, 1, 5)), QStringLiteral("Weekend"));
    QCOMPARE(cal.nonWorkingReason(ymd(2025, 1, 6)), QString());
    QVERIFY(!cal.dayOff(ymd(2025, 1, 6)).has_value());
}

void TestWorkingCalendar::holidaysOf2025_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("holiday");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, QDate d, HolidayId id, const char *reason) {
        QTest::newRow(name) << d << int(id) << QString::fromUtf8(reason);
    };
    row("New Year Wed 01/01", ymd(2025, 1, 1), HolidayId::NewYear, "New Year's Day");
    // Default Tết window: the last day of lunar month 12 (29 Chạp = 28/01/2025) + mùng 1–4.
    row("Tết 28/01 (29 Chạp)", ymd(2025, 1, 28), HolidayId::LunarNewYear, "Lunar New Year (Tết)");
    row("Tết 29/01 (mùng 1)", ymd(2025, 1, 29), HolidayId::LunarNewYear, "Lunar New Year (Tết)");
    row("Tết 01/02 (mùng 4, a Saturday)", ymd(2025, 2, 1), HolidayId::LunarNewYear, "Lunar New Year (Tết)");
    row("Hùng Kings Mon 07/04", ymd(2025, 4, 7), HolidayId::HungKings, "Hùng Kings' Commemoration Day");
    row("Victory Day Wed 30/04", ymd(2025, 4, 30), HolidayId::VictoryDay, "Victory Day");
    row("Labour Day Thu 01/05", ymd(2025, 5, 1), HolidayId::LabourDay, "International Labour Day");
    row("National Day Mon 01/09", ymd(2025, 9, 1), HolidayId::NationalDay, "National Day");
    row("National Day Tue 02/09", ymd(2025, 9, 2), HolidayId::NationalDay, "National Day");
}

void TestWorkingCalendar::holidaysOf2025()
{
    QFETCH(QDate, date);
    QFETCH(int, holiday);
    QFETCH(QString, reason);
    const WorkingCalendar cal;
    QVERIFY(!cal.isWorkingDay(date));
    const std::optional<DayOff> off = cal.dayOff(date);
    QVERIFY(off.has_value());
    QCOMPARE(off->kind, DayOffKind::Holiday);
    QCOMPARE(int(off->holiday), holiday);
    QCOMPARE(cal.nonWorkingReason(date), reason);
}

void TestWorkingCalendar::compensatoryDays_data()
{
    QTest::addColumn<QDate>("holidayDay");
    QTest::addColumn<QDate>("compensatoryDay");
    QTest::addColumn<int>("holiday");
    QTest::addColumn<QDate>("nextWorkingDay");

    // Published schedules: New Year 2022 off 01–03/01; 30/04–03/05/2022; Hùng Kings 2022 → Mon 11/04
    // (domain.md §6); New Year 2023 → Mon 02/01; 29/04–03/05/2023 (domain.md §6); National Day 2023 01–04/09.
    QTest::newRow("2022 New Year Sat")
        << ymd(2022, 1, 1) << ymd(2022, 1, 3) << int(HolidayId::NewYear) << ymd(2022, 1, 4);
    QTest::newRow("2022 Hùng Kings Sun")
        << ymd(2022, 4, 10) << ymd(2022, 4, 11) << int(HolidayId::HungKings) << ymd(2022, 4, 12);
    QTest::newRow("2022 Victory Day Sat")
        << ymd(2022, 4, 30) << ymd(2022, 5, 2) << int(HolidayId::VictoryDay) << ymd(2022, 5, 4);
    QTest::newRow("2022 Labour Day Sun")
        << ymd(2022, 5, 1) << ymd(2022, 5, 3) << int(HolidayId::LabourDay) << ymd(2022, 5, 4);
    QTest::newRow("2023 New Year Sun")
        << ymd(2023, 1, 1) << ymd(2023, 1, 2) << int(HolidayId::NewYear) << ymd(2023, 1, 3);
    QTest::newRow("2023 Hùng Kings Sat")
        << ymd(2023, 4, 29) << ymd(2023, 5, 2) << int(HolidayId::HungKings) << ymd(2023, 5, 4);
    QTest::newRow("2023 Victory Day Sun")
        << ymd(2023, 4, 30) << ymd(2023, 5, 3) << int(HolidayId::VictoryDay) << ymd(2023, 5, 4);
    QTest::newRow("2023 National Day Sat")
        << ymd(2023, 9, 2) << ymd(2023, 9, 4) << int(HolidayId::NationalDay) << ymd(2023, 9, 5);
    // By the rule (not yet published): Hùng Kings' day 2026 is Sunday 26/04.
    QTest::newRow("2026 Hùng Kings Sun")
        << ymd(2026, 4, 26) << ymd(2026, 4, 27) << int(HolidayId::HungKings) << ymd(2026, 4, 28);
}

void TestWorkingCalendar::compensatoryDays()
{
    QFETCH(QDate, holidayDay);
    QFETCH(QDate, compensatoryDay);
    QFETCH(int, holiday);
    QFETCH(QDate, nextWorkingDay);
    const WorkingCalendar cal;

    QCOMPARE(cal.dayOff(holidayDay)->kind, DayOffKind::Holiday);
    QCOMPARE(int(cal.dayOff(holidayDay)->holiday), holiday);
    const std::optional<DayOff> comp = cal.dayOff(compensatoryDay);
    QVERIFY(comp.has_value());
    QCOMPARE(comp->kind, DayOffKind::Compensatory);
    QCOMPARE(int(comp->holiday), holiday);
    QVERIFY(cal.nonWorkingReason(compensatoryDay).startsWith(QStringLiteral("Compensatory day off for ")));
    QVERIFY(cal.isWorkingDay(nextWorkingDay));
}

void TestWorkingCalendar::published2023HolidayRun()
{
    const WorkingCalendar cal;
    QVERIFY(cal.isWorkingDay(ymd(2023, 4, 28)));
    for (QDate d = ymd(2023, 4, 29); d <= ymd(2023, 5, 3); d = d.addDays(1))
        QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
    QVERIFY(cal.isWorkingDay(ymd(2023, 5, 4)));
    QCOMPARE(cal.nonWorkingReason(ymd(2023, 5, 2)),
             QString::fromUtf8("Compensatory day off for Hùng Kings' Commemoration Day"));
    QCOMPARE(cal.nonWorkingReason(ymd(2023, 5, 3)), QStringLiteral("Compensatory day off for Victory Day"));
}

void TestWorkingCalendar::nonWorkingDaysListFor2023()
{
    // Hand-made list for the default rules (no overrides): Tết window = 30 Chạp (Sat 21/01) + mùng 1–4.
    struct Expected
    {
        QDate date;
        DayOffKind kind;
        HolidayId holiday;
    };
    const Expected expected[] = {
        {ymd(2023, 1, 1), DayOffKind::Holiday, HolidayId::NewYear},
        {ymd(2023, 1, 2), DayOffKind::Compensatory, HolidayId::NewYear},
        {ymd(2023, 1, 21), DayOffKind::Holiday, HolidayId::LunarNewYear},
        {ymd(2023, 1, 22), DayOffKind::Holiday, HolidayId::LunarNewYear},
        {ymd(2023, 1, 23), DayOffKind::Holiday, HolidayId::LunarNewYear},
        {ymd(2023, 1, 24), DayOffKind::Holiday, HolidayId::LunarNewYear},
        {ymd(2023, 1, 25), DayOffKind::Holiday, HolidayId::LunarNewYear},
        {ymd(2023, 4, 29), DayOffKind::Holiday, HolidayId::HungKings},
        {ymd(2023, 4, 30), DayOffKind::Holiday, HolidayId::VictoryDay},
        {ymd(2023, 5, 1), DayOffKind::Holiday, HolidayId::LabourDay},
        {ymd(2023, 5, 2), DayOffKind::Compensatory, HolidayId::HungKings},
        {ymd(2023, 5, 3), DayOffKind::Compensatory, HolidayId::VictoryDay},
        {ymd(2023, 9, 1), DayOffKind::Holiday, HolidayId::NationalDay},
        {ymd(2023, 9, 2), DayOffKind::Holiday, HolidayId::NationalDay},
        {ymd(2023, 9, 4), DayOffKind::Compensatory, HolidayId::NationalDay},
    };
    const QList<DayOff> days = WorkingCalendar().nonWorkingDays(2023);
    QCOMPARE(days.size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < days.size(); ++i) {
        QCOMPARE(days[i].date, expected[i].date);
        QCOMPARE(days[i].kind, expected[i].kind);
        QCOMPARE(days[i].holiday, expected[i].holiday);
    }
}

void TestWorkingCalendar::swapDaysOf2024()
{
    const WorkingCalendar plain;
    QVERIFY(plain.isWorkingDay(ymd(2024, 4, 29)));
    QVERIFY(!plain.isWorkingDay(ymd(2024, 5, 4)));

    const WorkingCalendar cal(parse(k2024Json));
    // Published: off Sat 27/04 – Wed 01/05/2024, back Thu 02/05, and Saturday 04/05 is a working day.
    QVERIFY(cal.isWorkingDay(ymd(2024, 4, 26)));
    for (QDate d = ymd(2024, 4, 27); d <= ymd(2024, 5, 1); d = d.addDays(1))
        QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
    QVERIFY(cal.isWorkingDay(ymd(2024, 5, 2)));
    QVERIFY(cal.isWorkingDay(ymd(2024, 5, 4)));
    QVERIFY(!cal.isWorkingDay(ymd(2024, 5, 5)));

    QCOMPARE(cal.dayOff(ymd(2024, 4, 29))->kind, DayOffKind::Extra);
    QCOMPARE(cal.nonWorkingReason(ymd(2024, 4, 29)),
             QString::fromUtf8("Nghỉ hoán đổi, làm bù thứ Bảy 04/05"));
    QCOMPARE(cal.nonWorkingReason(ymd(2024, 5, 4)), QString());
    const QList<MarkedDay> makeUp = cal.makeUpWorkingDays(2024);
    QCOMPARE(makeUp.size(), 1);
    QCOMPARE(makeUp.first().date, ymd(2024, 5, 4));
    QVERIFY(cal.makeUpWorkingDays(2023).isEmpty());

    // National Day 2024: the pair 02–03/09 replaces 01–02/09: off 31/08–03/09 either way, but 03/09 is now
    // the holiday itself rather than compensation for Sunday 01/09.
    QCOMPARE(cal.dayOff(ymd(2024, 9, 3))->kind, DayOffKind::Holiday);
    QCOMPARE(plain.dayOff(ymd(2024, 9, 3))->kind, DayOffKind::Compensatory);
    QCOMPARE(cal.dayOff(ymd(2024, 9, 1))->kind, DayOffKind::Weekend);
    QVERIFY(cal.isWorkingDay(ymd(2024, 9, 4)));
}

void TestWorkingCalendar::tetWindowOverride()
{
    const WorkingCalendar plain;
    const WorkingCalendar cal(parse(k2024Json));
    // Default 2024 window: 30 Chạp (Fri 09/02) – mùng 4 (Tue 13/02). Published: Thu 08/02 – Wed 14/02.
    QVERIFY(plain.isWorkingDay(ymd(2024, 2, 8)));
    QVERIFY(plain.isWorkingDay(ymd(2024, 2, 14)));
    QVERIFY(!plain.isWorkingDay(ymd(2024, 2, 13)));
    QVERIFY(cal.isWorkingDay(ymd(2024, 2, 7)));
    for (QDate d = ymd(2024, 2, 8); d <= ymd(2024, 2, 14); d = d.addDays(1))
        QCOMPARE(cal.dayOff(d)->kind, DayOffKind::Holiday); // the window is taken as given, weekend included
    QVERIFY(cal.isWorkingDay(ymd(2024, 2, 15)));
    // Against the defaults: Tết 7 days instead of 5 (+2, not compensated, so nothing after it), the extra day
    // 29/04 (+1), National Day 02–03/09 instead of Sun 01/09, 02/09 and compensation on 03/09 (−1).
    QCOMPARE(cal.nonWorkingDays(2024).size(), plain.nonWorkingDays(2024).size() + 2 + 1 - 1);

    const WorkingCalendar cal2025(parse(k2025Json));
    QVERIFY(!cal2025.isWorkingDay(ymd(2025, 1, 27)));
    QCOMPARE(cal2025.dayOff(ymd(2025, 2, 1))->kind, DayOffKind::Weekend);
    QVERIFY(plain.isWorkingDay(ymd(2025, 1, 27)));
}

void TestWorkingCalendar::makeUpDayBeatsHoliday()
{
    // A make-up working day wins over everything, even a day of the default Tết window.
    const WorkingCalendar cal(parse(R"([{"year": 2025, "working_days":
        [{"date": "2025-02-01", "reason": "Làm bù"}]}])"));
    QVERIFY(cal.isWorkingDay(ymd(2025, 2, 1)));
    QCOMPARE(cal.nonWorkingReason(ymd(2025, 2, 1)), QString());
    for (const DayOff &off : cal.nonWorkingDays(2025))
        QVERIFY(off.date != ymd(2025, 2, 1));
    QCOMPARE(cal.nonWorkingDays(2025).size(), WorkingCalendar().nonWorkingDays(2025).size() - 1);
    QCOMPARE(cal.addWorkingDays(ymd(2025, 1, 27), 1), ymd(2025, 2, 1));
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    const QByteArray none;
    QTest::newRow("start day not counted") << none << ymd(2025, 1, 6) << 1 << ymd(2025, 1, 7);
    QTest::newRow("Friday + 1 = Monday") << none << ymd(2025, 1, 10) << 1 << ymd(2025, 1, 13);
    QTest::newRow("from a Saturday") << none << ymd(2025, 1, 11) << 1 << ymd(2025, 1, 13);
    QTest::newRow("5 days over a weekend") << none << ymd(2025, 1, 14) << 5 << ymd(2025, 1, 21);
    QTest::newRow("across default Tết 2025") << none << ymd(2025, 1, 27) << 1 << ymd(2025, 2, 3);
    QTest::newRow("20 days from 12/01/2025") << none << ymd(2025, 1, 12) << 20 << ymd(2025, 2, 13);
    QTest::newRow("across published Tết 2025")
        << QByteArray(k2025Json) << ymd(2025, 1, 24) << 1 << ymd(2025, 2, 3);
    QTest::newRow("20 days, published Tết 2025")
        << QByteArray(k2025Json) << ymd(2025, 1, 12) << 20 << ymd(2025, 2, 14);
    QTest::newRow("into the 2024 swap") << QByteArray(k2024Json) << ymd(2024, 4, 26) << 1 << ymd(2024, 5, 2);
    QTest::newRow("onto the make-up Saturday")
        << QByteArray(k2024Json) << ymd(2024, 5, 2) << 2 << ymd(2024, 5, 4);
    QTest::newRow("past the make-up Saturday")
        << QByteArray(k2024Json) << ymd(2024, 5, 2) << 3 << ymd(2024, 5, 6);
    QTest::newRow("no make-up without override") << none << ymd(2024, 5, 2) << 2 << ymd(2024, 5, 6);
    QTest::newRow("into the next year") << none << ymd(2025, 12, 31) << 1 << ymd(2026, 1, 2);
    QTest::newRow("n = 0 is the start") << none << ymd(2025, 1, 5) << 0 << ymd(2025, 1, 5);
    QTest::newRow("n = -1 is the previous working day") << none << ymd(2025, 1, 7) << -1 << ymd(2025, 1, 6);
    QTest::newRow("backwards over Tết") << none << ymd(2025, 2, 3) << -1 << ymd(2025, 1, 27);
    QTest::newRow("backwards into the last year") << none << ymd(2026, 1, 2) << -1 << ymd(2025, 12, 31);
    QTest::newRow("backwards from a Sunday") << none << ymd(2025, 1, 12) << -5 << ymd(2025, 1, 6);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const WorkingCalendar cal(parse(overrides.constData()));
    QCOMPARE(cal.addWorkingDays(start, n), expected);
    if (n > 0)
        QCOMPARE(cal.workingDaysBetween(start, expected), n);
}

void TestWorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << ymd(2025, 3, 5) << ymd(2025, 3, 5) << 0;
    QTest::newRow("Friday to Monday") << ymd(2025, 3, 7) << ymd(2025, 3, 10) << 1;
    QTest::newRow("Monday to Friday") << ymd(2025, 3, 10) << ymd(2025, 3, 7) << -1;
    QTest::newRow("over Tết") << ymd(2025, 1, 27) << ymd(2025, 2, 3) << 1;
    QTest::newRow("to a Sunday") << ymd(2025, 3, 7) << ymd(2025, 3, 9) << 0;
    // 2025: 261 weekdays, minus 10 weekday holidays (01/01, Tết 28–31/01, 07/04, 30/04, 01/05, 01–02/09).
    QTest::newRow("all of 2025") << ymd(2024, 12, 31) << ymd(2025, 12, 31) << 251;
    QTest::newRow("clamped at 1900") << ymd(1800, 1, 1) << ymd(1900, 1, 10)
                                     << 7; // Mon 01/01/1900 is a holiday
    QTest::newRow("invalid") << QDate() << ymd(2025, 1, 1) << 0;
}

void TestWorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(WorkingCalendar().workingDaysBetween(from, to), expected);
}

void TestWorkingCalendar::rangeEndsAndHugeInputs()
{
    const WorkingCalendar cal;
    const int maxInt = std::numeric_limits<int>::max();
    const int minInt = std::numeric_limits<int>::min();
    QVERIFY(!cal.addWorkingDays(QDate(), 1).isValid());
    QVERIFY(!cal.addWorkingDays(ymd(1899, 12, 29), 1).isValid());
    QVERIFY(!cal.addWorkingDays(ymd(2101, 1, 3), -1).isValid());
    QCOMPARE(cal.addWorkingDays(ymd(2100, 12, 30), 1), ymd(2100, 12, 31)); // Thursday → Friday
    QVERIFY(!cal.addWorkingDays(ymd(2100, 12, 30), 2).isValid());
    QCOMPARE(cal.addWorkingDays(ymd(2100, 12, 31), -1), ymd(2100, 12, 30));
    QCOMPARE(cal.addWorkingDays(ymd(1900, 1, 2), 1), ymd(1900, 1, 3)); // Tue → Wed
    QVERIFY(!cal.addWorkingDays(ymd(1900, 1, 2), -1).isValid());       // 01/01/1900 is New Year's Day
    QVERIFY(!cal.addWorkingDays(ymd(2025, 6, 2), maxInt).isValid());
    QVERIFY(!cal.addWorkingDays(ymd(2025, 6, 2), minInt).isValid());
    QVERIFY(!cal.addWorkingDays(ymd(2025, 6, 2), 60000).isValid()); // more than the range holds
    QVERIFY(cal.addWorkingDays(ymd(2025, 6, 2), 15000).isValid());
    QVERIFY(!cal.isWorkingDay(QDate()));
    QVERIFY(!cal.isWorkingDay(ymd(2101, 1, 3))); // a Monday, but outside the calendar
    QCOMPARE(cal.dayOff(ymd(3000, 1, 1))->kind, DayOffKind::OutOfRange);
    QVERIFY(!cal.nonWorkingReason(QDate()).isEmpty());
    QVERIFY(cal.nonWorkingDays(1899).isEmpty());
    QVERIFY(cal.nonWorkingDays(2101).isEmpty());
    QVERIFY(cal.nonWorkingDays(minInt).isEmpty());
    QVERIFY(cal.workingDaysBetween(ymd(1000, 1, 1), ymd(3000, 1, 1)) > 49000);
}

void TestWorkingCalendar::concurrentUseGivesSameAnswers()
{
    // One shared calendar, cold cache, several threads: the same answers as a single thread.
    const WorkingCalendar reference;
    const WorkingCalendar shared;
    std::vector<QDate> expected;
    for (int year = 1990; year <= 2060; ++year)
        expected.push_back(reference.addWorkingDays(QDate(year, 3, 1), 250));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int year = 1990; year <= 2060; ++year) {
                if (shared.addWorkingDays(QDate(year, 3, 1), 250) != expected[size_t(year - 1990)])
                    ++mismatches[size_t(t)];
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

void TestWorkingCalendar::overridesJsonRoundTrip()
{
    const CalendarOverrides original = parse(k2024Json);
    QCOMPARE(original.years(), QList<int>{2024});
    QCOMPARE(original.year(2024)->holidayWindows.value(HolidayId::LunarNewYear),
             (DateRange{ymd(2024, 2, 8), ymd(2024, 2, 14)}));
    const Decoded<CalendarOverrides> again = CalendarOverrides::fromJson(original.toJson());
    QVERIFY2(again, qPrintable(again.error));
    QVERIFY(*again.value == original);
    QVERIFY(CalendarOverrides::fromJson(QByteArray("[]")).value->isEmpty());
}

void TestWorkingCalendar::overridesJsonRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(error);
    };
    row("not JSON", "[{", "invalid JSON");
    row("not an array", R"({"year": 2024})", "expected a JSON array");
    row("item not an object", "[1]", "[0]: expected an object");
    row("missing year", R"([{}])", "[0].year: missing");
    row("year out of range", R"([{"year": 1800}])", "[0].year: expected a whole number from 1900 to 2100");
    row("year not whole", R"([{"year": 2024.5}])", "[0].year: expected a whole number");
    row("year twice", R"([{"year": 2024}, {"year": 2024}])", "[1].year: 2024 appears twice");
    row("unknown key", R"([{"year": 2024, "day_off": []}])", "[0].day_off: unknown key");
    row("list not an array", R"([{"year": 2024, "days_off": {}}])", "[0].days_off: expected an array");
    row("day not an object", R"([{"year": 2024, "days_off": [1]}])", "[0].days_off[0]: expected an object");
    row("bad date", R"([{"year": 2024, "days_off": [{"date": "2024-4-29", "reason": "x"}]}])",
        "[0].days_off[0].date: expected a date yyyy-MM-dd");
    row("impossible date", R"([{"year": 2024, "days_off": [{"date": "2024-02-30", "reason": "x"}]}])",
        "[0].days_off[0].date: expected a date yyyy-MM-dd");
    row("date with time", R"([{"year": 2024, "days_off": [{"date": "2024-04-29T00:00:00", "reason": "x"}]}])",
        "[0].days_off[0].date: expected a date yyyy-MM-dd");
    row("date in another year", R"([{"year": 2024, "days_off": [{"date": "2023-04-29", "reason": "x"}]}])",
        "[0].days_off: 2023-04-29 is not in 2024");
    row("missing reason", R"([{"year": 2024, "working_days": [{"date": "2024-05-04"}]}])",
        "[0].working_days[0].reason: missing");
    row("empty reason", R"([{"year": 2024, "days_off": [{"date": "2024-04-29", "reason": "  "}]}])",
        "[0].days_off[0].reason: must not be empty");
    row("unknown key in a day",
        R"([{"year": 2024, "days_off": [{"date": "2024-04-29", "reason": "x", "n": 1}]}])",
        "[0].days_off[0].n: unknown key");
    row("off and working", R"([{"year": 2024, "days_off": [{"date": "2024-04-29", "reason": "x"}],
        "working_days": [{"date": "2024-04-29", "reason": "y"}]}])",
        "[0].working_days: 2024-04-29 appears twice");
    row("unknown holiday", R"([{"year": 2024, "holiday_windows": [{"holiday": "tet", "first": "2024-02-08",
        "last": "2024-02-14"}]}])",
        "[0].holiday_windows[0].holiday: unknown holiday 'tet'");
    row("fixed holiday",
        R"([{"year": 2024, "holiday_windows": [{"holiday": "hung_kings", "first": "2024-04-18",
        "last": "2024-04-19"}]}])",
        "[0].holiday_windows: the window of 'hung_kings' is fixed by law");
    row("window reversed", R"([{"year": 2024, "holiday_windows": [{"holiday": "lunar_new_year",
        "first": "2024-02-14", "last": "2024-02-08"}]}])",
        "must have first <= last");
    row("window too long", R"([{"year": 2024, "holiday_windows": [{"holiday": "lunar_new_year",
        "first": "2024-02-01", "last": "2024-02-20"}]}])",
        "longer than 15 days");
    row("Tết window without mùng 1", R"([{"year": 2024, "holiday_windows": [{"holiday": "lunar_new_year",
        "first": "2024-02-01", "last": "2024-02-05"}]}])",
        "'lunar_new_year' must contain 2024-02-10");
    row("National Day without 02/09", R"([{"year": 2024, "holiday_windows": [{"holiday": "national_day",
        "first": "2024-08-31", "last": "2024-09-01"}]}])",
        "'national_day' must contain 2024-09-02");
    row("window twice", R"([{"year": 2024, "holiday_windows": [
        {"holiday": "national_day", "first": "2024-09-02", "last": "2024-09-03"},
        {"holiday": "national_day", "first": "2024-09-01", "last": "2024-09-02"}]}])",
        "[0].holiday_windows[1]: holiday 'national_day' given twice");
}

void TestWorkingCalendar::overridesJsonRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Decoded<CalendarOverrides> decoded = CalendarOverrides::fromJson(json);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error.contains(error), qPrintable(decoded.error));
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
