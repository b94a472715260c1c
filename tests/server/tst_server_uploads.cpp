// pakn-server's uploads over real HTTPS: chunks at the right offsets only, within the declared size and the
// chunk limit; completion checks the size and the SHA-256 and keeps nothing of a refused upload; the
// attachment policy; sanitised names; an upload resumed after its connection dropped mid-chunk.

#include "commandclient.h"
#include "domain/filenames.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "serverprocess.h"
#include "uploadclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

class TstServerUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void chunk_atAWrongOffsetIsRefused();
    void chunk_pastTheDeclaredSizeIsRefused();
    void chunk_overTheLimitIsRefusedBeforeItIsKept();
    void chunk_mustBeOctetStream();
    void complete_withTheWrongHashKeepsNothing();
    void complete_beforeAllBytesIsRefused();
    void complete_twiceGivesTheSameAttachment();
    void create_isCheckedAgainstThePolicy_data();
    void create_isCheckedAgainstThePolicy();
    void names_areSanitised_data();
    void names_areSanitised();
    void upload_resumesAfterADroppedConnection();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<UploadClient> m_uploads;
};

void TstServerUploads::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("20")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    m_commands = std::make_unique<CommandClient>(*m_client);
    m_uploads = std::make_unique<UploadClient>(*m_client, *m_commands, m_server->dataDir());
}

void TstServerUploads::cleanupTestCase()
{
    m_uploads.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

void TstServerUploads::chunk_atAWrongOffsetIsRefused()
{
    const QByteArray content = randomBytes(3000, 11);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content.left(1000)).status, 200);
    for (const qint64 offset : {qint64(0), qint64(999), qint64(1001), qint64(2000)}) {
        const HttpResult r =
            m_uploads->put(QStringLiteral("chuyenvien.xd"), id, offset, content.mid(offset, 500));
        QVERIFY2(r.isProblem("wrong_offset", 409), r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("expected_offset")).toInteger(), qint64(1000));
    }
    const HttpResult state = m_client->get(QStringLiteral("/api/v1/uploads/") + id,
                                           m_commands->actor(QStringLiteral("chuyenvien.xd")).token);
    QCOMPARE(state.json.value(QStringLiteral("received")).toInteger(), qint64(1000));
    const HttpResult bad = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, -1, content.left(10));
    QVERIFY2(bad.isProblem("invalid_parameter", 400), bad.body.constData());
    const HttpResult none = m_client->request("PUT", QStringLiteral("/api/v1/uploads/") + id,
                                              content.left(10), "application/octet-stream",
                                              m_commands->actor(QStringLiteral("chuyenvien.xd")).token);
    QVERIFY2(none.isProblem("invalid_parameter", 400), none.body.constData());
}

void TstServerUploads::chunk_pastTheDeclaredSizeIsRefused()
{
    const QByteArray content = randomBytes(3000, 12);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    const HttpResult r = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content + "x");
    QVERIFY2(r.isProblem("chunk_exceeds_size", 422), r.body.constData());
    QCOMPARE(m_client
                 ->get(QStringLiteral("/api/v1/uploads/") + id,
                       m_commands->actor(QStringLiteral("chuyenvien.xd")).token)
                 .json.value(QStringLiteral("received"))
                 .toInteger(),
             qint64(0));
}

void TstServerUploads::chunk_overTheLimitIsRefusedBeforeItIsKept()
{
    const QByteArray content = randomBytes(6 * kMiB, 13);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("big.pdf"), content);
    const HttpResult r = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content.left(4 * kMiB + 1));
    QVERIFY2(r.isProblem("payload_too_large", 413), qPrintable(r.errorString + QString::fromUtf8(r.body)));
    QCOMPARE(m_client
                 ->get(QStringLiteral("/api/v1/uploads/") + id,
                       m_commands->actor(QStringLiteral("chuyenvien.xd")).token)
                 .json.value(QStringLiteral("received"))
                 .toInteger(),
             qint64(0));
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content.left(4 * kMiB)).status,
             200); // exactly the limit
}

void TstServerUploads::chunk_mustBeOctetStream()
{
    const QByteArray content = randomBytes(100, 14);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    const HttpResult r = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content, "application/json");
    QVERIFY2(r.isProblem("unsupported_media_type", 415), r.body.constData());
    const HttpResult empty = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, QByteArray());
    QVERIFY(empty.status == 400);
}

