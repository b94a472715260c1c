#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pakn::bulkload {

/// Connection settings while a full first sync fills an empty cache, and back to the usual ones after it.
///
/// Contract: `begin()` and `end()` change settings of the caller's connection only (SQLite pragmas that last
/// as long as the connection and are not stored in the file), so they change nothing a kill could leave
/// behind: the durability and the file format stay as they are (WAL, synchronous = NORMAL), and a process
/// killed during a bulk load leaves a cache that the next open uses with the usual settings. The settings are
/// one table in bulkload.cpp, each row with its reason and the value `end()` restores (SQLite's default,
/// which CacheDatabase::connection() leaves). Both return an empty string on success, else the reason
/// (English); a failure only makes the sync slower.
QString begin(QSqlDatabase &db);
QString end(QSqlDatabase &db);

} // namespace pakn::bulkload
