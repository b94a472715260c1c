#include "attachmentuploader.h"

#include "net/apiclient.h"
#include "store/attachmentstore.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/referencestore.h"
#include "store/sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace pakn {
namespace {

const QString kReply = QStringLiteral("reply");
const QString kAttachments = QStringLiteral("attachments");
const QString kLocal = QStringLiteral("local");
constexpr int kMaxRestarts = 1; ///< a forgotten upload (404) starts again once per run, not in a loop

ApiError permanent(const QString &message)
{
    ApiError e;
    e.errorClass = ErrorClass::Permanent;
    e.message = message;
    return e;
}

} // namespace

struct AttachmentUploader::Run
{
    qint64 itemId = 0;
    QJsonObject payload;
    Done done;
    QList<qint64> files;
    int index = 0;
    int restarts = 0;
    qint64 chunkBytes = 4 * 1024 * 1024;
    QHash<qint64, QString> serverIds;
    QHash<qint64, qint64> bytesOnServer;
    qint64 totalBytes = 0;
    Sha256 hash;            ///< of the current file's bytes read so far
    qint64 hashedBytes = 0; ///< how many; -1: the file was verified whole; -2: reads were not in order
};

AttachmentUploader::AttachmentUploader(ApiClient *api, const CacheDatabase &database,
                                       std::shared_ptr<const AttachmentStore> store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_database(database)
    , m_store(std::move(store))
{}

AttachmentUploader::~AttachmentUploader() = default;

QList<qint64> AttachmentUploader::localReferences(const QJsonObject &payload)
{
    QList<qint64> ids;
    const QJsonArray list = payload.value(kReply).toObject().value(kAttachments).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonValue local = entry.toObject().value(kLocal);
        if (local.isDouble())
            ids.append(qint64(local.toDouble()));
    }
    return ids;
}

bool AttachmentUploader::hasLocalReferences(const QJsonObject &payload)
{
    return !localReferences(payload).isEmpty();
}

void AttachmentUploader::prepare(const OutboxItem &item, Done done)
{
    m_run = std::make_unique<Run>();
    m_run->itemId = item.id;
    m_run->payload = item.payload;
    m_run->done = std::move(done);
    m_run->files = localReferences(item.payload);
    if (const std::optional<ReferenceData> reference = ReferenceStore(m_database).load()) {
        if (reference->attachmentPolicy.maxChunkBytes > 0)
            m_run->chunkBytes = reference->attachmentPolicy.maxChunkBytes;
    }
    if (!m_store) {
        fail(permanent(tr("The attached files cannot be read: no local attachment folder.")));
        return;
    }
    DraftAttachments drafts(m_database, *m_store);
    for (const qint64 id : std::as_const(m_run->files)) {
        const std::optional<DraftAttachment> file = drafts.item(id);
        if (!file) {
            fail(permanent(tr("An attached file of this reply was removed from this computer before it was "
                              "sent. Attach it again.")));
            return;
        }
        m_run->totalBytes += file->size;
        m_run->bytesOnServer.insert(id, file->state == DraftAttachmentState::Local ? 0 : file->uploadedBytes);
    }
    next();
}

void AttachmentUploader::cancel()
{
    m_run.reset();
}

void AttachmentUploader::next()
{
    Run &run = *m_run;
    DraftAttachments drafts(m_database, *m_store);
    while (run.index < run.files.size()) {
        const std::optional<DraftAttachment> file = drafts.item(run.files.at(run.index));
        if (!file) {
            fail(permanent(tr("An attached file of this reply was removed from this computer before it was "
                              "sent. Attach it again.")));
            return;
        }
        if (file->state == DraftAttachmentState::Uploaded && !file->serverId.isEmpty()) {
            run.serverIds.insert(file->id, file->serverId);
            reportProgress(file->id, file->size);
            ++run.index;
            continue;
        }
        run.restarts = 0;
        startFile(*file);
        return;
    }
    // Every file is on the server: refer to them by the server's ids.
    QJsonObject reply = run.payload.value(kReply).toObject();
    QJsonArray attachments;
    const QJsonArray list = reply.value(kAttachments).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonValue local = entry.toObject().value(kLocal);
        attachments.append(local.isDouble() ? QJsonValue(run.serverIds.value(qint64(local.toDouble())))
                                            : entry);
    }
    reply.insert(kAttachments, attachments);
    QJsonObject payload = run.payload;
    payload.insert(kReply, reply);
    const Done done = std::move(run.done);
    m_run.reset();
    done(ApiError{}, payload);
}

