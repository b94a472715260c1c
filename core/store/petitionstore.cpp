#include "petitionstore.h"

#include "cachedatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pakn {
namespace {

const QString kCursorKey = QStringLiteral("changes.cursor");

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString upsertSql()
{
    return QStringLiteral(
        "INSERT INTO petitions (id, version, code, title, content, kind, category, submitter_type, "
        "submitter_name,"
        " submitter_organisation, submitter_phone, submitter_email, submitter_address, channel, field_id, "
        "state,"
        " unit_id, assignee, received_at, due_date, updated_at, record)"
        " VALUES (:id, :version, :code, :title, :content, :kind, :category, :stype, :sname, :sorg, :sphone,"
        " :semail, :saddress, :channel, :field, :state, :unit, :assignee, :received, :due, :updated, :record)"
        " ON CONFLICT(id) DO UPDATE SET version = excluded.version, code = excluded.code, title = "
        "excluded.title,"
        " content = excluded.content, kind = excluded.kind, category = excluded.category,"
        " submitter_type = excluded.submitter_type, submitter_name = excluded.submitter_name,"
        " submitter_organisation = excluded.submitter_organisation, submitter_phone = "
        "excluded.submitter_phone,"
        " submitter_email = excluded.submitter_email, submitter_address = excluded.submitter_address,"
        " channel = excluded.channel, field_id = excluded.field_id, state = excluded.state,"
        " unit_id = excluded.unit_id, assignee = excluded.assignee, received_at = excluded.received_at,"
        " due_date = excluded.due_date, updated_at = excluded.updated_at, record = excluded.record"
        " WHERE excluded.version >= petitions.version");
}

void bindPetition(QSqlQuery &q, const Petition &p)
{
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":version"), p.version);
    q.bindValue(QStringLiteral(":code"), p.code);
    q.bindValue(QStringLiteral(":title"), p.title);
    q.bindValue(QStringLiteral(":content"), p.content);
    q.bindValue(QStringLiteral(":kind"), toWireName(p.kind));
    q.bindValue(QStringLiteral(":category"), p.category);
    q.bindValue(QStringLiteral(":stype"), toWireName(p.submitter.type));
    q.bindValue(QStringLiteral(":sname"), p.submitter.name);
    q.bindValue(QStringLiteral(":sorg"), nullable(p.submitter.organisation));
    q.bindValue(QStringLiteral(":sphone"), nullable(p.submitter.phone));
    q.bindValue(QStringLiteral(":semail"), nullable(p.submitter.email));
    q.bindValue(QStringLiteral(":saddress"), nullable(p.submitter.address));
    q.bindValue(QStringLiteral(":channel"), toWireName(p.channel));
    q.bindValue(QStringLiteral(":field"), p.fieldId);
    q.bindValue(QStringLiteral(":state"), toWireName(p.state));
    q.bindValue(QStringLiteral(":unit"), p.unitId);
    q.bindValue(QStringLiteral(":assignee"), nullable(p.assignee));
    q.bindValue(QStringLiteral(":received"), wire::encodeInstant(p.receivedAt));
    q.bindValue(QStringLiteral(":due"),
                p.dueDate.isValid() ? QVariant(wire::encodeDate(p.dueDate)) : QVariant());
    q.bindValue(QStringLiteral(":updated"), wire::encodeInstant(p.updatedAt));
    q.bindValue(QStringLiteral(":record"),
                QString::fromUtf8(QJsonDocument(wire::encode(p)).toJson(QJsonDocument::Compact)));
}

} // namespace

PetitionStore::PetitionStore(const CacheDatabase &database)
    : m_database(database)
{}

QString PetitionStore::applyChangePage(const ChangePage &page)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());

    auto failWith = [&db](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        db.rollback();
        return why.isEmpty() ? QStringLiteral("database error") : why;
    };

    QSqlQuery upsert(db);
    upsert.prepare(upsertSql());
    for (const Petition &p : page.petitions) {
        bindPetition(upsert, p);
        if (!upsert.exec())
            return failWith(upsert);
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM petitions WHERE id = ?"));
    for (const Tombstone &t : page.tombstones) {
        remove.addBindValue(t.id);
        if (!remove.exec())
            return failWith(remove);
    }
    QSqlQuery cursor(db);
    cursor.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    cursor.addBindValue(kCursorKey);
    cursor.addBindValue(page.nextCursor);
    if (!cursor.exec())
        return failWith(cursor);
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return why;
    }
    return {};
}

std::optional<Petition> PetitionStore::petition(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT record FROM petitions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    Decoded<Petition> decoded = wire::decodePetition(doc.object());
    return decoded.value;
}

qint64 PetitionStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM petitions")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<qint64> PetitionStore::allIds() const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM petitions ORDER BY id"))) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QString PetitionStore::syncCursor() const
{
    return stateValue(kCursorKey);
}

QString PetitionStore::stateValue(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QString PetitionStore::setStateValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return q.lastError().text();
    return {};
}

} // namespace pakn
