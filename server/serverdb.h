#pragma once

#include "problem.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QSqlError;

namespace pakn::server {

/// The server's SQLite database file: schema creation and version checks, and one connection per thread.
///
/// Ownership: owns the file path and the connections it opened; the destructor closes the calling thread's
/// connection. Connections of other threads are closed when those threads end (httplib's workers end in
/// HttpServer::serve() before it returns), so destroy this object after the server has stopped.
/// Threading: open() once, in the main thread, before any other thread calls connection(). connection() is
/// thread-safe and returns the calling thread's own connection, opened lazily with WAL, a 5 s busy timeout
/// and foreign keys on. Never pass a connection to another thread.
/// Failure behaviour: open() reports why it failed (including a schema newer than this build);
/// connection() returns a closed QSqlDatabase when opening failed, and callers answer internalProblem().
class ServerDb
{
public:
    static constexpr int kSchemaVersion = 3;

    explicit ServerDb(QString filePath);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    /// Opens or creates the file and brings the schema to kSchemaVersion, migrating an older file step by
    /// step. `created` tells whether the database is new (and so must be seeded).
    bool open(bool *created, QString *error);
    /// This thread's connection; open (or closed when the file could not be opened).
    QSqlDatabase connection() const;
    const QString &filePath() const { return m_filePath; }

    /// Takes the next change sequence number. Call inside the write transaction that stores the change,
    /// so numbers follow commit order and a reader never sees a gap filled later.
    static std::optional<qint64> nextChangeSeq(QSqlDatabase &db, QString *error);
    /// Reserves `count` numbers of the named counter ("timeline_id") and returns the first. Call inside the
    /// write transaction that uses them.
    static std::optional<qint64> nextCounter(QSqlDatabase &db, const char *name, qint64 count,
                                             QString *error);
    /// The last change sequence number handed out.
    static std::optional<qint64> changeHead(QSqlDatabase &db, QString *error);

    static bool setMeta(QSqlDatabase &db, const QString &key, const QString &value, QString *error);
    static std::optional<QString> meta(QSqlDatabase &db, const QString &key);

    /// Logs the SQL error (no values) and returns the problem to answer: service_unavailable when the
    /// database is busy or locked, internal_error otherwise.
    static Problem problemFor(const QSqlError &error, const char *operation);

private:
    QString connectionName() const;
    /// Brings the schema from `fromVersion` (0: empty file) to kSchemaVersion, one transaction per step.
    bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

    QString m_filePath;
    QString m_namePrefix;
};

/// A write transaction (BEGIN IMMEDIATE: it takes SQLite's write lock at once, so writers queue up instead
/// of failing on upgrade). Rolls back unless commit() succeeded. Use on the connection's thread.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    const QSqlError &error() const { return *m_error; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    std::unique_ptr<QSqlError> m_error;
};

/// A read transaction: every query inside it sees one snapshot of the database (WAL). Ends on destruction.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    bool isOpen() const { return m_open; }
    const QSqlError &error() const { return *m_error; }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    std::unique_ptr<QSqlError> m_error;
};

} // namespace pakn::server
