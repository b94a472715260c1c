// pakn-server over real HTTPS: sign-in, the change feed, scopes, demo data, errors as problem documents,
// restart and determinism. Every request goes through a QNetworkAccessManager that trusts only the CA
// certificate the server generated for itself.

#include "calendar/workingcalendar.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

constexpr int kDemoPetitions = 600;
constexpr qint64 kHanoiOffsetSeconds = 7 * 3600;
// ServerProcess anchors the demo data at 2026-11-28; nothing changes after 17:00 that day in Hà Nội.
const QDate kDemoToday(2026, 11, 28);
const QDateTime kAnchorInstant(kDemoToday, QTime(10, 0), Qt::UTC);

QDate hanoiDate(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kHanoiOffsetSeconds).date();
}

/// The deadline rule of the demo data as a property of the working-day calendar: the due date is a working
/// day, and exactly 20 working days lie after the day of receipt up to it (domain.md §1.2, Civil Code art.
/// 147).
bool isHandlingDeadline(QDate received, QDate due)
{
    static const WorkingCalendar calendar;
    return calendar.isWorkingDay(due) && calendar.workingDaysBetween(received, due) == 20;
}

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

QSet<qint64> idsOf(const QList<Petition> &petitions)
{
    QSet<qint64> ids;
    for (const Petition &p : petitions)
        ids.insert(p.id);
    return ids;
}

} // namespace

class TstServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health_answersWithoutAuthentication();
    void signIn_grantsTokensAndDescribesTheUser_data();
    void signIn_grantsTokensAndDescribesTheUser();
    void signIn_wrongPasswordAndUnknownUserGetTheSameProblem();
    void signIn_malformedJsonIsA400Problem_data();
    void signIn_malformedJsonIsA400Problem();
    void signIn_missingOrMistypedFieldIsNamed_data();
    void signIn_missingOrMistypedFieldIsNamed();
    void changes_needAValidBearerToken_data();
    void changes_needAValidBearerToken();
    void changes_walkWithLimit37YieldsEveryPetitionOnce();
    void changes_scopeFollowsRoleAndUnit_data();
    void changes_scopeFollowsRoleAndUnit();
    void changes_badLimitOrCursorIsA400Problem_data();
    void changes_badLimitOrCursorIsA400Problem();
    void errors_unknownPathAndWrongMethodAreProblems();
    void errors_rangeHeaderNeverTruncatesJson();
    void errors_oversizedBodyIsA413Problem();
    void errors_requestWithoutBodyFramingIsAnsweredAtOnce_data();
    void errors_requestWithoutBodyFramingIsAnsweredAtOnce();
    void demoData_coversStatesChannelsFieldsAndRoles();
    void demoData_isConsistentWithEachState();
    void demoData_isDeterministic();
    void restart_keepsDataAndSessions();
    void tls_untrustedClientIsRefusedAndCertificateFitsLoopback();
    void logs_nameRequestsButHoldNoSecrets();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    QList<Petition> m_all; // everything, as the city office sees it
};

void TstServerHttp::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_server->caCertificates().size(), 1);
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());

    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    const Walk all = walkChanges(*m_client, grant->accessToken, 1000);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    m_all = all.petitions;
    QCOMPARE(m_all.size(), qsizetype(kDemoPetitions));
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

void TstServerHttp::signIn_grantsTokensAndDescribesTheUser_data()
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

void TstServerHttp::signIn_grantsTokensAndDescribesTheUser()
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

void TstServerHttp::signIn_wrongPasswordAndUnknownUserGetTheSameProblem()
{
    const HttpResult wrongPassword = m_client->post(
        QStringLiteral("/api/v1/session"), credentials(QStringLiteral("vanphong"), QStringLiteral("wrong")));
    const HttpResult unknownUser =
        m_client->post(QStringLiteral("/api/v1/session"),
                       credentials(QStringLiteral("nobody"), QStringLiteral("pakn-demo")));
    QVERIFY2(wrongPassword.isProblem("invalid_credentials", 401), wrongPassword.body.constData());
    QVERIFY2(unknownUser.isProblem("invalid_credentials", 401), unknownUser.body.constData());
    QCOMPARE(unknownUser.body, wrongPassword.body); // nothing tells which user names exist
}

