#include "accountcontroller.h"

#include "net/apiclient.h"
#include "net/wirecodec.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QThread>
#include <QTimer>

namespace pakn {

AccountController::AccountController(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_thread(new QThread(this))
    , m_threadContext(new QObject)
{
    m_thread->setObjectName(QStringLiteral("pakn-sync"));
    m_threadContext->moveToThread(m_thread);
    m_thread->start();
}

AccountController::~AccountController()
{
    QMetaObject::invokeMethod(
        m_threadContext, [this] { tearDownWorker(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
}

QString AccountController::cacheFilePath(const QString &profileDir, const QUrl &serverUrl,
                                         const QString &username)
{
    const QByteArray key = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                               .toString(QUrl::FullyEncoded)
                               .toUtf8() +
                           '\n' + username.toCaseFolded().toUtf8();
    const QString id =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
    return QDir(profileDir).filePath(QStringLiteral("accounts/%1/cache.sqlite").arg(id));
}

void AccountController::runOnSyncThread(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_threadContext, std::move(work), Qt::QueuedConnection);
}

void AccountController::tearDownWorker()
{
    delete m_autoSync;
    m_autoSync = nullptr;
    delete m_engine;
    m_engine = nullptr;
    delete m_api;
    m_api = nullptr;
    if (m_workerCache)
        m_workerCache->releaseThreadConnection();
    m_workerCache.reset();
}

void AccountController::signIn(const SignInRequest &request)
{
    const QString urlProblem = ApiClient::validateBaseUrl(request.serverUrl);
    if (!urlProblem.isEmpty()) {
        Q_EMIT signInFinished(false, urlProblem);
        return;
    }
    ApiClient::Options options;
    options.baseUrl = request.serverUrl;
    if (!request.caFile.isEmpty()) {
        QString caError;
        options.extraCaCertificates = ApiClient::loadCaFile(request.caFile, &caError);
        if (options.extraCaCertificates.isEmpty()) {
            Q_EMIT signInFinished(false, caError);
            return;
        }
    }
    const QString cachePath = cacheFilePath(m_profileDir, request.serverUrl, request.username);

    runOnSyncThread([this, options, cachePath, username = request.username, password = request.password] {
        tearDownWorker();
        m_api = new ApiClient(options, m_threadContext);
        m_api->signIn(
            username, password, [this, cachePath](const ApiError &error, const SessionGrant &grant) {
                if (error.isError()) {
                    const QString message =
                        error.httpStatus == 401 ? tr("The user name or password is wrong.") : error.message;
                    QMetaObject::invokeMethod(this,
                                              [this, message] { Q_EMIT signInFinished(false, message); });
                    return;
                }
                auto cache = std::make_shared<CacheDatabase>(cachePath);
                const CacheOpenResult opened = cache->openOrRecover();
                if (!opened) {
                    const QString message = tr("Cannot open the local cache: %1").arg(opened.message);
                    QMetaObject::invokeMethod(this,
                                              [this, message] { Q_EMIT signInFinished(false, message); });
                    return;
                }
                m_api->setAccessToken(grant.accessToken);
                m_workerCache = cache;
                m_engine = new SyncEngine(m_api, *m_workerCache, m_threadContext);
                connect(m_engine, &SyncEngine::statusChanged, this, &AccountController::syncStatusChanged);
                connect(m_engine, &SyncEngine::pageStored, this, &AccountController::petitionsChanged);
                connect(m_engine, &SyncEngine::finished, this, &AccountController::syncFinished);
                connect(m_engine, &SyncEngine::outboxChanged, this, &AccountController::outboxChanged);
                m_autoSync = new QTimer(m_threadContext);
                connect(m_autoSync, &QTimer::timeout, m_engine, &SyncEngine::syncNow);
                if (m_autoSyncMs > 0)
                    m_autoSync->start(m_autoSyncMs);
                QMetaObject::invokeMethod(this, [this, cache, user = grant.user] {
                    m_user = user;
                    m_cache = cache;
                    Q_EMIT signInFinished(true, QString());
                });
                m_engine->syncNow();
            });
    });
}

void AccountController::syncNow()
{
    runOnSyncThread([this] {
        if (m_engine)
            m_engine->syncNow();
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
