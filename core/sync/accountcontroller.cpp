#include "accountcontroller.h"

#include "attachmentfetcher.h"
#include "net/apiclient.h"
#include "net/retrypolicy.h"
#include "net/wirecodec.h"
#include "networkreturn.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace pakn {

AccountController::AccountController(QString profileDir, SecretStoreFactory secretStoreFactory,
                                     QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_thread(new QThread(this))
    , m_threadContext(new QObject)
    , m_secretStoreFactory(std::move(secretStoreFactory))
{
    if (!m_secretStoreFactory) {
        m_secretStoreFactory = [](QObject *owner) -> SecretStore * {
            return new KeychainSecretStore(QStringLiteral("pakn-desk"), owner);
        };
    }
    m_thread->setObjectName(QStringLiteral("pakn-sync"));
    m_threadContext->moveToThread(m_thread);
    m_thread->start();
    watchNetwork();
}

void AccountController::watchNetwork()
{
    // Sync as soon as the network comes back. Where no backend loads (no NetworkManager, a container) the
    // back-off retries of scheduleRetry() are the only way back, and they suffice.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return;
    m_reachability = info->reachability();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            &AccountController::setNetworkReachability);
}

void AccountController::setNetworkReachability(QNetworkInformation::Reachability reachability)
{
    const bool back = networkreturn::cameBack(m_reachability, reachability);
    m_reachability = reachability;
    if (!back)
        return;
    runOnSyncThread([this] {
        if (!m_engine || !m_workerCache)
            return;
        // Back online: what waited for its back-off goes now.
        if (Outbox(*m_workerCache).makeDueNow() > 0 || m_failedRuns > 0)
            m_engine->syncNow();
    });
}

void AccountController::scheduleRetry(const QString &error, ErrorClass errorClass)
{
    if (error.isEmpty()) {
        m_failedRuns = 0;
        if (m_retry)
            m_retry->stop();
        return;
    }
    if (errorClass != ErrorClass::RetryLater && errorClass != ErrorClass::RateLimited)
        return;
    if (m_engine && m_engine->wasCancelled())
        return; // the officer stopped it: wait for the next automatic or manual sync
    ++m_failedRuns;
    if (!m_retry) {
        m_retry = new QTimer(m_threadContext);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, m_threadContext, [this] {
            if (m_engine)
                m_engine->syncNow();
        });
    }
    m_retry->start(int(retrypolicy::delayMs(m_failedRuns, -1, QRandomGenerator::global()->generateDouble())));
}

AccountController::~AccountController()
{
    QMetaObject::invokeMethod(
        m_threadContext,
        [this] {
            tearDownWorker();
            delete m_secrets;
            m_secrets = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
}

QString AccountController::accountId(const QUrl &serverUrl, const QString &username)
{
    const QByteArray key = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                               .toString(QUrl::FullyEncoded)
                               .toUtf8() +
                           '\n' + username.toCaseFolded().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

QString AccountController::cacheFilePath(const QString &profileDir, const QUrl &serverUrl,
                                         const QString &username)
{
    return QDir(profileDir)
        .filePath(QStringLiteral("accounts/%1/cache.sqlite").arg(accountId(serverUrl, username)));
}

void AccountController::runOnSyncThread(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_threadContext, std::move(work), Qt::QueuedConnection);
}

void AccountController::tearDownWorker()
{
    delete m_autoSync;
    m_autoSync = nullptr;
    delete m_renewal;
    m_renewal = nullptr;
    delete m_retry;
    m_retry = nullptr;
    m_failedRuns = 0;
    delete m_engine;
    m_engine = nullptr;
    delete m_fetcher; // before the client whose requests it reads
    m_fetcher = nullptr;
    m_fetchAfterRenewal.clear();
    m_workerAttachments.reset();
    delete m_api;
    m_api = nullptr;
    if (m_workerCache)
        m_workerCache->releaseThreadConnection();
    m_workerCache.reset();
    m_refreshToken.clear();
    m_renewing = false;
}

AccountController::Prepared AccountController::prepare(const SignInRequest &request) const
{
    Prepared p;
    p.error = ApiClient::validateBaseUrl(request.serverUrl);
    if (!p.error.isEmpty())
        return p;
    p.options.baseUrl = request.serverUrl;
    if (!request.caFile.isEmpty()) {
        p.options.extraCaCertificates = ApiClient::loadCaFile(request.caFile, &p.error);
        if (p.options.extraCaCertificates.isEmpty())
            return p;
    }
    p.accountId = accountId(request.serverUrl, request.username);
    p.cachePath = cacheFilePath(m_profileDir, request.serverUrl, request.username);
    return p;
}

void AccountController::failSignIn(const QString &message)
{
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT signInFinished(false, message); });
}

