#include "indexbacklog.h"

#include "sqlsteps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pakn::indexbacklog {
namespace {

const QString kPrefix = QStringLiteral("index.deferred.");
const QString kCountsPrefix = QStringLiteral("counts.deferred.");

/// The key range of the rows with `prefix`: '/' follows '.', so [prefix, prefix minus its dot + '/').
QString endOf(const QString &prefix)
{
    return prefix.chopped(1) + QLatin1Char('/');
}

bool anyRecorded(QSqlDatabase &db, const QString &prefix)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key >= ? AND key < ? LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(endOf(prefix));
    return q.exec() && q.next();
}

/// Inside the caller's transaction: records each schema object `select` finds (its name and `CREATE`
/// statement) under `prefix` in sync_state, then drops it with `dropVerb` ("INDEX", "TRIGGER"). Empty on
/// success, else the database's reason (the caller rolls back).
QString recordAndDrop(QSqlDatabase &db, const QString &select, const QString &prefix, const QString &dropVerb)
{
    QSqlQuery objects(db);
    if (!objects.exec(select))
        return sqlsteps::reason(objects);
    QList<QPair<QString, QString>> found;
    while (objects.next())
        found.append({objects.value(0).toString(), objects.value(1).toString()});
    objects.finish();
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    for (const auto &[name, sql] : std::as_const(found)) {
        record.bindValue(0, prefix + name);
        record.bindValue(1, sql);
        if (!record.exec())
            return sqlsteps::reason(record);
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP %1 \"%2\"").arg(dropVerb, name)))
            return sqlsteps::reason(drop);
    }
    return {};
}

/// Inside the caller's transaction: recreates the object recorded under `key` (`prefix` + its name) from its
/// `CREATE` statement and forgets the record. One that exists already (a migration may have recreated it) is
/// replaced, so the backlog never sticks on "already exists". Empty on success, else the database's reason
/// (the caller rolls back).
QString restore(QSqlDatabase &db, const QString &dropVerb, const QString &prefix, const QString &key,
                const QString &sql)
{
    QSqlQuery drop(db);
    if (!drop.exec(QStringLiteral("DROP %1 IF EXISTS \"%2\"").arg(dropVerb, key.mid(prefix.size()))))
        return sqlsteps::reason(drop);
    QSqlQuery create(db);
    if (!create.exec(sql))
        return sqlsteps::reason(create);
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    forget.addBindValue(key);
    return forget.exec() ? QString() : sqlsteps::reason(forget);
}

/// Inside the caller's transaction: records and drops schema 7's count triggers (petition_counts_*).
QString deferCountTriggers(QSqlDatabase &db)
{
    return recordAndDrop(
        db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                       " AND tbl_name = 'petitions' AND name LIKE 'petition\\_counts\\_%' ESCAPE '\\'"
                       " ORDER BY name"),
        kCountsPrefix, QStringLiteral("TRIGGER"));
}

/// Refills petition_counts from the table and recreates the recorded count triggers, in one transaction
/// that also deletes their rows.
QString completeCounts(QSqlDatabase &db)
{
    if (!anyRecorded(db, kCountsPrefix))
        return {};
    if (!db.transaction())
        return db.lastError().text();
    auto fail = [&db](const QSqlQuery &q) { return sqlsteps::rollBack(db, q); };
    QSqlQuery recorded(db);
    recorded.prepare(
        QStringLiteral("SELECT key, value FROM sync_state WHERE key >= ? AND key < ? ORDER BY key"));
    recorded.addBindValue(kCountsPrefix);
    recorded.addBindValue(endOf(kCountsPrefix));
    if (!recorded.exec())
        return fail(recorded);
    QList<QPair<QString, QString>> found;
    while (recorded.next())
        found.append({recorded.value(0).toString(), recorded.value(1).toString()});
    recorded.finish();
    // The same fill as migration 7's.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM petition_counts"),
          QStringLiteral("INSERT INTO petition_counts (unit_id, state, n)"
                         " SELECT unit_id, state, COUNT(*) FROM petitions GROUP BY unit_id, state")}) {
        QSqlQuery fill(db);
        if (!fill.exec(sql))
            return fail(fill);
    }
    for (const auto &[key, sql] : std::as_const(found)) {
        if (const QString why = restore(db, QStringLiteral("TRIGGER"), kCountsPrefix, key, sql);
            !why.isEmpty()) {
            db.rollback();
            return why;
        }
    }
    return sqlsteps::commitOrRollBack(db);
}

} // namespace

QString createOrDefer(QSqlDatabase &db, const QString &name, const QString &sql)
{
    QSqlQuery empty(db);
    if (!empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM petitions)")) || !empty.next())
        return sqlsteps::reason(empty);
    const bool build = empty.value(0).toBool();
    empty.finish();
    QSqlQuery q(db);
    if (build) {
        if (!q.exec(sql))
            return sqlsteps::reason(q);
        return {};
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.addBindValue(kPrefix + name);
    q.addBindValue(sql);
    return q.exec() ? QString() : sqlsteps::reason(q);
}

bool pending(QSqlDatabase &db)
{
    return anyRecorded(db, kPrefix) || anyRecorded(db, kCountsPrefix);
}

bool countsDeferred(QSqlDatabase &db)
{
    return anyRecorded(db, kCountsPrefix);
}

QString deferIfEmpty(QSqlDatabase &db)
{
    if (!db.transaction())
        return db.lastError().text();
    auto fail = [&db](const QSqlQuery &q) { return sqlsteps::rollBack(db, q); };
    // Checked inside the transaction, so a petition written meanwhile by another connection cannot slip past.
    QSqlQuery empty(db);
    if (!empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM petitions)")) || !empty.next())
        return fail(empty);
    if (!empty.value(0).toBool()) {
        db.rollback();
        return {};
    }
    empty.finish();
    // sqlite_master: `sql` is NULL for the automatic indexes of PRIMARY KEY and UNIQUE constraints.
    QString why = recordAndDrop(db,
                                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                               " AND tbl_name = 'petitions' AND sql IS NOT NULL"
                                               " AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name"),
                                kPrefix, QStringLiteral("INDEX"));
    if (why.isEmpty())
        why = deferCountTriggers(db);
    if (!why.isEmpty()) {
        db.rollback();
        return why;
    }
    return sqlsteps::commitOrRollBack(db);
}

QString complete(QSqlDatabase &db, int maxIndexes)
{
    for (int done = 0; maxIndexes < 0 || done < maxIndexes; ++done) {
        QSqlQuery next(db);
        next.prepare(QStringLiteral("SELECT key, value FROM sync_state WHERE key >= ? AND key < ?"
                                    " ORDER BY key LIMIT 1"));
        next.addBindValue(kPrefix);
        next.addBindValue(endOf(kPrefix));
        if (!next.exec())
            return sqlsteps::reason(next);
        if (!next.next()) // every index is there: the counts last (their fill reads the table once)
            return completeCounts(db);
        const QString key = next.value(0).toString();
        const QString sql = next.value(1).toString();
        next.finish();
        if (!db.transaction())
            return db.lastError().text();
        if (const QString why = restore(db, QStringLiteral("INDEX"), kPrefix, key, sql); !why.isEmpty()) {
            db.rollback();
            return why;
        }
        if (const QString why = sqlsteps::commitOrRollBack(db); !why.isEmpty())
            return why;
    }
    return {};
}

} // namespace pakn::indexbacklog
