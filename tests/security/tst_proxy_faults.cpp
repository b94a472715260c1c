// The proxy fault campaign (docs/reliability.md, "a hostile network"): between the client and pakn-server a
// FaultProxy drops, delays, truncates and corrupts the TLS traffic at random (by seed) while the client syncs
// and sends queued commands. The client must never crash, never store a corrupt record (the cache passes
// integrity_check and every stored record reads back after every run), and once the proxy is removed (made a
// clean pass-through) it converges: the cache equals the server field by field, every queued command applied
// exactly once.
//   PAKN_PROXY_ROUNDS (default 40 in CI; the campaign of record: 400), PAKN_PROXY_SEED, PAKN_PROXY_PETITIONS
//   (default 600), PAKN_PROXY_COMMANDS (default 20).
#include "faultproxy.h"
#include "proxyclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "sync/syncengine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

constexpr int kRunTimeoutMs = 120000;

/// A client of its own, signed in as the city office (sees everything), reading the change feed in pages
/// of 50.
bool makeClient(test::ProxyClient &c, const QUrl &url, const QList<QSslCertificate> &ca, const QString &path)
{
    test::ProxyClient::Options options;
    options.cachePath = path;
    options.pageSize = 50;
    return c.make(url, ca, options);
}

bool syncUntilDone(test::ProxyClient &c, int maxRuns)
{
    for (int i = 0; i < maxRuns; ++i) {
        if (c.runOnce(kRunTimeoutMs).isEmpty() &&
            Outbox(*c.cache).ready(QDateTime::currentDateTimeUtc().addDays(1)).isEmpty())
            return true;
    }
    return false;
}

} // namespace

class TestProxyFaults : public QObject
{
    Q_OBJECT
private slots:
    void clientSurvivesAHostileNetworkAndConverges();
};

