#include "referencestore.h"

#include "cachedatabase.h"
#include "net/wirecodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {
namespace {

const QString kKey = QStringLiteral("reference");

} // namespace

ReferenceStore::ReferenceStore(const CacheDatabase &database)
    : m_database(database)
{}

QString ReferenceStore::save(const QJsonObject &json, const QString &etag, const ReferenceData &data)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO reference_data (key, etag, json, fetched_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kKey);
    q.addBindValue(etag);
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(wire::encodeInstant(QDateTime::currentDateTimeUtc()));
    QSqlQuery clear(db);
    QSqlQuery unit(db);
    unit.prepare(QStringLiteral("INSERT INTO units (id, parent_id, name, kind) VALUES (?, ?, ?, ?)"));
    bool ok = q.exec() && clear.exec(QStringLiteral("DELETE FROM units"));
    for (const UnitInfo &u : data.units) {
        if (!ok)
            break;
        unit.addBindValue(u.id);
        unit.addBindValue(u.parentId.isEmpty() ? QVariant() : QVariant(u.parentId));
        unit.addBindValue(u.name);
        unit.addBindValue(u.kind);
        ok = unit.exec();
    }
    if (!ok || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : unit.lastError().text();
        db.rollback();
        return why.isEmpty() ? db.lastError().text() : why;
    }
    return {};
}

std::optional<ReferenceData> ReferenceStore::load() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT json FROM reference_data WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ReferenceData::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()).value;
}

QString ReferenceStore::etag() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT etag FROM reference_data WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace pakn
