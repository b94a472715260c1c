#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

/// The failure steps the cache's backlog passes share (searchbacklog, indexbacklog): every function returns
/// the reason in English, never empty on failure, so an empty string keeps meaning success.
namespace pakn::sqlsteps {

/// Why `q` failed.
inline QString reason(const QSqlQuery &q)
{
    const QString text = q.lastError().text();
    return text.isEmpty() ? QStringLiteral("database error") : text;
}

/// Rolls back the connection's transaction and returns why `q` failed.
inline QString rollBack(QSqlDatabase &db, const QSqlQuery &q)
{
    const QString why = reason(q);
    db.rollback();
    return why;
}

/// Commits the connection's transaction: empty on success, else rolled back and the reason.
inline QString commitOrRollBack(QSqlDatabase &db)
{
    if (db.commit())
        return {};
    const QString why = db.lastError().text();
    db.rollback();
    return why.isEmpty() ? QStringLiteral("database error") : why;
}

} // namespace pakn::sqlsteps
