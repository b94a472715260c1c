#include "uploadservice.h"

#include "accessscope.h"
#include "attachmentrows.h"
#include "domain/filenames.h"
#include "net/wirecodec.h"
#include "passwordhash.h"
#include "referenceservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {
namespace {

constexpr qint64 kHashPieceBytes = 256 * 1024;

Problem uploadNotFound()
{
    return {ProblemCode::NotFound, QStringLiteral("No upload of yours with this id")};
}

Problem invalid(const char *field, const QString &why)
{
    return {ProblemCode::InvalidRequest, QStringLiteral("%1: %2").arg(QLatin1String(field), why),
            QString::fromLatin1(field)};
}

std::optional<QString> newId(char prefix)
{
    const std::optional<QByteArray> bytes = passwords::randomBytes(16);
    if (!bytes)
        return std::nullopt;
    return QLatin1Char(prefix) + QString::fromLatin1(bytes->toHex());
}

bool hasRole(const User &user)
{
    for (const Role r : kAllRoles) {
        if (user.hasRole(r))
            return true;
    }
    return false;
}

struct UploadRow
{
    UploadService::UploadState state;
    QString sha256;
    QString mime;
};

Result<std::optional<UploadRow>> findUpload(QSqlDatabase &db, const User &user, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, size, received, sha256, mime, attachment_id FROM uploads "
                             "WHERE id = ? AND username = ?"));
    q.addBindValue(id);
    q.addBindValue(user.username);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find upload");
    if (!q.next())
        return std::optional<UploadRow>();
    UploadRow row;
    row.state.id = id;
    row.state.name = q.value(0).toString();
    row.state.size = q.value(1).toLongLong();
    row.state.received = q.value(2).toLongLong();
    row.sha256 = q.value(3).toString();
    row.mime = q.value(4).toString();
    const QString attachmentId = q.value(5).toString();
    q.finish();
    if (!attachmentId.isEmpty()) {
        Result<std::optional<AttachmentRow>> a = attachmentrows::find(db, attachmentId);
        if (!a)
            return a.problem();
        if (a.value())
            row.state.attachment = a.value()->ref;
    }
    return std::optional<UploadRow>(row);
}

std::optional<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kHashPieceBytes);
        if (piece.isEmpty() && file.error() != QFileDevice::NoError)
            return std::nullopt;
        hash.addData(piece);
    }
    return hash.result().toHex();
}

} // namespace

UploadService::UploadService(ServerDb &db, const ReferenceService &reference, QString storeDir)
    : m_db(db)
    , m_reference(reference)
    , m_storeDir(std::move(storeDir))
{}

bool UploadService::prepare(QString *error) const
{
    for (const char *sub : {"uploads", "blobs"}) {
        if (!QDir().mkpath(QDir(m_storeDir).filePath(QLatin1String(sub)))) {
            *error = QStringLiteral("cannot create %1").arg(QDir(m_storeDir).filePath(QLatin1String(sub)));
            return false;
        }
    }
    return true;
}

QString UploadService::partPath(const QString &uploadId) const
{
    return QDir(m_storeDir).filePath(QStringLiteral("uploads/%1.part").arg(uploadId));
}

QString UploadService::blobPath(const QString &sha256) const
{
    return QDir(m_storeDir).filePath(QStringLiteral("blobs/%1/%2").arg(sha256.left(2), sha256));
}

