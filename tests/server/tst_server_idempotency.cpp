// pakn-server's idempotency keys over real HTTPS: the same key and request replays the first answer and
// applies once, also after the petition left the caller's scope and when many copies arrive at once; the same
// key with another request is refused; a base version is won by exactly one of concurrent commands.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "petitionfactory.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

QJsonObject cmd(const char *type, QJsonObject members = {})
{
    members.insert(QStringLiteral("type"), QLatin1String(type));
    return members;
}

} // namespace

class TstServerIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sameKeySameRequest_replaysTheFirstAnswerAndAppliesOnce();
    void sameKeyOtherRequest_isRefused();
    void replay_worksAfterThePetitionLeftTheScope();
    void concurrentCommands_onlyOneWinsTheBaseVersion();
    void concurrentRetries_applyOnce();

private:
    Petition receivedAtSoXayDung() { return m_factory->prepare(PetitionState::Received, kSoXayDung); }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<PetitionFactory> m_factory;
};

void TstServerIdempotency::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("1000")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    m_commands = std::make_unique<CommandClient>(*m_client);
    m_factory = std::make_unique<PetitionFactory>(*m_commands);
    QVERIFY2(m_factory->load(*m_client, &error), qPrintable(error));
}

void TstServerIdempotency::cleanupTestCase()
{
    m_factory.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

void TstServerIdempotency::sameKeySameRequest_replaysTheFirstAnswerAndAppliesOnce()
{
    const Petition p = receivedAtSoXayDung();
    const QString key = CommandClient::newKey();
    const QJsonObject body = cmd("note", {{QStringLiteral("text"), QStringLiteral("Chỉ một lần")}});
    const HttpResult first = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, body, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    for (int i = 0; i < 3; ++i) {
        const HttpResult again = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, body, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    }
    const Petition now = *m_commands->petition(QStringLiteral("vanphong"), p.id);
    QCOMPARE(now.version, p.version + 1);
    QCOMPARE(now.timeline.size(), p.timeline.size() + 1);
}

void TstServerIdempotency::sameKeyOtherRequest_isRefused()
{
    const Petition p = receivedAtSoXayDung();
    const QString key = CommandClient::newKey();
    const QJsonObject body = cmd("note", {{QStringLiteral("text"), QStringLiteral("một")}});
    QCOMPARE(m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, body, key).status, 200);
    const QList<std::pair<qint64, QJsonObject>> others = {
        {p.version, cmd("note", {{QStringLiteral("text"), QStringLiteral("hai")}})}, // another body
        {p.version + 1, body},                                                       // another base version
    };
    for (const auto &[version, other] : others) {
        const HttpResult r = m_commands->command(QStringLiteral("daumoi.xd"), p.id, version, other, key);
        QVERIFY2(r.isProblem("idempotency_key_reused", 422), r.body.constData());
    }
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id)->version, p.version + 1);
    // Keys belong to their user: the same key from someone else is a new request.
    const HttpResult other =
        m_commands->command(QStringLiteral("lanhdao.xd"), p.id, p.version + 1, body, key);
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("Idempotent-Replayed").isEmpty());
}

void TstServerIdempotency::replay_worksAfterThePetitionLeftTheScope()
{
    const Petition p = receivedAtSoXayDung();
    const QString key = CommandClient::newKey();
    const QJsonObject body = cmd("transfer", {{QStringLiteral("unit"), QStringLiteral("so-tai-chinh")}});
    const HttpResult first = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, body, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(m_commands->get(QStringLiteral("daumoi.xd"), p.id).status, 404); // out of the focal's scope now
    const HttpResult retry = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, body, key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, first.body);
}

void TstServerIdempotency::concurrentCommands_onlyOneWinsTheBaseVersion()
{
    const Petition p = receivedAtSoXayDung();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(
            m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/petitions/%1/commands").arg(p.id))));
        request.setSslConfiguration(m_server->sslConfiguration());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Bearer " + m_commands->actor(QStringLiteral("daumoi.xd")).token.toLatin1());
        request.setRawHeader("Idempotency-Key", CommandClient::newKey().toLatin1());
        request.setRawHeader("If-Match", '"' + QByteArray::number(p.version) + '"');
        replies.append(m_client->nam().post(
            request, QJsonDocument(cmd("note", {{QStringLiteral("text"), QString::number(i)}})).toJson()));
    }
    int ok = 0, conflicts = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ok += status == 200;
        conflicts += status == 409;
        reply->deleteLater();
    }
    QCOMPARE(ok, 1);
    QCOMPARE(conflicts, 5);
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id)->version, p.version + 1);
}

void TstServerIdempotency::concurrentRetries_applyOnce()
{
    const Petition p = receivedAtSoXayDung();
    const QByteArray key = CommandClient::newKey().toLatin1();
    const QByteArray body =
        QJsonDocument(cmd("note", {{QStringLiteral("text"), QStringLiteral("retry")}})).toJson();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(
            m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/petitions/%1/commands").arg(p.id))));
        request.setSslConfiguration(m_server->sslConfiguration());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Bearer " + m_commands->actor(QStringLiteral("daumoi.xd")).token.toLatin1());
        request.setRawHeader("Idempotency-Key", key);
        request.setRawHeader("If-Match", '"' + QByteArray::number(p.version) + '"');
        replies.append(m_client->nam().post(request, body));
    }
    QByteArray firstBody;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray answer = reply->readAll();
        if (firstBody.isEmpty())
            firstBody = answer;
        QCOMPARE(answer, firstBody); // every one got the answer of the one that applied it
        reply->deleteLater();
    }
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id)->version, p.version + 1);
}

QTEST_GUILESS_MAIN(TstServerIdempotency)
#include "tst_server_idempotency.moc"
