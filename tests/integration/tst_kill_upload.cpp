// The crash campaign of DESIGN.md §5 for attachment upload: replies with a large file (24 MiB, six chunks)
// are queued in pakn-cli's cache and `pakn-cli sync` is killed with SIGKILL at random moments while it
// uploads them to a real pakn-server. After every kill: the cache passes PRAGMA integrity_check, the draft
// file is still there and its blob verifies, and the client never claims more bytes than the server holds;
// the next run resumes the same upload from the server's offset (never declares it again from zero). After
// the last kill the runs converge: every reply applied exactly once on the server with its file intact. A
// pass-through FaultProxy (no faults) in front of the server counts the bytes the client sent.
//   PAKN_KILL_ROUNDS (default 10 in CI; the campaign of record uses 100), PAKN_KILL_SEED.

#include "faultproxy.h"
#include "killcampaign.h"
#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/accountcontroller.h"
#include "testbytes.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

constexpr qint64 kFileBytes = 24 * 1024 * 1024 + 77;

/// One queued reply with its file.
struct Job
{
    qint64 petitionId = 0;
    qint64 fileId = 0;
    QString sha256;
    QString subject;
};

int countKind(const Petition &p, const QString &kind)
{
    int n = 0;
    for (const TimelineEntry &e : p.timeline)
        n += e.kind == kind;
    return n;
}

} // namespace

class TestKillUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_proxy =
            std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, quint16(m_server.baseUrl().port()),
                                               test::FaultProxy::Rates{}, 1u); // no faults: it counts
        QVERIFY(m_proxy->listen());
        m_viaProxy = m_server.baseUrl();
        m_viaProxy.setPort(m_proxy->port());

        // The officer with the most petitions in progress does the replies.
        QCOMPARE(
            sync(QStringLiteral("vanphong"), m_dir.filePath(QStringLiteral("office")), m_server.baseUrl()),
            0);
        {
            CacheDatabase office(cachePath(QStringLiteral("vanphong"),
                                           m_dir.filePath(QStringLiteral("office")), m_server.baseUrl()));
            QVERIFY(office.open());
            QSqlQuery q(office.connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT assignee FROM petitions WHERE state = 'in_progress' AND assignee"
                               " IS NOT NULL GROUP BY assignee ORDER BY count(*) DESC, assignee LIMIT 1")));
            QVERIFY(q.next());
            m_officer = q.value(0).toString();
            QVERIFY(q.exec(
                QStringLiteral("SELECT id FROM petitions WHERE state = 'in_progress' AND assignee = '%1'"
                               " ORDER BY id")
                    .arg(m_officer)));
            while (q.next())
                m_petitions << q.value(0).toLongLong();
            q.finish();
            office.releaseThreadConnection();
        }
        QVERIFY(!m_petitions.isEmpty());
        m_profile = m_dir.filePath(QStringLiteral("officer"));
        QCOMPARE(sync(m_officer, m_profile, m_viaProxy), 0);
        m_baseline = serverReplyCounts();
        QCOMPARE(m_baseline.size(), m_petitions.size());

        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
        options.extraCaCertificates = m_server.caCertificates();
        options.trustSystemCas = false;
        m_api = std::make_unique<ApiClient>(options);
        bool done = false;
        m_api->signIn(m_officer, QStringLiteral("pakn-demo"), [&](const ApiError &e, const SessionGrant &g) {
            if (!e.isError())
                m_api->setAccessToken(g.accessToken);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(m_api->hasAccessToken());
    }

    void killedUploadsResumeAndApplyEachReplyOnce()
    {
        const int rounds = test::killRounds(10);
        const quint32 seed = test::killSeed();
        QRandomGenerator rng(seed);
        const QString officerCache = cachePath(m_officer, m_profile, m_viaProxy);
        const QString storeDir = QFileInfo(officerCache).absolutePath() + QStringLiteral("/attachments");

        // How long one reply with its file takes here, to spread the kills over it.
        QVERIFY(enqueue(officerCache, storeDir));
        const test::KillRun whole = runCli(-1);
        QCOMPARE(whole.exitCode, 0);
        QVERIFY(jobDone(officerCache, storeDir));
        // Its end kept fixed: a resumed run is shorter than a whole upload, and narrowing the window to it
        // would crowd the kills into the first chunk. Its start moves up past a kill that landed before the
        // upload began (process start, sign-in, the pull): on a slow machine (ASan, other jobs) that part
        // can be half the run, and kills spread over all of it would mostly miss the upload.
        const int window = int(whole.tookMs);
        int windowStart = 0;

        int killedMidUpload = 0;
        int killedBefore = 0; // before the file's upload began (sign-in, another reply's sending)
        int killedAfter = 0;  // after the upload was complete (the command or the pull)
        int resumed = 0;
        int completedRuns = 0;
        for (int round = 0; round < rounds; ++round) {
            if (outboxCount(officerCache) == 0) {
                QCOMPARE(runCli(-1).exitCode, 0); // the versions the next reply is based on
                QVERIFY(enqueue(officerCache, storeDir));
            }
            const Job job = m_jobs.last();
            const DraftAttachment before = fileOf(officerCache, storeDir, job.fileId);
            const qint64 serverHeld =
                before.state == DraftAttachmentState::Uploading ? serverReceived(before.uploadId) : 0;

            const int delay = windowStart + int(rng.bounded(quint32(std::max(200, window - windowStart))));
            const test::KillRun run = runCli(delay);
            if (!run.killed) {
                ++completedRuns;
                QCOMPARE(run.exitCode, 0);
            }
            const QString problem = test::cacheIntegrityProblem(officerCache);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));

            // The file is still there and whole.
            const DraftAttachment after = fileOf(officerCache, storeDir, job.fileId);
            QVERIFY2(after.id == job.fileId,
                     qPrintable(QStringLiteral("round %1: the draft file is gone").arg(round)));
            QCOMPARE(AttachmentStore(storeDir).verify(job.sha256), AttachmentStore::Health::Ok);
            // An upload under way continued at the server's offset: the same upload, not a new one from 0.
            if (before.state == DraftAttachmentState::Uploading && serverHeld > 0) {
                QVERIFY2(after.uploadId == before.uploadId,
                         qPrintable(QStringLiteral("round %1: upload %2 (server held %3 bytes) was declared "
                                                   "again as %4")
                                        .arg(round)
                                        .arg(before.uploadId)
                                        .arg(serverHeld)
                                        .arg(after.uploadId)));
                QVERIFY(after.state != DraftAttachmentState::Local);
                ++resumed;
            }
            if (after.state == DraftAttachmentState::Uploading) {
                // The client never counts on bytes the server does not hold.
                const qint64 held = serverReceived(after.uploadId);
                QVERIFY2(held >= after.uploadedBytes,
                         qPrintable(QStringLiteral("round %1: the client stored %2 bytes sent, the server "
                                                   "holds %3")
                                        .arg(round)
                                        .arg(after.uploadedBytes)
                                        .arg(held)));
            }
            if (run.killed) {
                if (after.state == DraftAttachmentState::Uploading)
                    ++killedMidUpload;
                else if (after.state == DraftAttachmentState::Local) {
                    ++killedBefore;
                    windowStart = std::min(std::max(windowStart, delay), window * 3 / 4);
                } else
                    ++killedAfter;
            }
            if (outboxCount(officerCache) == 0)
                QVERIFY(jobDone(officerCache, storeDir));
        }

        // After the last kill, the runs converge.
        QCOMPARE(runCli(-1).exitCode, 0);
        QCOMPARE(outboxCount(officerCache), 0);
        QVERIFY(jobDone(officerCache, storeDir));

        // Every reply applied exactly once on the server, the last one's file intact.
        const QMap<qint64, int> counts = serverReplyCounts();
        QMap<qint64, int> expected = m_baseline;
        QMap<qint64, QString> lastFile;
        for (const Job &job : std::as_const(m_jobs)) {
            ++expected[job.petitionId];
            lastFile[job.petitionId] = job.sha256;
        }
        QCOMPARE(counts, expected);
        const QString checkCache =
            cachePath(m_officer, m_dir.filePath(QStringLiteral("check")), m_server.baseUrl());
        CacheDatabase check(checkCache);
        QVERIFY(check.open());
        for (auto it = lastFile.cbegin(); it != lastFile.cend(); ++it) {
            const std::optional<Petition> p = PetitionStore(check).petition(it.key());
            QVERIFY(p && p->reply && p->reply->attachments.size() == 1);
            QCOMPARE(p->reply->attachments.first().sha256, it.value());
        }
        check.releaseThreadConnection();

        const qint64 fileBytes = qint64(m_jobs.size()) * kFileBytes;
        const qint64 sent = m_proxy->counts().bytesUpstream;
        qInfo(
            "UPLOAD CAMPAIGN seed %u: %d rounds over %lld replies with a %lld-byte file each (kills within "
            "the "
            "%d ms a whole upload took); killed mid-upload %d, before the upload %d, after it %d, not killed "
            "%d; "
            "%d runs resumed an upload at the server's offset, 0 started one again from zero; every cache "
            "passed "
            "integrity_check and every file verified; %lld replies applied exactly once; client sent %lld "
            "bytes "
            "for %lld bytes of files (%.1f %% more: TLS and HTTP, sign-ins, syncs and chunks cut by a kill)",
            seed, rounds, qint64(m_jobs.size()), kFileBytes, window, killedMidUpload, killedBefore,
            killedAfter, completedRuns, resumed, qint64(m_jobs.size()), sent, fileBytes,
            100.0 * double(sent - fileBytes) / double(fileBytes));
        QVERIFY2(killedMidUpload >= rounds / 3,
                 "the kills must mostly land during the upload to mean anything");
        QVERIFY2(resumed > 0, "some run must have resumed an upload");
    }