void TstServerHttp::signIn_malformedJsonIsA400Problem_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"username":"vanphong","password":)");
    QTest::newRow("not json") << QByteArray("username=vanphong&password=pakn-demo");
    QTest::newRow("empty") << QByteArray();
}

void TstServerHttp::signIn_malformedJsonIsA400Problem()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session"), body);
    QVERIFY2(r.isProblem("malformed_json", 400), r.body.constData());
}

void TstServerHttp::signIn_missingOrMistypedFieldIsNamed_data()
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

void TstServerHttp::signIn_missingOrMistypedFieldIsNamed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult r = m_client->post(QStringLiteral("/api/v1/session"), body);
    QVERIFY2(r.isProblem("invalid_request", 400), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    if (!field.isEmpty())
        QVERIFY(r.json.value(QStringLiteral("detail")).toString().startsWith(field));
}

void TstServerHttp::changes_needAValidBearerToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("forged") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("garbage") << QByteArray("Bearer not a token");
    QTest::newRow("other scheme") << QByteArray("Basic dmFucGhvbmc6cGFrbi1kZW1v");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TstServerHttp::changes_needAValidBearerToken()
{
    QFETCH(QByteArray, authorization);
    const HttpResult r = m_client->send("GET", QStringLiteral("/api/v1/changes"), {}, {}, authorization);
    QVERIFY2(r.isProblem("unauthorized", 401), r.body.constData());
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
}

void TstServerHttp::changes_walkWithLimit37YieldsEveryPetitionOnce()
{
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &why);
    QVERIFY2(grant, qPrintable(why));

    const Walk w = walkChanges(*m_client, grant->accessToken, 37);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    QCOMPARE(w.pages, (kDemoPetitions + 36) / 37);
    QCOMPARE(w.petitions.size(), qsizetype(kDemoPetitions));
    QCOMPARE(idsOf(w.petitions).size(), qsizetype(kDemoPetitions)); // each exactly once
    QCOMPARE(w.petitions, m_all);                                   // the same order as one big page

    const Walk again = walkChanges(*m_client, grant->accessToken, 37, w.finalCursor);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.pages, 1);
    QVERIFY(again.petitions.isEmpty());
    QCOMPARE(again.finalCursor, w.finalCursor);
}

void TstServerHttp::changes_scopeFollowsRoleAndUnit_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("units"); // empty: everything
    QTest::newRow("city office sees all") << QStringLiteral("vanphong") << QStringList();
    QTest::newRow("officer sees own unit")
        << QStringLiteral("chuyenvien.xd") << QStringList{QStringLiteral("so-xay-dung")};
    QTest::newRow("focal sees own unit")
        << QStringLiteral("daumoi.xd") << QStringList{QStringLiteral("so-xay-dung")};
    QTest::newRow("leader sees subtree")
        << QStringLiteral("lanhdao.xd")
        << QStringList{QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")};
    QTest::newRow("ward leader sees subtree")
        << QStringLiteral("lanhdao.hk") << QStringList{QStringLiteral("p-hoan-kiem")};
    QTest::newRow("officer and leader")
        << QStringLiteral("canbo.tonghop") << QStringList{QStringLiteral("so-tu-phap")};
}

void TstServerHttp::changes_scopeFollowsRoleAndUnit()
{
    QFETCH(QString, username);
    QFETCH(QStringList, units);
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, username, &why);
    QVERIFY2(grant, qPrintable(why));
    const Walk w = walkChanges(*m_client, grant->accessToken, 37);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));

    QSet<qint64> expected;
    for (const Petition &p : std::as_const(m_all)) {
        if (units.isEmpty() || units.contains(p.unitId))
            expected.insert(p.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(w.petitions.size(), expected.size());
    QCOMPARE(idsOf(w.petitions), expected);
}

void TstServerHttp::changes_badLimitOrCursorIsA400Problem_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5") << QStringLiteral("limit");
    QTest::newRow("limit fraction") << QStringLiteral("limit=1.5") << QStringLiteral("limit");
    QTest::newRow("limit word") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit");
    QTest::newRow("cursor word") << QStringLiteral("cursor=latest") << QStringLiteral("cursor");
    QTest::newRow("cursor negative") << QStringLiteral("cursor=s-1") << QStringLiteral("cursor");
    QTest::newRow("cursor empty") << QStringLiteral("cursor=") << QStringLiteral("cursor");
    QTest::newRow("cursor ahead") << QStringLiteral("cursor=s999999") << QStringLiteral("cursor");
}