void TstServerUploads::complete_withTheWrongHashKeepsNothing()
{
    const QStringList before = m_uploads->storedFiles();
    const QByteArray content = randomBytes(5000, 15);
    QJsonObject declared = declaration(QStringLiteral("a.pdf"), content);
    declared.insert(QStringLiteral("sha256"), sha256Hex("something else"));
    const HttpResult created = m_client->postJson(QStringLiteral("/api/v1/uploads"), declared,
                                                  m_commands->actor(QStringLiteral("chuyenvien.xd")).token);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(QStringLiteral("upload_id")).toString();
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content).status, 200);
    const HttpResult r = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    QVERIFY2(r.isProblem("hash_mismatch", 422), r.body.constData());
    QCOMPARE(m_client
                 ->get(QStringLiteral("/api/v1/uploads/") + id,
                       m_commands->actor(QStringLiteral("chuyenvien.xd")).token)
                 .status,
             404);
    QCOMPARE(m_uploads->storedFiles(), before);
}

void TstServerUploads::complete_beforeAllBytesIsRefused()
{
    const QByteArray content = randomBytes(5000, 16);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content.left(4000)).status, 200);
    const HttpResult r = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    QVERIFY2(r.isProblem("upload_incomplete", 409), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("received")).toInteger(), qint64(4000));
}

void TstServerUploads::complete_twiceGivesTheSameAttachment()
{
    const QByteArray content = randomBytes(5000, 17);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content).status, 200);
    const HttpResult first = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    const HttpResult second = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    const HttpResult more = m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 5000, "x");
    QVERIFY2(more.isProblem("wrong_offset", 409) || more.isProblem("chunk_exceeds_size", 422),
             more.body.constData());
}

void TstServerUploads::create_isCheckedAgainstThePolicy_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QByteArray content = "%PDF-1.4";
    const QJsonObject good = declaration(QStringLiteral("a.pdf"), content);
    const auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
        return o;
    };
    QTest::newRow("over 50 MiB") << with("size", 50 * kMiB + 1) << QByteArray("file_too_large") << 422
                                 << QStringLiteral("size");
    QTest::newRow("exe type") << with("mime", QStringLiteral("application/x-msdownload"))
                              << QByteArray("file_type_not_allowed") << 422 << QStringLiteral("mime");
    QTest::newRow("pdf type, exe name")
        << with("name", QStringLiteral("hoa-don.pdf.exe")) << QByteArray("file_type_not_allowed") << 422
        << QStringLiteral("mime");
    QTest::newRow("no name") << with("name", QJsonValue::Undefined) << QByteArray("invalid_request") << 400
                             << QStringLiteral("name");
    QTest::newRow("size as text") << with("size", QStringLiteral("8")) << QByteArray("invalid_request") << 400
                                  << QStringLiteral("size");
    QTest::newRow("size 0") << with("size", 0) << QByteArray("invalid_request") << 400
                            << QStringLiteral("size");
    QTest::newRow("fractional size") << with("size", 1.5) << QByteArray("invalid_request") << 400
                                     << QStringLiteral("size");
    QTest::newRow("short hash") << with("sha256", QStringLiteral("abc")) << QByteArray("invalid_request")
                                << 400 << QStringLiteral("sha256");
    QTest::newRow("no mime") << with("mime", QJsonValue::Undefined) << QByteArray("invalid_request") << 400
                             << QStringLiteral("mime");
}

void TstServerUploads::create_isCheckedAgainstThePolicy()
{
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, code);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QStringList before = m_uploads->storedFiles();
    const HttpResult r = m_client->postJson(QStringLiteral("/api/v1/uploads"), body,
                                            m_commands->actor(QStringLiteral("chuyenvien.xd")).token);
    QVERIFY2(r.isProblem(code.constData(), status), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_uploads->storedFiles(), before);
}

