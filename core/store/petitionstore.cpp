#include "petitionstore.h"

#include "cachedatabase.h"
#include "domain/vietnamesecollation.h"
#include "indexbacklog.h"
#include "searchbacklog.h"
#include "textfold.h"

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
        " unit_id, assignee, received_at, due_date, updated_at, record, title_key, submitter_key)"
        // The long texts come as UTF-8 bytes (bound as blobs, cast back to text) so SQLite need not convert
        // them from UTF-16.
        " VALUES (:id, :version, :code, CAST(:title AS TEXT), CAST(:content AS TEXT), :kind, :category, "
        ":stype,"
        " :sname, :sorg, :sphone, :semail, :saddress, :channel, :field, :state, :unit, :assignee, :received,"
        " :due, :updated, CAST(:record AS TEXT), :title_key, :submitter_key)"
        " ON CONFLICT(id) DO UPDATE SET version = excluded.version, code = excluded.code, title = "
        "excluded.title,"
        " content = excluded.content, kind = excluded.kind, category = excluded.category,"
        " submitter_type = excluded.submitter_type, submitter_name = excluded.submitter_name,"
        " submitter_organisation = excluded.submitter_organisation, submitter_phone = "
        "excluded.submitter_phone,"
        " submitter_email = excluded.submitter_email, submitter_address = excluded.submitter_address,"
        " channel = excluded.channel, field_id = excluded.field_id, state = excluded.state,"
        " unit_id = excluded.unit_id, assignee = excluded.assignee, received_at = excluded.received_at,"
        " due_date = excluded.due_date, updated_at = excluded.updated_at, record = excluded.record,"
        " title_key = excluded.title_key, submitter_key = excluded.submitter_key"
        " WHERE excluded.version >= petitions.version");
}

void bindPetition(QSqlQuery &q, const Petition &p, const QByteArray &record)
{
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":version"), p.version);
    q.bindValue(QStringLiteral(":code"), p.code);
    q.bindValue(QStringLiteral(":title"), p.title.toUtf8());
    q.bindValue(QStringLiteral(":content"), p.content.toUtf8());
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
                record.isEmpty() ? QJsonDocument(wire::encode(p)).toJson(QJsonDocument::Compact) : record);
    q.bindValue(QStringLiteral(":title_key"), collation::sortKey(p.title));
    q.bindValue(QStringLiteral(":submitter_key"), collation::sortKey(p.submitter.name));
}

QByteArray searchable(const QString &text)
{
    return textfold::fold(textfold::normalize(text)).toUtf8();
}

/// Replaces the full-text row of one petition. Reply and notes come with the reply editor and the timeline.
bool indexPetition(QSqlQuery &remove, QSqlQuery &insert, const Petition &p)
{
    remove.bindValue(0, p.id);
    if (!remove.exec())
        return false;
    QString submitter = p.submitter.name;
    if (!p.submitter.organisation.isEmpty())
        submitter += QLatin1Char(' ') + p.submitter.organisation;
    insert.bindValue(0, p.id);
    insert.bindValue(1, searchable(p.code));
    insert.bindValue(2, searchable(p.title));
    insert.bindValue(3, searchable(p.content));
    insert.bindValue(4, searchable(submitter));
    QString reply;
    if (p.reply)
        reply = p.reply->subject + QLatin1Char('\n') + p.reply->body;
    QStringList notes; // what people wrote on the timeline: notes, progress updates, comments of a return
    for (const TimelineEntry &e : p.timeline) {
        if (!e.comment.isEmpty())
            notes << e.comment;
    }
    insert.bindValue(5, searchable(reply));
    insert.bindValue(6, searchable(notes.join(QLatin1Char('\n'))));
    return insert.exec();
}

/// Mirrors the record's timeline into timeline_events, which the saved views query ("returned to me").
bool storeTimeline(QSqlQuery &clear, QSqlQuery &add, const Petition &p)
{
    clear.bindValue(0, p.id);
    if (!clear.exec())
        return false;
    for (const TimelineEntry &e : p.timeline) {
        add.bindValue(0, e.id);
        add.bindValue(1, p.id);
        add.bindValue(2, e.kind);
        add.bindValue(3, e.actor.isEmpty() ? QVariant() : QVariant(e.actor));
        add.bindValue(4, wire::encodeInstant(e.at));
        add.bindValue(5, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("comment"), e.comment},
                                                                     {QStringLiteral("data"), e.data}})
                                               .toJson(QJsonDocument::Compact)));
        if (!add.exec())
            return false;
    }
    return true;
}

const QString kFtsDeleteSql = QStringLiteral("DELETE FROM petition_fts WHERE rowid = ?");
const QString kFtsInsertSql = QStringLiteral(
    "INSERT INTO petition_fts (rowid, code, title, content, submitter, reply, notes) VALUES (?,"
    " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))");

} // namespace

