#include "conflicts.h"

#include "cachedatabase.h"
#include "net/wirecodec.h"
#include "replydrafts.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pakn {
namespace {

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The letter fields of a reply object (a payload's or a record's), leniently: attachments may be ids.
Reply replyFields(const QJsonObject &r)
{
    Reply reply;
    reply.docNumber = r.value(QStringLiteral("doc_number")).toString();
    reply.issueDate = QDate::fromString(r.value(QStringLiteral("issue_date")).toString(), Qt::ISODate);
    reply.signer = r.value(QStringLiteral("signer")).toString();
    reply.signerPosition = r.value(QStringLiteral("signer_position")).toString();
    reply.subject = r.value(QStringLiteral("subject")).toString();
    reply.body = r.value(QStringLiteral("body")).toString();
    return reply;
}

ConflictRecord fromRow(const QSqlQuery &q)
{
    ConflictRecord c;
    c.id = q.value(0).toLongLong();
    c.petitionId = q.value(1).toLongLong();
    c.outboxItemId = q.value(2).toLongLong();
    c.base = object(q.value(3));
    c.mine = object(q.value(4));
    c.theirs = object(q.value(5));
    c.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return c;
}

const QString kSelect = QStringLiteral("SELECT id, petition_id, outbox_id, base, mine, theirs, created_at "
                                       "FROM conflicts WHERE resolved_at IS NULL");

} // namespace

std::optional<Command> ConflictRecord::command() const
{
    return commandFromWire(mine.value(QStringLiteral("type")).toString());
}

qint64 ConflictRecord::theirsVersion() const
{
    return theirs.value(QStringLiteral("version")).toInteger();
}

Conflicts::Conflicts(const CacheDatabase &database)
    : m_database(database)
{}

QList<ConflictRecord> Conflicts::unresolved(qint64 petitionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + (petitionId ? QStringLiteral(" AND petition_id = ?") : QString()) +
              QStringLiteral(" ORDER BY id"));
    if (petitionId)
        q.addBindValue(petitionId);
    QList<ConflictRecord> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<ConflictRecord> Conflicts::forOutboxItem(qint64 outboxItemId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(kSelect + QStringLiteral(" AND outbox_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(outboxItemId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QString Conflicts::resolve(qint64 outboxItemId, ConflictChoice how, const QJsonObject &mergedPayload)
{
    const std::optional<ConflictRecord> conflict = forOutboxItem(outboxItemId);
    if (!conflict)
        return QStringLiteral("no unresolved conflict for outbox item %1").arg(outboxItemId);
    const qint64 theirsVersion = conflict->theirsVersion();
    if (theirsVersion <= 0)
        return QStringLiteral("the server's record of conflict %1 has no version").arg(conflict->id);

    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    auto fail = [&db](const QString &why) {
        db.rollback();
        return why.isEmpty() ? QStringLiteral("database error") : why;
    };

    QSqlQuery item(db);
    if (how == ConflictChoice::TakeTheirs) {
        item.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'conflict'"));
        item.addBindValue(outboxItemId);
    } else {
        QJsonObject payload = how == ConflictChoice::Merged ? mergedPayload : conflict->mine;
        payload.remove(QStringLiteral("type"));
        item.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, last_error = NULL, payload = ?,"
            " base_version = ?, base_record = ?, idempotency_key = ? WHERE id = ? AND state = 'conflict'"));
        item.addBindValue(json(payload));
        item.addBindValue(theirsVersion);
        item.addBindValue(json(conflict->theirs));
        item.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        item.addBindValue(outboxItemId);
    }
    if (!item.exec())
        return fail(item.lastError().text());
    if (item.numRowsAffected() != 1)
        return fail(QStringLiteral("outbox item %1 is not in conflict").arg(outboxItemId));

    // The draft follows the choice: theirs replaces it, a merged reply becomes it; keeping mine keeps it.
    ReplyDrafts drafts(m_database);
    const QJsonValue theirsReply = conflict->theirs.value(QStringLiteral("reply"));
    const QJsonValue mergedReply = mergedPayload.value(QStringLiteral("reply"));
    QString draftError;
    if (how == ConflictChoice::TakeTheirs) {
        if (theirsReply.isObject())
            draftError = drafts.save(
                {conflict->petitionId, theirsVersion, replyFields(theirsReply.toObject()), {}, {}});
        else if (!drafts.remove(conflict->petitionId))
            draftError = QStringLiteral("could not forget the reply draft");
    } else if (how == ConflictChoice::Merged && mergedReply.isObject()) {
        draftError =
            drafts.save({conflict->petitionId, theirsVersion, replyFields(mergedReply.toObject()), {}, {}});
    }
    if (!draftError.isEmpty())
        return fail(draftError);

    if (const QString why = settleConflictOf(db, outboxItemId); !why.isEmpty())
        return fail(why);
    if (!db.commit())
        return fail(db.lastError().text());
    return {};
}

QString settleConflictOf(const QSqlDatabase &db, qint64 outboxItemId)
{
    QSqlQuery mark(db);
    mark.prepare(
        QStringLiteral("UPDATE conflicts SET resolved_at = ? WHERE outbox_id = ? AND resolved_at IS NULL"));
    mark.addBindValue(wire::encodeInstant(QDateTime::currentDateTimeUtc()));
    mark.addBindValue(outboxItemId);
    if (mark.exec())
        return {};
    return mark.lastError().text().isEmpty() ? QStringLiteral("database error") : mark.lastError().text();
}

} // namespace pakn
