#include "replydrafts.h"

#include "cachedatabase.h"
#include "net/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {
namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idsToJson(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFromJson(const QVariant &json)
{
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            ids << v.toString();
    }
    return ids;
}

} // namespace

ReplyDrafts::ReplyDrafts(const CacheDatabase &database)
    : m_database(database)
{}

QString ReplyDrafts::save(const ReplyDraft &draft)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO reply_drafts (petition_id, base_version, doc_number, issue_date, signer,"
        " signer_position, subject, body, removed_server_files, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const Reply &r = draft.reply;
    q.addBindValue(draft.petitionId);
    q.addBindValue(draft.baseVersion);
    q.addBindValue(nullIfEmpty(r.docNumber));
    q.addBindValue(r.issueDate.isValid() ? QVariant(wire::encodeDate(r.issueDate)) : QVariant());
    q.addBindValue(nullIfEmpty(r.signer));
    q.addBindValue(nullIfEmpty(r.signerPosition));
    q.addBindValue(nullIfEmpty(r.subject));
    q.addBindValue(nullIfEmpty(r.body));
    q.addBindValue(idsToJson(draft.removedServerFiles));
    q.addBindValue(wire::encodeInstant(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return q.lastError().text();
    return {};
}

std::optional<ReplyDraft> ReplyDrafts::load(qint64 petitionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT base_version, doc_number, issue_date, signer, signer_position, subject,"
                       " body, updated_at, removed_server_files FROM reply_drafts WHERE petition_id = ?"));
    q.addBindValue(petitionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReplyDraft d;
    d.petitionId = petitionId;
    d.baseVersion = q.value(0).toLongLong();
    d.reply.docNumber = q.value(1).toString();
    d.reply.issueDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.reply.signer = q.value(3).toString();
    d.reply.signerPosition = q.value(4).toString();
    d.reply.subject = q.value(5).toString();
    d.reply.body = q.value(6).toString();
    d.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    d.removedServerFiles = idsFromJson(q.value(8));
    return d;
}

bool ReplyDrafts::remove(qint64 petitionId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM reply_drafts WHERE petition_id = ?"));
    q.addBindValue(petitionId);
    return q.exec();
}

} // namespace pakn
