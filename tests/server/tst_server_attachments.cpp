// pakn-server's attachments over real HTTPS: stored once by content, downloaded whole or by Range, visible
// to the uploader and to whoever sees a petition that uses them; someone else's attachment cannot be put on
// a reply.

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

class TstServerAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void upload_inChunksThenDownloadWhole();
    void download_servesRanges_data();
    void download_servesRanges();
    void visibility_followsTheUploaderAndThePetitionsScope();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<UploadClient> m_uploads;
    QByteArray m_content; // 2.5 MiB
    AttachmentRef m_attachment;
};

void TstServerAttachments::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("600")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    m_commands = std::make_unique<CommandClient>(*m_client);
    m_uploads = std::make_unique<UploadClient>(*m_client, *m_commands, m_server->dataDir());
    m_content = randomBytes(5 * kMiB / 2, 7);
    m_attachment = m_uploads->uploadAll(QStringLiteral("chuyenvien.xd"),
                                        QStringLiteral("Công văn trả lời.pdf"), m_content);
    QVERIFY(!m_attachment.id.isEmpty());
}

void TstServerAttachments::cleanupTestCase()
{
    m_uploads.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

void TstServerAttachments::upload_inChunksThenDownloadWhole()
{
    QCOMPARE(m_attachment.name, QStringLiteral("Công văn trả lời.pdf"));
    QCOMPARE(m_attachment.size, m_content.size());
    QCOMPARE(m_attachment.sha256, sha256Hex(m_content));
    QCOMPARE(m_attachment.mime, QStringLiteral("application/pdf"));
    const HttpResult r = m_uploads->download(QStringLiteral("chuyenvien.xd"), m_attachment.id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_content);
    QCOMPARE(r.contentType(), QByteArray("application/pdf"));
    QCOMPARE(r.header("ETag"), '"' + m_attachment.sha256.toLatin1() + '"');
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    QVERIFY(r.header("Content-Disposition").startsWith("attachment;"));
    QVERIFY(r.header("Content-Disposition").contains("filename*=UTF-8''C%C3%B4ng"));
    // Stored once, by content: the file's name in the store is its hash.
    QVERIFY(m_uploads->storedFiles().contains(
        QStringLiteral("attachments/blobs/%1/%2").arg(m_attachment.sha256.left(2), m_attachment.sha256)));
}

void TstServerAttachments::download_servesRanges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last"); // inclusive
    const qint64 size = 5 * kMiB / 2;
    QTest::newRow("middle") << QByteArray("bytes=1000-1999") << 206 << qint64(1000) << qint64(1999);
    QTest::newRow("across a chunk boundary")
        << QByteArray("bytes=1048000-1049000") << 206 << qint64(1048000) << qint64(1049000);
    QTest::newRow("from an offset to the end")
        << QByteArray("bytes=2000000-") << 206 << qint64(2000000) << size - 1;
    QTest::newRow("the last 10 bytes") << QByteArray("bytes=-10") << 206 << size - 10 << size - 1;
    QTest::newRow("last byte past the end is clipped")
        << QByteArray("bytes=10-99999999") << 206 << qint64(10) << size - 1;
    QTest::newRow("one byte") << QByteArray("bytes=0-0") << 206 << qint64(0) << qint64(0);
    QTest::newRow("several ranges: the whole file")
        << QByteArray("bytes=0-1,5-6") << 200 << qint64(0) << size - 1;
}

void TstServerAttachments::download_servesRanges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const HttpResult r = m_uploads->download(QStringLiteral("chuyenvien.xd"), m_attachment.id, range);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, m_content.mid(first, last - first + 1));
    if (status == 206)
        QCOMPARE(r.header("Content-Range"),
                 QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(m_content.size()).toLatin1());
}

