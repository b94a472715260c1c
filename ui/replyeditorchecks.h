#pragma once

#include "domain/petition.h"
#include "domain/referencedata.h"

#include <QStringList>

namespace pakn {

/// The checks a reply must pass before it goes to the leader, as one table (replyeditorchecks.cpp): what the
/// service requires (a subject line and a body, the length limits of docs/api.md, the number of files) and
/// what an official letter needs (signer and position). Each failed check is one sentence for the officer.
/// Pure function.
QStringList replyProblems(const Reply &reply, int fileCount, const AttachmentPolicy &policy);

} // namespace pakn
