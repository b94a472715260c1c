// pakn-server sessions over real HTTPS: sign-in, refresh with rotation, sign-out, token expiry, and the limit
// on failed sign-ins.

#include "httpsclient.h"
#include "net/wirecodec.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

QByteArray refreshBody(const QString &token)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), token}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TstServerSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signIn_grantsTokensAndDescribesTheUser_data();
    void signIn_grantsTokensAndDescribesTheUser();
    void signIn_wrongPasswordAndUnknownUserGetTheSameProblem();
    void signIn_malformedJsonIsA400Problem_data();
    void signIn_malformedJsonIsA400Problem();
    void signIn_missingOrMistypedFieldIsNamed_data();
    void signIn_missingOrMistypedFieldIsNamed();
    void bearer_missingForgedOrMalformedTokenIs401_data();
    void bearer_missingForgedOrMalformedTokenIs401();
    void refresh_rotatesBothTokens();
    void refresh_reusingARotatedTokenEndsTheSession();
    void refresh_badInputIsRefused_data();
    void refresh_badInputIsRefused();
    void signOut_revokesAccessAndRefreshTokens();
    void accessToken_expiresAfterItsLifetime();
    void failedSignIns_areLimitedPerAccount();
    void failedSignIns_areLimitedPerAddress();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
};

void TstServerSessions::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("30")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
}

void TstServerSessions::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TstServerSessions::signIn_grantsTokensAndDescribesTheUser_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("city office") << QStringLiteral("vanphong") << QStringLiteral("vp-ubnd")
                                 << QStringList{QStringLiteral("city_office")};
    QTest::newRow("officer") << QStringLiteral("chuyenvien.xd") << QStringLiteral("so-xay-dung")
                             << QStringList{QStringLiteral("officer")};
    QTest::newRow("focal") << QStringLiteral("daumoi.hk") << QStringLiteral("p-hoan-kiem")
                           << QStringList{QStringLiteral("focal")};
    QTest::newRow("leader") << QStringLiteral("lanhdao.hk") << QStringLiteral("p-hoan-kiem")
                            << QStringList{QStringLiteral("leader")};
    QTest::newRow("two roles") << QStringLiteral("canbo.tonghop") << QStringLiteral("so-tu-phap")
                               << QStringList{QStringLiteral("officer"), QStringLiteral("leader")};
}

void TstServerSessions::signIn_grantsTokensAndDescribesTheUser()
{
    QFETCH(QString, username);
    QFETCH(QString, unit);
    QFETCH(QStringList, roles);
    QString why;
    const std::optional<SessionGrant> first = signIn(*m_client, username, &why);
    QVERIFY2(first, qPrintable(why));
    QCOMPARE(first->user.username, username);
    QCOMPARE(first->user.unitId, unit);
    QCOMPARE(first->user.roles, roles);
    QVERIFY(!first->user.fullName.isEmpty());
    QCOMPARE(first->expiresInSeconds, qint64(15 * 60));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{43}$")); // 32 bytes, base64url
    QVERIFY(token.match(first->accessToken).hasMatch());
    QVERIFY(token.match(first->refreshToken).hasMatch());
    QVERIFY(first->accessToken != first->refreshToken);

    const std::optional<SessionGrant> second = signIn(*m_client, username, &why);
    QVERIFY2(second, qPrintable(why));
    QVERIFY(second->accessToken != first->accessToken);
}

void TstServerSessions::signIn_wrongPasswordAndUnknownUserGetTheSameProblem()
{
    const HttpResult wrongPassword =
        m_client->post(QStringLiteral("/api/v1/session"),
                       credentials(QStringLiteral("chuyenvien.hk"), QStringLiteral("wrong")));
    const HttpResult unknownUser =
        m_client->post(QStringLiteral("/api/v1/session"),
                       credentials(QStringLiteral("nobody"), QStringLiteral("pakn-demo")));
    QVERIFY2(wrongPassword.isProblem("invalid_credentials", 401), wrongPassword.body.constData());
    QVERIFY2(unknownUser.isProblem("invalid_credentials", 401), unknownUser.body.constData());
    QCOMPARE(unknownUser.body, wrongPassword.body); // nothing tells which user names exist
}

void TstServerSessions::signIn_malformedJsonIsA400Problem_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"username":"vanphong","password":)");
    QTest::newRow("not json") << QByteArray("username=vanphong&password=pakn-demo");
    QTest::newRow("empty") << QByteArray();
}

void TstServerSessions::signIn_malformedJsonIsA400Problem()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session"), body);
    QVERIFY2(r.isProblem("malformed_json", 400), r.body.constData());
}

void TstServerSessions::signIn_missingOrMistypedFieldIsNamed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no password") << QByteArray(R"({"username":"vanphong"})") << QStringLiteral("password");
    QTest::newRow("no username") << QByteArray(R"({"password":"pakn-demo"})") << QStringLiteral("username");
    QTest::newRow("number") << QByteArray(R"({"username":7,"password":"pakn-demo"})")
                            << QStringLiteral("username");
    QTest::newRow("null") << QByteArray(R"({"username":"vanphong","password":null})")
                          << QStringLiteral("password");
    QTest::newRow("empty") << QByteArray(R"({"username":"","password":"x"})") << QStringLiteral("username");
    QTest::newRow("array body") << QByteArray(R"(["vanphong","pakn-demo"])") << QString();
}

