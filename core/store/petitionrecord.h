#pragma once

#include "store/conflicts.h"
#include "store/draftattachments.h"
#include "store/replydrafts.h"

#include <QList>
#include <optional>

namespace pakn {

class AttachmentStore;
class CacheDatabase;

/// Everything the cache holds about one petition that the detail pane shows: the petition as last synced,
/// the officer's reply draft, the files added to that draft on this computer, and the commands held in
/// conflict. Read together so that a pane never shows a petition with another moment's draft or conflicts.
///
/// Contract: `read()` runs on the calling thread with that thread's connection, in one read transaction
/// (ReadSnapshot), so it belongs on a reader thread (models/cachereader.h), never the GUI one; it is a few
/// primary-key and indexed lookups. A petition not in the cache gives an empty `petition` and nothing else.
/// Without an attachment store the draft files are not read (they need one to be named).
struct PetitionRecord
{
    std::optional<Petition> petition;
    std::optional<ReplyDraft> draft;
    QList<DraftAttachment> draftFiles;
    QList<ConflictRecord> conflicts;

    static PetitionRecord read(const CacheDatabase &cache, const AttachmentStore *store, qint64 petitionId);
};

} // namespace pakn
