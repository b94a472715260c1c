// The deadline policy (core/calendar/deadlinepolicy.h). Due dates are counted by hand on the 2025 calendar
// (default Tết window 28/01–01/02/2025: 29 Chạp + mùng 1–4); the limits are those of domain.md §1.2.
// Explanations are compared untranslated; without a translator Qt leaves "%n … day(s)" as "(s)".

#include "calendar/deadlinepolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace pakn;

namespace {

QDate ymd(int y, int m, int d)
{
    return QDate(y, m, d);
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

DeadlinePolicy policyFrom(const char *json)
{
    const Decoded<DeadlinePolicy> decoded = DeadlinePolicy::fromJson(QByteArray(json));
    if (!decoded)
        qFatal("test fixture does not parse: %s", qPrintable(decoded.error));
    return *decoded.value;
}

} // namespace

class TestDeadlinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheLegalLimits();
    void vietnamDate_data();
    void vietnamDate();
    void dueDates_data();
    void dueDates();
    void explanationOfHandlingAcrossTet();
    void explanationOfCalendarDaysEndingOnSunday();
    void deadlineOutsideTheCalendar();
    void status_data();
    void status();
    void policyFromServerJson();
    void policyJsonRejected_data();
    void policyJsonRejected();
};

void TestDeadlinePolicy::defaultsAreTheLegalLimits()
{
    const DeadlinePolicy p;
    QCOMPARE(p.limit(DeadlineStep::Transfer),
             (StepLimit{DeadlineStep::Transfer, 5, DayUnit::WorkingDays, DeadlineStart::Receipt}));
    QCOMPARE(p.limit(DeadlineStep::Handling),
             (StepLimit{DeadlineStep::Handling, 20, DayUnit::WorkingDays, DeadlineStart::Receipt}));
    QCOMPARE(p.limit(DeadlineStep::ResultUpdate),
             (StepLimit{DeadlineStep::ResultUpdate, 2, DayUnit::WorkingDays, DeadlineStart::Result}));
    QCOMPARE(p.limit(DeadlineStep::ProgressUpdate),
             (StepLimit{DeadlineStep::ProgressUpdate, 7, DayUnit::CalendarDays,
                        DeadlineStart::LastProgressUpdate}));
}

void TestDeadlinePolicy::vietnamDate_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("date");
    QTest::newRow("16:59:59 UTC is 23:59:59 in Hanoi")
        << QDateTime(ymd(2025, 1, 13), QTime(16, 59, 59), Qt::UTC) << ymd(2025, 1, 13);
    QTest::newRow("17:00 UTC is midnight in Hanoi") << utc(2025, 1, 13, 17, 0) << ymd(2025, 1, 14);
    QTest::newRow("23:30 UTC is the next day") << utc(2025, 1, 13, 23, 30) << ymd(2025, 1, 14);
    QTest::newRow("given with +07:00")
        << QDateTime(ymd(2025, 1, 14), QTime(0, 10), QTimeZone(7 * 3600)) << ymd(2025, 1, 14);
    QTest::newRow("given with -05:00")
        << QDateTime(ymd(2025, 1, 13), QTime(20, 0), QTimeZone(-5 * 3600)) << ymd(2025, 1, 14);
    QTest::newRow("invalid") << QDateTime() << QDate();
}

void TestDeadlinePolicy::vietnamDate()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, date);
    QCOMPARE(pakn::vietnamDate(instant), date);
}

