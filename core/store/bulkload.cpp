#include "bulkload.h"

#include "sqlsteps.h"

#include <QSqlQuery>

namespace pakn::bulkload {
namespace {

struct Setting
{
    const char *pragma;
    int bulk;  ///< while a first sync runs
    int usual; ///< after it: SQLite's default
};

// Measured at 20,000 and 100,000 petitions (docs/performance.md, "Full first sync").
constexpr Setting kSettings[] = {
    // Each page is a transaction of about 10 MB. With the default of 1,000 pages (4 MB) the write-ahead log
    // is copied into the file, and the file synced, after every page; a larger log does it about once every
    // 16 pages, and pages written again meanwhile (the tables' upper levels) are copied once.
    {"wal_autocheckpoint", 16384, 1000},
};

QString apply(QSqlDatabase &db, bool bulk)
{
    for (const Setting &s : kSettings) {
        QSqlQuery q(db);
        if (!q.exec(
                QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(s.pragma)).arg(bulk ? s.bulk : s.usual)))
            return sqlsteps::reason(q);
    }
    return {};
}

} // namespace

QString begin(QSqlDatabase &db)
{
    return apply(db, true);
}

QString end(QSqlDatabase &db)
{
    return apply(db, false);
}

} // namespace pakn::bulkload
