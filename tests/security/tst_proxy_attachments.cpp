// The proxy fault campaign for attachments (docs/reliability.md §3): replies with files are uploaded and the
// files downloaded again while a FaultProxy between the client and pakn-server drops, delays, truncates and
// corrupts the TLS traffic at random (by seed). After every run the cache passes integrity_check and every
// blob in both attachment stores is whole (its name is the SHA-256 of its bytes): nothing unverified is ever
// stored. Once the proxy is removed (a clean pass-through) the client converges: every reply applied once on
// the server with its file, every download byte-identical to what was uploaded.
// Each round queues a reply with a new file (while the officer has petitions in progress left), syncs once,
// and downloads up to three of the files already on the server into a store emptied first.
//   PAKN_PROXY_ROUNDS (default 30 in CI; the campaign of record uses 150), PAKN_PROXY_SEED.
#include "faultproxy.h"
#include "proxyclient.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/attachmentfetcher.h"
#include "sync/syncengine.h"
#include "testbytes.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace pakn;

namespace {

/// Every blob in the store is whole: its bytes hash to its name. Returns the first that is not, or empty.
QString damagedBlob(const AttachmentStore &store, int *checked)
{
    QDirIterator it(store.rootDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (path.contains(QStringLiteral("/partial/")) || !AttachmentStore::isValidHash(name))
            continue;
        ++*checked;
        if (store.verify(name) != AttachmentStore::Health::Ok)
            return path;
    }
    return {};
}

constexpr int kRunTimeoutMs = 180000;

/// A client of its own signed in as `user`, with its cache at `path`.sqlite and its attachment store beside
/// it.
bool makeClient(test::ProxyClient &c, const QUrl &url, const QList<QSslCertificate> &ca, const QString &user,
                const QString &path)
{
    test::ProxyClient::Options options;
    options.user = user;
    options.cachePath = path + QStringLiteral(".sqlite");
    options.attachmentDir = path + QStringLiteral("-attachments");
    return c.make(url, ca, options);
}

/// One fetch through `fetcher`; its error (empty: stored).
QString fetchOnce(AttachmentFetcher &fetcher, const AttachmentRef &ref)
{
    QSignalSpy fetched(&fetcher, &AttachmentFetcher::fetched);
    fetcher.fetch(ref);
    QDeadlineTimer deadline(180000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &f : std::as_const(fetched)) {
            if (f.at(0).toString() == ref.id)
                return f.at(2).toString();
        }
        fetched.wait(200);
    }
    return QStringLiteral("timeout");
}

struct Upload
{
    qint64 petitionId = 0;
    qint64 fileId = 0;
    QByteArray content;
    AttachmentRef ref; ///< once on the server
};

} // namespace

class TestProxyAttachments : public QObject
{
    Q_OBJECT
private slots:
    void attachmentsSurviveAHostileNetworkAndConverge();
};

