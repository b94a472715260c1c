#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pakn {

/// Why a cache file could not be opened. `NewerVersion` leaves the file untouched so that the newer
/// application that wrote it can still use it.
enum class CacheOpenError { None, CannotOpen, NewerVersion, MigrationFailed, NotADatabase, Corrupt };

struct CacheOpenResult
{
    CacheOpenError error = CacheOpenError::None;
    QString message; ///< English, for logs and for the UI to translate around
    int schemaVersion = 0;
    QString setAsidePath; ///< set by openOrRecover() when a damaged cache was moved away and a new one made
    /// Why open() ran SQLite's quick_check on an existing cache (see CacheSeal); empty when it was skipped.
    QString integrityCheckReason;
    explicit operator bool() const { return error == CacheOpenError::None; }
};

/// The local SQLite cache file of one account: opening, pragmas, schema migrations, per-thread connections.
///
/// Contract: `open()` is called once (on any thread) before anything else; it creates the file readable by
/// the user only, enables WAL, and migrates the schema step by step to `currentSchemaVersion()`. A cache
/// whose `PRAGMA user_version` is newer than this build knows is refused and left untouched. After that,
/// `connection()` returns the calling thread's own QSqlDatabase to the same file (created on first use; Qt
/// connections must not cross threads). The object itself is immutable after `open()` and may be shared
/// between threads. An existing cache is checked with `PRAGMA quick_check` on open unless it was sealed by a
/// clean close and has not changed since (store/cacheseal.h); the destructor of an object whose open()
/// succeeded writes that seal when it was the file's last user.
class CacheDatabase
{
public:
    explicit CacheDatabase(QString filePath);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    CacheOpenResult open();
    /// Like open(), but a damaged cache (not a database, or failing SQLite's quick_check) is renamed to
    /// "<file>.corrupt-<UTC time>" — kept for inspection, never deleted — and a new, empty cache is created
    /// in its place, to be filled by the next full sync. A cache from a newer version is still refused
    /// untouched.
    CacheOpenResult openOrRecover();
    QSqlDatabase connection() const;
    /// Closes and forgets the calling thread's connection; a worker thread calls this before it ends.
    void releaseThreadConnection() const;
    const QString &filePath() const { return m_filePath; }

    static int currentSchemaVersion();

private:
    QString connectionName() const;

    void writeSeal() const;

    QString m_filePath;
    QString m_connectionPrefix;
    bool m_opened = false;
    qint64 m_checkedMs = -1; ///< when the file last passed a full check (for the seal)
};

} // namespace pakn