bool AttachmentUploader::checkBlob(const DraftAttachment &file, AttachmentStore::Health health)
{
    if (health == AttachmentStore::Health::Ok)
        return true;
    fail(permanent(
        health == AttachmentStore::Health::Missing
            ? tr("The attached file \"%1\" is missing from the local attachment folder, so the reply "
                 "was not sent. Attach the file again.")
                  .arg(file.name)
            : tr("The attached file \"%1\" is damaged in the local attachment folder, so the reply "
                 "was not sent. Attach the file again.")
                  .arg(file.name)));
    return false;
}

void AttachmentUploader::startFile(const DraftAttachment &file)
{
    // A fresh upload reads the blob once, from the start: it is hashed on the way and checked before
    // `complete`. A resumed one checks the whole blob first (its start was read in an earlier run).
    m_run->hash.reset();
    m_run->hashedBytes = 0;
    const bool resuming = file.state == DraftAttachmentState::Uploading && !file.uploadId.isEmpty();
    const QString path = m_store->blobPath(file.sha256);
    const AttachmentStore::Health health =
        resuming ? m_store->verify(file.sha256)
                 : (!QFileInfo::exists(path)
                        ? AttachmentStore::Health::Missing
                        : (QFileInfo(path).size() == file.size ? AttachmentStore::Health::Ok
                                                               : AttachmentStore::Health::Corrupt));
    if (resuming)
        m_run->hashedBytes = -1; // verified whole
    if (!checkBlob(file, health))
        return;
    if (file.state == DraftAttachmentState::Uploading && !file.uploadId.isEmpty()) {
        // Ask the server how much arrived rather than trust what was stored before an interruption.
        const qint64 runId = m_run->itemId;
        m_api->uploadStatus(file.uploadId,
                            [this, file, runId](const ApiError &error, const UploadState &state) {
                                if (!m_run || m_run->itemId != runId)
                                    return;
                                if (error.isError()) {
                                    onFailure(file, error);
                                    return;
                                }
                                if (state.attachment || state.received >= file.size)
                                    complete(file, file.uploadId);
                                else
                                    sendFrom(file, file.uploadId, state.received);
                            });
        return;
    }
    declare(file);
}

void AttachmentUploader::declare(const DraftAttachment &file)
{
    const qint64 runId = m_run->itemId;
    m_api->declareUpload(
        file.name, file.size, file.sha256, file.mime,
        [this, file, runId](const ApiError &error, const UploadState &state) {
            if (!m_run || m_run->itemId != runId)
                return;
            if (error.isError()) {
                onFailure(file, error);
                return;
            }
            DraftAttachments(m_database, *m_store).setUploadProgress(file.id, state.uploadId, 0);
            sendFrom(file, state.uploadId, 0);
        });
}