void TestDeadlinePolicy::dueDates_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<int>("step");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDate>("due");

    const QByteArray defaults = "[]";
    // Received Monday 13/01 23:30 UTC = Tuesday 14/01 in Hanoi: 15, 16, 17, 20, 21 (Monday 20/01 if UTC).
    QTest::newRow("transfer, received 23:30 UTC")
        << defaults << int(DeadlineStep::Transfer) << utc(2025, 1, 13, 23, 30) << ymd(2025, 1, 21);
    QTest::newRow("transfer, received 16:00 UTC")
        << defaults << int(DeadlineStep::Transfer) << utc(2025, 1, 13, 16, 0) << ymd(2025, 1, 20);
    QTest::newRow("handling across Tết")
        << defaults << int(DeadlineStep::Handling) << utc(2025, 1, 12, 2, 0) << ymd(2025, 2, 13);
    // Result on Thursday 24/04/2025: Friday 25 and Monday 28.
    QTest::newRow("result update") << defaults << int(DeadlineStep::ResultUpdate) << utc(2025, 4, 24, 3, 0)
                                   << ymd(2025, 4, 28);
    // Result on Tuesday 29/04/2025: 30/04 and 01/05 are holidays → Friday 02/05, Monday 05/05.
    QTest::newRow("result update over 30/04")
        << defaults << int(DeadlineStep::ResultUpdate) << utc(2025, 4, 29, 3, 0) << ymd(2025, 5, 5);
    // 7 calendar days from Sunday 05/01 = Sunday 12/01 → Monday 13/01 (art. 148).
    QTest::newRow("progress, ends on a Sunday")
        << defaults << int(DeadlineStep::ProgressUpdate) << utc(2025, 1, 5, 3, 0) << ymd(2025, 1, 13);
    QTest::newRow("progress, ends on a Monday")
        << defaults << int(DeadlineStep::ProgressUpdate) << utc(2025, 1, 6, 3, 0) << ymd(2025, 1, 13);
    // 20 calendar days from 12/01 = Saturday 01/02, in the Tết window → Monday 03/02.
    QTest::newRow("handling in calendar days")
        << QByteArray(R"([{"step": "handling", "amount": 20, "unit": "calendar_days"}])")
        << int(DeadlineStep::Handling) << utc(2025, 1, 12, 2, 0) << ymd(2025, 2, 3);
    // A limit of 0 days received on a Sunday ends on the next working day (art. 148).
    QTest::newRow("zero days on a Sunday")
        << QByteArray(R"([{"step": "transfer", "amount": 0, "unit": "working_days"}])")
        << int(DeadlineStep::Transfer) << utc(2025, 1, 12, 2, 0) << ymd(2025, 1, 13);
}

void TestDeadlinePolicy::dueDates()
{
    QFETCH(QByteArray, policy);
    QFETCH(int, step);
    QFETCH(QDateTime, start);
    QFETCH(QDate, due);
    const WorkingCalendar calendar;
    const DeadlinePolicy p = policyFrom(policy.constData());
    const auto s = DeadlineStep(step);
    QCOMPARE(p.dueDate(s, start, calendar), due);
    const Deadline d = p.computeDeadline(s, start, calendar);
    QCOMPARE(d.due, due);
    QCOMPARE(d.start, pakn::vietnamDate(start));
    QVERIFY(d.isValid());
    QVERIFY(d.explanation.contains(due.toString(QStringLiteral("dd/MM/yyyy"))));
}

void TestDeadlinePolicy::explanationOfHandlingAcrossTet()
{
    const Deadline d =
        DeadlinePolicy().computeDeadline(DeadlineStep::Handling, utc(2025, 1, 12, 2, 0), WorkingCalendar());
    // Skipped between 13/01 and 12/02: weekends 18–19/01, 25–26/01, 02/02, 08–09/02 and the Tết window (whose
    // Saturday 01/02 counts as Tết, not as a weekend).
    QCOMPARE(
        d.explanation,
        QString::fromUtf8("20 working day(s) from 12/01/2025 (receipt), not counting that day; skipped: "
                          "7 weekend day(s), Lunar New Year (Tết) 28/01/2025–01/02/2025; due 13/02/2025."));
}

