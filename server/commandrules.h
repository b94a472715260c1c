#pragma once

#include "domain/petition.h"
#include "domain/referencedata.h"
#include "domain/role.h"
#include "domain/workflow.h"
#include "problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace pakn::server {

/// A command's members, checked by parseCommand() (docs/api.md §Commands).
struct ParsedCommand
{
    Command command = Command::Note;
    QString reason;  ///< reject: a reference-data reject reason
    QString comment; ///< reject, approve, return, send_back; note and progress_update: the text
    std::optional<ClassificationKind> kind;
    std::optional<Competence> competence;
    QString fieldId;            ///< classify: empty keeps the petition's
    int category = 0;           ///< classify: 0 keeps the petition's
    QString unit;               ///< transfer
    QString to;                 ///< forward
    QString assignee;           ///< assign
    std::optional<Reply> reply; ///< save_reply (required), submit_reply (optional); attachments by id only
};

/// The per-command rules of POST /api/v1/petitions/{id}/commands, apart from who may run what (that is the
/// workflow table, core/domain/workflow.h) and from versions and idempotency (petitionservice.h).
/// Threading: pure functions, or working on the connection given, in the calling thread.
namespace commandrules {

/// Checks "type" and the members that need no petition. Failure: invalid_command with "errors":
/// [{"field", "message"}, …] listing every problem found.
Result<ParsedCommand> parse(const QJsonObject &body, const ReferenceData &reference);

/// Checks what depends on the petition and the stored data (the assignee is an officer of the petition's
/// unit, the transfer goes elsewhere, the reply's attachments exist and may be used by `actor`), then returns
/// the petition after the command: state `next`, the command's effects, version + 1, updated_at `now`, and
/// the timeline entry `entryId` appended. Failure: invalid_command as parse(); database trouble as
/// ServerDb::problemFor().
Result<Petition> apply(const ParsedCommand &command, const Petition &current, PetitionState next,
                       const User &actor, const QDateTime &now, qint64 entryId, QSqlDatabase &db);

/// The attachment ids a command's reply refers to (they are linked to the petition when it is stored).
QStringList replyAttachmentIds(const Petition &petition);

} // namespace commandrules
} // namespace pakn::server