void TestProxyFaults::clientSurvivesAHostileNetworkAndConverges()
{
    const int rounds = test::envOr("PAKN_PROXY_ROUNDS", 40);
    const int petitions = test::envOr("PAKN_PROXY_PETITIONS", 600);
    const int commands = test::envOr("PAKN_PROXY_COMMANDS", 20);
    const quint32 seed = quint32(test::envOr("PAKN_PROXY_SEED", 20261128));
    test::ServerProcess server({QStringLiteral("--petitions"), QString::number(petitions)});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    test::FaultProxy::Rates rates;
    rates.drop = 0.01;
    rates.delay = 0.05;
    rates.truncate = 0.01;
    rates.corrupt = 0.02;
    rates.maxDelayMs = 400;
    test::FaultProxy proxy(QHostAddress::LocalHost, quint16(server.baseUrl().port()), rates, seed);
    QVERIFY(proxy.listen());
    QUrl viaProxy = server.baseUrl();
    viaProxy.setPort(proxy.port());

    QTemporaryDir dir;
    test::ProxyClient client;
    QVERIFY2(
        makeClient(client, viaProxy, server.caCertificates(), dir.filePath(QStringLiteral("client.sqlite"))),
        "no sign-in got through the proxy in 100 attempts");

    QStringList texts;
    int integrityChecks = 0;
    qint64 recordsRead = 0;
    for (int round = 0; round < rounds; ++round) {
        client.runOnce(kRunTimeoutMs);

        // Queue notes on open petitions as they arrive (each on the version the client has), a few per round.
        const QList<qint64> ids = PetitionStore(*client.cache).allIds();
        QList<qint64> open;
        QSqlQuery openQuery(client.cache->connection());
        QVERIFY(openQuery.exec(QStringLiteral(
            "SELECT id FROM petitions WHERE state IN ('submitted', 'received', 'classified', 'transferred',"
            " 'in_progress', 'awaiting_approval', 'replied', 'sent_back') ORDER BY id")));
        while (openQuery.next())
            open << openQuery.value(0).toLongLong();
        openQuery.finish();
        for (int i = 0; i < 2 && texts.size() < commands && !open.isEmpty(); ++i) {
            const qint64 id = open.at((texts.size() * 7) % open.size());
            const Petition p = *PetitionStore(*client.cache).petition(id);
            texts << QStringLiteral("proxy-note-%1").arg(texts.size());
            QVERIFY(Outbox(*client.cache)
                        .enqueue(id, Command::Note, {{QStringLiteral("text"), texts.last()}}, p.version,
                                 wire::encode(p), nullptr));
        }

        // Never a corrupt record: the file is sound and every stored petition reads back.
        QSqlQuery q(client.cache->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        ++integrityChecks;
        for (qint64 id : ids) {
            QVERIFY2(
                PetitionStore(*client.cache).petition(id).has_value(),
                qPrintable(QStringLiteral("round %1: petition %2 does not read back").arg(round).arg(id)));
            ++recordsRead;
        }
    }
    const test::FaultProxy::Counts faults = proxy.counts();

    // The proxy removed: a clean pass-through from now on.
    proxy.setFaultsEnabled(false);
    QVERIFY(syncUntilDone(client, 200));
    for (const OutboxItem &item : Outbox(*client.cache).all())
        qWarning("left in the outbox: %lld %s %s", qint64(item.id), qPrintable(toWireName(item.state)),
                 qPrintable(item.lastError));
    QCOMPARE(Outbox(*client.cache).count(), 0);

    // Compare with the server through an independent client that does not go through the proxy.
    test::ProxyClient reader;
    QVERIFY(makeClient(reader, server.baseUrl(), server.caCertificates(),
                       dir.filePath(QStringLiteral("reader.sqlite"))));
    QVERIFY(syncUntilDone(reader, 50));
    QVERIFY(syncUntilDone(client, 50)); // the effects of the last commands on the client's copies
    const QList<qint64> ids = PetitionStore(*reader.cache).allIds();
    QCOMPARE(ids.size(), petitions);
    QCOMPARE(PetitionStore(*client.cache).allIds(), ids);
    for (qint64 id : ids)
        QCOMPARE(*PetitionStore(*client.cache).petition(id), *PetitionStore(*reader.cache).petition(id));

    QMap<QString, int> seen;
    QSqlQuery q(reader.cache->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT json_extract(payload, '$.comment') FROM timeline_events WHERE kind ="
                              " 'note' AND json_extract(payload, '$.comment') LIKE 'proxy-note-%'")));
    while (q.next())
        ++seen[q.value(0).toString()];
    q.finish();
    int lost = 0;
    int duplicated = 0;
    for (const QString &t : texts) {
        lost += seen.value(t) == 0;
        duplicated += std::max(0, seen.value(t) - 1);
    }

    qInfo(
        "PROXY CAMPAIGN seed %u: %d rounds, %d petitions, %lld connections, %lld chunks (%lld bytes); faults "
        "injected: %lld (dropped %lld, delayed %lld, truncated %lld, corrupted %lld); %d sync runs, %d of "
        "them "
        "failed, %d sign-in attempts; %d integrity checks ok, %lld records read back; %lld commands: %d "
        "lost, "
        "%d duplicated; %lld petitions equal to the server's",
        seed, rounds, petitions, faults.connections, faults.chunks, faults.bytes, faults.faults(),
        faults.dropped, faults.delayed, faults.truncated, faults.corrupted, client.runs, client.failedRuns,
        client.signInAttempts, integrityChecks, recordsRead, qint64(texts.size()), lost, duplicated,
        qint64(ids.size()));
    for (const QString &e : client.errorsSeen.mid(0, 12))
        qInfo("  an error the client reported: %s", qPrintable(e));
    QCOMPARE(lost, 0);
    QCOMPARE(duplicated, 0);
    QVERIFY2(faults.dropped > 0 && faults.delayed > 0 && faults.truncated > 0 && faults.corrupted > 0,
             "the proxy must actually have injected every kind of fault");
    QVERIFY2(client.failedRuns > 0, "the faults must have reached the client");
}

QTEST_GUILESS_MAIN(TestProxyFaults)
#include "tst_proxy_faults.moc"
