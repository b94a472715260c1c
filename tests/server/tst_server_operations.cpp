// pakn-server's operations over its command line: --help explains every flag, bad flags are refused, and
// `pakn-server users` creates, resets and lists accounts on a data folder.

#include "httpsclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &args)
{
    QProcess p;
    p.start(serverExecutable(), args);
    Run r;
    if (!p.waitForFinished(60'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TstServerOperations : public QObject
{
    Q_OBJECT

private slots:
    void help_explainsEveryFlagAndCommand();
    void badFlags_areRefusedWithUsage_data();
    void badFlags_areRefusedWithUsage();
    void users_createResetAndList();
    void users_refusesBadInput_data();
    void users_refusesBadInput();
    void threads_boundHowManyRequestsRunAtOnce();
};

void TstServerOperations::help_explainsEveryFlagAndCommand()
{
    const Run r = runServer({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *flag :
         {"--data-dir", "--host", "--port", "--cert", "--key", "--seed", "--petitions", "--demo-today",
          "--access-token-ttl", "--threads", "--max-attachment-mb", "--fault-latency-ms",
          "--fault-error-rate", "--fault-drop-rate", "--fault-truncate-rate", "--fault-seed"}) {
        // Each flag is listed with a sentence after it.
        const QRegularExpression described(QRegularExpression::escape(QLatin1String(flag)) +
                                           QStringLiteral("[^\\n]*\\s+[A-Z]\\w+ "));
        QVERIFY2(described.match(r.out).hasMatch(), flag);
    }
    for (const char *command :
         {"pakn-server calendar YEAR", "pakn-server users list", "pakn-server users set USER"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
}

void TstServerOperations::badFlags_areRefusedWithUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("ttl 0") << QStringList{QStringLiteral("--access-token-ttl"), QStringLiteral("0")}
                           << QStringLiteral("--access-token-ttl");
    QTest::newRow("rate over 1") << QStringList{QStringLiteral("--fault-error-rate"), QStringLiteral("1.5")}
                                 << QStringLiteral("--fault-error-rate");
    QTest::newRow("rates over 1 together")
        << QStringList{QStringLiteral("--fault-drop-rate"), QStringLiteral("0.6"),
                       QStringLiteral("--fault-truncate-rate"), QStringLiteral("0.6")}
        << QStringLiteral("add up to more than 1");
    QTest::newRow("threads 0") << QStringList{QStringLiteral("--threads"), QStringLiteral("0")}
                               << QStringLiteral("--threads");
    QTest::newRow("attachment size") << QStringList{QStringLiteral("--max-attachment-mb"),
                                                    QStringLiteral("x")}
                                     << QStringLiteral("--max-attachment-mb");
}

void TstServerOperations::badFlags_areRefusedWithUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r =
        runServer(args + QStringList{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("d"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("d")))); // nothing created
}

void TstServerOperations::users_createResetAndList()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    ServerProcess server(
        {QStringLiteral("--data-dir"), data, QStringLiteral("--petitions"), QStringLiteral("20")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient before(server.baseUrl(), server.sslConfiguration());
    const std::optional<SessionGrant> old = signIn(before, QStringLiteral("chuyenvien.xd"), &error);
    QVERIFY2(old, qPrintable(error));
    server.stop();

    QFile password(dir.filePath(QStringLiteral("password.txt")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("mật-khẩu mới 2026\n");
    password.close();
    const Run created =
        runServer({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("kiemtra.vp"),
                   QStringLiteral("--password-file"), password.fileName(), QStringLiteral("--roles"),
                   QStringLiteral("city_office"), QStringLiteral("--unit"), QStringLiteral("vp-ubnd"),
                   QStringLiteral("--full-name"), QStringLiteral("Lê Thị Kiểm Tra"),
                   QStringLiteral("--data-dir"), data});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out.trimmed(), QStringLiteral("created kiemtra.vp"));
    const Run reset =
        runServer({QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("chuyenvien.xd"),
                   QStringLiteral("--password-file"), password.fileName(), QStringLiteral("--roles"),
                   QStringLiteral("officer,leader"), QStringLiteral("--unit"), QStringLiteral("so-xay-dung"),
                   QStringLiteral("--full-name"), QStringLiteral("Đỗ Thị Hồng Nhung"),
                   QStringLiteral("--data-dir"), data});
    QCOMPARE(reset.exitCode, 0);
    QCOMPARE(reset.out.trimmed(), QStringLiteral("updated chuyenvien.xd"));
    const Run list =
        runServer({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), data});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("kiemtra.vp\tcity_office\tvp-ubnd\tLê Thị Kiểm Tra\n")));
    QVERIFY(list.out.contains(QStringLiteral("chuyenvien.xd\tofficer,leader\tso-xay-dung\t")));
    QVERIFY(!list.out.contains(QStringLiteral("mật-khẩu")));

    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient after(server.baseUrl(), server.sslConfiguration());
    // The reset ended the old session and replaced the password.
    QVERIFY(after.get(QStringLiteral("/api/v1/changes?limit=1"), old->accessToken)
                .isProblem("unauthorized", 401));
    QVERIFY(after
                .post(QStringLiteral("/api/v1/session"),
                      credentials(QStringLiteral("chuyenvien.xd"), QStringLiteral("pakn-demo")))
                .isProblem("invalid_credentials", 401));
    for (const QString &user : {QStringLiteral("chuyenvien.xd"), QStringLiteral("kiemtra.vp")}) {
        const HttpResult r = after.post(QStringLiteral("/api/v1/session"),
                                        credentials(user, QStringLiteral("mật-khẩu mới 2026")));
        QCOMPARE(r.status, 200);
        if (user == QLatin1String("chuyenvien.xd"))
            QCOMPARE(r.json.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("roles"))
                         .toArray()
                         .size(),
                     2);
    }
}

void TstServerOperations::users_refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList set{QStringLiteral("users"), QStringLiteral("set"),
                          QStringLiteral("ai.do"), QStringLiteral("--password-file"),
                          QStringLiteral("%PW%"),  QStringLiteral("--full-name"),
                          QStringLiteral("Ai Đó")};
    QTest::newRow("unknown role") << (set + QStringList{QStringLiteral("--roles"), QStringLiteral("admin"),
                                                        QStringLiteral("--unit"), QStringLiteral("vp-ubnd")})
                                  << 1 << QStringLiteral("unknown role 'admin'");
    QTest::newRow("unknown unit") << (set + QStringList{QStringLiteral("--roles"), QStringLiteral("officer"),
                                                        QStringLiteral("--unit"),
                                                        QStringLiteral("so-khong-co")})
                                  << 1 << QStringLiteral("no unit 'so-khong-co'");
    QTest::newRow("no unit") << (set + QStringList{QStringLiteral("--roles"), QStringLiteral("officer")}) << 1
                             << QStringLiteral("--unit is required");
    QTest::newRow("bad user name")
        << QStringList{QStringLiteral("users"),           QStringLiteral("set"),    QStringLiteral("../x"),
                       QStringLiteral("--password-file"), QStringLiteral("%PW%"),   QStringLiteral("--roles"),
                       QStringLiteral("officer"),         QStringLiteral("--unit"), QStringLiteral("vp-ubnd"),
                       QStringLiteral("--full-name"),     QStringLiteral("X")}
        << 1 << QStringLiteral("a user name is");
    QTest::newRow("unknown word") << QStringList{QStringLiteral("users"), QStringLiteral("delete"),
                                                 QStringLiteral("x")}
                                  << 2 << QStringLiteral("usage:");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("users"), QStringLiteral("list"),
                                                   QStringLiteral("--all"), QStringLiteral("1")}
                                    << 2 << QStringLiteral("usage:");
}

