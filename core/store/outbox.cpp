#include "outbox.h"

#include "cachedatabase.h"
#include "conflicts.h"
#include "net/wirecodec.h"
#include "petitionstore.h"
#include "replydrafts.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pakn {
namespace {

struct StateRow
{
    OutboxState value;
    const char *wire;
};

constexpr StateRow kStates[] = {
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Conflict, "conflict"},
};

OutboxState stateFromWire(const QString &wire)
{
    for (const StateRow &r : kStates) {
        if (wire == QLatin1String(r.wire))
            return r.value;
    }
    return OutboxState::Failed; // unknown: hold it rather than send it
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

/// Whether `draft` still holds the letter a reply command carried (`reply` of its payload, empty texts as
/// null): then the officer typed nothing after queueing it, and the draft has done its work once the server
/// accepted the command. The attachments are not compared: the draft does not hold them (ReplyDraft).
bool holdsTheQueuedLetter(const ReplyDraft &draft, const QJsonObject &reply)
{
    const Reply &d = draft.reply;
    auto text = [&reply](const char *key) { return reply.value(QLatin1String(key)).toString(); };
    return d.docNumber == text("doc_number") && d.signer == text("signer") &&
           d.signerPosition == text("signer_position") && d.subject == text("subject") &&
           d.body == text("body") &&
           (d.issueDate.isValid() ? d.issueDate.toString(Qt::ISODate) : QString()) == text("issue_date");
}

/// Within complete()'s transaction: forgets the petition's reply draft if the completed command was the
/// reply it holds (ReplyDrafts contract), so the "Drafts" view lists only replies not yet sent.
QString forgetSentDraft(QSqlDatabase &db, const CacheDatabase &database, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT petition_id, command, payload FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return q.lastError().text();
    if (!q.next())
        return {}; // complete() says "no outbox item"
    const qint64 petitionId = q.value(0).toLongLong();
    const std::optional<Command> command = commandFromWire(q.value(1).toString());
    const QJsonObject payload = object(q.value(2));
    q.finish();
    if (command != Command::SaveReply && command != Command::SubmitReply)
        return {};
    ReplyDrafts drafts(database);
    const std::optional<ReplyDraft> draft = drafts.load(petitionId);
    if (!draft || !holdsTheQueuedLetter(*draft, payload.value(QLatin1String("reply")).toObject()))
        return {};
    return drafts.remove(petitionId) ? QString() : QStringLiteral("cannot remove the reply draft");
}

const QString kColumns =
    QStringLiteral("id, petition_id, command, payload, base_version, idempotency_key,"
                   " base_record, state, attempts, next_attempt_at, last_error, created_at");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.petitionId = q.value(1).toLongLong();
    item.command = commandFromWire(q.value(2).toString()).value_or(Command::Note);
    item.payload = object(q.value(3));
    item.baseVersion = q.value(4).toLongLong();
    item.idempotencyKey = q.value(5).toString();
    item.baseRecord = object(q.value(6));
    item.state = stateFromWire(q.value(7).toString());
    if (!commandFromWire(q.value(2).toString()))
        item.state = OutboxState::Failed;
    item.attempts = q.value(8).toInt();
    item.nextAttemptAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    item.lastError = q.value(10).toString();
    item.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return item;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool execOne(QSqlQuery &q)
{
    return q.exec() && q.numRowsAffected() == 1;
}

/// Runs `change` (one outbox row) and settles the item's open conflict, then commits the transaction the
/// caller began; rolls it back when any step fails.
bool commitSettlingConflict(QSqlDatabase &db, QSqlQuery &change, qint64 id)
{
    if (execOne(change) && settleConflictOf(db, id).isEmpty() && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace

QString toWireName(OutboxState state)
{
    for (const StateRow &r : kStates) {
        if (r.value == state)
            return QString::fromLatin1(r.wire);
    }
    return {};
}

Outbox::Outbox(const CacheDatabase &database)
    : m_database(database)
{}

qint64 Outbox::enqueue(qint64 petitionId, Command command, const QJsonObject &payload, qint64 baseVersion,
                       const QJsonObject &baseRecord, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO outbox (petition_id, command, payload, base_version, idempotency_key,"
                       " base_record, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)"));
    q.addBindValue(petitionId);
    q.addBindValue(toWireName(command));
    q.addBindValue(json(payload));
    q.addBindValue(baseVersion);
    q.addBindValue(newKey());
    q.addBindValue(json(baseRecord));
    q.addBindValue(wire::encodeInstant(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<OutboxItem> Outbox::ready(const QDateTime &now) const
{
    // The head of each petition's queue, if it may go now.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM outbox o WHERE o.id = (SELECT MIN(id) FROM outbox WHERE petition_id = "
                             "o.petition_id) AND o.state = 'queued' AND (o.next_attempt_at IS NULL OR "
                             "o.next_attempt_at <= ?) ORDER BY o.id"));
    q.addBindValue(wire::encodeInstant(now));
    QList<OutboxItem> items;
    if (q.exec()) {
        while (q.next())
            items.append(readItem(q));
    }
    return items;
}

QList<OutboxItem> Outbox::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QList<OutboxItem> items;
    if (q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ORDER BY id"))) {
        while (q.next())
            items.append(readItem(q));
    }
    return items;
}

QList<QPair<qint64, OutboxState>> Outbox::petitionStates() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QList<QPair<qint64, OutboxState>> states;
    if (q.exec(QStringLiteral("SELECT petition_id, command, state FROM outbox ORDER BY id"))) {
        while (q.next()) {
            // As readItem(): a command this version does not know has failed.
            const OutboxState state = commandFromWire(q.value(1).toString())
                                          ? stateFromWire(q.value(2).toString())
                                          : OutboxState::Failed;
            states.append({q.value(0).toLongLong(), state});
        }
    }
    return states;
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

qint64 Outbox::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool Outbox::markSending(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND"
                             " state = 'queued'"));
    q.addBindValue(id);
    return execOne(q);
}

