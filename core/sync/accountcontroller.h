#pragma once

#include "domain/role.h"
#include "domain/workflow.h"
#include "net/apiclient.h"
#include "net/errorpolicy.h"
#include "net/secretstore.h"
#include "store/conflicts.h"
#include "sync/syncengine.h"

#include <QJsonObject>
#include <QNetworkInformation>
#include <QObject>
#include <QUrl>
#include <memory>

class QThread;
class QTimer;

namespace pakn {

class AttachmentFetcher;
class AttachmentStore;
class CacheDatabase;

/// What the sign-in dialog collects.
struct SignInRequest
{
    QUrl serverUrl;
    QString caFile; ///< optional PEM file trusted in addition to the system CAs
    QString username;
    QString password;
};

/// The signed-in account, as the GUI thread sees it: sign-in, its cache, and its sync.
///
/// Contract: lives on the GUI thread and never blocks it. It owns a sync thread on which the account's
/// ApiClient and SyncEngine live and on which the cache is opened and written; the GUI reads the cache
/// through its own connection (`cache()`), and learns of new data from `petitionsChanged()`. Each account
/// (server URL + user name) has its own cache file under the profile folder. The password is used for one
/// request and not kept; the access token stays in the sync thread's memory. Destruction stops the sync
/// thread and waits for it.
class AccountController : public QObject
{
    Q_OBJECT
public:
    /// Makes the store the refresh token is kept in; called on the sync thread. Default: the OS keychain.
    using SecretStoreFactory = std::function<SecretStore *(QObject *parent)>;

    explicit AccountController(QString profileDir, SecretStoreFactory secretStoreFactory = {},
                               QObject *parent = nullptr);
    ~AccountController() override;

    /// Starts signing in; ends with `signInFinished`. On success a first sync starts by itself, and the
    /// refresh token is kept in the keychain so that the next start can `resume()` without the password.
    void signIn(const SignInRequest &request);
    /// Signs in again with the refresh token kept in the keychain (the password is ignored). Ends with
    /// `signInFinished`: ok; or not ok with an empty error when there is nothing to resume (ask for the
    /// password), or with the reason.
    void resume(const SignInRequest &request);
    /// Revokes the session on the server (best effort), forgets the kept token and closes the cache; with
    /// `wipeCache` deletes the account's cache and attachments from this machine. Ends with `signedOut`.
    /// The caller must have dropped its models' hold on `cache()` first.
    void signOut(bool wipeCache);
    /// Starts a sync now (merged with a running one), the officer's "Sync now": what waits in the outbox for
    /// its back-off after a failure is sent in it (Outbox::makeDueNow), as when the network returns.
    void syncNow();
    /// Stops the running sync: requests in flight are cancelled, nothing half-written is kept (the feed's
    /// cursor only moves with its page), queued actions stay queued. Ends with `syncFinished`.
    void cancelSync();

    /// Queues a workflow command for a cached petition (offline too): stored in the outbox at once with the
    /// petition's current version as its base, then sent by the next sync, which starts by itself. Ends with
    /// `commandQueued` (ok, or the reason it could not be stored).
    void enqueueCommand(qint64 petitionId, pakn::Command command, const QJsonObject &payload);
    /// The officer retries a failed or conflicting outbox item (optionally on a new base version), or drops
    /// it.
    void retryOutboxItem(qint64 itemId, std::optional<qint64> newBaseVersion = std::nullopt);
    void dropOutboxItem(qint64 itemId);
    // Conflicts (issue 6, the reply editor's side).
    /// The officer settles the conflict of outbox item `outboxItemId` (Conflicts::resolve: keep mine or the
    /// merged payload → resent on their version; take theirs → the item dropped, the draft replaced by
    /// theirs), then syncs. Ends with `outboxChanged` and `petitionsChanged`, or a `notice` saying why
    /// nothing changed.
    void resolveConflict(qint64 outboxItemId, pakn::ConflictChoice how, const QJsonObject &mergedPayload);

    /// How often sync runs by itself while signed in (default 2 minutes; 0 turns it off).
    void setAutoSyncInterval(int milliseconds);

    bool isSignedIn() const { return m_cache != nullptr; }
    const User &user() const { return m_user; }
    std::shared_ptr<const CacheDatabase> cache() const { return m_cache; }
    /// The account's attachment blobs (`<account folder>/attachments`), for reading on any thread and for
    /// DraftAttachments; null while signed out. signOut(wipe) deletes the folder.
    std::shared_ptr<const AttachmentStore> attachmentStore() const { return m_attachments; }

