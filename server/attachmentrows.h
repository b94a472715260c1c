#pragma once

#include "domain/petition.h"
#include "problem.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn::server {

/// A stored attachment (table `attachments`): its wire description and who uploaded it.
struct AttachmentRow
{
    AttachmentRef ref;
    QString uploadedBy;
};

/// Storage of attachment descriptions and of which petitions use them (tables `attachments`,
/// `petition_attachments`). The bytes live in the content store (uploadservice.h).
/// Threading: every function works on the connection it is given, in the calling thread.
namespace attachmentrows {

Result<std::optional<AttachmentRow>> find(QSqlDatabase &db, const QString &id);
bool insert(QSqlDatabase &db, const AttachmentRow &row, QString *error);
/// Records that `petitionId` uses the attachment (idempotent).
bool link(QSqlDatabase &db, const QString &attachmentId, qint64 petitionId, QString *error);
/// The units holding the petitions that use the attachment.
Result<QStringList> unitsUsing(QSqlDatabase &db, const QString &attachmentId);
/// True when the attachment is already used by this petition.
Result<bool> isLinked(QSqlDatabase &db, const QString &attachmentId, qint64 petitionId);

} // namespace attachmentrows
} // namespace pakn::server
