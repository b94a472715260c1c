#pragma once

#include "domain/workflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace pakn {

class CacheDatabase;

/// A command the server answered with 409 on an overlapping change (a row of `conflicts`): the petition as
/// the officer saw it (base), the command as the officer made it (mine: its payload with "type"), and the
/// petition as the server has it now (theirs).
struct ConflictRecord
{
    qint64 id = 0;
    qint64 petitionId = 0;
    qint64 outboxItemId = 0;
    QJsonObject base;
    QJsonObject mine;
    QJsonObject theirs;
    QDateTime createdAt;

    std::optional<Command> command() const;
    /// The server's version in `theirs`, the base a resent command must name.
    qint64 theirsVersion() const;
};

/// How the officer settles a conflict. (Named apart from ConflictResolution in conflictpolicy.h, which is
/// the sync engine's automatic rebase-or-hold decision.)
enum class ConflictChoice {
    KeepMine,   ///< resend my command unchanged on their version
    TakeTheirs, ///< drop my command; my reply draft becomes theirs
    Merged      ///< resend the payload the officer merged, on their version
};

/// The unresolved conflicts in the cache and their resolution.
///
/// Contract: nothing is discarded unless the officer chose it: `resolve()` changes the outbox item, the reply
/// draft and the conflict record in ONE transaction — KeepMine and Merged queue the item again at once with
/// a new idempotency key, their version as base version and their record as base record (Merged replaces
/// the payload and, for a reply, the draft); TakeTheirs deletes the item and replaces the reply draft with
/// the reply of theirs (or forgets it when theirs has none). The conflict is then marked resolved. It fails,
/// changing nothing, when the item is not in conflict (e.g. already resolved elsewhere). Use on one thread
/// with that thread's connection.
class Conflicts
{
public:
    explicit Conflicts(const CacheDatabase &database);

    /// Unresolved conflicts, oldest first; of one petition, or of all when `petitionId` is 0.
    QList<ConflictRecord> unresolved(qint64 petitionId = 0) const;
    std::optional<ConflictRecord> forOutboxItem(qint64 outboxItemId) const;
    /// Empty on success, else why nothing changed.
    QString resolve(qint64 outboxItemId, ConflictChoice how, const QJsonObject &mergedPayload = {});

private:
    const CacheDatabase &m_database;
};

/// Marks the open conflict of an outbox item (if any) resolved now, on `db` inside the caller's transaction —
/// for every way the officer settles it: resolve() here, a retry or a drop in the outbox. Empty on success,
/// else the database's error.
QString settleConflictOf(const QSqlDatabase &db, qint64 outboxItemId);

} // namespace pakn