QString Outbox::complete(qint64 id, const Petition &serverRecord)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    if (const QString why = PetitionStore::upsertWithin(db, {serverRecord}); !why.isEmpty()) {
        db.rollback();
        return why;
    }
    if (const QString why = forgetSentDraft(db, m_database, id); !why.isEmpty()) {
        db.rollback();
        return why;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    remove.addBindValue(id);
    if (!execOne(remove)) {
        const QString why = remove.lastError().isValid() ? remove.lastError().text()
                                                         : QStringLiteral("no outbox item %1").arg(id);
        db.rollback();
        return why;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return why;
    }
    return {};
}

bool Outbox::retryLater(qint64 id, const QString &error, const QDateTime &nextAttemptAt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(wire::encodeInstant(nextAttemptAt));
    q.addBindValue(id);
    return execOne(q);
}

bool Outbox::markFailed(qint64 id, const QString &error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(id);
    return execOne(q);
}

QString Outbox::markConflict(qint64 id, const QJsonObject &theirs)
{
    const std::optional<OutboxItem> it = item(id);
    if (!it)
        return QStringLiteral("no outbox item %1").arg(id);
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery conflict(db);
    conflict.prepare(
        QStringLiteral("INSERT INTO conflicts (petition_id, outbox_id, base, mine, theirs, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    conflict.addBindValue(it->petitionId);
    conflict.addBindValue(id);
    conflict.addBindValue(json(it->baseRecord));
    QJsonObject mine = it->payload;
    mine.insert(QStringLiteral("type"), toWireName(it->command));
    conflict.addBindValue(json(mine));
    conflict.addBindValue(json(theirs));
    conflict.addBindValue(wire::encodeInstant(QDateTime::currentDateTimeUtc()));
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE outbox SET state = 'conflict', last_error = ? WHERE id = ?"));
    mark.addBindValue(QStringLiteral("the petition changed on the server since it was edited here"));
    mark.addBindValue(id);
    if (!conflict.exec() || !execOne(mark) || !db.commit()) {
        const QString why =
            conflict.lastError().isValid() ? conflict.lastError().text() : mark.lastError().text();
        db.rollback();
        return why.isEmpty() ? QStringLiteral("database error") : why;
    }
    return {};
}

QString Outbox::rebase(qint64 id, const Petition &theirs, const QJsonObject &theirsRecord)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    if (const QString why = PetitionStore::upsertWithin(db, {theirs}); !why.isEmpty()) {
        db.rollback();
        return why;
    }
    QSqlQuery q(db);
    // A new key: the server keeps its first answer (the 409) for the old one and would replay it.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = NULL, base_version = ?,"
                             " base_record = ?, idempotency_key = ? WHERE id = ?"));
    q.addBindValue(theirs.version);
    q.addBindValue(json(theirsRecord));
    q.addBindValue(newKey());
    q.addBindValue(id);
    if (!execOne(q) || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return why.isEmpty() ? QStringLiteral("no outbox item %1").arg(id) : why;
    }
    return {};
}

bool Outbox::retryNow(qint64 id, std::optional<qint64> newBaseVersion)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    // The server answered the old key for good (refused, or 409): a retry is a new request with a new key.
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = NULL, base_version ="
                       " COALESCE(?, base_version), idempotency_key = ? WHERE id = ? AND state IN ('failed',"
                       " 'conflict')"));
    q.addBindValue(newBaseVersion ? QVariant(*newBaseVersion) : QVariant());
    q.addBindValue(newKey());
    q.addBindValue(id);
    // A conflict held for the item is settled by the retry (the officer chose to send it again as it is):
    // left open, the detail pane would go on offering to resolve an item that is queued again. Should the
    // server still refuse it, the sync engine records a new conflict.
    return commitSettlingConflict(db, q, id);
}

bool Outbox::drop(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state != 'sending'"));
    q.addBindValue(id);
    // The officer chose to give the item up: its conflict, if it had one, is settled with it.
    return commitSettlingConflict(db, q, id);
}

int Outbox::makeDueNow()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'queued' AND"
                               " next_attempt_at IS NOT NULL")))
        return 0;
    return q.numRowsAffected();
}

int Outbox::recoverAfterCrash()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending'")))
        return 0;
    return q.numRowsAffected();
}

} // namespace pakn