QJsonObject UploadService::toJson(const UploadState &s)
{
    return QJsonObject{
        {QStringLiteral("upload_id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("size"), s.size},
        {QStringLiteral("received"), s.received},
        {QStringLiteral("attachment"), s.attachment ? QJsonValue(wire::encode(*s.attachment)) : QJsonValue()},
    };
}

Result<UploadService::UploadState> UploadService::create(const User &user, const QJsonObject &body)
{
    if (!hasRole(user))
        return Problem(ProblemCode::Forbidden, QStringLiteral("Uploading needs a role of this service"));
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 255)
        return invalid("name", QStringLiteral("expected a file name of 1 to 255 characters"));
    const QJsonValue size = body.value(QStringLiteral("size"));
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 1 || sizeValue != static_cast<double>(static_cast<qint64>(sizeValue)))
        return invalid("size", QStringLiteral("expected a whole number of bytes, at least 1"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QJsonValue sha = body.value(QStringLiteral("sha256"));
    if (!sha.isString() || !hex.match(sha.toString()).hasMatch())
        return invalid("sha256", QStringLiteral("expected the SHA-256 of the content as 64 hex digits"));
    const QJsonValue mime = body.value(QStringLiteral("mime"));
    if (!mime.isString() || mime.toString().isEmpty() || mime.toString().size() > 200)
        return invalid("mime", QStringLiteral("expected a MIME type"));

    const AttachmentPolicy &policy = m_reference.data().attachmentPolicy;
    UploadState s;
    s.name = sanitizeFileName(name.toString());
    s.size = static_cast<qint64>(sizeValue);
    if (s.size > policy.maxFileBytes)
        return Problem(ProblemCode::FileTooLarge,
                       QStringLiteral("size: the largest file accepted is %1 bytes").arg(policy.maxFileBytes),
                       QStringLiteral("size"));
    if (!policy.allows(mime.toString(), s.name))
        return Problem(
            ProblemCode::FileTypeNotAllowed,
            QStringLiteral("mime: this type, or this type with this file extension, is not accepted"),
            QStringLiteral("mime"));
    const std::optional<QString> id = newId('u');
    if (!id)
        return Problem(ProblemCode::InternalError, QStringLiteral("No random bytes for an id"));
    s.id = *id;

    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // Uploads not completed within a day are forgotten (their partial files with them).
    q.prepare(QStringLiteral("SELECT id FROM uploads WHERE attachment_id IS NULL AND created_at < ?"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    q.addBindValue(now - 24 * 3600);
    if (q.exec()) {
        QStringList stale;
        while (q.next())
            stale.append(q.value(0).toString());
        for (const QString &old : std::as_const(stale)) {
            QSqlQuery d(db);
            d.prepare(QStringLiteral("DELETE FROM uploads WHERE id = ?"));
            d.addBindValue(old);
            if (d.exec())
                QFile::remove(partPath(old));
        }
    }
    q.prepare(
        QStringLiteral("INSERT INTO uploads (id, username, name, size, sha256, mime, received, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(user.username);
    q.addBindValue(s.name);
    q.addBindValue(s.size);
    q.addBindValue(sha.toString().toLower());
    q.addBindValue(mime.toString());
    q.addBindValue(now);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "create upload");
    QFile part(partPath(s.id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Problem(ProblemCode::InternalError, QStringLiteral("The upload cannot be stored"));
    return s;
}

Result<UploadService::UploadState> UploadService::writeChunk(const User &user, const QString &uploadId,
                                                             qint64 offset, const QByteArray &chunk)
{
    QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin chunk");
    Result<std::optional<UploadRow>> row = findUpload(db, user, uploadId);
    if (!row)
        return row.problem();
    if (!row.value())
        return uploadNotFound();
    UploadState s = row.value()->state;
    if (offset != s.received || s.attachment) {
        Problem p(
            ProblemCode::WrongOffset,
            QStringLiteral("The received bytes end at %1; send the chunk that starts there").arg(s.received),
            QStringLiteral("offset"));
        p.extra.insert(QStringLiteral("expected_offset"), s.received);
        return p;
    }
    if (offset + chunk.size() > s.size)
        return Problem(ProblemCode::ChunkExceedsSize,
                       QStringLiteral("The chunk goes past the declared size of %1 bytes").arg(s.size),
                       QStringLiteral("offset"));
    QFile part(partPath(uploadId));
    if (!part.open(QIODevice::ReadWrite) || !part.seek(offset) || part.write(chunk) != chunk.size() ||
        !part.resize(offset + chunk.size()) || !part.flush())
        return Problem(ProblemCode::InternalError, QStringLiteral("The chunk cannot be stored"));
    part.close();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"));
    q.addBindValue(offset + chunk.size());
    q.addBindValue(uploadId);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "record chunk");
    if (!transaction.commit())
        return ServerDb::problemFor(transaction.error(), "commit chunk");
    s.received = offset + chunk.size();
    return s;
}

Result<UploadService::UploadState> UploadService::state(const User &user, const QString &uploadId)
{
    QSqlDatabase db = m_db.connection();
    Result<std::optional<UploadRow>> row = findUpload(db, user, uploadId);
    if (!row)
        return row.problem();
    if (!row.value())
        return uploadNotFound();
    return row.value()->state;
}

Result<AttachmentRef> UploadService::complete(const User &user, const QString &uploadId)
{
    QSqlDatabase db = m_db.connection();
    Result<std::optional<UploadRow>> row = findUpload(db, user, uploadId);
    if (!row)
        return row.problem();
    if (!row.value())
        return uploadNotFound();
    const UploadRow upload = *row.value();
    if (upload.state.attachment)
        return *upload.state.attachment; // completed before: the same answer again
    if (upload.state.received != upload.state.size) {
        Problem p(
            ProblemCode::UploadIncomplete,
            QStringLiteral("%1 of %2 bytes received").arg(upload.state.received).arg(upload.state.size));
        p.extra.insert(QStringLiteral("received"), upload.state.received);
        return p;
    }
    // Hashing outside the transaction: no chunk can change a complete upload (it would pass the size).
    const std::optional<QByteArray> hash = sha256Of(partPath(uploadId));
    if (!hash)
        return Problem(ProblemCode::InternalError, QStringLiteral("The upload cannot be read"));

    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin complete");
    QSqlQuery q(db);
    if (*hash != upload.sha256.toLatin1()) {
        // Nothing is kept of a file that is not what was declared; the client starts a new upload.
        q.prepare(QStringLiteral("DELETE FROM uploads WHERE id = ?"));
        q.addBindValue(uploadId);
        if (!q.exec() || !transaction.commit())
            return ServerDb::problemFor(q.lastError(), "drop upload");
        QFile::remove(partPath(uploadId));
        return Problem(
            ProblemCode::HashMismatch,
            QStringLiteral("The received bytes do not have the declared SHA-256; the upload was dropped"),
            QStringLiteral("sha256"));
    }
    const std::optional<QString> id = newId('a');
    if (!id)
        return Problem(ProblemCode::InternalError, QStringLiteral("No random bytes for an id"));
    AttachmentRow attachment{
        AttachmentRef{*id, upload.state.name, upload.state.size, upload.sha256, upload.mime}, user.username};
    QString error;
    if (!attachmentrows::insert(db, attachment, &error))
        return ServerDb::problemFor(QSqlError(error), "record attachment");
    q.prepare(QStringLiteral("UPDATE uploads SET attachment_id = ? WHERE id = ?"));
    q.addBindValue(*id);
    q.addBindValue(uploadId);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "complete upload");
    const QString blob = blobPath(upload.sha256);
    if (!QDir().mkpath(QFileInfo(blob).absolutePath()))
        return Problem(ProblemCode::InternalError, QStringLiteral("The content store cannot be written"));
    if (QFile::exists(blob))
        QFile::remove(partPath(uploadId)); // the same content is stored already
    else if (!QFile::rename(partPath(uploadId), blob))
        return Problem(ProblemCode::InternalError, QStringLiteral("The content store cannot be written"));
    if (!transaction.commit())
        return ServerDb::problemFor(transaction.error(), "commit complete");
    return attachment.ref;
}

Result<UploadService::Download> UploadService::attachment(const User &user, const QString &attachmentId)
{
    const Problem notFound(ProblemCode::NotFound, QStringLiteral("No attachment with this id in your scope"));
    QSqlDatabase db = m_db.connection();
    Result<std::optional<AttachmentRow>> row = attachmentrows::find(db, attachmentId);
    if (!row)
        return row.problem();
    if (!row.value())
        return notFound;
    if (row.value()->uploadedBy != user.username) {
        Result<QStringList> units = attachmentrows::unitsUsing(db, attachmentId);
        if (!units)
            return units.problem();
        Result<AccessScope> scope = AccessScope::load(db, user);
        if (!scope)
            return scope.problem();
        const bool visible =
            std::any_of(units.value().cbegin(), units.value().cend(),
                        [&scope](const QString &unit) { return scope.value().contains(unit); });
        if (!visible)
            return notFound;
    }
    Download d{row.value()->ref, blobPath(row.value()->ref.sha256)};
    if (!QFile::exists(d.path))
        return Problem(ProblemCode::InternalError, QStringLiteral("The attachment's content is missing"));
    return d;
}

} // namespace pakn::server