void TestProxyAttachments::attachmentsSurviveAHostileNetworkAndConverge()
{
    const int rounds = test::envOr("PAKN_PROXY_ROUNDS", 30);
    const quint32 seed = quint32(test::envOr("PAKN_PROXY_SEED", 20261128));
    test::ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("1500")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir dir;

    // The officer with the most petitions in progress (found without the proxy).
    test::ProxyClient office;
    QVERIFY(makeClient(office, server.baseUrl(), server.caCertificates(), QStringLiteral("vanphong"),
                       dir.filePath(QStringLiteral("office"))));
    QCOMPARE(office.runOnce(kRunTimeoutMs), QString());
    QString officer;
    QList<qint64> work;
    {
        QSqlQuery q(office.cache->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT assignee FROM petitions WHERE state = 'in_progress' AND assignee"
                           " IS NOT NULL GROUP BY assignee ORDER BY count(*) DESC, assignee LIMIT 1")));
        QVERIFY(q.next());
        officer = q.value(0).toString();
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM petitions WHERE state = 'in_progress' AND assignee = '%1'"
                                  " ORDER BY id")
                       .arg(officer)));
        while (q.next())
            work << q.value(0).toLongLong();
    }
    QVERIFY(work.size() >= 5);
    QMap<qint64, int> repliesBefore;
    for (const qint64 id : std::as_const(work)) {
        const Petition p = *PetitionStore(*office.cache).petition(id);
        int n = 0;
        for (const TimelineEntry &e : p.timeline)
            n += e.kind == QLatin1String("save_reply");
        repliesBefore.insert(id, n);
    }

    // Uploads are long streams of TLS records: lower rates than the notes campaign, or no chunk would pass.
    test::FaultProxy::Rates rates;
    rates.drop = 0.004;
    rates.delay = 0.03;
    rates.truncate = 0.004;
    rates.corrupt = 0.008;
    rates.maxDelayMs = 400;
    test::FaultProxy proxy(QHostAddress::LocalHost, quint16(server.baseUrl().port()), rates, seed);
    QVERIFY(proxy.listen());
    QUrl viaProxy = server.baseUrl();
    viaProxy.setPort(proxy.port());

    test::ProxyClient client;
    QVERIFY2(makeClient(client, viaProxy, server.caCertificates(), officer,
                        dir.filePath(QStringLiteral("client"))),
             "no sign-in got through the proxy in 100 attempts");
    for (int i = 0; i < 50 && PetitionStore(*client.cache).count() == 0; ++i)
        client.runOnce(kRunTimeoutMs);
    QVERIFY(ReferenceStore(*client.cache).load().has_value());

    auto queueReply = [&](QList<Upload> *uploads) {
        const int i = int(uploads->size());
        Upload u;
        u.petitionId = work.at(i);
        u.content = test::pseudoRandomBytes(200 * 1024 + (i % 5) * 250 * 1024 + 13, seed + quint32(i));
        const QString source = dir.filePath(QStringLiteral("Tệp %1.pdf").arg(i));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(u.content) != u.content.size())
            return false;
        f.close();
        const DraftAttachments::Added added =
            DraftAttachments(*client.cache, *client.store)
                .add(u.petitionId, source, ReferenceStore(*client.cache).load()->attachmentPolicy);
        QFile::remove(source);
        if (!added)
            return false;
        u.fileId = added.id;
        const Petition p = *PetitionStore(*client.cache).petition(u.petitionId);
        const QJsonObject reply{
            {QStringLiteral("subject"), QStringLiteral("Trả lời %1").arg(i)},
            {QStringLiteral("body"), QStringLiteral("Nội dung trả lời")},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("local"), u.fileId}}}}};
        if (Outbox(*client.cache)
                .enqueue(u.petitionId, Command::SaveReply, {{QStringLiteral("reply"), reply}}, p.version,
                         wire::encode(p), nullptr) <= 0)
            return false;
        uploads->append(u);
        return true;
    };
    auto refOf = [&](Upload &u) {
        const DraftAttachment f = *DraftAttachments(*client.cache, *client.store).item(u.fileId);
        if (f.state != DraftAttachmentState::Uploaded)
            return false;
        u.ref.id = f.serverId;
        u.ref.name = f.name;
        u.ref.mime = f.mime;
        u.ref.size = f.size;
        u.ref.sha256 = f.sha256;
        return true;
    };

    // Downloads go to a store of their own, as on a colleague's computer.
    auto readerStore = std::make_shared<AttachmentStore>(dir.filePath(QStringLiteral("reader-attachments")));
    AttachmentFetcher fetcher(client.api.get(), readerStore);
    fetcher.setRetryDelayMs(50);
    QList<Upload> uploads;
    int fetches = 0;
    int failedFetches = 0;
    int blobsChecked = 0;
    QStringList errorsSeen;
    for (int round = 0; round < rounds; ++round) {
        if (uploads.size() < work.size())
            QVERIFY(queueReply(&uploads));
        const QString runError = client.runOnce(kRunTimeoutMs);
        if (!runError.isEmpty() && errorsSeen.size() < 12 && !errorsSeen.contains(runError))
            errorsSeen << runError;
        // Up to three files that reached the server, downloaded afresh.
        QDir(readerStore->rootDir()).removeRecursively();
        int fetchedThisRound = 0;
        for (int k = 0; k < uploads.size() && fetchedThisRound < 3; ++k) {
            Upload &u = uploads[(round + k) % uploads.size()];
            if (!refOf(u))
                continue;
            ++fetchedThisRound;
            ++fetches;
            const QString fetchError = fetchOnce(fetcher, u.ref);
            if (!fetchError.isEmpty()) {
                ++failedFetches;
                if (errorsSeen.size() < 12 && !errorsSeen.contains(fetchError))
                    errorsSeen << fetchError;
            }
        }
        // Never a corrupt record or blob.
        QSqlQuery q(client.cache->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        for (const AttachmentStore *store : {client.store.get(), readerStore.get()}) {
            const QString damaged = damagedBlob(*store, &blobsChecked);
            QVERIFY2(damaged.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(damaged)));
        }
    }
    const test::FaultProxy::Counts faults = proxy.counts();

    // The proxy removed.
    proxy.setFaultsEnabled(false);
    for (int i = 0;
         i < 20 && !(client.runOnce(kRunTimeoutMs).isEmpty() && Outbox(*client.cache).count() == 0); ++i) {
    }
    for (const OutboxItem &item : Outbox(*client.cache).all())
        qWarning("left in the outbox: %lld %s %s", qint64(item.id), qPrintable(toWireName(item.state)),
                 qPrintable(item.lastError));
    QCOMPARE(Outbox(*client.cache).count(), 0);
    QDir(readerStore->rootDir()).removeRecursively();
    for (Upload &u : uploads) {
        QVERIFY(refOf(u));
        QCOMPARE(fetchOnce(fetcher, u.ref), QString());
        QFile blob(readerStore->blobPath(test::sha256Hex(u.content)));
        QVERIFY(blob.open(QIODevice::ReadOnly));
        QVERIFY2(blob.readAll() == u.content, "a download differs from what was uploaded");
    }

    // Each reply applied exactly once, with its file (read without the proxy).
    QCOMPARE(office.runOnce(kRunTimeoutMs), QString());
    for (const Upload &u : std::as_const(uploads)) {
        const Petition p = *PetitionStore(*office.cache).petition(u.petitionId);
        int n = 0;
        for (const TimelineEntry &e : p.timeline)
            n += e.kind == QLatin1String("save_reply");
        QCOMPARE(n, repliesBefore.value(u.petitionId) + 1);
        QVERIFY(p.reply && p.reply->attachments.size() == 1);
        QCOMPARE(p.reply->attachments.first().sha256, test::sha256Hex(u.content));
    }

    qInfo(
        "PROXY ATTACHMENT CAMPAIGN seed %u: %d rounds, %d files (%lld bytes); %lld connections, %lld chunks "
        "(%lld bytes, %lld up); faults injected: %lld (dropped %lld, delayed %lld, truncated %lld, corrupted "
        "%lld); %d sync runs, %d failed; %d downloads tried under faults, %d failed; %d blob checks, all "
        "whole; every reply applied once, every download byte-identical",
        seed, rounds, int(uploads.size()),
        qint64(std::accumulate(uploads.cbegin(), uploads.cend(), qint64(0),
                               [](qint64 s, const Upload &u) { return s + u.content.size(); })),
        faults.connections, faults.chunks, faults.bytes, faults.bytesUpstream, faults.faults(),
        faults.dropped, faults.delayed, faults.truncated, faults.corrupted, client.runs, client.failedRuns,
        fetches, failedFetches, blobsChecked);
    for (const QString &e : std::as_const(errorsSeen))
        qInfo("  an error the client reported: %s", qPrintable(e));
    QVERIFY2(faults.dropped > 0 && faults.delayed > 0 && faults.truncated > 0 && faults.corrupted > 0,
             "the proxy must actually have injected every kind of fault");
    QVERIFY2(client.failedRuns + failedFetches > 0, "the faults must have reached the client");
}

QTEST_GUILESS_MAIN(TestProxyAttachments)
#include "tst_proxy_attachments.moc"
