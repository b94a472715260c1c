#include "cachefacets.h"

#include "store/cachedatabase.h"

#include <QSqlQuery>

namespace pakn {
namespace {

QStringList distinctValues(const QSqlDatabase &db, const QString &column)
{
    // `column` comes from this file only, never from input; both columns are indexed.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList values;
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM petitions ORDER BY %1").arg(column)))
        return values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

} // namespace

CacheFacets CacheFacets::read(const CacheDatabase &cache)
{
    const QSqlDatabase db = cache.connection();
    return {distinctValues(db, QStringLiteral("field_id")), distinctValues(db, QStringLiteral("unit_id"))};
}

} // namespace pakn