PetitionStore::PetitionStore(const CacheDatabase &database)
    : m_database(database)
{}

QString PetitionStore::upsertWithin(QSqlDatabase &db, const QList<Petition> &petitions,
                                    const QList<QByteArray> &records, std::optional<qint64> indexBelow)
{
    QSqlQuery upsert(db);
    upsert.prepare(upsertSql());
    QSqlQuery ftsDelete(db);
    ftsDelete.prepare(kFtsDeleteSql);
    QSqlQuery ftsInsert(db);
    ftsInsert.prepare(kFtsInsertSql);
    auto why = [](const QSqlQuery &q) {
        const QString text = q.lastError().text();
        return text.isEmpty() ? QStringLiteral("database error") : text;
    };
    QSqlQuery clearTimeline(db);
    clearTimeline.prepare(QStringLiteral("DELETE FROM timeline_events WHERE petition_id = ?"));
    QSqlQuery addTimeline(db);
    addTimeline.prepare(
        QStringLiteral("INSERT OR REPLACE INTO timeline_events (id, petition_id, kind, actor, at,"
                       " payload) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < petitions.size(); ++i) {
        const Petition &p = petitions.at(i);
        bindPetition(upsert, p, i < records.size() ? records.at(i) : QByteArray());
        if (!upsert.exec())
            return why(upsert);
        if (upsert.numRowsAffected() == 0)
            continue; // an older version than the cached one: nothing changed
        const bool deferred = indexBelow && p.id >= *indexBelow;
        if (!deferred && !indexPetition(ftsDelete, ftsInsert, p))
            return why(ftsInsert.lastError().isValid() ? ftsInsert : ftsDelete);
        if (!storeTimeline(clearTimeline, addTimeline, p))
            return why(addTimeline.lastError().isValid() ? addTimeline : clearTimeline);
    }
    return {};
}

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

    const std::optional<qint64> indexBelow = searchbacklog::pendingFrom(db);
    if (const QString why = upsertWithin(db, page.petitions, page.records, indexBelow); !why.isEmpty()) {
        db.rollback();
        return why;
    }
    QSqlQuery ftsDelete(db);
    ftsDelete.prepare(kFtsDeleteSql);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM petitions WHERE id = ?"));
    for (const Tombstone &t : page.tombstones) {
        remove.bindValue(0, t.id);
        ftsDelete.bindValue(0, t.id);
        if (!remove.exec())
            return failWith(remove);
        if (!ftsDelete.exec())
            return failWith(ftsDelete);
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

QString PetitionStore::reindexAll()
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE petitions SET title_key = ?, submitter_key = ? WHERE id = ?"));
    QSqlQuery ftsDelete(db);
    ftsDelete.prepare(kFtsDeleteSql);
    QSqlQuery ftsInsert(db);
    ftsInsert.prepare(kFtsInsertSql);
    QSqlQuery done(db);
    auto fail = [&db](const QSqlQuery &q) {
        db.rollback();
        return q.lastError().text();
    };
    if (!rows.exec(QStringLiteral("SELECT record FROM petitions")))
        return fail(rows);
    while (rows.next()) {
        const Decoded<Petition> p =
            wire::decodePetition(QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object());
        if (!p)
            continue; // an unreadable row is refreshed by the next full sync
        update.bindValue(0, collation::sortKey(p.value->title));
        update.bindValue(1, collation::sortKey(p.value->submitter.name));
        update.bindValue(2, p.value->id);
        if (!update.exec())
            return fail(update);
        if (!indexPetition(ftsDelete, ftsInsert, *p.value))
            return fail(ftsInsert);
    }
    if (!done.exec(
            QStringLiteral("DELETE FROM sync_state WHERE key IN ('reindex.needed', 'fts.pending_from')")))
        return fail(done);
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QString PetitionStore::deferSearchIndexIfEmpty()
{
    QSqlDatabase db = m_database.connection();
    return searchbacklog::deferIfEmpty(db);
}

bool PetitionStore::hasSearchIndexBacklog() const
{
    QSqlDatabase db = m_database.connection();
    return searchbacklog::pendingFrom(db).has_value();
}

QString PetitionStore::completeSearchIndex(qint64 maxRows)
{
    QSqlDatabase db = m_database.connection();
    constexpr int kBatchRows = 5000;
    return searchbacklog::complete(db, maxRows,
                                   maxRows > 0 && maxRows < kBatchRows ? int(maxRows) : kBatchRows);
}

QString PetitionStore::deferIndexesIfEmpty()
{
    QSqlDatabase db = m_database.connection();
    return indexbacklog::deferIfEmpty(db);
}

bool PetitionStore::hasIndexBacklog() const
{
    QSqlDatabase db = m_database.connection();
    return indexbacklog::pending(db);
}

QString PetitionStore::completeIndexes(int maxIndexes)
{
    QSqlDatabase db = m_database.connection();
    return indexbacklog::complete(db, maxIndexes);
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
