// Attachments against a real pakn-server over HTTPS with a real SQLite cache: an officer's reply files go
// through the outbox (uploaded in resumable chunks first, then referred to by the server's id), and the
// account controller brings any attachment of a petition into the local store — verified, resumed after a
// drop, served from the store when offline — with nothing lost on the way.

#include "net/apiclient.h"
#include "net/secretstore.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"
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

/// Waits for an asynchronous ApiClient call; returns false on timeout.
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

using test::pseudoRandomBytes;
using test::sha256Hex;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAttachmentsEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        // An officer with a petition in progress, from the city office's view of everything.
        auto office = api();
        office->setAccessToken(signIn(*office, QStringLiteral("vanphong")));
        QVERIFY(office->hasAccessToken());
        CacheDatabase cache(m_dir.filePath(QStringLiteral("office.sqlite")));
        QVERIFY(cache.open());
        {
            ApiError e;
            ChangePage page;
            QString cursor;
            do {
                QVERIFY(await<ChangePage>(
                    [&](ApiClient::Callback<ChangePage> cb) { office->fetchChanges(cursor, 1000, cb); }, &e,
                    &page));
                QVERIFY2(!e.isError(), qPrintable(e.message));
                QVERIFY(PetitionStore(cache).applyChangePage(page).isEmpty());
                cursor = page.nextCursor;
            } while (page.hasMore);
        }
        QSqlQuery q(cache.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, assignee FROM petitions WHERE state = 'in_progress' AND"
                                      " assignee IS NOT NULL ORDER BY id LIMIT 4")));
        while (q.next())
            m_work << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
        cache.releaseThreadConnection();
        QCOMPARE(m_work.size(), 4);
    }

    void aReplyFileIsDownloadedVerifiedAndThenServedFromTheStoreOffline()
    {
        const auto [id, officer] = m_work.at(0);
        const QByteArray content = pseudoRandomBytes(3 * 1024 * 1024 + 17, 1);
        const AttachmentRef uploaded =
            uploadAndUseInReply(officer, id, content, QStringLiteral("Công văn.pdf"));
        QVERIFY(!uploaded.id.isEmpty());

        QTemporaryDir profile;
        AccountController account(profile.path(),
                                  [](QObject *parent) { return new MemorySecretStore(parent); });
        QVERIFY(signInAccount(account, officer));
        QVERIFY(account.attachmentStore());
        QVERIFY(!account.attachmentStore()->contains(uploaded.sha256));

        // Only the id is given: the description (size, hash) comes from the cached petition.
        AttachmentRef onlyId;
        onlyId.id = uploaded.id;
        const auto [path, error] = fetch(account, id, onlyId);
        QCOMPARE(error, QString());
        QCOMPARE(path, account.attachmentStore()->blobPath(uploaded.sha256));
        QCOMPARE(readAll(path), content);
        QVERIFY(path.startsWith(
            QFileInfo(AccountController::cacheFilePath(profile.path(), m_server.baseUrl(), officer))
                .absolutePath() +
            QStringLiteral("/attachments/")));

        // The server goes away: the file is still there, from the store.
        m_server.stop();
        const auto [offlinePath, offlineError] = fetch(account, id, uploaded);
        QString startError;
        QVERIFY2(m_server.start(&startError), qPrintable(startError));
        QCOMPARE(offlineError, QString());
        QCOMPARE(offlinePath, path);

        // Signing out with wipe leaves no file of the account behind: cache, attachments, partial downloads.
        QSignalSpy out(&account, &AccountController::signedOut);
        account.signOut(true);
        QVERIFY(out.wait(30000));
        QVERIFY(!account.attachmentStore());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(QFileInfo(AccountController::cacheFilePath(profile.path(), m_server.baseUrl(), officer))
                          .absolutePath())
                     .exists());
    }

    void aDownloadContinuesWithRangeFromWhatArrivedBefore()
    {
        const auto [id, officer] = m_work.at(1);
        const QByteArray content = pseudoRandomBytes(2 * 1024 * 1024 + 5, 2);
        const AttachmentRef uploaded = uploadAndUseInReply(officer, id, content, QStringLiteral("Ảnh.jpg"));
        QVERIFY(!uploaded.id.isEmpty());

        QTemporaryDir profile;
        AccountController account(profile.path(),
                                  [](QObject *parent) { return new MemorySecretStore(parent); });
        QVERIFY(signInAccount(account, officer));
        const auto store = account.attachmentStore();
        const QString partial = store->partialPath(uploaded.sha256);
        QVERIFY(!partial.isEmpty());

        // A wrong first half left by an earlier download: only a Range request for the rest can produce a
        // file whose checksum fails — a fresh full download would succeed. So the failure proves the resume,
        // and the bad partial file is then dropped, not kept.
        QByteArray wrong = content.left(content.size() / 2);
        wrong[100] = char(wrong[100] ^ 0x5a);
        QVERIFY(writeFile(partial, wrong));
        const auto [badPath, badError] = fetch(account, id, uploaded);
        QVERIFY(badPath.isEmpty());
        QVERIFY2(badError.contains(QStringLiteral("checksum")), qPrintable(badError));
        QVERIFY(!QFile::exists(partial));
        QVERIFY(!store->contains(uploaded.sha256));

        // The right first half: the rest is fetched and the whole file is stored.
        QVERIFY(writeFile(partial, content.left(content.size() / 2)));
        const auto [path, error] = fetch(account, id, uploaded);
        QCOMPARE(error, QString());
        QCOMPARE(readAll(path), content);
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(store->verify(uploaded.sha256), AttachmentStore::Health::Ok);
    }

    void anAttachmentThatIsNotOnTheServerGivesAClearError()
    {
        const auto [id, officer] = m_work.at(1);
        QTemporaryDir profile;
        AccountController account(profile.path(),
                                  [](QObject *parent) { return new MemorySecretStore(parent); });
        QVERIFY(signInAccount(account, officer));
        AttachmentRef missing;
        missing.id = QStringLiteral("a0000000000000000000000000000000");
        missing.name = QStringLiteral("x.pdf");
        missing.size = 10;
        missing.sha256 = sha256Hex("0123456789");
        const auto [path, error] = fetch(account, id, missing);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("x.pdf")) && error.contains(QStringLiteral("404")),
                 qPrintable(error));
    }

