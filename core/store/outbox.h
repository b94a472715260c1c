#pragma once

#include "domain/petition.h"
#include "domain/workflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The state of one queued command, as the outbox pane shows it.
enum class OutboxState { Queued, Sending, Failed, Conflict };
QString toWireName(OutboxState state);

struct OutboxItem
{
    qint64 id = 0;
    qint64 petitionId = 0;
    Command command = Command::Note;
    QJsonObject payload;    ///< the command's fields (docs/api.md), without "type"
    qint64 baseVersion = 0; ///< the petition's version the officer saw
    QString
        idempotencyKey; ///< a UUID: the same for every resend of one request, so it can never apply twice;
                        ///< a new one once the server has answered for good (retry after refusal, rebase)
    QJsonObject baseRecord; ///< the petition as the officer saw it (the "base" of a conflict)
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt; ///< invalid: as soon as possible
    QString lastError;
    QDateTime createdAt;
};

/// The persistent, ordered outbox of commands (offline work), in the cache.
///
/// Contract (after Akonadi's ChangeRecorder): a command is stored the moment it is enqueued and survives a
/// crash; commands of one petition go out one at a time in the order they were made — a later one waits while
/// an earlier one is queued, sending, failed or in conflict — while different petitions do not wait for each
/// other. An item leaves the outbox only through `complete()`, which stores the server's answer in the same
/// transaction. Items left `Sending` by a crash go back to `Queued` on `recoverAfterCrash()`; their
/// idempotency key makes the resend safe. Use on one thread with that thread's connection.
class Outbox
{
public:
    explicit Outbox(const CacheDatabase &database);

    /// Returns the new item's id, or 0 with *error set.
    qint64 enqueue(qint64 petitionId, Command command, const QJsonObject &payload, qint64 baseVersion,
                   const QJsonObject &baseRecord, QString *error);

    /// The items that may be sent now: for each petition its oldest item, if that one is Queued and due.
    QList<OutboxItem> ready(const QDateTime &now) const;
    QList<OutboxItem> all() const;
    /// Each item's petition and state, in the outbox's order, without the payloads and base records `all()`
    /// decodes: what the list's sync marks need, read with every page.
    QList<QPair<qint64, OutboxState>> petitionStates() const;
    std::optional<OutboxItem> item(qint64 id) const;
    qint64 count() const;

    bool markSending(qint64 id);
    /// Stores the server's record of the petition and removes the item, atomically. A completed save or
    /// submit of the reply also forgets the petition's reply draft in that transaction, if the draft still
    /// holds the letter the command carried (an edit made after queueing keeps the draft).
    QString complete(qint64 id, const Petition &serverRecord);
    /// A transient failure: back to Queued, to be tried again at `nextAttemptAt`.
    bool retryLater(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    /// A permanent failure (the server refused the command): held until the user retries or drops it.
    bool markFailed(qint64 id, const QString &error);
    /// A 409: held, with a conflict record of base, mine and theirs for the officer to resolve.
    QString markConflict(qint64 id, const QJsonObject &theirs);
    /// A 409 that does not overlap (conflictpolicy.h): stores the server's record and queues the item again
    /// on its version, with it as the new base — atomically.
    QString rebase(qint64 id, const Petition &theirs, const QJsonObject &theirsRecord);
    /// The user asks to try a failed or conflicting item again (after resolving), now. A conflict held for
    /// the item is marked resolved in the same transaction (the server decides afresh).
    bool retryNow(qint64 id, std::optional<qint64> newBaseVersion = std::nullopt);
    /// Removes an item not being sent, and settles its conflict if it had one, atomically.
    bool drop(qint64 id);
    /// Queued items waiting for their back-off become due now (the network came back). Returns how many.
    int makeDueNow();
    /// Items a crash left Sending go back to Queued. Returns how many.
    int recoverAfterCrash();

private:
    const CacheDatabase &m_database;
};

} // namespace pakn