void TstServerUploads::names_areSanitised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("path traversal") << QStringLiteral("../../etc/passwd.pdf") << QStringLiteral("passwd.pdf");
    QTest::newRow("windows path") << QStringLiteral("..\\..\\Windows\\system.ini.pdf")
                                  << QStringLiteral("system.ini.pdf");
    QTest::newRow("control characters")
        << QStringLiteral("ảnh\u0001\u0007\nhiện trường.jpg") << QStringLiteral("ảnh___hiện trường.jpg");
    QTest::newRow("bidi override") << QStringLiteral("hoa-don\u202Efdp.jpg")
                                   << QStringLiteral("hoa-don_fdp.jpg");
    QTest::newRow("device name") << QStringLiteral("CON.pdf") << QStringLiteral("CON_.pdf");
    QTest::newRow("hidden") << QStringLiteral(".htaccess.pdf") << QStringLiteral("htaccess.pdf");
}

void TstServerUploads::names_areSanitised()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QCOMPARE(sanitizeFileName(name), stored); // the test's expectation is core's rule
    const QString mime = name.endsWith(QLatin1String(".jpg")) ? QStringLiteral("image/jpeg")
                                                              : QStringLiteral("application/pdf");
    const QByteArray content = randomBytes(100, static_cast<quint32>(qHash(name)));
    const HttpResult created =
        m_client->postJson(QStringLiteral("/api/v1/uploads"), declaration(name, content, mime),
                           m_commands->actor(QStringLiteral("chuyenvien.xd")).token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(QStringLiteral("name")).toString(), stored);
    const QString id = created.json.value(QStringLiteral("upload_id")).toString();
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content).status, 200);
    const HttpResult done = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    QCOMPARE(
        done.json.value(QStringLiteral("attachment")).toObject().value(QStringLiteral("name")).toString(),
        stored);
    // Nothing was written outside the store, and the store holds only hashes and upload ids.
    for (const QString &file : m_uploads->storedFiles())
        QVERIFY2(file.startsWith(QLatin1String("attachments/blobs/")) ||
                     file.startsWith(QLatin1String("attachments/uploads/u")),
                 qPrintable(file));
    QVERIFY(!QFile::exists(m_server->dataDir() + QStringLiteral("/etc/passwd.pdf")));
}

void TstServerUploads::upload_resumesAfterADroppedConnection()
{
    const QByteArray content = randomBytes(3 * kMiB, 18);
    const QString id =
        m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("scan.pdf"), content);
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content.left(kMiB)).status, 200);

    // The second chunk is cut off half-way: the connection drops with the body incomplete.
    QSslSocket socket;
    socket.setSslConfiguration(m_server->sslConfiguration());
    socket.connectToHostEncrypted(m_server->baseUrl().host(),
                                  static_cast<quint16>(m_server->baseUrl().port()));
    QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
    socket.write("PUT /api/v1/uploads/" + id.toLatin1() + "?offset=" + QByteArray::number(kMiB) +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 m_commands->actor(QStringLiteral("chuyenvien.xd")).token.toLatin1() +
                 "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(kMiB) +
                 "\r\n\r\n");
    socket.write(content.mid(kMiB, kMiB / 2));
    QElapsedTimer timer;
    timer.start();
    while (socket.bytesToWrite() > 0 && timer.elapsed() < 10'000)
        socket.waitForBytesWritten(1000);
    socket.abort();

    // The client asks where to resume, and finishes from there.
    qint64 received = -1;
    QTRY_VERIFY_WITH_TIMEOUT((received = m_client
                                             ->get(QStringLiteral("/api/v1/uploads/") + id,
                                                   m_commands->actor(QStringLiteral("chuyenvien.xd")).token)
                                             .json.value(QStringLiteral("received"))
                                             .toInteger(-1)) == kMiB,
                             10'000);
    for (qint64 offset = received; offset < content.size(); offset += kMiB)
        QCOMPARE(
            m_uploads->put(QStringLiteral("chuyenvien.xd"), id, offset, content.mid(offset, kMiB)).status,
            200);
    const HttpResult done = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id);
    QCOMPARE(done.status, 201);
    const QString attachmentId =
        done.json.value(QStringLiteral("attachment")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_uploads->download(QStringLiteral("chuyenvien.xd"), attachmentId).body, content);
}

QTEST_GUILESS_MAIN(TstServerUploads)
#include "tst_server_uploads.moc"
