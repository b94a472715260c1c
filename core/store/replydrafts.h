#pragma once

#include "domain/petition.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The officer's reply draft of one petition as it is being edited (a row of `reply_drafts`).
struct ReplyDraft
{
    qint64 petitionId = 0;
    qint64 baseVersion = 0; ///< the petition's version when the officer started editing
    Reply reply;            ///< the letter fields and the body; attachments are not kept here (see below)
    /// Server ids of the reply's files (already on the server) the officer removed from this draft: they
    /// stay out of the editor and of the save/submit command until the server's reply no longer lists them.
    QStringList removedServerFiles;
    QDateTime updatedAt; ///< UTC, set by save()

    friend bool operator==(const ReplyDraft &a, const ReplyDraft &b)
    {
        return a.petitionId == b.petitionId && a.baseVersion == b.baseVersion && a.reply == b.reply &&
               a.removedServerFiles == b.removedServerFiles && a.updatedAt == b.updatedAt;
    }
};

/// Reply drafts in the cache, one per petition, so that an edit survives closing the petition, the window
/// or a crash.
///
/// Contract: `save()` replaces the petition's draft in one statement (the last save wins) and stamps
/// `updatedAt`; `load()` returns it as saved; `remove()` forgets it (after the officer took the server's
/// version; Outbox::complete() when the server accepted the reply the draft holds). The officer's new files
/// live in the `attachments` table (DraftAttachments), so `reply.attachments` is neither stored nor returned;
/// the server's files the officer removed are (`removedServerFiles`, cache schema 5). Use on one thread with
/// that thread's connection; any thread may have its own ReplyDrafts over the same file.
class ReplyDrafts
{
public:
    explicit ReplyDrafts(const CacheDatabase &database);

    /// Empty on success, else the database's reason.
    QString save(const ReplyDraft &draft);
    std::optional<ReplyDraft> load(qint64 petitionId) const;
    bool remove(qint64 petitionId);

private:
    const CacheDatabase &m_database;
};

} // namespace pakn
