#include "syncengine.h"

#include "attachmentuploader.h"
#include "conflictpolicy.h"
#include "net/apiclient.h"
#include "net/retrypolicy.h"
#include "store/bulkload.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "store/searchindexpass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace pakn {

SyncEngine::SyncEngine(ApiClient *api, const CacheDatabase &database, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_database(database)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setAttachmentStore(std::shared_ptr<const AttachmentStore> store)
{
    delete m_uploader;
    m_uploader = new AttachmentUploader(m_api, m_database, std::move(store), this);
    connect(m_uploader, &AttachmentUploader::progress, this, &SyncEngine::uploadProgress);
}

namespace {
const QString kDroppedKey = QStringLiteral("outbox.dropped");
} // namespace

QStringList SyncEngine::droppedNotices(const CacheDatabase &database)
{
    QStringList notices;
    const QJsonArray list =
        QJsonDocument::fromJson(PetitionStore(database).stateValue(kDroppedKey).toUtf8()).array();
    for (const QJsonValue &v : list)
        notices.append(v.toString());
    return notices;
}

void SyncEngine::clearDroppedNotices(const CacheDatabase &database)
{
    PetitionStore(database).setStateValue(kDroppedKey, QString());
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // every answer still in flight is ignored from here on
    if (m_uploader)
        m_uploader->cancel();
    if (m_sendingItem) {
        // Sent or not, the item's idempotency key makes the next send safe; it waits for no back-off.
        Outbox(m_database).retryLater(*m_sendingItem, tr("Synchronisation was cancelled."), m_now());
        m_sendingItem.reset();
        Q_EMIT outboxChanged();
    }
    m_api->abortAll();
    m_abandonPage = false;
    m_again = false;
    m_cancelled = true;
    finish(tr("Synchronisation was cancelled."), ErrorClass::RetryLater);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_api->hasAccessToken()) {
        setStatus(Status::SignedOut, tr("Signed out"));
        Q_EMIT finished(tr("Not signed in."), ErrorClass::Reauthenticate);
        return;
    }
    m_running = true;
    m_again = false;
    m_cancelled = false;
    m_received = 0;
    m_quietPages = false;
    m_pageSignalOwed = false;
    m_sincePageSignal.invalidate();
    m_pushed = 0;
    m_toPush = -1;
    if (!m_recovered) {
        // Whatever a crash left "sending" may or may not have reached the server; its key makes a resend
        // safe.
        m_recovered = true;
        if (Outbox(m_database).recoverAfterCrash() > 0)
            Q_EMIT outboxChanged();
    }
    setStatus(Status::Syncing, tr("Synchronising…"));
    pushNext();
}

void SyncEngine::pushNext()
{
    Outbox outbox(m_database);
    const QList<OutboxItem> ready = outbox.ready(m_now());
    if (ready.isEmpty()) {
        pull();
        return;
    }
    if (m_toPush < 0)
        m_toPush = int(outbox.count());
    const OutboxItem item = ready.first();
    ++m_pushed;
    setStatus(
        Status::Syncing,
        tr("Synchronising… sending %1 of %2 queued actions").arg(m_pushed).arg(std::max(m_toPush, m_pushed)));
    if (!outbox.markSending(item.id)) {
        finish(tr("Could not update the outbox."), ErrorClass::RetryLater);
        return;
    }
    m_sendingItem = item.id;
    Q_EMIT outboxChanged();
    if (AttachmentUploader::hasLocalReferences(item.payload)) {
        if (!m_uploader) {
            ApiError e;
            e.errorClass = ErrorClass::Permanent;
            e.message = tr("The attached files cannot be read: no local attachment folder.");
            onUploadFailure(item, e);
            return;
        }
        m_uploader->prepare(item, [this, item](const ApiError &error, const QJsonObject &payload) {
            if (error.isError())
                onUploadFailure(item, error);
            else
                send(item, payload);
        });
        return;
    }
    send(item, item.payload);
}

