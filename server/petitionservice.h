#pragma once

#include "domain/petition.h"
#include "domain/role.h"
#include "problem.h"
#include "serverdb.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pakn::server {

class ReferenceService;

/// GET /api/v1/petitions/{id} and POST /api/v1/petitions/{id}/commands.
///
/// Scope: a petition outside the caller's scope (accessscope.h) does not exist for them (404). Commands are
/// authorised and their next state found by core's workflow table (workflow::apply) with the caller's
/// standing: in their unit, in their unit's subtree, the assignee.
/// Order of the checks of a command, inside one write transaction: the idempotency key (a stored answer is
/// replayed; another request under the same key is refused), the petition and scope (404), the members
/// (422), the base version (409 with the current record), the workflow (403), the checks against stored
/// data (422); then the petition is written with a new change sequence number, the timeline entry appended,
/// the unit it left recorded (tombstones), the reply's attachments linked, and the answer stored under the
/// key. Nothing is written when any check fails.
/// Threading: thread-safe; each call uses the calling thread's connection; writers are serialised by SQLite.
class PetitionService
{
public:
    /// Idempotency keys are kept at least this long (docs/api.md promises 24 hours).
    static constexpr qint64 kKeySeconds = 48 * 3600;

    struct Answer
    {
        int status = 200;
        QByteArray body;
        bool replayed = false; ///< the stored answer to an earlier request with the same key
        qint64 version = 0;
    };

    PetitionService(ServerDb &db, const ReferenceService &reference);

    Result<Petition> get(const User &user, qint64 id);
    /// `rawBody` is hashed to recognise a repeated request; `body` is its parsed form.
    Result<Answer> command(const User &user, qint64 petitionId, const QString &idempotencyKey,
                           qint64 baseVersion, const QByteArray &rawBody, const QJsonObject &body);

private:
    ServerDb &m_db;
    const ReferenceService &m_reference;
};

} // namespace pakn::server
