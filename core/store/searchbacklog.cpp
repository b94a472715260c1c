#include "searchbacklog.h"

#include "sqlsteps.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pakn::searchbacklog {
namespace {

const QString kPendingKey = QStringLiteral("fts.pending_from");
const QString kPreviousTable = QStringLiteral("petition_fts_old");
const QString kDropPreviousSql = QStringLiteral("DROP TABLE IF EXISTS petition_fts_old");

bool previousExists(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(kPreviousTable);
    return q.exec() && q.next();
}

QByteArray searchable(const QString &text)
{
    return textfold::fold(textfold::normalize(text)).toUtf8();
}

/// The same text PetitionStore indexes from a decoded petition, read from the stored columns and record:
/// submitter name and organisation, the reply's subject and body, and every timeline comment in order.
const QString kRowsSql = QStringLiteral(
    "SELECT id, code, title, content, submitter_name, submitter_organisation,"
    " json_type(record, '$.reply') = 'object', record ->> '$.reply.subject', record ->> '$.reply.body',"
    " (SELECT group_concat(value ->> '$.comment', char(10)) FROM json_each(record, '$.timeline')"
    "  WHERE coalesce(value ->> '$.comment', '') <> '')"
    " FROM petitions WHERE id >= ? ORDER BY id LIMIT ?");

} // namespace

std::optional<qint64> pendingFrom(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(kPendingKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

SearchIndex searchIndex(QSqlDatabase &db)
{
    SearchIndex index;
    index.building = pendingFrom(db).has_value();
    if (index.building && previousExists(db)) {
        index.table = kPreviousTable;
        index.previous = true;
    }
    return index;
}

QString dropPreviousIfComplete(QSqlDatabase &db)
{
    if (pendingFrom(db) || !previousExists(db))
        return {};
    QSqlQuery q(db);
    return q.exec(kDropPreviousSql) ? QString() : sqlsteps::reason(q);
}

QString deferIfEmpty(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // One statement, so a petition written meanwhile by another connection cannot slip past the check.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_state (key, value) SELECT ?, '0'"
                             " WHERE NOT EXISTS (SELECT 1 FROM petitions)"));
    q.addBindValue(kPendingKey);
    return q.exec() ? QString() : sqlsteps::reason(q);
}

QString complete(QSqlDatabase &db, qint64 maxRows, int batchRows)
{
    qint64 done = 0;
    for (;;) {
        const std::optional<qint64> from = pendingFrom(db);
        if (!from)
            return {};
        if (maxRows >= 0 && done >= maxRows)
            return {};
        if (!db.transaction())
            return db.lastError().text();
        auto fail = [&db](const QSqlQuery &q) { return sqlsteps::rollBack(db, q); };
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(kRowsSql);
        rows.addBindValue(*from);
        rows.addBindValue(batchRows);
        if (!rows.exec())
            return fail(rows);
        // The rows this batch replaces go in one statement:
        // from the marker to the batch's last petition, or to the end for the last batch.
        QSqlQuery bound(db);
        bound.prepare(QStringLiteral("SELECT id FROM petitions WHERE id >= ? ORDER BY id LIMIT 1 OFFSET ?"));
        bound.addBindValue(*from);
        bound.addBindValue(batchRows - 1);
        if (!bound.exec())
            return fail(bound);
        QSqlQuery remove(db);
        if (bound.next()) {
            remove.prepare(QStringLiteral("DELETE FROM petition_fts WHERE rowid >= ? AND rowid <= ?"));
            remove.addBindValue(*from);
            remove.addBindValue(bound.value(0).toLongLong());
        } else {
            remove.prepare(QStringLiteral("DELETE FROM petition_fts WHERE rowid >= ?"));
            remove.addBindValue(*from);
        }
        bound.finish();
        if (!remove.exec())
            return fail(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO petition_fts (rowid, code, title, content, submitter, reply, notes) VALUES (?,"
            " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),"
            " CAST(? AS TEXT))"));
        qint64 last = -1;
        int count = 0;
        while (rows.next()) {
            last = rows.value(0).toLongLong();
            ++count;
            QString submitter = rows.value(4).toString();
            const QString organisation = rows.value(5).toString();
            if (!organisation.isEmpty())
                submitter += QLatin1Char(' ') + organisation;
            QString reply;
            if (rows.value(6).toBool())
                reply = rows.value(7).toString() + QLatin1Char('\n') + rows.value(8).toString();
            insert.bindValue(0, last);
            insert.bindValue(1, searchable(rows.value(1).toString()));
            insert.bindValue(2, searchable(rows.value(2).toString()));
            insert.bindValue(3, searchable(rows.value(3).toString()));
            insert.bindValue(4, searchable(submitter));
            insert.bindValue(5, searchable(reply));
            insert.bindValue(6, searchable(rows.value(9).toString()));
            if (!insert.exec())
                return fail(insert);
        }
        rows.finish();
        QSqlQuery marker(db);
        if (count < batchRows) {
            // The new index is complete: the previous one (if a migration left it) goes in the same commit.
            QSqlQuery drop(db);
            if (!drop.exec(kDropPreviousSql))
                return fail(drop);
            marker.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
            marker.addBindValue(kPendingKey);
        } else {
            marker.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ?"));
            marker.addBindValue(QString::number(last + 1));
            marker.addBindValue(kPendingKey);
        }
        if (!marker.exec())
            return fail(marker);
        if (const QString why = sqlsteps::commitOrRollBack(db); !why.isEmpty())
            return why;
        done += count;
    }
}

} // namespace pakn::searchbacklog
