#include "indexbacklog.h"

#include "sqlsteps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pakn::indexbacklog {
namespace {

const QString kPrefix = QStringLiteral("index.deferred.");

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
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key >= ? AND key < ? LIMIT 1"));
    q.addBindValue(kPrefix);
    q.addBindValue(kPrefix.chopped(1) + QLatin1Char('/')); // '/' follows '.': every key with the prefix
    return q.exec() && q.next();
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
    QSqlQuery indexes(db);
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                     " AND tbl_name = 'petitions' AND sql IS NOT NULL"
                                     " AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name")))
        return fail(indexes);
    QList<QPair<QString, QString>> found;
    while (indexes.next())
        found.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    for (const auto &[name, sql] : std::as_const(found)) {
        record.bindValue(0, kPrefix + name);
        record.bindValue(1, sql);
        if (!record.exec())
            return fail(record);
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return fail(drop);
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
        next.addBindValue(kPrefix.chopped(1) + QLatin1Char('/'));
        if (!next.exec())
            return sqlsteps::reason(next);
        if (!next.next())
            return {};
        const QString key = next.value(0).toString();
        const QString sql = next.value(1).toString();
        const QString name = key.mid(kPrefix.size());
        next.finish();
        if (!db.transaction())
            return db.lastError().text();
        auto fail = [&db](const QSqlQuery &q) { return sqlsteps::rollBack(db, q); };
        // An index that exists already (a migration may have recreated it) is replaced, so the backlog never
        // sticks on "index already exists".
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name)))
            return fail(drop);
        QSqlQuery create(db);
        if (!create.exec(sql))
            return fail(create);
        QSqlQuery forget(db);
        forget.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        forget.addBindValue(key);
        if (!forget.exec())
            return fail(forget);
        if (const QString why = sqlsteps::commitOrRollBack(db); !why.isEmpty())
            return why;
    }
    return {};
}

} // namespace pakn::indexbacklog
