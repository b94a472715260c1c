#pragma once

#include "domain/referencedata.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The service's reference data (units, fields, policies, calendar overrides) in the cache, with its ETag, so
/// that everything that needs it works offline. `save()` replaces it and the units table in one transaction.
/// Use on one thread with that thread's connection.
class ReferenceStore
{
public:
    explicit ReferenceStore(const CacheDatabase &database);

    QString save(const QJsonObject &json, const QString &etag, const ReferenceData &data);
    std::optional<ReferenceData> load() const;
    QString etag() const;

private:
    const CacheDatabase &m_database;
};

} // namespace pakn
