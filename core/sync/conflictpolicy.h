#pragma once

#include "domain/workflow.h"

#include <QJsonObject>

namespace pakn {

/// What to do when the server answers a command with 409 (its version moved since the officer's base).
enum class ConflictResolution {
    Rebase,  ///< what changed on the server does not touch what the command changes: resend on their version
    Conflict ///< both sides changed the same thing: hold the command for the officer (base / mine / theirs)
};

/// Decides from the records — as the officer saw it (`base`) and as the server has it now (`theirs`) —
/// whether the change of `command` overlaps another's. Policy as a table in conflictpolicy.cpp. Pure
/// function.
ConflictResolution resolveConflict(Command command, const QJsonObject &base, const QJsonObject &theirs);

} // namespace pakn