void TestDeadlinePolicy::explanationOfCalendarDaysEndingOnSunday()
{
    const Deadline d = DeadlinePolicy().computeDeadline(DeadlineStep::ProgressUpdate, utc(2025, 1, 5, 3, 0),
                                                        WorkingCalendar());
    QCOMPARE(d.due, ymd(2025, 1, 13));
    // Calendar days count the weekend 11–12/01; only the days off after the last day are skipped.
    QCOMPARE(d.explanation,
             QStringLiteral("7 calendar day(s) from 05/01/2025 (the last progress update), not "
                            "counting that day; the last day, 12/01/2025, is a day off, so the "
                            "period ends on the next working day; skipped: 1 weekend day(s); due "
                            "13/01/2025."));

    // 20 calendar days from 12/01/2025 end on Saturday 01/02, inside the Tết window.
    const DeadlinePolicy calendarDays =
        policyFrom(R"([{"step": "handling", "amount": 20, "unit": "calendar_days"}])");
    const Deadline h =
        calendarDays.computeDeadline(DeadlineStep::Handling, utc(2025, 1, 12, 2, 0), WorkingCalendar());
    QCOMPARE(h.due, ymd(2025, 2, 3));
    QVERIFY2(h.explanation.contains(
                 QString::fromUtf8("skipped: 1 weekend day(s), Lunar New Year (Tết) 01/02/2025;")),
             qPrintable(h.explanation));

    // The compensatory day after Hùng Kings' day 2023 is named: 2 working days from Friday 28/04/2023.
    const Deadline r = DeadlinePolicy().computeDeadline(DeadlineStep::ResultUpdate, utc(2023, 4, 28, 3, 0),
                                                        WorkingCalendar());
    QCOMPARE(r.due, ymd(2023, 5, 5));
    QVERIFY2(
        r.explanation.contains(QString::fromUtf8("Compensatory day off for Hùng Kings' Commemoration Day "
                                                 "02/05/2023")),
        qPrintable(r.explanation));
    QVERIFY2(r.explanation.contains(QStringLiteral("Victory Day 30/04/2023")), qPrintable(r.explanation));
}

void TestDeadlinePolicy::deadlineOutsideTheCalendar()
{
    const WorkingCalendar calendar;
    const DeadlinePolicy p;
    const Deadline late = p.computeDeadline(DeadlineStep::Handling, utc(2100, 12, 20, 3, 0), calendar);
    QVERIFY(!late.isValid());
    QVERIFY(late.explanation.contains(QStringLiteral("cannot be computed")));
    QVERIFY(!p.computeDeadline(DeadlineStep::Handling, utc(2200, 1, 1, 3, 0), calendar).isValid());
    QVERIFY(!p.computeDeadline(DeadlineStep::Handling, QDateTime(), calendar).isValid());
    QVERIFY(!p.dueDate(DeadlineStep::Transfer, utc(1899, 12, 31, 3, 0), calendar).isValid());
}

void TestDeadlinePolicy::status_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("daysLeft");

    const QDate friday = ymd(2025, 1, 17);
    QTest::newRow("4 working days left")
        << friday << ymd(2025, 1, 13) << 3 << int(DeadlineState::Within) << 4;
    QTest::newRow("3 working days left")
        << friday << ymd(2025, 1, 14) << 3 << int(DeadlineState::DueSoon) << 3;
    QTest::newRow("due today") << friday << friday << 3 << int(DeadlineState::DueSoon) << 0;
    QTest::newRow("Saturday after") << friday << ymd(2025, 1, 18) << 3 << int(DeadlineState::Overdue) << 0;
    QTest::newRow("Monday after") << friday << ymd(2025, 1, 20) << 3 << int(DeadlineState::Overdue) << -1;
    QTest::newRow("threshold 0, 3 left")
        << friday << ymd(2025, 1, 14) << 0 << int(DeadlineState::Within) << 3;
    QTest::newRow("threshold 0, due today") << friday << friday << 0 << int(DeadlineState::DueSoon) << 0;
    // Due Monday 03/02/2025 after Tết: ten calendar days from Friday 24/01 but only 27/01 and 03/02 to work.
    QTest::newRow("over Tết, 2 left")
        << ymd(2025, 2, 3) << ymd(2025, 1, 24) << 3 << int(DeadlineState::DueSoon) << 2;
    QTest::newRow("over Tết, 4 left")
        << ymd(2025, 2, 3) << ymd(2025, 1, 22) << 3 << int(DeadlineState::Within) << 4;
    QTest::newRow("no due date") << QDate() << friday << 3 << int(DeadlineState::Within) << 0;
}

