#pragma once

#include "net/errorpolicy.h"
#include "store/attachmentstore.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace pakn {

class ApiClient;
class CacheDatabase;
struct DraftAttachment;
struct OutboxItem;
struct UploadState;

/// Uploads the officer's draft files that a queued reply command refers to, before the command is sent.
///
/// Contract: lives on the sync thread with the engine. `prepare()` looks for `{"local": <DraftAttachments
/// id>}` entries in the payload's `reply.attachments`; each file not yet Uploaded is checked in the store
/// (a fresh upload: present with its size, then hashed as its chunks are read and checked before `complete`;
/// a resumed one: `AttachmentStore::verify` first), then sent in resumable chunks of the policy's
/// `max_chunk_bytes`, read one at a time from the blob (never the whole file in memory): POST /uploads once,
/// PUT at the offset the server holds, the progress stored after every chunk
/// (`DraftAttachments::setUploadProgress`), so a later run asks GET /uploads/{id} and continues there. A 409
/// wrong_offset continues from `expected_offset`; a 404 (the upload expired or the server forgot it) resets
/// the file and starts it again, once. `done` gets the payload with the server's attachment ids in place of
/// the local references, or the error: Permanent with a clear reason for a missing or corrupt blob, a removed
/// draft file or a refused upload (the item fails, nothing else is touched); a transient failure keeps the
/// stored progress for the next run. `progress()` reports the bytes of the item's files on the server.
class AttachmentUploader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiError &, const QJsonObject &payload)>;

    AttachmentUploader(ApiClient *api, const CacheDatabase &database,
                       std::shared_ptr<const AttachmentStore> store, QObject *parent = nullptr);
    ~AttachmentUploader() override;

    /// True when the payload refers to a draft file by its local id.
    static bool hasLocalReferences(const QJsonObject &payload);
    /// The local ids a payload refers to, in order.
    static QList<qint64> localReferences(const QJsonObject &payload);

    void prepare(const OutboxItem &item, Done done);
    /// Stops the upload in progress without an answer (the stored progress stays).
    void cancel();

Q_SIGNALS:
    void progress(qint64 outboxItemId, qint64 bytesDone, qint64 bytesTotal);

private:
    struct Run;
    void next();
    void startFile(const DraftAttachment &file);
    /// Fails the run with the reason when `health` is not Ok.
    bool checkBlob(const DraftAttachment &file, AttachmentStore::Health health);
    void declare(const DraftAttachment &file);
    void sendFrom(const DraftAttachment &file, const QString &uploadId, qint64 offset);
    void complete(const DraftAttachment &file, const QString &uploadId);
    void onFailure(const DraftAttachment &file, const ApiError &error);
    void fail(const ApiError &error);
    void reportProgress(qint64 fileId, qint64 bytes);

    ApiClient *m_api;
    const CacheDatabase &m_database;
    std::shared_ptr<const AttachmentStore> m_store;
    std::unique_ptr<Run> m_run;
};

} // namespace pakn
