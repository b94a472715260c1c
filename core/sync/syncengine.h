#pragma once

#include "net/errorpolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace pakn {

class ApiClient;
class AttachmentStore;
class AttachmentUploader;
class CacheDatabase;
class SearchIndexPass;
struct ChangePage;
struct OutboxItem;
struct Petition;

/// Pushes the outbox and pulls the change feed (DESIGN.md §2.7).
///
/// Contract: lives on one thread with an event loop (the sync thread in the app, the test's main thread in
/// tests) and uses that thread's cache connection. `syncNow()` first sends the outbox — one command at a
/// time, each petition's commands in order, every send with the item's idempotency key and base version —
/// then refreshes the reference data by ETag, then walks the change feed from the stored cursor until
/// `has_more` is false.
/// - A reply command whose payload refers to draft files (`{"local": id}`) first uploads them
///   (attachmentuploader.h) and is sent with the server's ids; a missing or corrupt file fails that item
///   only.
/// - A command leaves the outbox only with the server's answer stored (Outbox::complete). A 409 whose changes
///   do not overlap the command's (conflictpolicy.h) is resent on the server's version; an overlapping one is
///   held as a conflict with base, mine and theirs. A refused command (4xx) is held as failed with the
///   reason. A 404 means the petition left the officer's scope: the item is dropped with a notice kept in
///   the cache (`droppedNotices()`) and the feed is pulled, which removes the petition. A transient failure
///   puts the item back with the back-off of retrypolicy.h (or the server's Retry-After) and ends the run as
///   Offline.
/// - Every change-feed page is written in one transaction together with its cursor, so a crash or a failure
///   mid-way keeps every page already stored and resumes after it. The next page is requested before the
///   current one is stored, so fetching and storing overlap.
/// - A first sync into an empty cache leaves the petitions table's secondary indexes (indexbacklog.h) and
///   the search index (searchbacklog.h) to the end of the run, which builds the indexes one per event-loop
///   turn ("preparing the lists"), then the search index 5,000 petitions per turn ("building the search
///   index"); cancel() stops it there and the next run goes on from the markers. While those indexes are
///   missing every list query scans the table, so `pageStored` is then emitted for the first page and after
///   that at most once per `setQuietPageSignalMs()` (2 s), plus once when the indexes are built.
/// A second `syncNow()` while one runs is merged into it. The engine never blocks: it reacts to callbacks.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Syncing, Offline, SignedOut, Error };
    Q_ENUM(Status)

    SyncEngine(ApiClient *api, const CacheDatabase &database, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Where the officer's draft files are (needed to send replies with attachments).
    void setAttachmentStore(std::shared_ptr<const AttachmentStore> store);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /// How often `pageStored` may be emitted while a first sync runs without the table's indexes.
    void setQuietPageSignalMs(int ms) { m_quietPageSignalMs = ms; }
    /// For tests: the clock and the jitter of the back-off.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    Status status() const { return m_status; }
    bool isRunning() const { return m_running; }
    /// True when the last run ended by cancel().
    bool wasCancelled() const { return m_cancelled; }

    /// The notices of items dropped because their petition left the officer's scope, newest last (kept in
    /// the cache's state until `clearDroppedNotices()`).
    static QStringList droppedNotices(const CacheDatabase &database);
    static void clearDroppedNotices(const CacheDatabase &database);

public Q_SLOTS:
    void syncNow();
    /// Stops the run: requests in flight are aborted and their answers ignored, the item being sent goes back
    /// to the queue (its idempotency key makes the resend safe), and the cursor keeps only pages already
    /// stored with their data. Ends with `finished` ("cancelled") and the Idle status.
    void cancel();

Q_SIGNALS:
    void statusChanged(pakn::SyncEngine::Status status, const QString &message);
    /// Petitions were written to the cache; `received` counts records in this run so far.
    void pageStored(qint64 received);
    /// The outbox changed (an item was sent, held, or put back).
    void outboxChanged();
    /// New reference data (units, policies, calendar) was stored.
    void referenceDataChanged();
    /// The files of outbox item `outboxItemId` are being uploaded: bytes on the server of the total.
    void uploadProgress(qint64 outboxItemId, qint64 bytesDone, qint64 bytesTotal);
    /// Something the officer should know that is not the run's error (an item dropped, say).
    void notice(const QString &message);
    /// The run ended: `error` is empty on success.
    void finished(const QString &error, pakn::ErrorClass errorClass);

private:
    void pushNext();
    void send(const OutboxItem &item, const QJsonObject &payload);
    void onCommandAnswer(const OutboxItem &item, const ApiError &error, const Petition &answer);
    void onUploadFailure(const OutboxItem &item, const ApiError &error);
    void dropOutOfScope(const OutboxItem &item, const ApiError &error);
    void retryLater(const OutboxItem &item, const ApiError &error);
    void pull();
    void fetchFrom(const QString &cursor);
    void onPage(const ApiError &error, const ChangePage &page);
    void finish(const QString &error, ErrorClass errorClass);
    void setStatus(Status status, const QString &message);

    ApiClient *m_api;
    const CacheDatabase &m_database;
    std::function<QDateTime()> m_now;
    AttachmentUploader *m_uploader = nullptr;
    int m_pageSize = 500;
    int m_quietPageSignalMs = 2000;
    bool m_quietPages = false;     ///< this run stores pages while the table's indexes are missing
    bool m_pageSignalOwed = false; ///< pages were stored since the last pageStored
    bool m_bulkLoad = false;       ///< the connection has the settings of bulkload.h
    std::unique_ptr<SearchIndexPass> m_searchPass; ///< from the pass's first batch to the end of the run
    QElapsedTimer m_sincePageSignal;               ///< since the last pageStored of this run
    bool m_running = false;
    bool m_again = false;
    bool m_recovered = false;
    bool m_abandonPage = false; ///< a page request is in flight after the run failed: drop its answer
    qint64 m_received = 0;
    int m_pushed = 0;
    int m_toPush = -1;
    int m_generation = 0; ///< grows on cancel(): answers to older requests are ignored
    bool m_cancelled = false;
    std::optional<qint64> m_sendingItem;
    Status m_status = Status::Idle;
};

} // namespace pakn
