#include "cachedatabase.h"

#include "cacheseal.h"
#include "indexbacklog.h"
#include "migrations.h"
#include "petitionstore.h"
#include "searchbacklog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace pakn {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

CacheOpenResult failure(CacheOpenError error, QString message, int version)
{
    CacheOpenResult r;
    r.error = error;
    r.message = std::move(message);
    r.schemaVersion = version;
    return r;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// Creates the file (and its folder) with owner-only permissions before SQLite opens it, so that citizens'
/// data is never readable by other users, not even for a moment.
bool prepareFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    // Every folder created on the way is owner-only too (e.g. "accounts/" above the account's folder),
    // whatever the process umask: a folder listing can already tell which servers and users this machine
    // works for.
    QStringList missing;
    for (QString p = dir.absolutePath(); !QFileInfo::exists(p) && !QDir(p).isRoot(); p = QFileInfo(p).path())
        missing.prepend(p);
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir()) {
            *error = QStringLiteral("cannot create folder %1").arg(folder);
            return false;
        }
        QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    }
    QFile::setPermissions(dir.path(), kOwnerOnly | QFileDevice::ExeOwner);
    if (!info.exists()) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = f.errorString();
            return false;
        }
    }
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

} // namespace

CacheDatabase::CacheDatabase(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(QStringLiteral("pakn-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

CacheDatabase::~CacheDatabase()
{
    // Connections of other threads are removed when those threads end; remove what is left by name.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    if (m_opened)
        writeSeal();
}

void CacheDatabase::writeSeal() const
{
    // SQLite removes the write-ahead log when the file's last connection closes; a log still there means
    // another process (pakn-cli beside pakn-desk) still has the file open, so this close does not seal it.
    const CacheFileState state = readCacheFileState(m_filePath);
    if (state.size < 0 || state.walPresent)
        return;
    QFile seal(CacheSeal::pathFor(m_filePath));
    if (!seal.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        return; // no seal: the next open checks the file, which is only slower
    seal.write(CacheSeal{state.size, state.modifiedMs, m_checkedMs}.serialize());
}

int CacheDatabase::currentSchemaVersion()
{
    return cacheMigrations().constLast().toVersion;
}

QString CacheDatabase::connectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase CacheDatabase::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

CacheOpenResult CacheDatabase::openOrRecover()
{
    CacheOpenResult first = open();
    if (first.error != CacheOpenError::Corrupt && first.error != CacheOpenError::NotADatabase)
        return first;

    // Close every connection to the damaged file before moving it and its journal aside.
    releaseThreadConnection();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = m_filePath + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(m_filePath, aside))
        return failure(CacheOpenError::CannotOpen,
                       QStringLiteral("%1; it could not be moved aside to %2").arg(first.message, aside), 0);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(m_filePath + QLatin1String(suffix), aside + QLatin1String(suffix));

    CacheOpenResult fresh = open();
    fresh.setAsidePath = aside;
    if (fresh)
        fresh.message =
            QStringLiteral("%1. It was kept as %2 and a new cache is being filled from the server.")
                .arg(first.message, aside);
    return fresh;
}

void CacheDatabase::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

CacheOpenResult CacheDatabase::open()
{
    CacheOpenResult result;
    QString error;
    if (!prepareFile(m_filePath, &error))
        return failure(CacheOpenError::CannotOpen,
                       QStringLiteral("Cannot create the cache file: %1").arg(error), 0);

    // Read and remove the seal before SQLite touches the file: a process that dies from here on leaves no
    // seal, so the next open checks the file.
    const CacheFileState fileState = readCacheFileState(m_filePath);
    if (fileState.sealPresent)
        QFile::remove(CacheSeal::pathFor(m_filePath));

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return failure(CacheOpenError::CannotOpen,
                       QStringLiteral("Cannot open the cache file: %1").arg(db.lastError().text()), 0);

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(CacheOpenError::NotADatabase,
                       QStringLiteral("The cache file is not a database: %1").arg(q.lastError().text()), 0);
    int version = q.value(0).toInt();
    q.finish();
    result.schemaVersion = version;

    if (version > currentSchemaVersion()) {
        return failure(
            CacheOpenError::NewerVersion,
            QStringLiteral("The cache was written by a newer version of PAKN Desk (schema %1; this "
                           "version knows up to %2). It was left untouched.")
                .arg(version)
                .arg(currentSchemaVersion()),
            version);
    }

    result.integrityCheckReason = version > 0 ? integrityCheckReason(fileState) : QString();
    m_checkedMs =
        result.integrityCheckReason.isEmpty() && version > 0 ? fileState.seal.checkedMs : fileState.nowMs;
    if (!result.integrityCheckReason.isEmpty()) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok")) {
            const QString why =
                check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            CacheOpenResult damaged = failure(
                CacheOpenError::Corrupt, QStringLiteral("The cache file is damaged: %1").arg(why), version);
            damaged.integrityCheckReason = result.integrityCheckReason;
            return damaged;
        }
    }

    if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
        return failure(CacheOpenError::NotADatabase,
                       QStringLiteral("Cannot use the cache file: %1").arg(error), version);

    // Indexes a killed first sync left unbuilt (indexbacklog.h) are built before a schema upgrade, so that
    // the migrations find the schema they were written for. Otherwise the sync engine's next run builds them.
    if (version > 0 && version < currentSchemaVersion()) {
        if (const QString why = indexbacklog::complete(db); !why.isEmpty())
            return failure(CacheOpenError::MigrationFailed,
                           QStringLiteral("Building the cache's indexes failed: %1").arg(why), version);
    }
    for (const Migration &step : cacheMigrations()) {
        if (step.toVersion <= version)
            continue;
        if (!db.transaction())
            return failure(CacheOpenError::MigrationFailed, db.lastError().text(), version);
        // A step is one transaction: any statement failing leaves the cache at the version before it.
        auto stepFailed = [&](const QString &why) {
            db.rollback();
            return failure(
                CacheOpenError::MigrationFailed,
                QStringLiteral("Upgrading the cache to schema %1 failed: %2").arg(step.toVersion).arg(why),
                version);
        };
        for (const QString &sql : step.statements) {
            if (!exec(db, sql, &error))
                return stepFailed(error);
        }
        if (!step.searchIndex.isEmpty()) {
            if (const QString why = searchbacklog::beginRebuild(db, step.searchIndex); !why.isEmpty())
                return stepFailed(why);
        }
        // Built now in an empty cache; else recorded, for the sync thread to build (migrations.h).
        for (const PetitionIndex &index : step.petitionIndexes) {
            if (const QString why = indexbacklog::createOrDefer(db, index.name, index.sql); !why.isEmpty())
                return stepFailed(why);
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion), &error) ||
            !db.commit()) {
            db.rollback();
            return failure(CacheOpenError::MigrationFailed, error, version);
        }
        version = step.toVersion;
    }
    if (!PetitionStore(*this).stateValue(QStringLiteral("reindex.needed")).isEmpty()) {
        const QString why = PetitionStore(*this).reindexAll();
        if (!why.isEmpty())
            return failure(CacheOpenError::MigrationFailed,
                           QStringLiteral("Rebuilding the search index failed: %1").arg(why), version);
    }
    // A full reindex (above) completes the index without the backlog: the previous schema's index goes.
    if (const QString why = searchbacklog::dropPreviousIfComplete(db); !why.isEmpty())
        return failure(CacheOpenError::MigrationFailed,
                       QStringLiteral("Removing the previous search index failed: %1").arg(why), version);
    // WAL and shared-memory side files are created by SQLite with the process umask; tighten them too.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_filePath + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::setPermissions(side, kOwnerOnly);
    }
    result.schemaVersion = version;
    m_opened = true;
    return result;
}

} // namespace pakn
