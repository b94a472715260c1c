// pakn-server over real HTTPS: health, errors as problem documents for whatever the HTTP layer refuses,
// restart, TLS and the request log. Every request goes through a QNetworkAccessManager that trusts only the
// CA certificate the server generated for itself.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TstServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health_answersWithoutAuthentication();
    void errors_unknownPathAndWrongMethodAreProblems();
    void errors_rangeHeaderNeverTruncatesJson();
    void errors_oversizedBodyIsA413Problem();
    void errors_requestWithoutBodyFramingIsAnsweredAtOnce_data();
    void errors_requestWithoutBodyFramingIsAnsweredAtOnce();
    void restart_keepsDataAndSessions();
    void tls_untrustedClientIsRefusedAndCertificateFitsLoopback();
    void logs_nameRequestsButHoldNoSecrets();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
};

void TstServerHttp::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("50")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_server->caCertificates().size(), 1);
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
}

void TstServerHttp::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TstServerHttp::health_answersWithoutAuthentication()
{
    const HttpResult r = m_client->get(QStringLiteral("/api/v1/health"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType().startsWith("application/json"));
    QCOMPARE(r.json, QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void TstServerHttp::errors_unknownPathAndWrongMethodAreProblems()
{
    const HttpResult unknown = m_client->get(QStringLiteral("/api/v1/no-such-thing"));
    QVERIFY2(unknown.isProblem("not_found", 404), unknown.body.constData());

    const HttpResult getSession = m_client->get(QStringLiteral("/api/v1/session"));
    QVERIFY2(getSession.isProblem("method_not_allowed", 405), getSession.body.constData());
    QVERIFY(getSession.header("Allow").contains("POST"));

    const HttpResult deleteChanges = m_client->send("DELETE", QStringLiteral("/api/v1/changes"));
    QVERIFY2(deleteChanges.isProblem("method_not_allowed", 405), deleteChanges.body.constData());
    QVERIFY(deleteChanges.header("Allow").contains("GET"));
}

void TstServerHttp::errors_rangeHeaderNeverTruncatesJson()
{
    const HttpResult partial =
        m_client->send("GET", QStringLiteral("/api/v1/health"), {}, {}, {}, {{"Range", "bytes=0-3"}});
    QCOMPARE(partial.status, 200);
    QCOMPARE(partial.json, QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));

    const HttpResult malformed =
        m_client->send("GET", QStringLiteral("/api/v1/health"), {}, {}, {}, {{"Range", "bytes=abc"}});
    QVERIFY2(malformed.isProblem("range_not_satisfiable", 416), malformed.body.constData());
}

void TstServerHttp::errors_oversizedBodyIsA413Problem()
{
    const QByteArray twoMiB =
        "{\"username\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\",\"password\":\"x\"}";
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session"), twoMiB);
    QVERIFY2(r.isProblem("payload_too_large", 413), qPrintable(r.errorString + QString::fromUtf8(r.body)));

    // The server is still fine afterwards.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/health")).status, 200);
}

void TstServerHttp::errors_requestWithoutBodyFramingIsAnsweredAtOnce_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("routed POST") << QByteArray("POST /api/v1/session") << QByteArray("HTTP/1.1 400")
                                 << QByteArray("malformed_json");
    QTest::newRow("wrong method") << QByteArray("PUT /api/v1/changes") << QByteArray("HTTP/1.1 405")
                                  << QByteArray("method_not_allowed");
    QTest::newRow("unknown path") << QByteArray("PATCH /api/v1/nothing") << QByteArray("HTTP/1.1 404")
                                  << QByteArray("not_found");
}

void TstServerHttp::errors_requestWithoutBodyFramingIsAnsweredAtOnce()
{
    // Neither Content-Length nor Transfer-Encoding: the body is empty (RFC 9112 §6.3). QNAM always frames its
    // bodies, so this speaks raw HTTP over TLS.
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, code);
    QSslSocket socket;
    socket.setSslConfiguration(m_server->sslConfiguration());
    QElapsedTimer timer;
    timer.start();
    socket.connectToHostEncrypted(m_server->baseUrl().host(),
                                  static_cast<quint16>(m_server->baseUrl().port()));
    QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
    socket.write(requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10'000) {
        if (socket.waitForReadyRead(1000))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(answer.startsWith(statusLine), answer.constData());
    QVERIFY2(answer.contains("application/problem+json"), answer.constData());
    QVERIFY2(answer.contains("\"code\":\"" + code + '"'), answer.constData());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed()))); // no wait for a body
}

