#pragma once

#include "domain/referencedata.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <optional>

namespace pakn {

class AttachmentStore;
class CacheDatabase;

/// Where an officer's own file for a reply stands on its way to the server.
enum class DraftAttachmentState { Local, Uploading, Uploaded };

/// One file an officer attached to a reply draft (a row of the `attachments` table with owner "me").
struct DraftAttachment
{
    qint64 id = 0; ///< local id: what a queued command's payload refers to ({"local": id})
    qint64 petitionId = 0;
    QString name; ///< sanitised (filenames.h)
    QString mime;
    qint64 size = 0;
    QString sha256; ///< the blob in the AttachmentStore
    DraftAttachmentState state = DraftAttachmentState::Local;
    QString uploadId;         ///< the server's upload id while Uploading
    qint64 uploadedBytes = 0; ///< bytes the server confirmed, to resume from
    QString serverId;         ///< the attachment id once Uploaded
    QDateTime addedAt;
};

/// Why a file was not accepted; the UI words each one (with the policy's numbers) for the officer.
enum class AttachmentRefusal {
    None,
    SourceMissing,
    NotAFile,
    Empty,
    TooLarge,
    TypeNotAllowed,
    TooMany,
    Storage,
    Cancelled ///< the officer cancelled while it was copied
};

/// The officer's own attachments of reply drafts: accepted against the service's attachment policy, copied
/// into the content-addressed AttachmentStore, and tracked until the server holds them.
///
/// Contract: `add()` checks, before anything is copied, that the source is a readable regular file, not
/// empty, not over `policy.maxFileBytes`, of an allowed type (MIME type from the file name's extension, as
/// the server checks it) and that the petition has fewer than `policy.maxFilesPerReply` draft files; the
/// stored name is sanitised (no path, no control characters: `../../x` becomes `x`). It then streams the file
/// into the store; the source may be moved or deleted as soon as `add()` returns, and a failure (disk full,
/// source vanished while copying) leaves no row and no partial blob. A queued `save_reply`/`submit_reply`
/// command refers to a draft file as `{"local": id}` in `reply.attachments`; the sync engine uploads it in
/// resumable chunks (`setUploadProgress`), records the server's id (`markUploaded`) and sends the server id
/// instead. `remove()` deletes the row and the blob unless another row still uses the same content. Use on
/// one thread with that thread's connection.
class DraftAttachments
{
public:
    struct Added
    {
        qint64 id = 0;
        AttachmentRefusal refusal = AttachmentRefusal::None;
        QString error; ///< English detail for logs; empty on success
        explicit operator bool() const { return refusal == AttachmentRefusal::None; }
    };

    DraftAttachments(const CacheDatabase &database, const AttachmentStore &store);

    /// Called on the copying thread with the bytes copied so far and the file's size.
    using Progress = std::function<void(qint64 bytesCopied, qint64 totalBytes)>;

    /// `cancel` set while the file is copied stops the copy and leaves no row and no blob (Cancelled).
    Added add(qint64 petitionId, const QString &sourcePath, const AttachmentPolicy &policy,
              const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    QList<DraftAttachment> list(qint64 petitionId) const;
    std::optional<DraftAttachment> item(qint64 id) const;
    bool remove(qint64 id);
    bool setUploadProgress(qint64 id, const QString &uploadId, qint64 uploadedBytes);
    /// Back to Local (the server forgot the upload, e.g. after 24 hours): the next upload starts afresh.
    bool resetUpload(qint64 id);
    bool markUploaded(qint64 id, const QString &serverId);

    /// The MIME type the policy is checked against for a file name (by extension).
    static QString mimeTypeFor(const QString &fileName);

private:
    bool isBlobUsed(const QString &sha256) const;
    bool update(qint64 id, DraftAttachmentState state, const QVariant &uploadId, qint64 uploadedBytes,
                const QVariant &serverId);

    const CacheDatabase &m_database;
    const AttachmentStore &m_store;
};

} // namespace pakn