void TestDeadlinePolicy::status()
{
    QFETCH(QDate, due);
    QFETCH(QDate, today);
    QFETCH(int, dueSoonDays);
    QFETCH(int, state);
    QFETCH(int, daysLeft);
    const DeadlineStatus s = deadlineStatus(due, today, WorkingCalendar(), dueSoonDays);
    QCOMPARE(int(s.state), state);
    QCOMPARE(s.workingDaysLeft, daysLeft);
}

void TestDeadlinePolicy::policyFromServerJson()
{
    const DeadlinePolicy p = policyFrom(R"([
        {"step": "handling", "amount": 20, "unit": "calendar_days"},
        {"step": "transfer", "amount": 3, "unit": "working_days", "starts_from": "receipt"}])");
    QCOMPARE(p.limit(DeadlineStep::Handling),
             (StepLimit{DeadlineStep::Handling, 20, DayUnit::CalendarDays, DeadlineStart::Receipt}));
    QCOMPARE(p.limit(DeadlineStep::Transfer).amount, 3);
    QCOMPARE(p.limit(DeadlineStep::ResultUpdate), DeadlinePolicy().limit(DeadlineStep::ResultUpdate));
    const Decoded<DeadlinePolicy> again = DeadlinePolicy::fromJson(p.toJson());
    QVERIFY2(again, qPrintable(again.error));
    QVERIFY(*again.value == p);
    QVERIFY(*DeadlinePolicy::fromJson(QByteArray("[]")).value == DeadlinePolicy());
}

void TestDeadlinePolicy::policyJsonRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(error);
    };
    row("not JSON", "[", "invalid JSON");
    row("not an array", R"({"step": "handling"})", "expected a JSON array");
    row("unknown step", R"([{"step": "reply", "amount": 2, "unit": "working_days"}])",
        "[0].step: unknown step 'reply'");
    row("step twice", R"([{"step": "handling", "amount": 2, "unit": "working_days"},
        {"step": "handling", "amount": 3, "unit": "working_days"}])",
        "[1].step: 'handling' given twice");
    row("negative amount", R"([{"step": "handling", "amount": -1, "unit": "working_days"}])",
        "[0].amount: expected a whole number from 0 to 365");
    row("huge amount", R"([{"step": "handling", "amount": 100000, "unit": "working_days"}])",
        "[0].amount: expected a whole number from 0 to 365");
    row("fractional amount", R"([{"step": "handling", "amount": 2.5, "unit": "working_days"}])",
        "[0].amount: expected a whole number");
    row("amount as text", R"([{"step": "handling", "amount": "20", "unit": "working_days"}])",
        "[0].amount: expected a number");
    row("missing unit", R"([{"step": "handling", "amount": 20}])", "[0].unit: missing");
    row("unknown unit", R"([{"step": "handling", "amount": 20, "unit": "days"}])",
        "[0].unit: unknown unit 'days'");
    row("unknown start",
        R"([{"step": "handling", "amount": 20, "unit": "working_days", "starts_from": "x"}])",
        "[0].starts_from: unknown value 'x'");
    row("unknown key", R"([{"step": "handling", "amount": 20, "unit": "working_days", "days": 1}])",
        "[0].days: unknown key");
}

void TestDeadlinePolicy::policyJsonRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Decoded<DeadlinePolicy> decoded = DeadlinePolicy::fromJson(json);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error.contains(error), qPrintable(decoded.error));
}

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "tst_deadlinepolicy.moc"