void AccountController::signIn(const SignInRequest &request)
{
    const Prepared p = prepare(request);
    if (!p.error.isEmpty()) {
        Q_EMIT signInFinished(false, p.error);
        return;
    }
    runOnSyncThread([this, p, username = request.username, password = request.password] {
        tearDownWorker();
        m_api = new ApiClient(p.options, m_threadContext);
        m_api->signIn(username, password, [this, p](const ApiError &error, const SessionGrant &grant) {
            if (error.isError()) {
                failSignIn(error.httpStatus == 401 ? tr("The user name or password is wrong.")
                                                   : error.message);
                return;
            }
            startSession(grant, p.accountId, p.cachePath);
        });
    });
}

void AccountController::resume(const SignInRequest &request)
{
    const Prepared p = prepare(request);
    if (!p.error.isEmpty()) {
        Q_EMIT signInFinished(false, p.error);
        return;
    }
    runOnSyncThread([this, p] {
        tearDownWorker();
        if (!m_secrets)
            m_secrets = m_secretStoreFactory(m_threadContext);
        m_secrets->read(p.accountId, [this, p](const QString &refreshToken, const QString &error) {
            if (refreshToken.isEmpty()) {
                failSignIn(error); // nothing kept (or no keychain): ask for the password
                return;
            }
            m_api = new ApiClient(p.options, m_threadContext);
            m_api->refresh(refreshToken, [this, p](const ApiError &e, const SessionGrant &grant) {
                if (e.isError()) {
                    if (e.errorClass == ErrorClass::Permanent || e.httpStatus == 401)
                        m_secrets->remove(p.accountId, [](const QString &) {});
                    failSignIn(e.httpStatus == 401 || e.httpStatus == 400
                                   ? tr("Your session has ended. Sign in again with your password.")
                                   : e.message);
                    return;
                }
                startSession(grant, p.accountId, p.cachePath);
            });
        });
    });
}