private:
    std::unique_ptr<ApiClient> api()
    {
        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
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

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    bool signInAccount(AccountController &account, const QString &user)
    {
        QSignalSpy signedIn(&account, &AccountController::signInFinished);
        QSignalSpy synced(&account, &AccountController::syncFinished);
        account.signIn({m_server.baseUrl(), m_server.caFile(), user, kPassword});
        if (!signedIn.wait(30000) || !signedIn.first().at(0).toBool())
            return false;
        // Not QSignalSpy::wait(): the sync thread emits straight into the spy, and the first sync may have
        // ended before wait() began (during the wait for the sign-in, even).
        return QTest::qWaitFor([&synced] { return !synced.isEmpty(); }, 60000) &&
               synced.first().at(0).toString().isEmpty();
    }

    /// fetchAttachment and its answer: (path, error).
    static std::pair<QString, QString> fetch(AccountController &account, qint64 petitionId,
                                             const AttachmentRef &ref)
    {
        QSignalSpy fetched(&account, &AccountController::attachmentFetched);
        account.fetchAttachment(petitionId, ref);
        if (!fetched.wait(60000))
            return {QString(), QStringLiteral("timeout")};
        if (fetched.first().at(0).toString() != ref.id)
            return {QString(), QStringLiteral("answer for another id")};
        return {fetched.first().at(1).toString(), fetched.first().at(2).toString()};
    }

    /// Uploads `content` as `user` with the plain API and saves it in the reply of `petitionId`.
    AttachmentRef uploadAndUseInReply(const QString &user, qint64 petitionId, const QByteArray &content,
                                      const QString &name)
    {
        auto client = api();
        client->setAccessToken(signIn(*client, user));
        ApiError e;
        UploadState up;
        const QString mime = name.endsWith(QStringLiteral(".pdf")) ? QStringLiteral("application/pdf")
                                                                   : QStringLiteral("image/jpeg");
        await<UploadState>(
            [&](ApiClient::Callback<UploadState> cb) {
                client->declareUpload(name, content.size(), sha256Hex(content), mime, cb);
            },
            &e, &up);
        if (e.isError())
            return {};
        const qint64 chunk = 1024 * 1024;
        for (qint64 at = 0; at < content.size(); at += chunk) {
            await<UploadState>(
                [&](ApiClient::Callback<UploadState> cb) {
                    client->sendChunk(up.uploadId, at, content.mid(at, chunk), cb);
                },
                &e, &up);
            if (e.isError())
                return {};
        }
        AttachmentRef ref;
        await<AttachmentRef>(
            [&](ApiClient::Callback<AttachmentRef> cb) { client->completeUpload(up.uploadId, cb); }, &e,
            &ref);
        if (e.isError())
            return {};
        // The petition's current version, then save_reply with the attachment's id.
        ChangePage page;
        Petition current;
        QString cursor;
        do {
            await<ChangePage>(
                [&](ApiClient::Callback<ChangePage> cb) { client->fetchChanges(cursor, 1000, cb); }, &e,
                &page);
            if (e.isError())
                return {};
            for (const Petition &p : std::as_const(page.petitions)) {
                if (p.id == petitionId)
                    current = p;
            }
            cursor = page.nextCursor;
        } while (page.hasMore);
        const QJsonObject reply{{QStringLiteral("subject"), QStringLiteral("Trả lời")},
                                {QStringLiteral("body"), QStringLiteral("Nội dung trả lời")},
                                {QStringLiteral("attachments"), QJsonArray{ref.id}}};
        Petition answer;
        await<Petition>(
            [&](ApiClient::Callback<Petition> cb) {
                client->sendCommand(petitionId, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    current.version,
                                    {{QStringLiteral("type"), QStringLiteral("save_reply")},
                                     {QStringLiteral("reply"), reply}},
                                    cb);
            },
            &e, &answer);
        if (e.isError()) {
            qWarning() << "save_reply:" << e.message;
            return {};
        }
        return ref;
    }

    test::ServerProcess m_server{{QStringLiteral("--petitions"), QStringLiteral("120")}};
    QTemporaryDir m_dir;
    QList<QPair<qint64, QString>> m_work;
};

QTEST_GUILESS_MAIN(TestAttachmentsEndToEnd)
#include "tst_attachments_e2e.moc"