    /// Makes a citizen's or a reply's attachment available as a local file: from the store when it is there
    /// (offline too), else downloaded on the sync thread (verified by SHA-256, resumed with Range after a
    /// drop). Ends with `attachmentFetched`. `petitionId` is the petition it belongs to: when `attachment`
    /// carries only an id, its description is taken from the cached petition.
    void fetchAttachment(qint64 petitionId, const pakn::AttachmentRef &attachment);

    /// The network's reachability changed (QNetworkInformation reports it where a backend loads; tests call
    /// it directly). When the network came back (networkreturn.h) and something waits for it — outbox items
    /// in their back-off, or a sync that found the server unreachable — a sync starts at once.
    void setNetworkReachability(QNetworkInformation::Reachability reachability);

    /// The cache file of an account: stable for the same server and user, different for any other.
    static QString cacheFilePath(const QString &profileDir, const QUrl &serverUrl, const QString &username);
    /// The stable id of an account (server + user): the name of its folder and of its keychain entry.
    static QString accountId(const QUrl &serverUrl, const QString &username);

Q_SIGNALS:
    void signInFinished(bool ok, const QString &error);
    void signedOut();
    /// The session ended and could not be renewed (refresh token expired or revoked): sign in again. Queued
    /// work stays in the outbox.
    void sessionExpired(const QString &message);
    void syncStatusChanged(pakn::SyncEngine::Status status, const QString &message);
    void petitionsChanged();
    /// Units, fields, policies or the calendar changed (ReferenceStore has the new data).
    void referenceDataChanged();
    void syncFinished(const QString &error, pakn::ErrorClass errorClass);
    void commandQueued(qint64 petitionId, bool ok, const QString &error);
    /// The outbox changed (queued, sent, held or dropped items): outbox views re-read it.
    void outboxChanged();
    /// The answer to fetchAttachment: `filePath` (in the store; open it read-only) or the translated `error`.
    void attachmentFetched(const QString &attachmentId, const QString &filePath, const QString &error);
    /// The files of an outbox item on their way to the server: bytes the server holds of the total.
    void uploadProgress(qint64 outboxItemId, qint64 bytesDone, qint64 bytesTotal);
    /// How far a download got.
    void attachmentProgress(const QString &attachmentId, qint64 bytesDone, qint64 bytesTotal);
    /// Something the user should know that is not an error of the current action (e.g. a cache was rebuilt).
    void notice(const QString &message);

private:
    struct Prepared
    {
        ApiClient::Options options;
        QString accountId;
        QString cachePath;
        QString error;
    };
    Prepared prepare(const SignInRequest &request) const;
    void runOnSyncThread(std::function<void()> work);
    // Sync thread only:
    void tearDownWorker();
    void startSession(const SessionGrant &grant, const QString &accountId, const QString &cachePath);
    void keepTokens(const SessionGrant &grant);
    void renewSession();
    void onSyncFinished(const QString &error, pakn::ErrorClass errorClass);
    void failSignIn(const QString &message);
    void watchNetwork();
    void scheduleRetry(const QString &error, ErrorClass errorClass);

    QString m_profileDir;
    QThread *m_thread;
    QObject *m_threadContext; ///< lives on m_thread; parent of the worker objects
    // Owned by m_threadContext; touched only on the sync thread.
    SecretStoreFactory m_secretStoreFactory;
    ApiClient *m_api = nullptr;
    SyncEngine *m_engine = nullptr;
    AttachmentFetcher *m_fetcher = nullptr;
    QList<AttachmentRef> m_fetchAfterRenewal; ///< downloads that met an expired token
    SecretStore *m_secrets = nullptr;
    QTimer *m_autoSync = nullptr;
    QTimer *m_renewal = nullptr;
    QTimer *m_retry = nullptr; ///< the next try after a sync that found the server unreachable
    int m_failedRuns = 0;
    QString m_accountId;
    QNetworkInformation::Reachability m_reachability =
        QNetworkInformation::Reachability::Unknown; ///< GUI thread
    QString m_refreshToken;
    bool m_renewing = false;
    int m_renewalsThisSync = 0; ///< renewals after a 401 since the last sync that ended otherwise
    QString m_heldFailure;      ///< the 401 a renewal may still make good (reported if it fails)
    int m_autoSyncMs = 2 * 60 * 1000;
    std::shared_ptr<CacheDatabase> m_workerCache;
    std::shared_ptr<const AttachmentStore> m_workerAttachments;
    // GUI-thread state.
    User m_user;
    std::shared_ptr<const CacheDatabase> m_cache;
    std::shared_ptr<const AttachmentStore> m_attachments;
};

} // namespace pakn
