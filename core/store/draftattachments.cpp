#include "draftattachments.h"

#include "attachmentstore.h"
#include "cachedatabase.h"
#include "domain/filenames.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {
namespace {

const QString kOwnerMe = QStringLiteral("me");

struct StateRow
{
    DraftAttachmentState value;
    const char *wire;
};

constexpr StateRow kStates[] = {
    {DraftAttachmentState::Local, "local"},
    {DraftAttachmentState::Uploading, "uploading"},
    {DraftAttachmentState::Uploaded, "uploaded"},
};

QString wire(DraftAttachmentState state)
{
    for (const StateRow &r : kStates) {
        if (r.value == state)
            return QLatin1String(r.wire);
    }
    return QStringLiteral("local");
}

DraftAttachmentState stateFromWire(const QString &text)
{
    for (const StateRow &r : kStates) {
        if (text == QLatin1String(r.wire))
            return r.value;
    }
    return DraftAttachmentState::Local; // unknown: upload again rather than trust it
}

const QString kColumns = QStringLiteral("id, petition_id, name, mime, size, sha256, state, upload_id,"
                                        " uploaded_bytes, server_id, added_at");

DraftAttachment readRow(const QSqlQuery &q)
{
    DraftAttachment a;
    a.id = q.value(0).toLongLong();
    a.petitionId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    a.mime = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    a.state = stateFromWire(q.value(6).toString());
    a.uploadId = q.value(7).toString();
    a.uploadedBytes = q.value(8).toLongLong();
    a.serverId = q.value(9).toString();
    a.addedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return a;
}

DraftAttachments::Added refused(AttachmentRefusal why, QString detail)
{
    DraftAttachments::Added r;
    r.refusal = why;
    r.error = std::move(detail);
    return r;
}

} // namespace

DraftAttachments::DraftAttachments(const CacheDatabase &database, const AttachmentStore &store)
    : m_database(database)
    , m_store(store)
{}

QString DraftAttachments::mimeTypeFor(const QString &fileName)
{
    static const QMimeDatabase db;
    return db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
}

DraftAttachments::Added DraftAttachments::add(qint64 petitionId, const QString &sourcePath,
                                              const AttachmentPolicy &policy, const std::atomic_bool *cancel,
                                              const Progress &progress)
{
    const QFileInfo info(sourcePath);
    if (!info.exists())
        return refused(AttachmentRefusal::SourceMissing, QStringLiteral("no such file: %1").arg(sourcePath));
    if (!info.isFile() || !info.isReadable())
        return refused(AttachmentRefusal::NotAFile,
                       QStringLiteral("not a readable file: %1").arg(sourcePath));
    if (info.size() == 0)
        return refused(AttachmentRefusal::Empty, QStringLiteral("empty file: %1").arg(sourcePath));
    if (info.size() > policy.maxFileBytes) {
        return refused(AttachmentRefusal::TooLarge,
                       QStringLiteral("%1 bytes, more than %2").arg(info.size()).arg(policy.maxFileBytes));
    }
    const QString name = sanitizeFileName(info.fileName());
    const QString mime = mimeTypeFor(name);
    if (!policy.allows(mime, name))
        return refused(AttachmentRefusal::TypeNotAllowed, QStringLiteral("type %1 of %2").arg(mime, name));
    if (list(petitionId).size() >= policy.maxFilesPerReply) {
        return refused(AttachmentRefusal::TooMany,
                       QStringLiteral("already %1 files").arg(policy.maxFilesPerReply));
    }

    const qint64 total = info.size();
    const AttachmentStore::Added blob = m_store.addFile(
        sourcePath, policy.maxFileBytes, cancel,
        progress ? AttachmentStore::Progress([&progress, total](qint64 done) { progress(done, total); })
                 : AttachmentStore::Progress());
    if (cancel && cancel->load()) {
        // Cancelled during the copy, or just after it: nothing of it stays (unless a row shares the blob).
        if (blob && !isBlobUsed(blob.sha256))
            m_store.remove(blob.sha256);
        return refused(AttachmentRefusal::Cancelled, QStringLiteral("cancelled"));
    }
    if (!blob) {
        // The file vanished or shrank/grew past the limit between the checks and the copy, or the disk is
        // full.
        const AttachmentRefusal why =
            QFileInfo::exists(sourcePath) ? AttachmentRefusal::Storage : AttachmentRefusal::SourceMissing;
        return refused(why, blob.error);
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO attachments (petition_id, owner, name, mime, size, sha256, state,"
                             " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(petitionId);
    q.addBindValue(kOwnerMe);
    q.addBindValue(name);
    q.addBindValue(mime);
    q.addBindValue(blob.size);
    q.addBindValue(blob.sha256);
    q.addBindValue(wire(DraftAttachmentState::Local));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        const QString error = q.lastError().text();
        if (!isBlobUsed(blob.sha256))
            m_store.remove(blob.sha256);
        return refused(AttachmentRefusal::Storage, error);
    }
    Added added;
    added.id = q.lastInsertId().toLongLong();
    return added;
}

bool DraftAttachments::isBlobUsed(const QString &sha256) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

QList<DraftAttachment> DraftAttachments::list(qint64 petitionId) const
{
    QList<DraftAttachment> result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE petition_id = ? AND owner = ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(petitionId);
    q.addBindValue(kOwnerMe);
    if (q.exec()) {
        while (q.next())
            result.append(readRow(q));
    }
    return result;
}

std::optional<DraftAttachment> DraftAttachments::item(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = ? AND owner = ?").arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(kOwnerMe);
    if (q.exec() && q.next())
        return readRow(q);
    return std::nullopt;
}

bool DraftAttachments::remove(qint64 id)
{
    const std::optional<DraftAttachment> a = item(id);
    if (!a)
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM attachments WHERE id = ? AND owner = ?"));
    q.addBindValue(id);
    q.addBindValue(kOwnerMe);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    if (!isBlobUsed(a->sha256))
        m_store.remove(a->sha256);
    return true;
}

bool DraftAttachments::update(qint64 id, DraftAttachmentState state, const QVariant &uploadId,
                              qint64 uploadedBytes, const QVariant &serverId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE attachments SET state = ?, upload_id = ?, uploaded_bytes = ?,"
                             " server_id = ? WHERE id = ? AND owner = ?"));
    q.addBindValue(wire(state));
    q.addBindValue(uploadId);
    q.addBindValue(uploadedBytes);
    q.addBindValue(serverId);
    q.addBindValue(id);
    q.addBindValue(kOwnerMe);
    return q.exec() && q.numRowsAffected() == 1;
}

bool DraftAttachments::setUploadProgress(qint64 id, const QString &uploadId, qint64 uploadedBytes)
{
    return update(id, DraftAttachmentState::Uploading, uploadId, uploadedBytes, QVariant());
}

bool DraftAttachments::resetUpload(qint64 id)
{
    return update(id, DraftAttachmentState::Local, QVariant(), 0, QVariant());
}

bool DraftAttachments::markUploaded(qint64 id, const QString &serverId)
{
    const std::optional<DraftAttachment> a = item(id);
    return a && update(id, DraftAttachmentState::Uploaded, a->uploadId, a->size, serverId);
}

} // namespace pakn