void AttachmentUploader::sendFrom(const DraftAttachment &file, const QString &uploadId, qint64 offset)
{
    reportProgress(file.id, offset);
    if (offset >= file.size) {
        complete(file, uploadId);
        return;
    }
    const std::unique_ptr<QFile> blob = m_store->open(file.sha256);
    if (!blob || !blob->seek(offset)) {
        fail(
            permanent(tr("The attached file \"%1\" is missing from the local attachment folder, so the reply "
                         "was not sent. Attach the file again.")
                          .arg(file.name)));
        return;
    }
    const QByteArray chunk = blob->read(std::min(m_run->chunkBytes, file.size - offset));
    if (m_run->hashedBytes == offset) {
        m_run->hash.addData(chunk);
        m_run->hashedBytes += chunk.size();
    } else if (m_run->hashedBytes >= 0) {
        m_run->hashedBytes = -2; // the offsets jumped (wrong_offset): check the whole blob before completing
    }
    if (chunk.isEmpty()) {
        fail(permanent(tr("The attached file \"%1\" could not be read from the local attachment folder: %2")
                           .arg(file.name, blob->errorString())));
        return;
    }
    const qint64 runId = m_run->itemId;
    m_api->sendChunk(
        uploadId, offset, chunk,
        [this, file, uploadId, runId](const ApiError &error, const UploadState &state) {
            if (!m_run || m_run->itemId != runId)
                return;
            if (error.isError()) {
                if (error.problemCode == QLatin1String("wrong_offset")) {
                    // The chunk arrived before (its answer was lost) or the server is elsewhere.
                    const qint64 expected =
                        qint64(error.problem.value(QStringLiteral("expected_offset")).toDouble());
                    DraftAttachments(m_database, *m_store).setUploadProgress(file.id, uploadId, expected);
                    sendFrom(file, uploadId, expected);
                    return;
                }
                onFailure(file, error);
                return;
            }
            DraftAttachments(m_database, *m_store).setUploadProgress(file.id, uploadId, state.received);
            sendFrom(file, uploadId, state.received);
        });
}

void AttachmentUploader::complete(const DraftAttachment &file, const QString &uploadId)
{
    if (m_run->hashedBytes != -1) {
        const AttachmentStore::Health health =
            m_run->hashedBytes == file.size
                ? (QString::fromLatin1(m_run->hash.result().toHex()) == file.sha256
                       ? AttachmentStore::Health::Ok
                       : AttachmentStore::Health::Corrupt)
                : m_store->verify(file.sha256);
        m_run->hashedBytes = -1;
        if (!checkBlob(file, health))
            return;
    }
    const qint64 runId = m_run->itemId;
    m_api->completeUpload(uploadId, [this, file, uploadId, runId](const ApiError &error,
                                                                  const AttachmentRef &a) {
        if (!m_run || m_run->itemId != runId)
            return;
        if (error.isError()) {
            if (error.problemCode == QLatin1String("upload_incomplete")) {
                sendFrom(file, uploadId, qint64(error.problem.value(QStringLiteral("received")).toDouble()));
                return;
            }
            onFailure(file, error);
            return;
        }
        DraftAttachments(m_database, *m_store).markUploaded(file.id, a.id);
        m_run->serverIds.insert(file.id, a.id);
        reportProgress(file.id, file.size);
        ++m_run->index;
        next();
    });
}

void AttachmentUploader::onFailure(const DraftAttachment &file, const ApiError &error)
{
    DraftAttachments drafts(m_database, *m_store);
    if (error.httpStatus == 404 && m_run->restarts < kMaxRestarts) {
        // The server forgot the upload (24 hours passed, or its data was reset): start this file afresh.
        ++m_run->restarts;
        drafts.resetUpload(file.id);
        reportProgress(file.id, 0);
        declare(file);
        return;
    }
    if (error.problemCode == QLatin1String("hash_mismatch"))
        drafts.resetUpload(file.id); // the server dropped the upload; the next try declares a new one
    ApiError e = error;
    if (e.errorClass == ErrorClass::Permanent || e.errorClass == ErrorClass::Conflict) {
        e.errorClass = ErrorClass::Permanent;
        e.message = tr("The attached file \"%1\" was not accepted: %2").arg(file.name, error.message);
    }
    fail(e);
}

void AttachmentUploader::fail(const ApiError &error)
{
    const Done done = std::move(m_run->done);
    m_run.reset();
    done(error, {});
}

void AttachmentUploader::reportProgress(qint64 fileId, qint64 bytes)
{
    m_run->bytesOnServer.insert(fileId, bytes);
    qint64 sum = 0;
    for (const qint64 b : std::as_const(m_run->bytesOnServer))
        sum += b;
    Q_EMIT progress(m_run->itemId, sum, m_run->totalBytes);
}

} // namespace pakn