void TstServerOperations::users_refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static const QString data = [] {
        ServerProcess server({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                              QStringLiteral("--petitions"), QStringLiteral("5")});
        QString error;
        server.start(&error);
        QFile pw(dir.filePath(QStringLiteral("pw")));
        if (pw.open(QIODevice::WriteOnly))
            pw.write("secret\n");
        return dir.filePath(QStringLiteral("data"));
    }();
    args.replaceInStrings(QStringLiteral("%PW%"), dir.filePath(QStringLiteral("pw")));
    const Run r = runServer(args + QStringList{QStringLiteral("--data-dir"), data});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const Run list =
        runServer({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir"), data});
    QVERIFY(!list.out.contains(QStringLiteral("ai.do")));
    // Without a database nothing is created.
    const Run missing = runServer({QStringLiteral("users"), QStringLiteral("list"),
                                   QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none"))));
}

void TstServerOperations::threads_boundHowManyRequestsRunAtOnce()
{
    // Three clients at once, each request held 600 ms by the latency switch: with one worker thread they wait
    // for each other, with four they run side by side.
    const auto elapsed = [](const QString &threads) {
        ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5"), QStringLiteral("--threads"),
                              threads, QStringLiteral("--fault-latency-ms"), QStringLiteral("600")});
        QString error;
        if (!server.start(&error))
            return qint64(-1);
        QList<std::shared_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i) {
            clients.append(std::make_shared<QNetworkAccessManager>());
            QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/changes"))));
            request.setSslConfiguration(server.sslConfiguration());
            replies.append(clients.last()->get(request));
        }
        for (QNetworkReply *r : std::as_const(replies)) {
            if (!r->isFinished() && !QSignalSpy(r, &QNetworkReply::finished).wait(30'000))
                return qint64(-1);
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 401)
                return qint64(-1);
            r->deleteLater();
        }
        return timer.elapsed();
    };
    const qint64 one = elapsed(QStringLiteral("1"));
    const qint64 four = elapsed(QStringLiteral("4"));
    QVERIFY2(one >= 3 * 600, qPrintable(QString::number(one)));
    QVERIFY2(four >= 600 && four < one, qPrintable(QString::number(four)));
}

QTEST_GUILESS_MAIN(TstServerOperations)
#include "tst_server_operations.moc"
