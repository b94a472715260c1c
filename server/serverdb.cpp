#include "serverdb.h"

#include "requestlog.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <iterator>

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

// Version 2 (API v1 complete): the petition's timeline, reply, attachments and classification as JSON in the
// wire form (core/net/wirecodec); the units petitions left (tombstones); idempotency keys; reference data;
// uploads and attachments; refresh-token rotation.
const char *const kSchemaV2[] = {
    "ALTER TABLE petitions ADD COLUMN timeline TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE petitions ADD COLUMN reply TEXT",
    "ALTER TABLE petitions ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE petitions ADD COLUMN replied_at TEXT",
    "ALTER TABLE petitions ADD COLUMN classification TEXT",
    "ALTER TABLE petitions ADD COLUMN reject_reason TEXT",
    "INSERT INTO counters (name, value) VALUES ('timeline_id', 0)",
    // One row per time a petition left a unit: who held it, and the change that moved it away.
    "CREATE TABLE unit_exits ("
    " petition_id INTEGER NOT NULL REFERENCES petitions(id),"
    " unit_id TEXT NOT NULL,"
    " seq INTEGER NOT NULL)",
    "CREATE INDEX unit_exits_by_seq ON unit_exits(seq)",
    "CREATE TABLE idempotency_keys ("
    " username TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " request_hash TEXT NOT NULL," // SHA-256 of petition id, base version and body
    " status INTEGER NOT NULL,"
    " body BLOB NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " PRIMARY KEY (username, key))",
    "CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at)",
    "CREATE TABLE reference_data (name TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE uploads ("
    " id TEXT PRIMARY KEY,"
    " username TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " mime TEXT NOT NULL,"
    " received INTEGER NOT NULL DEFAULT 0,"
    " attachment_id TEXT," // set once completed
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE attachments ("
    " id TEXT PRIMARY KEY,"
    " sha256 TEXT NOT NULL," // the blob's name in the content store
    " name TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " mime TEXT NOT NULL,"
    " uploaded_by TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE petition_attachments ("
    " attachment_id TEXT NOT NULL REFERENCES attachments(id),"
    " petition_id INTEGER NOT NULL REFERENCES petitions(id),"
    " PRIMARY KEY (attachment_id, petition_id))",
    "ALTER TABLE sessions ADD COLUMN previous_refresh_hash TEXT",
    "CREATE INDEX sessions_by_previous_refresh ON sessions(previous_refresh_hash)",
    "CREATE INDEX sessions_by_user ON sessions(username)",
};

// Version 3: the related administrative procedure or regulation text ({"code", "name"} in the wire form; NULL
// when the petition names none).
const char *const kSchemaV3[] = {
    "ALTER TABLE petitions ADD COLUMN admin_procedure TEXT",
};

struct Migration
{
    int toVersion;
    const char *const *statements;
    std::size_t count;
};

// Step by step: a database at version n runs every migration with toVersion > n, in order.
const Migration kMigrations[] = {
    {1, kSchemaV1, std::size(kSchemaV1)},
    {2, kSchemaV2, std::size(kSchemaV2)},
    {3, kSchemaV3, std::size(kSchemaV3)},
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
    return migrate(db, version, error);
}

bool ServerDb::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (const Migration &m : kMigrations) {
        if (m.toVersion <= fromVersion)
            continue;
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        bool ok = true;
        for (std::size_t i = 0; ok && i < m.count; ++i)
            ok = exec(db, QString::fromLatin1(m.statements[i]), error);
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion), error) &&
             exec(db, QStringLiteral("COMMIT"), error);
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            *error = QStringLiteral("migration to schema version %1 failed: %2").arg(m.toVersion).arg(*error);
            return false;
        }
        if (fromVersion > 0)
            RequestLog::event("database", QStringLiteral("migrated to schema version %1").arg(m.toVersion));
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

std::optional<qint64> ServerDb::nextCounter(QSqlDatabase &db, const char *name, qint64 count, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ? RETURNING value"));
    q.addBindValue(count);
    q.addBindValue(QString::fromLatin1(name));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong() - count + 1;
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

WriteTransaction::WriteTransaction(QSqlDatabase &db)
    : m_db(db)
    , m_error(std::make_unique<QSqlError>())
{
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        *m_error = q.lastError();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *m_error = q.lastError();
        return false;
    }
    m_open = false;
    return true;
}

ReadTransaction::ReadTransaction(QSqlDatabase &db)
    : m_db(db)
    , m_error(std::make_unique<QSqlError>())
{
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("BEGIN"));
    if (!m_open)
        *m_error = q.lastError();
}

ReadTransaction::~ReadTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

} // namespace pakn::server