void AccountController::startSession(const SessionGrant &grant, const QString &accountId,
                                     const QString &cachePath)
{
    auto cache = std::make_shared<CacheDatabase>(cachePath);
    const CacheOpenResult opened = cache->openOrRecover();
    if (!opened) {
        failSignIn(tr("Cannot open the local cache: %1").arg(opened.message));
        return;
    }
    m_accountId = accountId;
    keepTokens(grant);
    // Who this cache belongs to, for offline starts and for pakn-cli.
    PetitionStore(*cache).setStateValue(
        QStringLiteral("account.user"),
        QString::fromUtf8(QJsonDocument(wire::encode(grant.user)).toJson(QJsonDocument::Compact)));
    m_workerCache = cache;
    auto attachments = std::make_shared<const AttachmentStore>(QFileInfo(cachePath).absolutePath() +
                                                               QStringLiteral("/attachments"));
    m_workerAttachments = attachments;
    m_fetcher = new AttachmentFetcher(m_api, attachments, m_threadContext);
    connect(m_fetcher, &AttachmentFetcher::fetched, this, &AccountController::attachmentFetched);
    connect(m_fetcher, &AttachmentFetcher::progress, this, &AccountController::attachmentProgress);
    connect(m_fetcher, &AttachmentFetcher::needsSession, m_threadContext, [this](const AttachmentRef &ref) {
        m_fetchAfterRenewal.append(ref);
        renewSession();
    });
    m_engine = new SyncEngine(m_api, *m_workerCache, m_threadContext);
    m_engine->setAttachmentStore(attachments);
    connect(m_engine, &SyncEngine::uploadProgress, this, &AccountController::uploadProgress);
    connect(m_engine, &SyncEngine::notice, this, &AccountController::notice);
    connect(m_engine, &SyncEngine::statusChanged, this, &AccountController::syncStatusChanged);
    connect(m_engine, &SyncEngine::pageStored, this, &AccountController::petitionsChanged);
    connect(m_engine, &SyncEngine::outboxChanged, this, &AccountController::outboxChanged);
    connect(m_engine, &SyncEngine::referenceDataChanged, this, &AccountController::referenceDataChanged);
    connect(m_engine, &SyncEngine::finished, m_threadContext,
            [this](const QString &error, ErrorClass errorClass) { onSyncFinished(error, errorClass); });
    m_autoSync = new QTimer(m_threadContext);
    connect(m_autoSync, &QTimer::timeout, m_engine, &SyncEngine::syncNow);
    if (m_autoSyncMs > 0)
        m_autoSync->start(m_autoSyncMs);

    const QString notice =
        opened.setAsidePath.isEmpty()
            ? QString()
            : tr("The local cache was damaged. It was kept as %1, and a new one is being filled "
                 "from the server.")
                  .arg(opened.setAsidePath);
    QMetaObject::invokeMethod(this, [this, cache, attachments, notice, user = grant.user] {
        m_user = user;
        m_cache = cache;
        m_attachments = attachments;
        Q_EMIT signInFinished(true, QString());
        if (!notice.isEmpty())
            Q_EMIT this->notice(notice);
    });
    m_engine->syncNow();
}

void AccountController::onSyncFinished(const QString &error, ErrorClass errorClass)
{
    // An access token that expired in the middle of a sync is renewed and the sync runs on from its stored
    // cursor: the window sees one sync, not an error. Only a renewal that fails reports it (renewSession),
    // and a server that keeps refusing fresh tokens stops after kMaxRenewalsPerSync.
    constexpr int kMaxRenewalsPerSync = 3;
    if (errorClass == ErrorClass::Reauthenticate && !m_refreshToken.isEmpty() &&
        m_renewalsThisSync < kMaxRenewalsPerSync) {
        ++m_renewalsThisSync;
        m_heldFailure = error;
        renewSession();
        return;
    }
    m_renewalsThisSync = 0;
    m_heldFailure.clear();
    Q_EMIT syncFinished(error, errorClass);
    scheduleRetry(error, errorClass);
}

void AccountController::keepTokens(const SessionGrant &grant)
{
    m_api->setAccessToken(grant.accessToken);
    m_refreshToken = grant.refreshToken;
    if (!m_secrets)
        m_secrets = m_secretStoreFactory(m_threadContext);
    m_secrets->write(m_accountId, grant.refreshToken, [this](const QString &error) {
        if (!error.isEmpty()) {
            const QString message = tr("The sign-in could not be kept in the system keychain (%1): the "
                                       "password will be needed at the "
                                       "next start.")
                                        .arg(error);
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT notice(message); });
        }
    });
    // Renew a minute before the access token expires, so that a sync never starts with a dead token.
    if (!m_renewal) {
        m_renewal = new QTimer(m_threadContext);
        m_renewal->setSingleShot(true);
        connect(m_renewal, &QTimer::timeout, m_threadContext, [this] { renewSession(); });
    }
    m_renewal->start(int(std::max<qint64>(10, grant.expiresInSeconds - 60) * 1000));
}

