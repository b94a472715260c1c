// pakn-server's change feed over real HTTPS: paging, scopes per role and unit, parameters, tombstones for
// petitions that leave a user's scope, and a walk that stays exact while petitions change under it.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "petitionfactory.h"
#include "serverprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

constexpr int kDemoPetitions = 600;

QJsonObject transferTo(const char *unit)
{
    return {{QStringLiteral("type"), QStringLiteral("transfer")},
            {QStringLiteral("unit"), QLatin1String(unit)}};
}

QSet<qint64> idsOf(const QList<Petition> &petitions)
{
    QSet<qint64> ids;
    for (const Petition &p : petitions)
        ids.insert(p.id);
    return ids;
}

} // namespace

class TstServerFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void changes_walkWithLimit37YieldsEveryPetitionOnce();
    void changes_scopeFollowsRoleAndUnit_data();
    void changes_scopeFollowsRoleAndUnit();
    void changes_badLimitOrCursorIsA400Problem_data();
    void changes_badLimitOrCursorIsA400Problem();
    void changes_walkStaysExactWhileOthersWrite();
    void transfer_sendsTombstonesToThoseWhoLoseTheScope();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    QList<Petition> m_all; // everything, as the city office sees it
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<PetitionFactory> m_factory;
};

void TstServerFeed::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    const Walk all = walkChanges(*m_client, grant->accessToken, 1000);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    m_all = all.petitions;
    QCOMPARE(m_all.size(), qsizetype(kDemoPetitions));
    m_commands = std::make_unique<CommandClient>(*m_client);
    m_factory = std::make_unique<PetitionFactory>(*m_commands);
    QVERIFY2(m_factory->load(*m_client, &error), qPrintable(error));
}

void TstServerFeed::cleanupTestCase()
{
    m_factory.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

void TstServerFeed::changes_walkWithLimit37YieldsEveryPetitionOnce()
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

void TstServerFeed::changes_scopeFollowsRoleAndUnit_data()
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

void TstServerFeed::changes_scopeFollowsRoleAndUnit()
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

void TstServerFeed::changes_badLimitOrCursorIsA400Problem_data()
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

void TstServerFeed::changes_badLimitOrCursorIsA400Problem()
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

void TstServerFeed::changes_walkStaysExactWhileOthersWrite()
{
    const QString token = m_commands->actor(QStringLiteral("vanphong")).token;
    QList<Petition> open;
    for (const Petition &p : std::as_const(m_all)) {
        if (!isClosed(p.state))
            open.append(p);
    }
    QVERIFY(open.size() >= 30);

    // While the city office walks the feed page by page, notes are written on other connections at the same
    // time: some to petitions the walk has passed, some to petitions still ahead of it.
    QNetworkAccessManager writer;
    QList<QNetworkReply *> writes;
    QMap<qint64, qint64> seen; // id → the latest version the walk delivered
    QString cursor;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        for (int k = 0; k < 3 && !open.isEmpty(); ++k) {
            const Petition p = open.takeAt(k % 2 == 0 ? 0 : open.size() - 1);
            QNetworkRequest request(m_server->baseUrl().resolved(
                QUrl(QStringLiteral("/api/v1/petitions/%1/commands").arg(p.id))));
            request.setSslConfiguration(m_server->sslConfiguration());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setRawHeader("Idempotency-Key", CommandClient::newKey().toLatin1());
            request.setRawHeader("If-Match", '"' + QByteArray::number(p.version) + '"');
            writes.append(writer.post(request, QByteArray(R"({"type":"note","text":"đồng thời"})")));
        }
        QString path = QStringLiteral("/api/v1/changes?limit=40");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpResult r = m_client->get(path, token);
        QCOMPARE(r.status, 200);
        const Decoded<ChangePage> page = wire::decodeChangePage(r.json);
        QVERIFY2(page, qPrintable(page.error));
        for (const Petition &p : page.value->petitions)
            seen.insert(p.id, p.version);
        QVERIFY(page.value->tombstones.isEmpty()); // the city office sees everything
        cursor = page.value->nextCursor;
        more = page.value->hasMore;
        QVERIFY(pages < 200);
    }
    for (QNetworkReply *w : std::as_const(writes)) {
        if (!w->isFinished())
            QVERIFY(QSignalSpy(w, &QNetworkReply::finished).wait(30'000));
        QCOMPARE(w->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        w->deleteLater();
    }
    // Whatever the walk missed while writes were in flight is after its last cursor.
    const Walk rest = walkChanges(*m_client, token, 1000, cursor);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    for (const Petition &p : rest.petitions)
        seen.insert(p.id, p.version);

    const Walk now = walkChanges(*m_client, token, 1000);
    QMap<qint64, qint64> expected;
    for (const Petition &p : now.petitions)
        expected.insert(p.id, p.version);
    QCOMPARE(seen, expected); // every petition, each at its latest version: nothing skipped, nothing stale
    QVERIFY(writes.size() >= 30);
}

void TstServerFeed::transfer_sendsTombstonesToThoseWhoLoseTheScope()
{
    const Petition p = m_factory->prepare(PetitionState::Received, kSoXayDung);
    const QStringList users{QStringLiteral("daumoi.xd"), QStringLiteral("lanhdao.xd"),
                            QStringLiteral("chuyenvien.xd"), QStringLiteral("lanhdao.tc"),
                            QStringLiteral("vanphong")};
    QMap<QString, QString> cursors;
    for (const QString &u : users)
        cursors.insert(u, m_commands->headCursor(u));
    QCOMPARE(
        m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, transferTo("so-tai-chinh")).status,
        200);
    for (const QString &u : users) {
        const Walk w = walkChanges(*m_client, m_commands->actor(u).token, 50, cursors.value(u));
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const bool lost = u.endsWith(QLatin1String(".xd")); // so-xay-dung's people no longer see it
        QCOMPARE(w.tombstones.contains(p.id), lost);
        QCOMPARE(std::any_of(w.petitions.cbegin(), w.petitions.cend(),
                             [&p](const Petition &x) { return x.id == p.id; }),
                 !lost);
    }
    // Into the leader's subtree: the leader keeps it, the focal officer of the parent unit loses it.
    const Petition q = m_factory->prepare(PetitionState::Received, kSoXayDung);
    const QString focalCursor = m_commands->headCursor(QStringLiteral("daumoi.xd"));
    const QString leaderCursor = m_commands->headCursor(QStringLiteral("lanhdao.xd"));
    QCOMPARE(m_commands->command(QStringLiteral("daumoi.xd"), q.id, q.version, transferTo("cc-giam-dinh-xd"))
                 .status,
             200);
    const Walk focal =
        walkChanges(*m_client, m_commands->actor(QStringLiteral("daumoi.xd")).token, 50, focalCursor);
    const Walk leader =
        walkChanges(*m_client, m_commands->actor(QStringLiteral("lanhdao.xd")).token, 50, leaderCursor);
    QCOMPARE(focal.tombstones, QList<qint64>{q.id});
    QVERIFY(leader.tombstones.isEmpty());
    QCOMPARE(leader.petitions.size(), qsizetype(1));
    QCOMPARE(leader.petitions.first().unitId, QStringLiteral("cc-giam-dinh-xd"));
}

QTEST_GUILESS_MAIN(TstServerFeed)
#include "tst_server_feed.moc"
