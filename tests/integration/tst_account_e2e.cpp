// The signed-in account (AccountController: its sync thread, keychain and session renewal) against a real
// pakn-server over HTTPS with a real SQLite cache: an access token that expires in the middle of the work is
// renewed without the officer noticing; a refresh token that no longer works ends the session but keeps the
// outbox, and signing in again sends it; a restart resumes from the keychain; a server restart in the middle
// of a sync converges by the back-off retry alone.

#include "net/apiclient.h"
#include "net/secretstore.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace pakn;

namespace {

const QString kPassword = QStringLiteral("pakn-demo");

/// A keychain that outlives the controllers using it (the OS keychain across app starts). Thread-safe: the
/// controllers call it on their sync threads, the test reads it on its own.
class SharedSecretStore : public SecretStore
{
public:
    struct Secrets
    {
        QMutex mutex;
        std::map<QString, QString> values;
    };
    SharedSecretStore(std::shared_ptr<Secrets> secrets, QObject *parent)
        : SecretStore(parent)
        , m_secrets(std::move(secrets))
    {}
    void write(const QString &key, const QString &secret, Done done) override
    {
        QMutexLocker lock(&m_secrets->mutex);
        m_secrets->values[key] = secret;
        done({});
    }
    void read(const QString &key, ReadDone done) override
    {
        QString value;
        {
            QMutexLocker lock(&m_secrets->mutex);
            auto it = m_secrets->values.find(key);
            if (it != m_secrets->values.end())
                value = it->second;
        }
        done(value, {});
    }
    void remove(const QString &key, Done done) override
    {
        QMutexLocker lock(&m_secrets->mutex);
        m_secrets->values.erase(key);
        done({});
    }

private:
    std::shared_ptr<Secrets> m_secrets;
};

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestAccountEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QString error;
        // Short-lived access tokens, so they expire while the officer works; a fixed port survives restarts.
        m_server = std::make_unique<test::ServerProcess>(QStringList{
            QStringLiteral("--petitions"), QStringLiteral("1500"), QStringLiteral("--access-token-ttl"),
            QStringLiteral("3"), QStringLiteral("--port"), QString::number(freePort())});
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void anAccessTokenThatExpiresMidWayIsRenewedAndNothingIsLost()
    {
        auto account = controller();
        QVERIFY(signIn(*account, QStringLiteral("vanphong")));
        QTest::qWait(4000); // the access token has expired now (the planned renewal is 10 s away)
        const QString cachePath = this->cachePath(QStringLiteral("vanphong"));
        const qint64 id = firstPetition(cachePath);
        QSignalSpy queued(account.get(), &AccountController::commandQueued);
        QSignalSpy expired(account.get(), &AccountController::sessionExpired);
        QSignalSpy finished(account.get(), &AccountController::syncFinished);
        account->setAutoSyncInterval(0);
        account->enqueueCommand(id, Command::Note,
                                {{QStringLiteral("text"), QStringLiteral("Sau khi hết hạn")}});
        QVERIFY(queued.wait(10000));
        QVERIFY(queued.first().at(1).toBool());
        // The token is dead (TTL 3 s, 4 s waited): the run meets 401, the session is renewed and the run goes
        // on — the note can only have gone with a renewed token — and the window never sees an error.
        QVERIFY(waitUntil([&] { return outboxCount(cachePath) == 0; }, 30000));
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
        for (const QList<QVariant> &f : std::as_const(finished))
            QVERIFY2(f.at(0).toString().isEmpty(), qPrintable(f.at(0).toString()));
        QVERIFY(expired.isEmpty());
        QCOMPARE(noteCount(cachePath, id, QStringLiteral("Sau khi hết hạn")), 1);
    }