void AccountController::renewSession()
{
    if (m_renewing || !m_api)
        return;
    if (m_refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT sessionExpired(tr("Your session has ended. Sign in again.")); });
        return;
    }
    m_renewing = true;
    m_api->refresh(m_refreshToken, [this](const ApiError &error, const SessionGrant &grant) {
        m_renewing = false;
        if (!error.isError()) {
            keepTokens(grant);
            const QList<AttachmentRef> waiting = std::exchange(m_fetchAfterRenewal, {});
            for (const AttachmentRef &ref : waiting)
                m_fetcher->fetch(ref);
            if (m_engine)
                m_engine->syncNow();
            return;
        }
        if (error.errorClass == ErrorClass::RetryLater || error.errorClass == ErrorClass::RateLimited) {
            m_renewal->start(30 * 1000); // offline: try again soon; the old token may still be good
            if (!m_heldFailure.isEmpty()) {
                m_heldFailure.clear();
                m_renewalsThisSync = 0;
                Q_EMIT syncFinished(error.message, error.errorClass); // the sync ends unreachable
            }
            return;
        }
        const QList<AttachmentRef> waiting = std::exchange(m_fetchAfterRenewal, {});
        for (const AttachmentRef &ref : waiting) {
            QMetaObject::invokeMethod(this, [this, id = ref.id] {
                Q_EMIT attachmentFetched(id, QString(), tr("Your session has ended. Sign in again."));
            });
        }
        m_refreshToken.clear();
        m_api->setAccessToken(QString());
        if (!m_heldFailure.isEmpty()) {
            Q_EMIT syncFinished(std::exchange(m_heldFailure, {}), ErrorClass::Reauthenticate);
            m_renewalsThisSync = 0;
        }
        if (m_secrets)
            m_secrets->remove(m_accountId, [](const QString &) {});
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT sessionExpired(tr("Your session has ended. Sign in again; nothing you queued is lost."));
        });
    });
}

void AccountController::signOut(bool wipeCache)
{
    if (m_cache)
        m_cache->releaseThreadConnection(); // the GUI thread's connection
    m_cache.reset();
    m_attachments.reset();
    m_user = User();
    runOnSyncThread([this, wipeCache] {
        auto finishSignOut = [this, wipeCache] {
            const QString accountDir =
                m_workerCache ? QFileInfo(m_workerCache->filePath()).absolutePath() : QString();
            if (m_secrets && !m_accountId.isEmpty())
                m_secrets->remove(m_accountId, [](const QString &) {});
            tearDownWorker();
            if (wipeCache && !accountDir.isEmpty())
                QDir(accountDir).removeRecursively();
            m_accountId.clear();
            QMetaObject::invokeMethod(this, [this] { Q_EMIT signedOut(); });
        };
        if (!m_api || !m_api->hasAccessToken()) {
            finishSignOut();
            return;
        }
        m_api->signOut([finishSignOut](const ApiError &) { finishSignOut(); });
    });
}

void AccountController::syncNow()
{
    runOnSyncThread([this] {
        if (!m_engine || !m_workerCache)
            return;
        // The officer asked: what waits for its back-off goes now (a server that is still rate-limiting
        // says so again with its Retry-After).
        if (Outbox(*m_workerCache).makeDueNow() > 0)
            QMetaObject::invokeMethod(this, [this] { Q_EMIT outboxChanged(); });
        m_engine->syncNow();
    });
}

void AccountController::cancelSync()
{
    runOnSyncThread([this] {
        if (m_retry)
            m_retry->stop();
        if (m_engine)
            m_engine->cancel();
    });
}

} // namespace pakn

