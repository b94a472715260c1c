// Reply files through the outbox against a real pakn-server over HTTPS with a real SQLite cache: queued while
// offline, uploaded in resumable chunks before their command, applied once and in order; an interrupted
// upload continues where the server's bytes end; a file missing from the store fails its item only.

#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/syncengine.h"
#include "testbytes.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QString kPassword = QStringLiteral("pakn-demo");

using test::pseudoRandomBytes;
using test::sha256Hex;

template<typename T> bool await(std::function<void(ApiClient::Callback<T>)> call, ApiError *error, T *value)
{
    bool done = false;
    call([&](const ApiError &e, const T &v) {
        *error = e;
        *value = v;
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    return done;
}

/// One officer's client: cache, attachment store, API client and engine, as the app wires them.
struct Client
{
    std::unique_ptr<CacheDatabase> cache;
    std::shared_ptr<AttachmentStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;

    QString sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        if (!finished.wait(120000))
            return QStringLiteral("timeout");
        return finished.first().at(0).toString();
    }
    /// A file written to a temporary place, added as a draft attachment, and the source deleted at once.
    qint64 attach(qint64 petitionId, const QString &name, const QByteArray &content, const QString &dir)
    {
        const QString path = dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return 0;
        f.close();
        const AttachmentPolicy policy = ReferenceStore(*cache).load()->attachmentPolicy;
        const DraftAttachments::Added added = DraftAttachments(*cache, *store).add(petitionId, path, policy);
        QFile::remove(path);
        return added.id;
    }
    qint64 enqueue(qint64 petitionId, Command command, const QJsonObject &payload)
    {
        const Petition p = *PetitionStore(*cache).petition(petitionId);
        return Outbox(*cache).enqueue(petitionId, command, payload, p.version, wire::encode(p), nullptr);
    }
};

QJsonObject replyWith(const QString &subject, const QList<qint64> &localIds)
{
    QJsonArray files;
    for (const qint64 id : localIds)
        files.append(QJsonObject{{QStringLiteral("local"), id}});
    return {
        {QStringLiteral("reply"), QJsonObject{{QStringLiteral("subject"), subject},
                                              {QStringLiteral("body"), QStringLiteral("Nội dung trả lời")},
                                              {QStringLiteral("attachments"), files}}}};
}

} // namespace

class TestUploadEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        Client office = client(QStringLiteral("office"), QStringLiteral("vanphong"));
        QCOMPARE(office.sync(), QString());
        QSqlQuery q(office.cache->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, assignee FROM petitions WHERE state = 'in_progress' AND"
                                      " assignee IS NOT NULL ORDER BY id LIMIT 6")));
        while (q.next())
            m_work << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
        QCOMPARE(m_work.size(), 6);
    }

    void repliesWithFilesQueuedOfflineAreUploadedAndAppliedOnceInOrder()
    {
        const auto [id, officer] = m_work.at(0);
        Client a = client(QStringLiteral("a"), officer);
        QCOMPARE(a.sync(), QString());
        const QByteArray scan = pseudoRandomBytes(5 * 1024 * 1024 + 123, 7); // two chunks of 4 MiB
        const QByteArray photo = pseudoRandomBytes(70000, 8);
        // The sources are deleted right after they were attached: the store holds copies.
        const qint64 f1 = a.attach(id, QStringLiteral("Biên bản.pdf"), scan, m_dir.path());
        const qint64 f2 = a.attach(id, QStringLiteral("ảnh hiện trường.jpg"), photo, m_dir.path());
        QVERIFY(f1 > 0 && f2 > 0);

        // Offline: the same cache and store, a client pointed at a port where nothing listens.
        QUrl dead = m_server.baseUrl();
        dead.setPort(1);
        auto deadApi = api(dead);
        deadApi->setAccessToken(QStringLiteral("x"));
        SyncEngine offline(deadApi.get(), *a.cache);
        offline.setAttachmentStore(a.store);
        QVERIFY(a.enqueue(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("Trước trả lời")}}));
        const qint64 replyItem =
            a.enqueue(id, Command::SaveReply, replyWith(QStringLiteral("Trả lời"), {f1, f2}));
        QVERIFY(replyItem > 0);
        QVERIFY(a.enqueue(id, Command::ProgressUpdate,
                          {{QStringLiteral("text"), QStringLiteral("Sau trả lời")}}));
        QSignalSpy offlineDone(&offline, &SyncEngine::finished);
        offline.syncNow();
        QVERIFY(offlineDone.wait(30000));
        QCOMPARE(offline.status(), SyncEngine::Status::Offline);
        QCOMPARE(Outbox(*a.cache).count(), 3);
        DraftAttachments drafts(*a.cache, *a.store);
        QCOMPARE(drafts.item(f1)->state, DraftAttachmentState::Local);

        // Back online, after the back-off.
        a.engine->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        QSignalSpy progress(a.engine.get(), &SyncEngine::uploadProgress);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(Outbox(*a.cache).count(), 0);
        QCOMPARE(drafts.item(f1)->state, DraftAttachmentState::Uploaded);
        QCOMPARE(drafts.item(f2)->state, DraftAttachmentState::Uploaded);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), replyItem);
        QCOMPARE(progress.last().at(1).toLongLong(), scan.size() + photo.size());
        QCOMPARE(progress.last().at(2).toLongLong(), scan.size() + photo.size());

        const Petition server = serverPetition(officer, id);
        QVERIFY(server.reply);
        QCOMPARE(server.reply->attachments.size(), 2);
        QCOMPARE(server.reply->attachments.at(0).sha256, sha256Hex(scan));
        QCOMPARE(server.reply->attachments.at(0).id, drafts.item(f1)->serverId);
        QCOMPARE(server.reply->attachments.at(1).sha256, sha256Hex(photo));
        // Once each, in the order they were made.
        QStringList kinds;
        for (const TimelineEntry &e : server.timeline)
            kinds << e.kind;
        QCOMPARE(kinds.mid(kinds.size() - 3),
                 (QStringList{QStringLiteral("note"), QStringLiteral("save_reply"),
                              QStringLiteral("progress_update")}));
        QCOMPARE(kinds.count(QStringLiteral("save_reply")), 1);
    }

    void anInterruptedUploadContinuesFromTheServersBytes()
    {
        const auto [id, officer] = m_work.at(1);
        Client a = client(QStringLiteral("b"), officer);
        QCOMPARE(a.sync(), QString());
        const QByteArray big = pseudoRandomBytes(20 * 1024 * 1024 + 9, 9); // 6 chunks
        const qint64 f = a.attach(id, QStringLiteral("Hồ sơ.pdf"), big, m_dir.path());
        QVERIFY(f > 0);
        QVERIFY(a.enqueue(id, Command::SaveReply, replyWith(QStringLiteral("Trả lời B"), {f})));

        // The server stops once two chunks arrived.
        bool stopped = false;
        connect(a.engine.get(), &SyncEngine::uploadProgress, this, [&](qint64, qint64 done, qint64) {
            if (!stopped && done >= 8 * 1024 * 1024) {
                stopped = true;
                m_server.stop();
            }
        });
        const QString interrupted = a.sync();
        QVERIFY(stopped);
        QVERIFY(!interrupted.isEmpty());
        DraftAttachments drafts(*a.cache, *a.store);
        const DraftAttachment half = *drafts.item(f);
        QCOMPARE(half.state, DraftAttachmentState::Uploading);
        QVERIFY(half.uploadedBytes >= 8 * 1024 * 1024);
        QVERIFY(half.uploadedBytes < big.size());

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The server kept what arrived.
        auto check = api(m_server.baseUrl());
        check->setAccessToken(signIn(*check, officer));
        ApiError e;
        UploadState state;
        QVERIFY(await<UploadState>(
            [&](ApiClient::Callback<UploadState> cb) { check->uploadStatus(half.uploadId, cb); }, &e,
            &state));
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(state.received >= half.uploadedBytes);

        // The restarted server listens on a new port: the same cache and store, a client for the new address.
        a.engine.reset();
        a.api = api(m_server.baseUrl());
        a.api->setAccessToken(signIn(*a.api, officer));
        a.engine = std::make_unique<SyncEngine>(a.api.get(), *a.cache);
        a.engine->setAttachmentStore(a.store);
        QSignalSpy progress(a.engine.get(), &SyncEngine::uploadProgress);
        a.engine->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        QCOMPARE(a.sync(), QString());
        QCOMPARE(Outbox(*a.cache).count(), 0);
        // It continued the same upload from the server's bytes, never from zero.
        QVERIFY(!progress.isEmpty());
        for (const QList<QVariant> &p : std::as_const(progress))
            QVERIFY(p.at(1).toLongLong() >= state.received);
        const DraftAttachment done = *drafts.item(f);
        QCOMPARE(done.state, DraftAttachmentState::Uploaded);
        QCOMPARE(done.uploadId, half.uploadId);
        const Petition server = serverPetition(officer, id);
        QVERIFY(server.reply && server.reply->attachments.size() == 1);
        QCOMPARE(server.reply->attachments.first().sha256, sha256Hex(big));
    }

    void anUploadTheServerForgotStartsAgain()
    {
        const auto [id, officer] = m_work.at(2);
        Client a = client(QStringLiteral("c"), officer);
        QCOMPARE(a.sync(), QString());
        const QByteArray content = pseudoRandomBytes(300000, 10);
        const qint64 f = a.attach(id, QStringLiteral("Tờ trình.pdf"), content, m_dir.path());
        DraftAttachments drafts(*a.cache, *a.store);
        // As if an upload had begun more than 24 hours ago: the server no longer knows it (404).
        QVERIFY(drafts.setUploadProgress(f, QStringLiteral("u0000000000000000000000000000dead"), 100000));
        QVERIFY(a.enqueue(id, Command::SaveReply, replyWith(QStringLiteral("Trả lời C"), {f})));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(Outbox(*a.cache).count(), 0);
        QCOMPARE(drafts.item(f)->state, DraftAttachmentState::Uploaded);
        QVERIFY(drafts.item(f)->uploadId != QStringLiteral("u0000000000000000000000000000dead"));
        const Petition server = serverPetition(officer, id);
        QVERIFY(server.reply && server.reply->attachments.size() == 1);
        QCOMPARE(server.reply->attachments.first().sha256, sha256Hex(content));
    }

    void aFileMissingFromTheStoreFailsItsItemOnly()
    {
        const auto [id, officer] = m_work.at(3);
        const auto [otherId, otherOfficer] = m_work.at(4);
        Client a = client(QStringLiteral("d"), officer);
        QCOMPARE(a.sync(), QString());
        const QByteArray content = pseudoRandomBytes(50000, 11);
        const qint64 f = a.attach(id, QStringLiteral("Mất.pdf"), content, m_dir.path());
        const qint64 damaged = a.enqueue(id, Command::SaveReply, replyWith(QStringLiteral("Trả lời D"), {f}));
        const qint64 later = a.enqueue(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("Sau")}});
        QVERIFY(damaged > 0 && later > 0);
        QVERIFY(QFile::remove(a.store->blobPath(sha256Hex(content))));
        const qint64 versionBefore = serverPetition(officer, id).version;

        QCOMPARE(a.sync(), QString());
        const std::optional<OutboxItem> failed = Outbox(*a.cache).item(damaged);
        QVERIFY(failed);
        QCOMPARE(failed->state, OutboxState::Failed);
        QVERIFY2(failed->lastError.contains(QStringLiteral("Mất.pdf")) &&
                     failed->lastError.contains(QStringLiteral("missing")),
                 qPrintable(failed->lastError));
        // The note behind it waits (order within a petition is kept); nothing reached the server.
        QVERIFY(Outbox(*a.cache).item(later));
        QCOMPARE(serverPetition(officer, id).version, versionBefore);

        // Another petition's work is unaffected.
        if (otherOfficer == officer) {
            QVERIFY(a.enqueue(otherId, Command::Note, {{QStringLiteral("text"), QStringLiteral("Khác")}}));
            QCOMPARE(a.sync(), QString());
            QCOMPARE(Outbox(*a.cache).count(), 2);
        } else {
            Client b = client(QStringLiteral("d2"), otherOfficer);
            QCOMPARE(b.sync(), QString());
            QVERIFY(b.enqueue(otherId, Command::Note, {{QStringLiteral("text"), QStringLiteral("Khác")}}));
            QCOMPARE(b.sync(), QString());
            QCOMPARE(Outbox(*b.cache).count(), 0);
        }
    }

    void aDamagedFileInTheStoreFailsItsItemBeforeTheReplyIsSent()
    {
        const auto [id, officer] = m_work.at(5);
        Client a = client(QStringLiteral("f"), officer);
        QCOMPARE(a.sync(), QString());
        const QByteArray content = pseudoRandomBytes(6 * 1024 * 1024, 12);
        const qint64 f = a.attach(id, QStringLiteral("Hỏng.pdf"), content, m_dir.path());
        const qint64 item = a.enqueue(id, Command::SaveReply, replyWith(QStringLiteral("Trả lời F"), {f}));
        QVERIFY(f > 0 && item > 0);
        // One byte changed in the stored copy, size unchanged: only the hash can tell.
        QFile blob(a.store->blobPath(sha256Hex(content)));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        QVERIFY(blob.seek(5 * 1024 * 1024));
        QVERIFY(blob.write("!") == 1);
        blob.close();
        const qint64 versionBefore = serverPetition(officer, id).version;

        QCOMPARE(a.sync(), QString());
        const std::optional<OutboxItem> failed = Outbox(*a.cache).item(item);
        QVERIFY(failed);
        QCOMPARE(failed->state, OutboxState::Failed);
        QVERIFY2(failed->lastError.contains(QStringLiteral("Hỏng.pdf")) &&
                     failed->lastError.contains(QStringLiteral("damaged")),
                 qPrintable(failed->lastError));
        QCOMPARE(serverPetition(officer, id).version, versionBefore);
    }

