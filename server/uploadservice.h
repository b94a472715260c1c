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

/// Resumable uploads and attachment downloads (docs/api.md §Uploads, §Attachments).
///
/// An upload is declared (name, size, SHA-256, MIME type) and checked against the attachment policy of the
/// reference data; its bytes arrive in chunks, each at the offset where the received bytes end, appended to
/// `storeDir/uploads/<id>.part`; completing it checks the size and the hash, moves the file into the
/// content store `storeDir/blobs/<first two hex digits>/<sha256>` (one file per content, shared by every
/// attachment with that content) and records the attachment. File names are sanitised with core's
/// sanitizeFileName, so no name can reach outside the store (names never become paths anyway).
/// Who may see what: an upload belongs to its user alone; an attachment is visible to its uploader and to
/// everyone whose scope holds a petition that uses it. Anything else answers 404.
/// Threading: thread-safe; database writes are serialised by SQLite, a chunk is written inside the write
/// transaction that records it, so the received count and the file never disagree.
class UploadService
{
public:
    UploadService(ServerDb &db, const ReferenceService &reference, QString storeDir);

    /// Prepares the store's folders; false with `error` when they cannot be made.
    bool prepare(QString *error) const;

    struct UploadState
    {
        QString id;
        QString name; ///< sanitised
        qint64 size = 0;
        qint64 received = 0;
        std::optional<AttachmentRef> attachment; ///< once completed
    };
    struct Download
    {
        AttachmentRef attachment;
        QString path;
    };

    Result<UploadState> create(const User &user, const QJsonObject &body);
    Result<UploadState> writeChunk(const User &user, const QString &uploadId, qint64 offset,
                                   const QByteArray &chunk);
    Result<UploadState> state(const User &user, const QString &uploadId);
    Result<AttachmentRef> complete(const User &user, const QString &uploadId);
    Result<Download> attachment(const User &user, const QString &attachmentId);

    static QJsonObject toJson(const UploadState &state);

private:
    QString partPath(const QString &uploadId) const;
    QString blobPath(const QString &sha256) const;

    ServerDb &m_db;
    const ReferenceService &m_reference;
    QString m_storeDir;
};

} // namespace pakn::server