private:
    static QString cachePath(const QString &user, const QString &profile, const QUrl &server)
    {
        return AccountController::cacheFilePath(profile, server, user);
    }

    int sync(const QString &user, const QString &profile, const QUrl &server)
    {
        return test::runAndKill(QStringLiteral(PAKN_CLI_EXECUTABLE), arguments(user, profile, server),
                                "pakn-demo\n", -1)
            .exitCode;
    }

    QStringList arguments(const QString &user, const QString &profile, const QUrl &server) const
    {
        return {QStringLiteral("sync"),
                QStringLiteral("--server"),
                server.toString(),
                QStringLiteral("--user"),
                user,
                QStringLiteral("--ca-file"),
                m_server.caFile(),
                QStringLiteral("--profile"),
                profile};
    }

    /// `pakn-cli sync` of the officer through the proxy, killed after `killAfterMs` (< 0: never).
    test::KillRun runCli(int killAfterMs)
    {
        return test::runAndKill(QStringLiteral(PAKN_CLI_EXECUTABLE),
                                arguments(m_officer, m_profile, m_viaProxy), "pakn-demo\n", killAfterMs);
    }

    /// Queues the next reply: a new 24 MiB file on the next of the officer's petitions.
    bool enqueue(const QString &cachePath, const QString &storeDir)
    {
        Job job;
        job.petitionId = m_petitions.at(m_jobs.size() % m_petitions.size());
        job.subject = QStringLiteral("Trả lời %1").arg(m_jobs.size());
        const QByteArray content = test::pseudoRandomBytes(kFileBytes, quint32(1000 + m_jobs.size()));
        job.sha256 = test::sha256Hex(content);
        const QString source = m_dir.filePath(QStringLiteral("Hồ sơ %1.pdf").arg(m_jobs.size()));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return false;
        f.close();
        CacheDatabase cache(cachePath);
        if (!cache.open())
            return false;
        const AttachmentStore store(storeDir);
        const DraftAttachments::Added added =
            DraftAttachments(cache, store)
                .add(job.petitionId, source, ReferenceStore(cache).load()->attachmentPolicy);
        QFile::remove(source);
        job.fileId = added.id;
        const QJsonObject payload{
            {QStringLiteral("reply"),
             QJsonObject{{QStringLiteral("subject"), job.subject},
                         {QStringLiteral("body"), QStringLiteral("Nội dung trả lời")},
                         {QStringLiteral("attachments"),
                          QJsonArray{QJsonObject{{QStringLiteral("local"), job.fileId}}}}}}};
        const Petition p = *PetitionStore(cache).petition(job.petitionId);
        const qint64 item = added ? Outbox(cache).enqueue(job.petitionId, Command::SaveReply, payload,
                                                          p.version, wire::encode(p), nullptr)
                                  : 0;
        cache.releaseThreadConnection();
        if (item <= 0)
            return false;
        m_jobs << job;
        return true;
    }

    /// The last job's file is on the server and its command left the outbox.
    bool jobDone(const QString &cachePath, const QString &storeDir)
    {
        const DraftAttachment f = fileOf(cachePath, storeDir, m_jobs.last().fileId);
        return f.state == DraftAttachmentState::Uploaded && !f.serverId.isEmpty() &&
               outboxCount(cachePath) == 0;
    }

    static DraftAttachment fileOf(const QString &cachePath, const QString &storeDir, qint64 id)
    {
        CacheDatabase cache(cachePath);
        if (!cache.open())
            return {};
        const AttachmentStore store(storeDir);
        const DraftAttachment f = DraftAttachments(cache, store).item(id).value_or(DraftAttachment{});
        cache.releaseThreadConnection();
        return f;
    }

    static qint64 outboxCount(const QString &cachePath)
    {
        CacheDatabase cache(cachePath);
        if (!cache.open())
            return -1;
        const qint64 n = Outbox(cache).count();
        cache.releaseThreadConnection();
        return n;
    }

    /// GET /uploads/{id}: the bytes the server holds (-1 when it does not answer).
    qint64 serverReceived(const QString &uploadId)
    {
        qint64 received = -1;
        bool done = false;
        m_api->uploadStatus(uploadId, [&](const ApiError &e, const UploadState &s) {
            received = e.isError() ? -1 : s.received;
            done = true;
        });
        QDeadlineTimer deadline(30000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(5);
        return received;
    }

    /// How many save_reply entries each of the officer's petitions has on the server now (a fresh sync
    /// straight to the server, not through the campaign's cache).
    QMap<qint64, int> serverReplyCounts()
    {
        const QString profile = m_dir.filePath(QStringLiteral("check"));
        QDir(profile).removeRecursively();
        if (sync(m_officer, profile, m_server.baseUrl()) != 0)
            return {};
        CacheDatabase cache(cachePath(m_officer, profile, m_server.baseUrl()));
        if (!cache.open())
            return {};
        QMap<qint64, int> counts;
        for (const qint64 id : std::as_const(m_petitions))
            counts.insert(id, countKind(PetitionStore(cache).petition(id).value_or(Petition{}),
                                        QStringLiteral("save_reply")));
        cache.releaseThreadConnection();
        return counts;
    }

    test::ServerProcess m_server{{QStringLiteral("--petitions"), QStringLiteral("300")}};
    std::unique_ptr<test::FaultProxy> m_proxy;
    QUrl m_viaProxy;
    QTemporaryDir m_dir;
    QString m_officer;
    QString m_profile;
    QList<qint64> m_petitions;
    QMap<qint64, int> m_baseline;
    std::unique_ptr<ApiClient> m_api;
    QList<Job> m_jobs;
};

QTEST_GUILESS_MAIN(TestKillUpload)
#include "tst_kill_upload.moc"