void TstServerSessions::signIn_missingOrMistypedFieldIsNamed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session"), body);
    QVERIFY2(r.isProblem("invalid_request", 400), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    if (!field.isEmpty())
        QVERIFY(r.json.value(QStringLiteral("detail")).toString().startsWith(field));
}

void TstServerSessions::bearer_missingForgedOrMalformedTokenIs401_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    const QList<std::pair<QByteArray, QString>> endpoints = {
        {"GET", QStringLiteral("/api/v1/changes")},
        {"DELETE", QStringLiteral("/api/v1/session")},
        {"GET", QStringLiteral("/api/v1/reference")},
        {"GET", QStringLiteral("/api/v1/petitions/1")},
        {"POST", QStringLiteral("/api/v1/petitions/1/commands")},
        {"POST", QStringLiteral("/api/v1/uploads")},
        {"GET", QStringLiteral("/api/v1/uploads/u1")},
        {"PUT", QStringLiteral("/api/v1/uploads/u1?offset=0")},
        {"POST", QStringLiteral("/api/v1/uploads/u1/complete")},
        {"GET", QStringLiteral("/api/v1/attachments/a1")},
    };
    const QList<std::pair<const char *, QByteArray>> tokens = {
        {"none", QByteArray()},
        {"forged", QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
        {"garbage", QByteArray("Bearer not a token")},
        {"other scheme", QByteArray("Basic dmFucGhvbmc6cGFrbi1kZW1v")},
        {"empty bearer", QByteArray("Bearer ")},
    };
    for (const auto &[verb, path] : endpoints) {
        for (const auto &[name, authorization] : tokens)
            QTest::addRow("%s %s, %s", verb.constData(), qPrintable(path), name)
                << verb << path << authorization;
    }
}

void TstServerSessions::bearer_missingForgedOrMalformedTokenIs401()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    const HttpResult r =
        m_client->send(verb, path, verb == "GET" ? QByteArray() : QByteArray("{}"), {}, authorization);
    QVERIFY2(r.isProblem("unauthorized", 401), r.body.constData());
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
}

void TstServerSessions::refresh_rotatesBothTokens()
{
    QString why;
    const std::optional<SessionGrant> first = signIn(*m_client, QStringLiteral("daumoi.xd"), &why);
    QVERIFY2(first, qPrintable(why));
    const HttpResult r =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(first->refreshToken));
    QCOMPARE(r.status, 200);
    const Decoded<SessionGrant> second = wire::decodeSessionGrant(r.json);
    QVERIFY2(second, qPrintable(second.error));
    QCOMPARE(second.value->user, first->user);
    QVERIFY(second.value->accessToken != first->accessToken);
    QVERIFY(second.value->refreshToken != first->refreshToken);

    QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?limit=1"), second.value->accessToken).status, 200);
    const HttpResult oldAccess = m_client->get(QStringLiteral("/api/v1/changes?limit=1"), first->accessToken);
    QVERIFY2(oldAccess.isProblem("unauthorized", 401), oldAccess.body.constData());

    // And again from the new refresh token: rotation goes on.
    const HttpResult third =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(second.value->refreshToken));
    QCOMPARE(third.status, 200);
}

void TstServerSessions::refresh_reusingARotatedTokenEndsTheSession()
{
    QString why;
    const std::optional<SessionGrant> first = signIn(*m_client, QStringLiteral("lanhdao.xd"), &why);
    QVERIFY2(first, qPrintable(why));
    const HttpResult rotated =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(first->refreshToken));
    QCOMPARE(rotated.status, 200);
    const SessionGrant second = *wire::decodeSessionGrant(rotated.json).value;

    const HttpResult replay =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(first->refreshToken));
    QVERIFY2(replay.isProblem("invalid_refresh_token", 401), replay.body.constData());
    // The replay ended the session: the tokens issued by the rotation are dead too.
    const HttpResult access = m_client->get(QStringLiteral("/api/v1/changes?limit=1"), second.accessToken);
    QVERIFY2(access.isProblem("unauthorized", 401), access.body.constData());
    const HttpResult refresh =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(second.refreshToken));
    QVERIFY2(refresh.isProblem("invalid_refresh_token", 401), refresh.body.constData());
}

void TstServerSessions::refresh_badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed json") << QByteArray(R"({"refresh_token":)") << QByteArray("malformed_json")
                                    << 400;
    QTest::newRow("missing") << QByteArray("{}") << QByteArray("invalid_request") << 400;
    QTest::newRow("number") << QByteArray(R"({"refresh_token":42})") << QByteArray("invalid_request") << 400;
    QTest::newRow("garbage") << QByteArray(R"({"refresh_token":"abc"})")
                             << QByteArray("invalid_refresh_token") << 401;
    QTest::newRow("forged") << refreshBody(QString(43, QLatin1Char('A')))
                            << QByteArray("invalid_refresh_token") << 401;
}

