// pakn-cli report: the periodic report from a cache the CLI synced from a real pakn-server, offline, on
// standard output and as PDF, CSV and XLSX files.

#include "reports/report.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "sync/accountcontroller.h"

#include <QDateTime>
#include <QFile>
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

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
        const Run sync =
            cli({QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()}, "pakn-demo\n");
        QCOMPARE(sync.exitCode, 0);
        m_server.stop(); // everything below works offline
    }

    void totalsOnStandardOutputMatchTheCache()
    {
        const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        const QString range =
            today.addYears(-1).toString(Qt::ISODate) + QStringLiteral("..") + today.toString(Qt::ISODate);
        const Run run = cli({QStringLiteral("report"), QStringLiteral("--period"), range});
        QCOMPARE(run.exitCode, 0);
        pakn::CacheDatabase cache(pakn::AccountController::cacheFilePath(m_profile.path(), m_server.baseUrl(),
                                                                         QStringLiteral("vanphong")));
        QVERIFY(cache.open());
        const pakn::Report report =
            pakn::ReportBuilder(cache.connection())
                .build(pakn::ReportPeriod::custom(today.addYears(-1), today), {}, today);
        cache.releaseThreadConnection();
        QCOMPARE(run.lines.size(), report.indicators.size() + 1); // the title, then one line per indicator
        for (int i = 0; i < report.indicators.size(); ++i)
            QCOMPARE(run.lines.at(i + 1),
                     QStringLiteral("%1\t%2").arg(report.indicators.at(i).id).arg(report.total.values.at(i)));
        QVERIFY(report.total.values.at(0) > 0);
    }

    void writesPdfCsvAndXlsx()
    {
        QTemporaryDir out;
        QFile notes(out.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QStringLiteral("Đề xuất bổ sung biên chế cho bộ phận một cửa.").toUtf8());
        notes.close();
        for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString file = out.filePath(QStringLiteral("report.") + suffix);
            const Run run =
                cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026"),
                     QStringLiteral("--agency"), QStringLiteral("Văn phòng UBND Thành phố Hà Nội"),
                     QStringLiteral("--notes-file"), notes.fileName(), QStringLiteral("--out"), file});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(QFile::exists(file));
        }
        const QString pdf = runTool(QStringLiteral("pdftotext"),
                                    {out.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
        QVERIFY(pdf.contains(QStringLiteral("VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI")));
        QVERIFY(pdf.contains(QStringLiteral("Đề xuất bổ sung biên chế")));
        QFile csv(out.filePath(QStringLiteral("report.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"));
        const QString strings = runTool(QStringLiteral("unzip"),
                                        {QStringLiteral("-p"), out.filePath(QStringLiteral("report.xlsx")),
                                         QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(strings.contains(QStringLiteral("Văn phòng UBND Thành phố Hà Nội")));
    }

    void badArgumentsAreUsageErrors()
    {
        QCOMPARE(
            cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("q5-2025")}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--cut-off"), QStringLiteral("30")}).exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("/tmp/x.doc")}).exitCode,
            2);
        QCOMPARE(
            cli({QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("/no/such/dir/r.csv")})
                .exitCode,
            1);
    }

private:
    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.start(QStringLiteral(PAKN_CLI_EXECUTABLE),
                      arguments + QStringList{QStringLiteral("--server"), m_server.baseUrl().toString(),
                                              QStringLiteral("--user"), QStringLiteral("vanphong"),
                                              QStringLiteral("--profile"), m_profile.path()});
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    pakn::test::ServerProcess m_server;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