void SyncEngine::send(const OutboxItem &item, const QJsonObject &payload)
{
    QJsonObject command = payload;
    command.insert(QStringLiteral("type"), toWireName(item.command));
    const int generation = m_generation;
    m_api->sendCommand(item.petitionId, item.idempotencyKey, item.baseVersion, command,
                       [this, item, generation](const ApiError &error, const Petition &answer) {
                           if (generation != m_generation)
                               return;
                           onCommandAnswer(item, error, answer);
                       });
}

void SyncEngine::onCommandAnswer(const OutboxItem &item, const ApiError &error, const Petition &answer)
{
    m_sendingItem.reset();
    Outbox outbox(m_database);
    if (!error.isError()) {
        const QString why = outbox.complete(item.id, answer);
        Q_EMIT outboxChanged();
        if (!why.isEmpty()) {
            // The server applied it; the item stays and is resent with the same key, which replays the
            // answer.
            outbox.retryLater(item.id, why, m_now());
            finish(tr("Could not save to the local cache: %1").arg(why), ErrorClass::RetryLater);
            return;
        }
        Q_EMIT pageStored(m_received);
        pushNext();
        return;
    }

    if (error.httpStatus == 404) {
        dropOutOfScope(item, error);
        return;
    }
    switch (error.errorClass) {
    case ErrorClass::Conflict: {
        const QJsonObject theirs = error.problem.value(QStringLiteral("current")).toObject();
        const Decoded<Petition> current = wire::decodePetition(theirs);
        if (!current) {
            // A 409 without a readable current record (a cut-off answer, a proxy's page): nothing to resolve
            // against, so ask again later rather than hold the officer's work as a conflict.
            retryLater(item, error);
            return;
        }
        if (resolveConflict(item.command, item.baseRecord, theirs) == ConflictResolution::Rebase) {
            // Someone else changed other things: keep their version and resend ours on top of it.
            outbox.rebase(item.id, *current.value, theirs);
        } else {
            outbox.markConflict(item.id, theirs);
        }
        Q_EMIT outboxChanged();
        pushNext();
        return;
    }
    case ErrorClass::Permanent:
        outbox.markFailed(item.id, error.message);
        Q_EMIT outboxChanged();
        pushNext();
        return;
    case ErrorClass::Reauthenticate:
        outbox.retryLater(item.id, error.message, m_now());
        Q_EMIT outboxChanged();
        finish(error.message, error.errorClass);
        return;
    case ErrorClass::RetryLater:
    case ErrorClass::RateLimited:
    case ErrorClass::None:
        retryLater(item, error);
        return;
    }
}

void SyncEngine::onUploadFailure(const OutboxItem &item, const ApiError &error)
{
    m_sendingItem.reset();
    switch (error.errorClass) {
    case ErrorClass::Permanent:
    case ErrorClass::Conflict:
        Outbox(m_database).markFailed(item.id, error.message);
        Q_EMIT outboxChanged();
        pushNext();
        return;
    case ErrorClass::Reauthenticate:
        Outbox(m_database).retryLater(item.id, error.message, m_now());
        Q_EMIT outboxChanged();
        finish(error.message, error.errorClass);
        return;
    case ErrorClass::RetryLater:
    case ErrorClass::RateLimited:
    case ErrorClass::None:
        retryLater(item, error);
        return;
    }
}

