// `pakn-server calendar YEAR`: the list an administrator reviews before a year starts.

#include "serverprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QStringList lines;
    QString errors;
};

Run runCalendar(const QStringList &arguments)
{
    QProcess process;
    process.start(pakn::test::serverExecutable(), QStringList{QStringLiteral("calendar")} + arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestServerCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsThePublishedHolidaysOf2023()
    {
        // The 2023 schedule as announced: New Year compensated on Mon 02/01; Hùng Kings' day (Sat 29/04) and
        // Victory Day (Sun 30/04) compensated on 02/05 and 03/05; National Day 01–02/09 with Sat 02/09
        // compensated on Mon 04/09. (Tết 2023 was set by notice as 20–26/01; without an override the default
        // window — the eve and mùng 1–4 — is printed.)
        const Run run = runCalendar({QStringLiteral("2023")});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected = {
            "2023-01-01\tNew Year's Day",
            "2023-01-02\tCompensatory day off for New Year's Day",
            "2023-01-21\tLunar New Year (Tết)",
            "2023-01-22\tLunar New Year (Tết)",
            "2023-01-23\tLunar New Year (Tết)",
            "2023-01-24\tLunar New Year (Tết)",
            "2023-01-25\tLunar New Year (Tết)",
            "2023-04-29\tHùng Kings' Commemoration Day",
            "2023-04-30\tVictory Day",
            "2023-05-01\tInternational Labour Day",
            "2023-05-02\tCompensatory day off for Hùng Kings' Commemoration Day",
            "2023-05-03\tCompensatory day off for Victory Day",
            "2023-09-01\tNational Day",
            "2023-09-02\tNational Day",
            "2023-09-04\tCompensatory day off for National Day",
        };
        QCOMPARE(run.lines, expected);
    }

    void appliesTheYearsOverrides()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("overrides.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"year": 2024,
                        "days_off": [{"date": "2024-04-29", "reason": "Hoán đổi ngày làm việc"}],
                        "working_days": [{"date": "2024-05-04", "reason": "Làm bù cho 29/04"}]}])");
        file.close();
        const Run run = runCalendar({QStringLiteral("2024"), QStringLiteral("--overrides"), file.fileName()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.lines.contains(QStringLiteral("2024-04-29\tHoán đổi ngày làm việc")),
                 qPrintable(run.lines.join('\n')));
        QCOMPARE(run.lines.last(), QStringLiteral("2024-05-04\tworking day: Làm bù cho 29/04"));
    }

    void refusesBadInputClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no year") << QStringList{} << 2;
        QTest::newRow("not a year") << QStringList{"next"} << 2;
        QTest::newRow("out of range") << QStringList{"1800"} << 2;
        QTest::newRow("missing file") << QStringList{"2024", "--overrides", "/nonexistent/x.json"} << 1;
    }

    void refusesBadInputClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runCalendar(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.lines.isEmpty());
        QVERIFY(!run.errors.isEmpty());
    }

    void refusesMalformedOverrides()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"year": 2024, "days_off": [{"date": "2024-02-30"}]}])");
        file.close();
        const Run run = runCalendar({QStringLiteral("2024"), QStringLiteral("--overrides"), file.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(QStringLiteral("bad.json")), qPrintable(run.errors));
    }
};

QTEST_GUILESS_MAIN(TestServerCalendar)
#include "tst_server_calendar.moc"