void TstServerHttp::changes_badLimitOrCursorIsA400Problem()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &why);
    QVERIFY2(grant, qPrintable(why));
    const HttpResult r = m_client->get(QStringLiteral("/api/v1/changes?") + query, grant->accessToken);
    QVERIFY2(r.isProblem("invalid_parameter", 400), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
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

void TstServerHttp::demoData_coversStatesChannelsFieldsAndRoles()
{
    QSet<PetitionState> states;
    QSet<Channel> channels;
    QSet<QString> fields;
    QSet<int> categories;
    QSet<PetitionKind> kinds;
    QSet<SubmitterType> submitterTypes;
    for (const Petition &p : std::as_const(m_all)) {
        states.insert(p.state);
        channels.insert(p.channel);
        fields.insert(p.fieldId);
        categories.insert(p.category);
        kinds.insert(p.kind);
        submitterTypes.insert(p.submitter.type);
    }
    QCOMPARE(states.size(), qsizetype(std::size(kAllPetitionStates)));
    QCOMPARE(channels.size(), qsizetype(std::size(kAllChannels)));
    QCOMPARE(fields.size(), qsizetype(10));
    QCOMPARE(categories, (QSet<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(kinds.size(), qsizetype(2));
    QCOMPARE(submitterTypes.size(), qsizetype(2));
    for (const PetitionState s : kAllPetitionStates) {
        const auto n =
            std::count_if(m_all.cbegin(), m_all.cend(), [s](const Petition &p) { return p.state == s; });
        QVERIFY2(n >= 5, qPrintable(toWireName(s))); // a handful of each
    }
    // Portal and Zalo bring the most.
    QMap<Channel, int> perChannel;
    for (const Petition &p : std::as_const(m_all))
        ++perChannel[p.channel];
    for (const Channel c : {Channel::Hotline, Channel::Email, Channel::Post, Channel::InPerson}) {
        QVERIFY(perChannel[Channel::Portal] > perChannel[c]);
        QVERIFY(perChannel[Channel::Zalo] > perChannel[c]);
    }

    QSet<QString> roles;
    for (const QString &user :
         {QStringLiteral("vanphong"), QStringLiteral("daumoi.xd"), QStringLiteral("lanhdao.xd"),
          QStringLiteral("chuyenvien.xd"), QStringLiteral("chuyenvien2.xd")}) {
        QString why;
        const std::optional<SessionGrant> grant = signIn(*m_client, user, &why);
        QVERIFY2(grant, qPrintable(why));
        for (const QString &r : grant->user.roles)
            roles.insert(r);
    }
    QCOMPARE(roles.size(), qsizetype(std::size(kAllRoles)));
}

void TstServerHttp::demoData_isConsistentWithEachState()
{
    static const QRegularExpression code(QStringLiteral("^PAKN\\.(\\d{8})\\.(\\d{4})$"));
    static const QRegularExpression phone(QStringLiteral("^0[39]\\d{8}$"));
    const QSet<PetitionState> atCityOffice{PetitionState::Submitted, PetitionState::Received,
                                           PetitionState::Classified, PetitionState::Forwarded,
                                           PetitionState::NotAccepted};
    QSet<QString> codes;
    QMap<QString, QString> assigneeUnits; // every assignee must be an officer of the petition's unit
    int withDStroke = 0;
    int oldCount = 0;
    int oldClosed = 0;
    for (const Petition &p : std::as_const(m_all)) {
        const QString where = p.code + QLatin1Char(' ') + toWireName(p.state);
        QVERIFY2(p.version >= 1, qPrintable(where));
        QVERIFY2(p.receivedAt < p.updatedAt && p.updatedAt <= kAnchorInstant, qPrintable(where));
        QVERIFY2(p.receivedAt >= kAnchorInstant.addDays(-731), qPrintable(where));
        const QRegularExpressionMatch m = code.match(p.code);
        QVERIFY2(m.hasMatch(), qPrintable(where));
        QCOMPARE(m.captured(1), hanoiDate(p.receivedAt).toString(QStringLiteral("yyyyMMdd")));
        QVERIFY2(!codes.contains(p.code), qPrintable(where));
        codes.insert(p.code);

        if (atCityOffice.contains(p.state)) {
            QCOMPARE(p.unitId, QStringLiteral("vp-ubnd"));
            QVERIFY2(p.assignee.isEmpty(), qPrintable(where));
        } else if (p.state == PetitionState::Transferred) {
            QVERIFY2(p.unitId != QStringLiteral("vp-ubnd") && p.assignee.isEmpty(), qPrintable(where));
        } else {
            QVERIFY2(!p.assignee.isEmpty() && p.unitId != QStringLiteral("vp-ubnd"), qPrintable(where));
            assigneeUnits.insert(p.assignee + QLatin1Char('@') + p.unitId, p.assignee);
        }
        if (p.state == PetitionState::NotAccepted || p.state == PetitionState::Forwarded)
            QVERIFY2(!p.dueDate.isValid(), qPrintable(where));
        else
            QVERIFY2(isHandlingDeadline(hanoiDate(p.receivedAt), p.dueDate), qPrintable(where));

        QVERIFY2(!p.title.isEmpty() && p.content.size() > 200, qPrintable(where));
        QVERIFY2(!p.submitter.name.isEmpty(), qPrintable(where));
        QCOMPARE(p.submitter.organisation.isEmpty(), p.submitter.type == SubmitterType::Individual);
        QVERIFY2(p.submitter.phone.isEmpty() || phone.match(p.submitter.phone).hasMatch(), qPrintable(where));
        for (const QChar c : p.submitter.email)
            QVERIFY2(c.unicode() < 128, qPrintable(where));
        if (p.content.contains(QChar(0x0111)) || p.content.contains(QChar(0x0110)) ||
            p.title.contains(QChar(0x0111)) || p.title.contains(QChar(0x0110)))
            ++withDStroke;

        const qint64 ageDays = p.receivedAt.daysTo(kAnchorInstant);
        if (ageDays <= 7)
            QVERIFY2(p.state != PetitionState::Published && p.state != PetitionState::Archived,
                     qPrintable(where));
        if (ageDays > 365) {
            ++oldCount;
            oldClosed += p.state == PetitionState::Published || p.state == PetitionState::Archived;
        }
    }
    QVERIFY(withDStroke > m_all.size() / 2);                // realistic Vietnamese text has đ/Đ everywhere
    QVERIFY(oldCount > 0 && oldClosed * 4 >= oldCount * 3); // old petitions are mostly closed

    QString why;
    for (auto it = assigneeUnits.cbegin(); it != assigneeUnits.cend(); ++it) {
        const std::optional<SessionGrant> grant = signIn(*m_client, it.value(), &why);
        QVERIFY2(grant, qPrintable(why));
        QCOMPARE(grant->user.unitId, it.key().mid(it.value().size() + 1));
        QVERIFY2(grant->user.roles.contains(QStringLiteral("officer")), qPrintable(it.key()));
    }
}

void TstServerHttp::demoData_isDeterministic()
{
    const auto serve = [](const QStringList &args, QList<Petition> *out) {
        ServerProcess server(args);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpsClient client(server.baseUrl(), server.sslConfiguration());
        const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
        QVERIFY2(grant, qPrintable(error));
        const Walk w = walkChanges(client, grant->accessToken, 1000);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        *out = w.petitions;
    };
    const QStringList args{QStringLiteral("--seed"), QStringLiteral("4242"), QStringLiteral("--petitions"),
                           QStringLiteral("150")};
    QList<Petition> first, second, otherSeed;
    serve(args, &first);
    serve(args, &second);
    serve({QStringLiteral("--seed"), QStringLiteral("4243"), QStringLiteral("--petitions"),
           QStringLiteral("150")},
          &otherSeed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.size(), qsizetype(150));
    QCOMPARE(second, first);
    QCOMPARE(otherSeed.size(), qsizetype(150));
    QVERIFY(otherSeed != first);
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