void TstServerSessions::refresh_badInputIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, code);
    QFETCH(int, status);
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session/refresh"), body);
    QVERIFY2(r.isProblem(code.constData(), status), r.body.constData());
}

void TstServerSessions::signOut_revokesAccessAndRefreshTokens()
{
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("chuyenvien.xd"), &why);
    QVERIFY2(grant, qPrintable(why));
    const std::optional<SessionGrant> other = signIn(*m_client, QStringLiteral("chuyenvien.xd"), &why);
    QVERIFY2(other, qPrintable(why));

    const HttpResult out =
        m_client->send("DELETE", QStringLiteral("/api/v1/session"), {}, grant->accessToken);
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());

    const HttpResult access = m_client->get(QStringLiteral("/api/v1/changes?limit=1"), grant->accessToken);
    QVERIFY2(access.isProblem("unauthorized", 401), access.body.constData());
    const HttpResult refresh =
        m_client->post(QStringLiteral("/api/v1/session/refresh"), refreshBody(grant->refreshToken));
    QVERIFY2(refresh.isProblem("invalid_refresh_token", 401), refresh.body.constData());
    const HttpResult again =
        m_client->send("DELETE", QStringLiteral("/api/v1/session"), {}, grant->accessToken);
    QVERIFY2(again.isProblem("unauthorized", 401), again.body.constData());
    // Another session of the same user goes on.
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?limit=1"), other->accessToken).status, 200);
}

void TstServerSessions::accessToken_expiresAfterItsLifetime()
{
    ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5"),
                          QStringLiteral("--access-token-ttl"), QStringLiteral("2")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient client(server.baseUrl(), server.sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    QCOMPARE(grant->expiresInSeconds, qint64(2));

    // Expiry is counted in whole seconds: after 3.1 s a 2-second token is over whatever second it began in,
    // and a fresh one is good for at least one more second.
    QTest::qWait(3100);
    const HttpResult expired = client.get(QStringLiteral("/api/v1/changes?limit=1"), grant->accessToken);
    QVERIFY2(expired.isProblem("unauthorized", 401), expired.body.constData());
    QVERIFY(expired.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("expired")));

    // The refresh token outlives it and gets a fresh pair.
    const HttpResult refreshed =
        client.post(QStringLiteral("/api/v1/session/refresh"), refreshBody(grant->refreshToken));
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.json.value(QStringLiteral("access_token")).toString();
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes?limit=1"), fresh).status, 200);
}

void TstServerSessions::failedSignIns_areLimitedPerAccount()
{
    ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient client(server.baseUrl(), server.sslConfiguration());
    const QString path = QStringLiteral("/api/v1/session");
    for (int i = 0; i < 5; ++i) {
        const HttpResult r =
            client.post(path, credentials(QStringLiteral("daumoi.xd"), QStringLiteral("guess")));
        QVERIFY2(r.isProblem("invalid_credentials", 401),
                 qPrintable(QString::number(i) + QString::fromUtf8(r.body)));
    }
    // The sixth attempt is refused, even with the right password, and says when to come back.
    const HttpResult limited =
        client.post(path, credentials(QStringLiteral("daumoi.xd"), QStringLiteral("pakn-demo")));
    QVERIFY2(limited.isProblem("too_many_attempts", 429), limited.body.constData());
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, limited.header("Retry-After").constData());
    // An unknown name is limited the same way, so the answer tells nothing about which names exist.
    for (int i = 0; i < 5; ++i)
        client.post(path, credentials(QStringLiteral("khong.ton.tai"), QStringLiteral("guess")));
    QVERIFY(client.post(path, credentials(QStringLiteral("khong.ton.tai"), QStringLiteral("guess")))
                .isProblem("too_many_attempts", 429));
    // Other accounts are not affected.
    QCOMPARE(client.post(path, credentials(QStringLiteral("daumoi.hk"), QStringLiteral("pakn-demo"))).status,
             200);
}

void TstServerSessions::failedSignIns_areLimitedPerAddress()
{
    ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient client(server.baseUrl(), server.sslConfiguration());
    const QString path = QStringLiteral("/api/v1/session");
    // 20 failures spread over many names (4 each, under the account limit) from one address.
    for (int i = 0; i < 20; ++i) {
        const HttpResult r =
            client.post(path, credentials(QStringLiteral("ten.%1").arg(i / 4), QStringLiteral("guess")));
        QVERIFY2(r.isProblem("invalid_credentials", 401),
                 qPrintable(QString::number(i) + QString::fromUtf8(r.body)));
    }
    const HttpResult limited =
        client.post(path, credentials(QStringLiteral("vanphong"), QStringLiteral("pakn-demo")));
    QVERIFY2(limited.isProblem("too_many_attempts", 429), limited.body.constData());
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

QTEST_GUILESS_MAIN(TstServerSessions)
#include "tst_server_sessions.moc"