private:
    std::unique_ptr<ApiClient> api(const QUrl &url)
    {
        ApiClient::Options options;
        options.baseUrl = url;
        options.extraCaCertificates = m_server.caCertificates();
        options.trustSystemCas = false;
        options.timeoutMs = 10000;
        return std::make_unique<ApiClient>(options);
    }

    static QString signIn(ApiClient &client, const QString &user)
    {
        ApiError e;
        SessionGrant grant;
        await<SessionGrant>([&](ApiClient::Callback<SessionGrant> cb) { client.signIn(user, kPassword, cb); },
                            &e, &grant);
        return grant.accessToken;
    }

    Client client(const QString &name, const QString &user)
    {
        Client c;
        c.cache = std::make_unique<CacheDatabase>(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!c.cache->open())
            return c;
        c.store = std::make_shared<AttachmentStore>(m_dir.filePath(name + QStringLiteral("-attachments")));
        c.api = api(m_server.baseUrl());
        c.api->setAccessToken(signIn(*c.api, user));
        c.engine = std::make_unique<SyncEngine>(c.api.get(), *c.cache);
        c.engine->setAttachmentStore(c.store);
        return c;
    }

    /// The petition as the server has it now, read with a fresh client.
    Petition serverPetition(const QString &user, qint64 id)
    {
        Client fresh = client(QStringLiteral("check-%1").arg(++m_checks), user);
        if (!fresh.sync().isEmpty())
            return {};
        return PetitionStore(*fresh.cache).petition(id).value_or(Petition{});
    }

    test::ServerProcess m_server{{QStringLiteral("--petitions"), QStringLiteral("120")}};
    QTemporaryDir m_dir;
    QList<QPair<qint64, QString>> m_work;
    int m_checks = 0;
};

QTEST_GUILESS_MAIN(TestUploadEndToEnd)
#include "tst_upload_e2e.moc"