    void aDeadRefreshTokenEndsTheSessionKeepsTheOutboxAndSigningInSendsIt()
    {
        auto account = controller();
        const QString user = QStringLiteral("vanphong");
        QVERIFY(signIn(*account, user));
        account->setAutoSyncInterval(0);
        const QString cachePath = this->cachePath(user);
        const qint64 id = firstPetition(cachePath);
        // Someone uses (rotates) the kept refresh token: the controller's copy is revoked.
        const QString accountId = AccountController::accountId(m_server->baseUrl(), user);
        QString kept;
        {
            QMutexLocker lock(&m_secrets->mutex);
            kept = m_secrets->values[accountId];
        }
        QVERIFY(!kept.isEmpty());
        ApiClient other(options());
        bool rotated = false;
        other.refresh(kept, [&](const ApiError &e, const SessionGrant &) { rotated = !e.isError(); });
        QVERIFY(waitUntil([&] { return rotated; }, 10000));
        QTest::qWait(4000); // and the access token expires

        QSignalSpy expired(account.get(), &AccountController::sessionExpired);
        account->enqueueCommand(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("Giữ lại")}});
        QVERIFY(expired.wait(30000));
        QCOMPARE(outboxCount(cachePath), 1); // kept

        QVERIFY(signIn(*account, user));
        QVERIFY(waitUntil([&] { return outboxCount(cachePath) == 0; }, 30000));
        QCOMPARE(noteCount(cachePath, id, QStringLiteral("Giữ lại")), 1);
    }

    void aRestartResumesFromTheKeychainWithoutThePassword()
    {
        {
            auto first = controller();
            QVERIFY(signIn(*first, QStringLiteral("vanphong")));
        } // the app quits, the keychain keeps the refresh token
        auto second = controller();
        QSignalSpy signedIn(second.get(), &AccountController::signInFinished);
        QSignalSpy finished(second.get(), &AccountController::syncFinished);
        second->resume({m_server->baseUrl(), m_server->caFile(), QStringLiteral("vanphong"), QString()});
        QVERIFY(signedIn.wait(30000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && finished.last().at(0).toString().isEmpty(); },
                          120000));
    }

    void aServerRestartInTheMiddleOfASyncConverges()
    {
        QTemporaryDir profile;
        auto account = std::make_unique<AccountController>(profile.path(), factory());
        const QString user = QStringLiteral("vanphong");
        QSignalSpy pages(account.get(), &AccountController::petitionsChanged);
        QSignalSpy signedIn(account.get(), &AccountController::signInFinished);
        account->signIn({m_server->baseUrl(), m_server->caFile(), user, kPassword});
        QVERIFY(signedIn.wait(30000));
        QVERIFY(signedIn.first().at(0).toBool());
        // The first page is stored. Not QSignalSpy::wait(): the page's signal may have been delivered in the
        // same turn of the event loop as the sign-in's, before wait() began.
        QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 30000);
        m_server->stop();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        // No one presses anything: the back-off retry (5 s ± 20 %) finishes the sync.
        const QString path = AccountController::cacheFilePath(profile.path(), m_server->baseUrl(), user);
        const qint64 expected = serverCount();
        QVERIFY(expected >= 1500);
        QVERIFY2(waitUntil([&] { return cachedCount(path) == expected; }, 90000),
                 qPrintable(QStringLiteral("%1 of %2").arg(cachedCount(path)).arg(expected)));
    }

    void theNetworkComingBackStartsASyncAtOnce()
    {
        QTemporaryDir profile;
        AccountController account(profile.path(), factory());
        account.setAutoSyncInterval(0);
        account.setNetworkReachability(QNetworkInformation::Reachability::Online);
        const QString user = QStringLiteral("vanphong");
        QSignalSpy signedIn(&account, &AccountController::signInFinished);
        QSignalSpy finished(&account, &AccountController::syncFinished);
        account.signIn({m_server->baseUrl(), m_server->caFile(), user, kPassword});
        QVERIFY(signedIn.wait(30000));
        QVERIFY(signedIn.first().at(0).toBool());
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && finished.last().at(0).toString().isEmpty(); },
                          120000));

        // The network goes; a sync finds the server unreachable, and so does the back-off retry 5 s later.
        // The retry after that is 15 s ± 20 % away.
        account.setNetworkReachability(QNetworkInformation::Reachability::Disconnected);
        m_server->stop();
        finished.clear();
        account.syncNow();
        QVERIFY(waitUntil([&] { return finished.size() >= 2; }, 30000));
        QElapsedTimer sinceLastFailure;
        sinceLastFailure.start();
        QVERIFY(!finished.at(0).at(0).toString().isEmpty());
        QVERIFY(!finished.at(1).at(0).toString().isEmpty());

        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        finished.clear();
        // A link without a route reaches no server: no return, nothing starts.
        account.setNetworkReachability(QNetworkInformation::Reachability::Local);
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        account.setNetworkReachability(QNetworkInformation::Reachability::Online);
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && finished.last().at(0).toString().isEmpty(); },
                          30000));
        // It was the network's return, not the back-off, that started it: the retry could not have run yet.
        QVERIFY2(sinceLastFailure.elapsed() < 12000, qPrintable(QString::number(sinceLastFailure.elapsed())));
    }

    void aManualSyncSendsWhatWaitsForItsBackOffAtOnce()
    {
        auto account = controller();
        QVERIFY(signIn(*account, QStringLiteral("vanphong")));
        account->setAutoSyncInterval(0);
        const QString cachePath = this->cachePath(QStringLiteral("vanphong"));
        const qint64 id = firstPetition(cachePath);
        const QString text = QStringLiteral("Gửi khi bấm Đồng bộ");
        QSignalSpy finished(account.get(), &AccountController::syncFinished);

        // The server is down: the note's first send fails, and it waits for its back-off (5 s).
        m_server->stop();
        account->enqueueCommand(id, Command::Note, {{QStringLiteral("text"), text}});
        QVERIFY(waitUntil([&] { return attemptsOf(cachePath, id) >= 1 && !finished.isEmpty(); }, 30000));
        // The officer asks for a sync: the note goes at once rather than after its back-off — and fails
        // again, so now it waits 15 s ± 20 %.
        finished.clear();
        account->syncNow();
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
        QCOMPARE(attemptsOf(cachePath, id), 2);
        QElapsedTimer sinceLastFailure;
        sinceLastFailure.start();

        // The server is back; a manual sync sends it now, not when the back-off ends.
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        finished.clear();
        account->syncNow();
        QVERIFY(waitUntil([&] { return outboxCount(cachePath) == 0; }, 30000));
        QVERIFY2(sinceLastFailure.elapsed() < 12000, qPrintable(QString::number(sinceLastFailure.elapsed())));
        QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 30000));
        QCOMPARE(noteCount(cachePath, id, text), 1);
    }

    void aCancelledSyncKeepsOnlyWholePagesAndTheNextOneFinishes()
    {
        QTemporaryDir profile;
        AccountController account(profile.path(), factory());
        account.setAutoSyncInterval(0);
        const QString user = QStringLiteral("vanphong");
        QSignalSpy signedIn(&account, &AccountController::signInFinished);
        QSignalSpy finished(&account, &AccountController::syncFinished);
        bool cancelled = false;
        connect(&account, &AccountController::petitionsChanged, this, [&] {
            if (!cancelled) {
                cancelled = true;
                account.cancelSync();
            }
        });
        account.signIn({m_server->baseUrl(), m_server->caFile(), user, kPassword});
        QVERIFY(signedIn.wait(30000));
        // The run that was cancelled (or, on a fast machine, one that finished before the cancel arrived).
        const QString path = AccountController::cacheFilePath(profile.path(), m_server->baseUrl(), user);
        qint64 afterCancel = -1;
        bool wasCancelled = false;
        QVERIFY(waitUntil(
            [&] {
                for (const QList<QVariant> &f : std::as_const(finished)) {
                    const QString e = f.at(0).toString();
                    if (e.isEmpty() || e.contains(QStringLiteral("cancelled"))) {
                        wasCancelled = !e.isEmpty();
                        afterCancel = cachedCount(path);
                        return true;
                    }
                }
                return false;
            },
            120000));
        QVERIFY(cancelled);
        const qint64 expected = serverCount();
        if (wasCancelled) {
            // Cancelled mid-way: whole pages of 500 only, never a page without its cursor or the reverse.
            QVERIFY2(afterCancel % 500 == 0 && afterCancel < expected,
                     qPrintable(QStringLiteral("%1 of %2").arg(afterCancel).arg(expected)));
        }
        finished.clear();
        account.syncNow(); // (the short-lived token may need one renewal on the way)
        QVERIFY(waitUntil([&] { return !finished.isEmpty() && finished.last().at(0).toString().isEmpty(); },
                          120000));
        QCOMPARE(cachedCount(path), expected);
    }

