#include "serverdb.h"

#include "requestlog.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace pakn::server {
namespace {

// Schema version 1. Enumerations are stored as their wire names, instants as UTC ISO 8601 text
// ("2026-01-02T03:04:05Z"), dates as yyyy-MM-dd, session expiries as Unix seconds.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('change_seq', 0)",
    "CREATE TABLE units ("
    " id TEXT PRIMARY KEY,"
    " parent_id TEXT REFERENCES units(id),"
    " name TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('city', 'department', 'ward')),"
    " position INTEGER NOT NULL)",
    "CREATE TABLE users ("
    " username TEXT PRIMARY KEY,"
    " full_name TEXT NOT NULL,"
    " unit_id TEXT NOT NULL REFERENCES units(id),"
    " roles TEXT NOT NULL," // JSON array of role wire names
    " password_salt BLOB NOT NULL,"
    " password_hash BLOB NOT NULL,"
    " password_iterations INTEGER NOT NULL)",
    "CREATE TABLE sessions ("
    " access_hash TEXT PRIMARY KEY," // SHA-256 of the access token, hex
    " refresh_hash TEXT NOT NULL UNIQUE,"
    " username TEXT NOT NULL REFERENCES users(username),"
    " access_expires_at INTEGER NOT NULL,"
    " refresh_expires_at INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX sessions_by_refresh_expiry ON sessions(refresh_expires_at)",
    "CREATE TABLE petitions ("
    " id INTEGER PRIMARY KEY,"
    " version INTEGER NOT NULL CHECK (version >= 1),"
    " code TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL,"
    " content TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " category INTEGER NOT NULL CHECK (category BETWEEN 1 AND 8),"
    " submitter_type TEXT NOT NULL,"
    " submitter_name TEXT NOT NULL,"
    " submitter_organisation TEXT,"
    " submitter_phone TEXT,"
    " submitter_email TEXT,"
    " submitter_address TEXT,"
    " channel TEXT NOT NULL,"
    " field_id TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " unit_id TEXT NOT NULL REFERENCES units(id),"
    " assignee TEXT REFERENCES users(username),"
    " received_at TEXT NOT NULL,"
    " due_date TEXT,"
    " updated_at TEXT NOT NULL,"
    " seq INTEGER NOT NULL UNIQUE)", // the change sequence number of the last insert or update
    "CREATE INDEX petitions_by_unit_seq ON petitions(unit_id, seq)",
};

QAtomicInt g_instanceCounter;

/// Removes this thread's connections when the thread ends (httplib's workers are plain std::threads).
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

ServerDb::ServerDb(QString filePath)
    : m_filePath(std::move(filePath))
    , m_namePrefix(QStringLiteral("pakn-server-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1)))
{}

ServerDb::~ServerDb()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        t_connections.names.removeAll(name);
    }
}

QString ServerDb::connectionName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

QSqlDatabase ServerDb::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    t_connections.names.append(name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        RequestLog::event("db_error",
                          QStringLiteral("cannot open the database: %1").arg(db.lastError().text()));
        return db;
    }
    QString error;
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!exec(db, QString::fromLatin1(pragma), &error))
            RequestLog::event("db_error", QStringLiteral("%1 failed: %2").arg(QLatin1String(pragma), error));
    }
    return db;
}

bool ServerDb::open(bool *created, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_filePath, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("cannot switch %1 to WAL mode").arg(m_filePath);
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("%1 has schema version %2, newer than this server's %3; refusing to open it")
                     .arg(m_filePath)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    *created = version == 0;
    if (version == 0)
        return createSchema(db, error);
    // Later schema versions add their step-by-step migrations here, falling through from `version`.
    return true;
}

bool ServerDb::createSchema(QSqlDatabase &db, QString *error)
{
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    for (const char *statement : kSchemaV1) {
        if (!exec(db, QString::fromLatin1(statement), error)) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error) ||
        !exec(db, QStringLiteral("COMMIT"), error)) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return true;
}

std::optional<qint64> ServerDb::nextChangeSeq(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> ServerDb::changeHead(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool ServerDb::setMeta(QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

std::optional<QString> ServerDb::meta(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Problem ServerDb::problemFor(const QSqlError &error, const char *operation)
{
    RequestLog::event("db_error", QStringLiteral("%1: %2").arg(QLatin1String(operation), error.text()));
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6) pass; everything else is our fault.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return {ProblemCode::ServiceUnavailable, QStringLiteral("The database is busy; retry shortly"), {}};
    return {ProblemCode::InternalError, QStringLiteral("The server could not complete the request"), {}};
}

} // namespace pakn::server
