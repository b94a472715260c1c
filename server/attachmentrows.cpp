#include "attachmentrows.h"

#include "serverdb.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server::attachmentrows {

Result<std::optional<AttachmentRow>> find(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name, size, sha256, mime, uploaded_by FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find attachment");
    if (!q.next())
        return std::optional<AttachmentRow>();
    AttachmentRow row;
    row.ref = AttachmentRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toString(), q.value(4).toString()};
    row.uploadedBy = q.value(5).toString();
    return std::optional<AttachmentRow>(row);
}

bool insert(QSqlDatabase &db, const AttachmentRow &row, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO attachments (id, sha256, name, size, mime, uploaded_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.ref.id);
    q.addBindValue(row.ref.sha256);
    q.addBindValue(row.ref.name);
    q.addBindValue(row.ref.size);
    q.addBindValue(row.ref.mime);
    q.addBindValue(row.uploadedBy);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool link(QSqlDatabase &db, const QString &attachmentId, qint64 petitionId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO petition_attachments (attachment_id, petition_id) VALUES (?, ?)"));
    q.addBindValue(attachmentId);
    q.addBindValue(petitionId);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

Result<QStringList> unitsUsing(QSqlDatabase &db, const QString &attachmentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT p.unit_id FROM petition_attachments a "
                             "JOIN petitions p ON p.id = a.petition_id WHERE a.attachment_id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find attachment users");
    QStringList units;
    while (q.next())
        units.append(q.value(0).toString());
    return units;
}

Result<bool> isLinked(QSqlDatabase &db, const QString &attachmentId, qint64 petitionId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM petition_attachments WHERE attachment_id = ? AND petition_id = ?"));
    q.addBindValue(attachmentId);
    q.addBindValue(petitionId);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "check attachment link");
    return q.next();
}

} // namespace pakn::server::attachmentrows