private:
    ApiClient::Options options() const
    {
        ApiClient::Options o;
        o.baseUrl = m_server->baseUrl();
        o.extraCaCertificates = m_server->caCertificates();
        o.trustSystemCas = false;
        return o;
    }

    AccountController::SecretStoreFactory factory()
    {
        return [secrets = m_secrets](QObject *parent) { return new SharedSecretStore(secrets, parent); };
    }

    std::unique_ptr<AccountController> controller()
    {
        return std::make_unique<AccountController>(m_profile.path(), factory());
    }

    bool signIn(AccountController &account, const QString &user)
    {
        QSignalSpy signedIn(&account, &AccountController::signInFinished);
        QSignalSpy finished(&account, &AccountController::syncFinished);
        account.signIn({m_server->baseUrl(), m_server->caFile(), user, kPassword});
        if (!signedIn.wait(30000) || !signedIn.first().at(0).toBool())
            return false;
        // On a busy machine the first sync may outlast the 3-second token: it is renewed and the sync runs
        // again, so wait for a run that succeeded.
        return waitUntil([&] { return !finished.isEmpty() && finished.last().at(0).toString().isEmpty(); },
                         120000);
    }

    QString cachePath(const QString &user) const
    {
        return AccountController::cacheFilePath(m_profile.path(), m_server->baseUrl(), user);
    }

    static bool waitUntil(const std::function<bool()> &condition, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!condition()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    /// Reads the account's cache with the test's own connection, as pakn-cli would.
    template<typename F> static auto withCache(const QString &path, F f)
    {
        CacheDatabase cache(path);
        cache.open();
        auto result = f(cache);
        cache.releaseThreadConnection();
        return result;
    }
    static qint64 outboxCount(const QString &path)
    {
        return withCache(path, [](CacheDatabase &c) { return Outbox(c).count(); });
    }
    /// How many times the outbox item of `petitionId` was tried (0: none there).
    static int attemptsOf(const QString &path, qint64 petitionId)
    {
        return withCache(path, [petitionId](CacheDatabase &c) {
            int attempts = 0;
            for (const OutboxItem &item : Outbox(c).all()) {
                if (item.petitionId == petitionId)
                    attempts = std::max(attempts, item.attempts);
            }
            return attempts;
        });
    }
    static qint64 cachedCount(const QString &path)
    {
        return withCache(path, [](CacheDatabase &c) { return PetitionStore(c).count(); });
    }
    static qint64 firstPetition(const QString &path)
    {
        return withCache(path, [](CacheDatabase &c) {
            QSqlQuery q(c.connection());
            q.exec(
                QStringLiteral("SELECT id FROM petitions WHERE state = 'in_progress' ORDER BY id LIMIT 1"));
            return q.next() ? q.value(0).toLongLong() : qint64(0);
        });
    }
    static int noteCount(const QString &path, qint64 id, const QString &text)
    {
        return withCache(path, [&](CacheDatabase &c) {
            const std::optional<Petition> p = PetitionStore(c).petition(id);
            int n = 0;
            if (p) {
                for (const TimelineEntry &e : p->timeline)
                    n += e.comment == text;
            }
            return n;
        });
    }
    qint64 serverCount()
    {
        QTemporaryDir profile;
        AccountController reader(profile.path(), factory());
        if (!signIn(reader, QStringLiteral("vanphong")))
            return -1;
        return cachedCount(AccountController::cacheFilePath(profile.path(), m_server->baseUrl(),
                                                            QStringLiteral("vanphong")));
    }

    QTemporaryDir m_profile;
    std::shared_ptr<SharedSecretStore::Secrets> m_secrets = std::make_shared<SharedSecretStore::Secrets>();
    std::unique_ptr<test::ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestAccountEndToEnd)
#include "tst_account_e2e.moc"