void TstServerHttp::restart_keepsDataAndSessions()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("data")); // does not exist yet
    ServerProcess server(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--petitions"), QStringLiteral("80")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.dataDir(), dataDir);
    const QFileDevice::Permissions dirPermissions = QFile::permissions(dataDir);
    QVERIFY(!(dirPermissions & kGroupOrOther));
    QVERIFY(
        dirPermissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QFile serverJson(dataDir + QStringLiteral("/server.json"));
    QVERIFY(serverJson.open(QIODevice::ReadOnly));
    const QJsonObject announced = QJsonDocument::fromJson(serverJson.readAll()).object();
    QCOMPARE(announced.value(QStringLiteral("url")).toString(), server.baseUrl().toString());
    QCOMPARE(announced.value(QStringLiteral("port")).toInt(), server.baseUrl().port());
    QCOMPARE(announced.value(QStringLiteral("ca_file")).toString(), server.caFile());

    HttpsClient before(server.baseUrl(), server.sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(before, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    // A command, an upload in progress and a finished attachment, all to be found after the restart.
    const auto open = [](const Petition &p) { return !isClosed(p.state); };
    const Walk initial = walkChanges(before, grant->accessToken, 50);
    const auto target = std::find_if(initial.petitions.cbegin(), initial.petitions.cend(), open);
    QVERIFY(target != initial.petitions.cend());
    CommandClient commands(before);
    const QString key = CommandClient::newKey();
    const QJsonObject note{{QStringLiteral("type"), QStringLiteral("note")},
                           {QStringLiteral("text"), QStringLiteral("trước khi khởi động lại")}};
    const HttpResult applied =
        commands.command(QStringLiteral("vanphong"), target->id, target->version, note, key);
    QCOMPARE(applied.status, 200);
    const QByteArray content = "%PDF-1.4 bản chụp";
    const QJsonObject declared{
        {QStringLiteral("name"), QStringLiteral("ban-chup.pdf")},
        {QStringLiteral("size"), content.size()},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("mime"), QStringLiteral("application/pdf")}};
    const QString done = before.postJson(QStringLiteral("/api/v1/uploads"), declared, grant->accessToken)
                             .json.value(QStringLiteral("upload_id"))
                             .toString();
    QCOMPARE(before
                 .request("PUT", QStringLiteral("/api/v1/uploads/%1?offset=0").arg(done), content,
                          "application/octet-stream", grant->accessToken)
                 .status,
             200);
    const QString attachment = before
                                   .request("POST", QStringLiteral("/api/v1/uploads/%1/complete").arg(done),
                                            {}, {}, grant->accessToken)
                                   .json.value(QStringLiteral("attachment"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    const QString pending = before.postJson(QStringLiteral("/api/v1/uploads"), declared, grant->accessToken)
                                .json.value(QStringLiteral("upload_id"))
                                .toString();
    QCOMPARE(before
                 .request("PUT", QStringLiteral("/api/v1/uploads/%1?offset=0").arg(pending), content.left(5),
                          "application/octet-stream", grant->accessToken)
                 .status,
             200);

    const Walk first = walkChanges(before, grant->accessToken, 50);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.petitions.size(), qsizetype(80));
    server.stop();

    // Other demo options on restart do not reseed an existing database.
    ServerProcess restarted({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--petitions"),
                             QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("1")});
    QVERIFY2(restarted.start(&error), qPrintable(error));
    QCOMPARE(restarted.caFile(), server.caFile());
    HttpsClient after(restarted.baseUrl(), restarted.sslConfiguration());
    const Walk second = walkChanges(after, grant->accessToken, 50); // the session survived too
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.petitions, first.petitions);
    CommandClient again(after);
    const HttpResult replay =
        again.command(QStringLiteral("vanphong"), target->id, target->version, note, key);
    QCOMPARE(replay.body, applied.body); // the idempotency key survived
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(after.get(QStringLiteral("/api/v1/attachments/") + attachment, grant->accessToken).body,
             content);
    QCOMPARE(after.get(QStringLiteral("/api/v1/uploads/") + pending, grant->accessToken)
                 .json.value(QStringLiteral("received"))
                 .toInteger(),
             qint64(5));
}

void TstServerHttp::tls_untrustedClientIsRefusedAndCertificateFitsLoopback()
{
    HttpsClient untrusted(m_server->baseUrl(), QSslConfiguration::defaultConfiguration());
    const HttpResult r = untrusted.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);

    const QSslCertificate cert = m_server->caCertificates().value(0);
    const auto names = cert.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(800));
    const QString key = QFileInfo(m_server->caFile()).absolutePath() + QStringLiteral("/key.pem");
    const QFileDevice::Permissions keyPermissions = QFile::permissions(key);
    QVERIFY(!(keyPermissions & kGroupOrOther));
    QVERIFY(keyPermissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TstServerHttp::logs_nameRequestsButHoldNoSecrets()
{
    QTemporaryDir dir;
    QProcess process;
    process.setStandardErrorFile(dir.filePath(QStringLiteral("stderr.log")));
    process.start(serverExecutable(),
                  {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--petitions"),
                   QStringLiteral("20"), QStringLiteral("--demo-today"), QStringLiteral("2026-11-28")});
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 60'000);
    const QString ready = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(ready.startsWith(QStringLiteral("pakn-server ready url=https://127.0.0.1:")), qPrintable(ready));
    const qsizetype caAt = ready.indexOf(QStringLiteral(" ca="));
    const QUrl url(ready.mid(22, caAt - 22));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(ready.mid(caAt + 4)));
    HttpsClient client(url, tls);

    QString why;
    const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &why);
    QVERIFY2(grant, qPrintable(why));
    // A JSON body sent as a form (what `curl -d` does) must not leak into the log either: httplib parses form
    // bodies into parameters. QJsonObject writes "password" first, so it falls within any truncated prefix.
    QCOMPARE(client
                 .post(QStringLiteral("/api/v1/session"),
                       credentials(QStringLiteral("vanphong"), QStringLiteral("pakn-demo")),
                       "application/x-www-form-urlencoded")
                 .status,
             200);
    const HttpResult page =
        client.get(QStringLiteral("/api/v1/changes?cursor=s0&limit=5"), grant->accessToken);
    QCOMPARE(page.status, 200);
    const QString title = page.json.value(QStringLiteral("petitions"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toString();
    QVERIFY(!title.isEmpty());

    process.terminate();
    QVERIFY(process.waitForFinished(15'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty()); // the ready line is the only output

    QFile logFile(dir.filePath(QStringLiteral("stderr.log")));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QByteArray log = logFile.readAll();
    QVERIFY(log.contains(R"(event=request method=POST path="/api/v1/session")"));
    QVERIFY(log.contains(R"(path="/api/v1/changes" query="cursor,limit" status=200)"));
    QVERIFY(log.contains(R"(user="vanphong")"));
    QVERIFY(log.contains("event=stop"));
    QVERIFY(!log.contains("pakn-demo"));
    QVERIFY(!log.contains(grant->accessToken.toLatin1()));
    QVERIFY(!log.contains(grant->refreshToken.toLatin1()));
    QVERIFY(!log.contains("cursor=s"));
    QVERIFY(!log.contains("limit=5"));
    QVERIFY(!log.contains(title.toUtf8()));
}

QTEST_GUILESS_MAIN(TstServerHttp)
#include "tst_server_http.moc"