void TstServerAttachments::visibility_followsTheUploaderAndThePetitionsScope()
{
    const QByteArray content = randomBytes(2000, 19);
    const QString id = m_uploads->create(QStringLiteral("chuyenvien.xd"), QStringLiteral("a.pdf"), content);
    // An upload is its user's alone, whatever their roles.
    for (const QString &other : {QStringLiteral("chuyenvien2.xd"), QStringLiteral("vanphong")}) {
        QVERIFY(m_client->get(QStringLiteral("/api/v1/uploads/") + id, m_commands->actor(other).token)
                    .isProblem("not_found", 404));
        QVERIFY(m_uploads->put(other, id, 0, content).isProblem("not_found", 404));
        QVERIFY(m_uploads->complete(other, id).isProblem("not_found", 404));
    }
    QCOMPARE(m_uploads->put(QStringLiteral("chuyenvien.xd"), id, 0, content).status, 200);
    const QString attachmentId = m_uploads->complete(QStringLiteral("chuyenvien.xd"), id)
                                     .json.value(QStringLiteral("attachment"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
    // Before a petition uses it, only the uploader sees the attachment.
    QCOMPARE(m_uploads->download(QStringLiteral("chuyenvien.xd"), attachmentId).status, 200);
    for (const QString &other :
         {QStringLiteral("chuyenvien2.xd"), QStringLiteral("vanphong"), QStringLiteral("lanhdao.xd")})
        QVERIFY(m_uploads->download(other, attachmentId).isProblem("not_found", 404));

    // The officer's reply on a petition of so-xay-dung uses it: whoever sees that petition may download it.
    const Walk all = walkChanges(*m_client, m_commands->actor(QStringLiteral("chuyenvien.xd")).token, 1000);
    const auto mine = std::find_if(all.petitions.cbegin(), all.petitions.cend(), [](const Petition &p) {
        return p.assignee == QLatin1String("chuyenvien.xd") &&
               (p.state == PetitionState::InProgress || p.state == PetitionState::SentBack);
    });
    QVERIFY2(mine != all.petitions.cend(), "the demo data has no petition in progress for chuyenvien.xd");
    const QJsonObject reply{{QStringLiteral("subject"), QStringLiteral("V/v trả lời")},
                            {QStringLiteral("body"), QStringLiteral("Kèm theo công văn")},
                            {QStringLiteral("attachments"), QJsonArray{attachmentId, m_attachment.id}}};
    const HttpResult saved = m_commands->command(
        QStringLiteral("chuyenvien.xd"), mine->id, mine->version,
        {{QStringLiteral("type"), QStringLiteral("save_reply")}, {QStringLiteral("reply"), reply}});
    QCOMPARE(saved.status, 200);
    const Petition p = *wire::decodePetition(saved.json).value;
    QCOMPARE(p.reply->attachments.size(), qsizetype(2));
    QCOMPARE(p.reply->attachments.at(0).sha256, sha256Hex(content)); // the server filled in the description
    QCOMPARE(p.reply->attachments.at(1), m_attachment);
    for (const QString &user :
         {QStringLiteral("chuyenvien2.xd"), QStringLiteral("vanphong"), QStringLiteral("lanhdao.xd")})
        QCOMPARE(m_uploads->download(user, attachmentId).body, content);
    for (const QString &user : {QStringLiteral("chuyenvien.hk"), QStringLiteral("lanhdao.hk")})
        QVERIFY(m_uploads->download(user, attachmentId).isProblem("not_found", 404));
    // Someone else's attachment cannot be put on a reply.
    const QString foreign =
        m_uploads->uploadAll(QStringLiteral("chuyenvien2.xd"), QStringLiteral("b.pdf"), randomBytes(100, 20))
            .id;
    const HttpResult refused = m_commands->command(
        QStringLiteral("chuyenvien.xd"), p.id, p.version,
        {{QStringLiteral("type"), QStringLiteral("save_reply")},
         {QStringLiteral("reply"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")},
                                               {QStringLiteral("attachments"), QJsonArray{foreign}}}}});
    QVERIFY2(refused.isProblem("invalid_command", 422), refused.body.constData());
    QCOMPARE(refused.json.value(QStringLiteral("field")).toString(), QStringLiteral("reply.attachments[0]"));
}

QTEST_GUILESS_MAIN(TstServerAttachments)
#include "tst_server_attachments.moc"
