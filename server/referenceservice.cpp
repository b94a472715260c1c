#include "referenceservice.h"

#include "directory.h"
#include "referencedefaults.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {

std::unique_ptr<ReferenceService> ReferenceService::load(ServerDb &db, qint64 maxAttachmentBytes,
                                                         QString *error)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT json FROM reference_data WHERE name = 'reference'"))) {
        *error = q.lastError().text();
        return nullptr;
    }
    QByteArray stored;
    if (q.next())
        stored = q.value(0).toString().toUtf8();
    q.finish();
    if (stored.isEmpty()) {
        stored = QJsonDocument(defaultReferenceData().toJson()).toJson(QJsonDocument::Indented);
        q.prepare(QStringLiteral("INSERT INTO reference_data (name, json) VALUES ('reference', ?)"));
        q.addBindValue(QString::fromUtf8(stored));
        if (!q.exec()) {
            *error = q.lastError().text();
            return nullptr;
        }
    }
    Decoded<ReferenceData> decoded = ReferenceData::fromJson(QJsonDocument::fromJson(stored).object());
    if (!decoded) {
        *error = QStringLiteral("the stored reference data is invalid: %1").arg(decoded.error);
        return nullptr;
    }
    auto service = std::make_unique<ReferenceService>();
    service->m_data = std::move(*decoded.value);
    Result<QList<Unit>> units = directory::units(connection);
    if (!units) {
        *error = units.problem().detail;
        return nullptr;
    }
    service->m_data.units.clear();
    for (const Unit &u : units.value())
        service->m_data.units.append(UnitInfo{u.id, u.parentId, u.name, u.kind});
    service->m_data.attachmentPolicy.maxFileBytes = maxAttachmentBytes;
    service->m_body = QJsonDocument(service->m_data.toJson()).toJson(QJsonDocument::Compact);
    service->m_etag =
        "\"r-" + QCryptographicHash::hash(service->m_body, QCryptographicHash::Sha256).toHex().left(32) + '"';
    return service;
}

bool ReferenceService::matches(const QByteArray &ifNoneMatch) const
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == m_etag)
            return true;
    }
    return false;
}

} // namespace pakn::server
