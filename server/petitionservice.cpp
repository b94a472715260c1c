#include "petitionservice.h"

#include "accessscope.h"
#include "attachmentrows.h"
#include "commandrules.h"
#include "net/wirecodec.h"
#include "petitionrows.h"
#include "referenceservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {
namespace {

Problem notFound()
{
    return {ProblemCode::NotFound, QStringLiteral("No petition with this id in your scope")};
}

QByteArray requestHash(qint64 petitionId, qint64 baseVersion, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(petitionId) + '\n' + QByteArray::number(baseVersion) + '\n');
    hash.addData(body);
    return hash.result().toHex();
}

/// The visible petition with this id: nullopt (with no problem) when it does not exist or is out of scope.
Result<std::optional<petitionrows::Stored>> loadVisible(QSqlDatabase &db, const User &user, qint64 id)
{
    Result<std::optional<petitionrows::Stored>> stored = petitionrows::load(db, id);
    if (!stored || !stored.value())
        return stored;
    Result<AccessScope> scope = AccessScope::load(db, user);
    if (!scope)
        return scope.problem();
    if (!scope.value().contains(stored.value()->petition.unitId))
        return std::optional<petitionrows::Stored>();
    return stored;
}

QDateTime nowInSeconds()
{
    // Whole seconds: the wire form of an instant has no fraction, and what is stored must round-trip.
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace

PetitionService::PetitionService(ServerDb &db, const ReferenceService &reference)
    : m_db(db)
    , m_reference(reference)
{}

Result<Petition> PetitionService::get(const User &user, qint64 id)
{
    QSqlDatabase db = m_db.connection();
    ReadTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin read");
    Result<std::optional<petitionrows::Stored>> stored = loadVisible(db, user, id);
    if (!stored)
        return stored.problem();
    if (!stored.value())
        return notFound();
    return stored.value()->petition;
}

Result<PetitionService::Answer> PetitionService::command(const User &user, qint64 petitionId,
                                                         const QString &idempotencyKey, qint64 baseVersion,
                                                         const QByteArray &rawBody, const QJsonObject &body)
{
    QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin command");

    const QByteArray hash = requestHash(petitionId, baseVersion, rawBody);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT request_hash, status, body FROM idempotency_keys WHERE username = ? AND key = ?"));
    q.addBindValue(user.username);
    q.addBindValue(idempotencyKey);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find idempotency key");
    if (q.next()) {
        if (q.value(0).toByteArray() != hash)
            return Problem(ProblemCode::IdempotencyKeyReused,
                           QStringLiteral("This Idempotency-Key was used for another request; use a new key"),
                           QStringLiteral("Idempotency-Key"));
        Answer replay{q.value(1).toInt(), q.value(2).toByteArray(), true, 0};
        replay.version =
            QJsonDocument::fromJson(replay.body).object().value(QStringLiteral("version")).toInteger();
        return replay;
    }
    q.finish();

    Result<std::optional<petitionrows::Stored>> stored = loadVisible(db, user, petitionId);
    if (!stored)
        return stored.problem();
    if (!stored.value())
        return notFound();
    const Petition &current = stored.value()->petition;

    Result<ParsedCommand> parsed = commandrules::parse(body, m_reference.data());
    if (!parsed)
        return parsed.problem();
    if (baseVersion != current.version) {
        Problem conflict(
            ProblemCode::VersionConflict,
            QStringLiteral("The petition is at version %1, not %2").arg(current.version).arg(baseVersion));
        conflict.extra.insert(QStringLiteral("current"), wire::encode(current));
        return conflict;
    }
    Standing standing;
    standing.inUnit = current.unitId == user.unitId;
    standing.inSubtree = m_reference.data().subtree(user.unitId).contains(current.unitId);
    standing.isAssignee = !current.assignee.isEmpty() && current.assignee == user.username;
    const std::optional<PetitionState> next =
        workflow::apply(parsed.value().command, current.state, user, standing);
    if (!next)
        return Problem(
            ProblemCode::Forbidden,
            QStringLiteral("The workflow does not allow you %1 on this petition in state %2 (your roles, "
                           "your unit and whether you are the assignee decide)")
                .arg(toWireName(parsed.value().command), toWireName(current.state)));

    QString error;
    const std::optional<qint64> entryId = ServerDb::nextCounter(db, "timeline_id", 1, &error);
    if (!entryId)
        return ServerDb::problemFor(QSqlError(error), "number timeline entry");
    const QDateTime now = std::max(nowInSeconds(), current.updatedAt);
    Result<Petition> changed = commandrules::apply(parsed.value(), current, *next, user, now, *entryId, db);
    if (!changed)
        return changed.problem();
    const Petition &p = changed.value();

    const std::optional<qint64> seq = ServerDb::nextChangeSeq(db, &error);
    if (!seq || !petitionrows::update(db, p, *seq, &error))
        return ServerDb::problemFor(QSqlError(error), "store petition");
    if (p.unitId != current.unitId) {
        q.prepare(QStringLiteral("INSERT INTO unit_exits (petition_id, unit_id, seq) VALUES (?, ?, ?)"));
        q.addBindValue(p.id);
        q.addBindValue(current.unitId);
        q.addBindValue(*seq);
        if (!q.exec())
            return ServerDb::problemFor(q.lastError(), "record unit exit");
    }
    for (const QString &id : commandrules::replyAttachmentIds(p)) {
        if (!attachmentrows::link(db, id, p.id, &error))
            return ServerDb::problemFor(QSqlError(error), "link attachment");
    }

    Answer answer{200, QJsonDocument(wire::encode(p)).toJson(QJsonDocument::Compact), false, p.version};
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    q.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"));
    q.addBindValue(nowSeconds - kKeySeconds);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "prune idempotency keys");
    q.prepare(
        QStringLiteral("INSERT INTO idempotency_keys (username, key, request_hash, status, body, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.username);
    q.addBindValue(idempotencyKey);
    q.addBindValue(hash);
    q.addBindValue(answer.status);
    q.addBindValue(answer.body);
    q.addBindValue(nowSeconds);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "store idempotency key");
    if (!transaction.commit())
        return ServerDb::problemFor(transaction.error(), "commit command");
    return answer;
}

} // namespace pakn::server