void SyncEngine::dropOutOfScope(const OutboxItem &item, const ApiError &error)
{
    Q_UNUSED(error)
    const QString code = item.baseRecord.value(QStringLiteral("code")).toString();
    const QString message =
        tr("The action \"%1\" on petition %2 was not sent: the petition is no longer in your unit's "
           "scope (it was transferred, or withdrawn). The action was removed from the outbox.")
            .arg(toWireName(item.command), code.isEmpty() ? QString::number(item.petitionId) : code);
    PetitionStore store(m_database);
    QJsonArray list = QJsonDocument::fromJson(store.stateValue(kDroppedKey).toUtf8()).array();
    list.append(message);
    store.setStateValue(kDroppedKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    Outbox outbox(m_database);
    outbox.retryLater(item.id, message, m_now()); // out of Sending, which drop() refuses
    outbox.drop(item.id);
    // The server no longer shows it to this officer: remove the cached copy as a tombstone of the feed would,
    // keeping the cursor where it is.
    ChangePage gone;
    gone.tombstones.append(Tombstone{item.petitionId});
    gone.nextCursor = store.syncCursor();
    if (!gone.nextCursor.isEmpty())
        store.applyChangePage(gone);
    Q_EMIT outboxChanged();
    Q_EMIT notice(message);
    Q_EMIT pageStored(m_received);
    pushNext();
}

void SyncEngine::retryLater(const OutboxItem &item, const ApiError &error)
{
    const double jitter = QRandomGenerator::global()->generateDouble();
    const qint64 delay = retrypolicy::delayMs(item.attempts + 1, error.retryAfterSeconds, jitter);
    Outbox(m_database).retryLater(item.id, error.message, m_now().addMSecs(delay));
    Q_EMIT outboxChanged();
    finish(error.message, ErrorClass::RetryLater);
}

void SyncEngine::pull()
{
    // Reference data first (units, policies, calendar overrides), by ETag: usually a 304 with no body.
    const int generation = m_generation;
    m_api->fetchReference(ReferenceStore(m_database).etag(),
                          [this, generation](const ApiError &error, const std::optional<ReferenceData> &data,
                                             const QJsonObject &json, const QString &etag) {
                              if (generation != m_generation)
                                  return;
                              if (error.isError()) {
                                  finish(error.message, error.errorClass);
                                  return;
                              }
                              if (data) {
                                  const QString why = ReferenceStore(m_database).save(json, etag, *data);
                                  if (!why.isEmpty()) {
                                      finish(tr("Could not save to the local cache: %1").arg(why),
                                             ErrorClass::RetryLater);
                                      return;
                                  }
                                  Q_EMIT referenceDataChanged();
                              }
                              PetitionStore store(m_database);
                              const QString cursor = store.syncCursor();
                              // A first sync into an empty cache builds the petitions table's indexes and
                              // the search index in one pass each at the end (indexbacklog.h,
                              // searchbacklog.h). Failing to defer only makes the sync slower.
                              if (cursor.isEmpty()) {
                                  store.deferIndexesIfEmpty();
                                  store.deferSearchIndexIfEmpty();
                              }
                              m_quietPages = store.hasIndexBacklog();
                              if (m_quietPages) { // a first sync, or what a killed one left
                                  QSqlDatabase db = m_database.connection();
                                  m_bulkLoad = bulkload::begin(db).isEmpty();
                              }
                              fetchFrom(cursor);
                          });
}

void SyncEngine::fetchFrom(const QString &cursor)
{
    const int generation = m_generation;
    m_api->fetchChanges(cursor, m_pageSize,
                        [this, generation](const ApiError &error, const ChangePage &page) {
                            if (generation == m_generation)
                                onPage(error, page);
                        });
}

void SyncEngine::onPage(const ApiError &error, const ChangePage &page)
{
    if (m_abandonPage) {
        m_abandonPage =
            false; // the answer to a request made before the run failed: the next run refetches it
        return;
    }
    if (error.isError()) {
        finish(error.message, error.errorClass);
        return;
    }
    // Ask for the next page before storing this one, so the network and the database work at the same time.
    if (page.hasMore)
        fetchFrom(page.nextCursor);
    const QString storeError = PetitionStore(m_database).applyChangePage(page);
    if (!storeError.isEmpty()) {
        m_abandonPage = page.hasMore;
        finish(tr("Could not save to the local cache: %1").arg(storeError), ErrorClass::RetryLater);
        return;
    }
    m_received += page.petitions.size() + page.tombstones.size();
    if (!m_quietPages || !m_sincePageSignal.isValid() || m_sincePageSignal.hasExpired(m_quietPageSignalMs)) {
        m_sincePageSignal.start();
        m_pageSignalOwed = false;
        Q_EMIT pageStored(m_received);
    } else {
        m_pageSignalOwed = true;
    }
    if (page.hasMore) {
        if (page.remaining) {
            const qint64 total = m_received + *page.remaining;
            setStatus(Status::Syncing,
                      tr("Synchronising… receiving %1 of %2 petitions").arg(m_received).arg(total));
        } else { // an older server, which does not say how many are left
            setStatus(Status::Syncing,
                      tr("Synchronising… %n records received", nullptr, static_cast<int>(m_received)));
        }
        return;
    }
    finish({}, ErrorClass::None);
}

void SyncEngine::finish(const QString &runError, ErrorClass runErrorClass)
{
    QString error = runError;
    ErrorClass errorClass = runErrorClass;
    // What a full first sync left to one pass at the end is indexed whenever the run ends, early ends
    // included, so the cache is quick to list and searchable whatever happens next. A cancelled run leaves it
    // to the next one. The table's indexes first (a few seconds at 100,000 petitions), one per event-loop
    // turn.
    PetitionStore store(m_database);
    if (!m_cancelled && store.hasIndexBacklog()) {
        setStatus(Status::Syncing, tr("Synchronising… preparing the lists"));
        const QString why = store.completeIndexes(1);
        if (why.isEmpty()) {
            const int generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, runError, runErrorClass] {
                if (generation == m_generation && !m_cancelled)
                    finish(runError, runErrorClass);
            });
            return;
        }
        if (error.isEmpty()) {
            error = tr("Could not save to the local cache: %1").arg(why);
            errorClass = ErrorClass::RetryLater;
        }
    }
    if (m_pageSignalOwed) { // the lists may query again: their indexes are built
        m_pageSignalOwed = false;
        Q_EMIT pageStored(m_received);
    }
    if (!m_cancelled && store.hasSearchIndexBacklog()) {
        setStatus(Status::Syncing, tr("Synchronising… building the search index"));
        // A batch of 5,000 at a time (about a third of a second at 100,000 petitions), so cancel() and the
        // account's shutdown are heard in between; the pass reads the next batch meanwhile.
        if (!m_searchPass)
            m_searchPass = std::make_unique<SearchIndexPass>(m_database);
        const QString why = m_searchPass->step();
        if (why.isEmpty() && !m_searchPass->done()) {
            const int generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, runError, runErrorClass] {
                if (generation == m_generation && !m_cancelled)
                    finish(runError, runErrorClass);
            });
            return;
        }
        if (!why.isEmpty() && error.isEmpty()) {
            error = tr("Could not save to the local cache: %1").arg(why);
            errorClass = ErrorClass::RetryLater;
        }
    }
    m_searchPass.reset();
    m_running = false;
    if (m_bulkLoad) {
        m_bulkLoad = false;
        QSqlDatabase db = m_database.connection();
        bulkload::end(db); // a failure leaves settings that only change speed
    }
    if (m_cancelled) {
        setStatus(Status::Idle, error);
    } else if (error.isEmpty()) {
        setStatus(Status::Idle, tr("Up to date"));
    } else if (errorClass == ErrorClass::Reauthenticate) {
        setStatus(Status::SignedOut, error);
    } else if (errorClass == ErrorClass::RetryLater || errorClass == ErrorClass::RateLimited) {
        setStatus(Status::Offline, error);
    } else {
        setStatus(Status::Error, error);
    }
    Q_EMIT finished(error, errorClass);
    if (m_again && error.isEmpty())
        syncNow();
}

void SyncEngine::setStatus(Status status, const QString &message)
{
    m_status = status;
    Q_EMIT statusChanged(status, message);
}

} // namespace pakn
