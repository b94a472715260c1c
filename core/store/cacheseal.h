#pragma once

#include <QString>
#include <QtGlobal>

namespace pakn {

/// When opening the cache must run SQLite's `PRAGMA quick_check`, which reads the whole file (776 ms for a
/// 619 MiB cache of 100,000 petitions on a warm page cache; seconds on a cold disk), and when it may skip it.
///
/// Contract: a CacheDatabase that opened the file writes a *seal* beside it ("<cache>.sealed") when it closes
/// cleanly as the file's last user (no "-wal" file left): the file's size and modification time, and when the
/// file was last checked in full. Opening reads the seal and deletes it at once, so a process that dies
/// leaves none. The check is skipped only when every row of `kSealRules` passes: a seal that parses, the
/// file unchanged since it was written (same size and modification time), no write-ahead log left over,
/// and a full check within `kFullCheckEvery`. Damage to a closed file that changes neither its size nor
/// its time (bit rot) is found by the weekly full check, or earlier by SQLite when it reads the damaged page.
struct CacheSeal
{
    qint64 size = -1;
    qint64 modifiedMs = -1; ///< the file's modification time, ms since the epoch (UTC)
    qint64 checkedMs = -1;  ///< when the file last passed a full quick_check, ms since the epoch (UTC)

    static QString pathFor(const QString &cacheFile) { return cacheFile + QStringLiteral(".sealed"); }
    /// Parses "<size> <modifiedMs> <checkedMs>"; an unreadable seal has size -1.
    static CacheSeal parse(const QByteArray &text);
    QByteArray serialize() const;
};

/// What the opener sees on disk, read before SQLite opens the file.
struct CacheFileState
{
    bool sealPresent = false;
    CacheSeal seal;
    qint64 size = -1;
    qint64 modifiedMs = -1;
    bool walPresent = false; ///< a "-wal" file with content: a writer did not close (crash, or still open)
    qint64 nowMs = 0;
};

constexpr qint64 kFullCheckEvery = qint64(7) * 24 * 3600 * 1000;

/// The first rule that fails names why the check runs ("" when it may be skipped). English, for logs.
QString integrityCheckReason(const CacheFileState &state);

/// Reads the seal, the file's size and time and the WAL's presence for `cacheFile`.
CacheFileState readCacheFileState(const QString &cacheFile);

} // namespace pakn