namespace pakn {

void AccountController::enqueueCommand(qint64 petitionId, Command command, const QJsonObject &payload)
{
    runOnSyncThread([this, petitionId, command, payload] {
        auto reply = [this, petitionId](bool ok, const QString &error) {
            QMetaObject::invokeMethod(this, [this, petitionId, ok, error] {
                Q_EMIT commandQueued(petitionId, ok, error);
                if (ok)
                    Q_EMIT outboxChanged();
            });
        };
        if (!m_workerCache) {
            reply(false, tr("Not signed in."));
            return;
        }
        const std::optional<Petition> base = PetitionStore(*m_workerCache).petition(petitionId);
        if (!base) {
            reply(false, tr("The petition is no longer in the local cache."));
            return;
        }
        QString error;
        if (!Outbox(*m_workerCache)
                 .enqueue(petitionId, command, payload, base->version, wire::encode(*base), &error)) {
            reply(false, tr("Could not store the action: %1").arg(error));
            return;
        }
        reply(true, QString());
        if (m_engine)
            m_engine->syncNow();
    });
}

void AccountController::retryOutboxItem(qint64 itemId, std::optional<qint64> newBaseVersion)
{
    runOnSyncThread([this, itemId, newBaseVersion] {
        if (!m_workerCache)
            return;
        if (Outbox(*m_workerCache).retryNow(itemId, newBaseVersion)) {
            QMetaObject::invokeMethod(this, [this] { Q_EMIT outboxChanged(); });
            if (m_engine)
                m_engine->syncNow();
        }
    });
}

void AccountController::dropOutboxItem(qint64 itemId)
{
    runOnSyncThread([this, itemId] {
        if (m_workerCache && Outbox(*m_workerCache).drop(itemId))
            QMetaObject::invokeMethod(this, [this] { Q_EMIT outboxChanged(); });
    });
}

void AccountController::fetchAttachment(qint64 petitionId, const AttachmentRef &attachment)
{
    if (!m_attachments) {
        QMetaObject::invokeMethod(this, [this, id = attachment.id] {
            Q_EMIT attachmentFetched(id, QString(), tr("Not signed in."));
        });
        return;
    }
    runOnSyncThread([this, petitionId, attachment] {
        if (!m_fetcher || !m_workerCache) {
            QMetaObject::invokeMethod(this, [this, id = attachment.id] {
                Q_EMIT attachmentFetched(id, QString(), tr("Not signed in."));
            });
            return;
        }
        AttachmentRef ref = attachment;
        if (!AttachmentStore::isValidHash(ref.sha256)) {
            // Only the id is known: take the description (size, hash) from the cached petition.
            if (const std::optional<Petition> p = PetitionStore(*m_workerCache).petition(petitionId)) {
                QList<AttachmentRef> known = p->attachments;
                if (p->reply)
                    known += p->reply->attachments;
                for (const AttachmentRef &a : std::as_const(known)) {
                    if (a.id == ref.id)
                        ref = a;
                }
            }
        }
        m_fetcher->fetch(ref);
    });
}

// Conflicts (issue 6, the reply editor's side).
void AccountController::resolveConflict(qint64 outboxItemId, ConflictChoice how,
                                        const QJsonObject &mergedPayload)
{
    runOnSyncThread([this, outboxItemId, how, mergedPayload] {
        if (!m_workerCache)
            return;
        const QString error = Conflicts(*m_workerCache).resolve(outboxItemId, how, mergedPayload);
        QMetaObject::invokeMethod(this, [this, error] {
            if (!error.isEmpty()) {
                Q_EMIT notice(tr("The conflict could not be resolved: %1").arg(error));
                return;
            }
            Q_EMIT outboxChanged();
            Q_EMIT petitionsChanged();
        });
        if (error.isEmpty() && m_engine)
            m_engine->syncNow();
    });
}

void AccountController::setAutoSyncInterval(int milliseconds)
{
    runOnSyncThread([this, milliseconds] {
        m_autoSyncMs = milliseconds;
        if (!m_autoSync)
            return;
        if (milliseconds > 0)
            m_autoSync->start(milliseconds);
        else
            m_autoSync->stop();
    });
}

} // namespace pakn
