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

/// FTS5 settings of the index while the backlog is indexed, and after (stored in the index's config table,
/// so a kill leaves the bulk value, which only changes speed, until the next pass ends).
struct Setting
{
    const char *name;
    int bulk;
    int usual; ///< FTS5's default
};

// Measured on a 100,000-petition cache with tests/bench/bench_search_pass and bench_incremental_sync
// (docs/performance.md, "Full first sync"). What counts is the pass plus the merging it leaves to later
// writes.
constexpr Setting kSettings[] = {
    // Merge when 8 segments of a size are there rather than 4: each term is copied fewer times during the
    // pass (8.1-9.3 s against 10.5-11.0 s), and the merging left after it is the same (2.7 s as `merge`
    // commands). Tried and dropped: a larger `hashsize` (8 or 16 MB rather than 1) made the pass look 2-3 s
    // faster by leaving large segments unmerged, which cost 0.5-4 s in each of the first two incremental
    // syncs after it (up to 415 MB rewritten for 100 petitions), and merging at the end (0.2-3.3 s) did not
    // remove that.
    // Searches on the index automerge 8 leaves were as fast (counts 1-5 ms, a ranked broad prefix 52 ms).
    {"automerge", 8, 4},
};

QString applySettings(QSqlDatabase &db, bool bulk)
{
    for (const Setting &s : kSettings) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO petition_fts (petition_fts, rank) VALUES (?, ?)"));
        q.addBindValue(QString::fromLatin1(s.name));
        q.addBindValue(bulk ? s.bulk : s.usual);
        if (!q.exec())
            return sqlsteps::reason(q);
    }
    return {};
}

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
    "SELECT id, version, code, title, content, submitter_name, submitter_organisation,"
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

QString beginRebuild(QSqlDatabase &db, const QString &createSql)
{
    QSqlQuery q(db);
    const QString keepAnswering =
        previousExists(db) ? QStringLiteral("DROP TABLE petition_fts")
                           : QStringLiteral("ALTER TABLE petition_fts RENAME TO ") + kPreviousTable;
    if (!q.exec(keepAnswering) || !q.exec(createSql))
        return sqlsteps::reason(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) SELECT ?, '0'"
                             " WHERE EXISTS (SELECT 1 FROM petitions)"));
    q.addBindValue(kPendingKey);
    return q.exec() ? QString() : sqlsteps::reason(q);
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

QString readBatch(QSqlDatabase &db, qint64 from, int batchRows, Batch *batch)
{
    *batch = Batch{};
    batch->from = from;
    batch->batchRows = batchRows;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(kRowsSql);
    rows.addBindValue(from);
    rows.addBindValue(batchRows);
    if (!rows.exec())
        return sqlsteps::reason(rows);
    batch->ids.reserve(batchRows);
    batch->versions.reserve(batchRows);
    batch->ends.reserve(qsizetype(batchRows) * 6);
    batch->text.reserve(qsizetype(batchRows) * 1536); // about 1.2 kB a petition in the demo data
    auto add = [batch](const QString &text) {
        batch->text += searchable(text);
        batch->ends.append(batch->text.size());
    };
    while (rows.next()) {
        batch->ids.append(rows.value(0).toLongLong());
        batch->versions.append(rows.value(1).toLongLong());
        QString submitter = rows.value(5).toString();
        const QString organisation = rows.value(6).toString();
        if (!organisation.isEmpty())
            submitter += QLatin1Char(' ') + organisation;
        QString reply;
        if (rows.value(7).toBool())
            reply = rows.value(8).toString() + QLatin1Char('\n') + rows.value(9).toString();
        add(rows.value(2).toString());
        add(rows.value(3).toString());
        add(rows.value(4).toString());
        add(submitter);
        add(reply);
        add(rows.value(10).toString());
    }
    if (rows.lastError().isValid())
        return sqlsteps::reason(rows);
    return {};
}

QString writeBatch(QSqlDatabase &db, const Batch &given, int *written)
{
    if (written)
        *written = 0;
    if (!db.transaction())
        return db.lastError().text();
    auto fail = [&db](const QSqlQuery &q) { return sqlsteps::rollBack(db, q); };
    const std::optional<qint64> from = pendingFrom(db);
    if (!from || *from != given.from) { // done, or moved on by another pass meanwhile
        db.rollback();
        return {};
    }
    // The batch holds the table as it is now if the same petitions, at the same versions, follow the marker
    // (a server record's version changes whenever its text does).
    QSqlQuery current(db);
    current.setForwardOnly(true);
    current.prepare(QStringLiteral("SELECT id, version FROM petitions WHERE id >= ? ORDER BY id LIMIT ?"));
    current.addBindValue(given.from);
    current.addBindValue(given.batchRows);
    if (!current.exec())
        return fail(current);
    bool same = true;
    qsizetype n = 0;
    while (current.next()) {
        same = same && n < given.ids.size() && current.value(0).toLongLong() == given.ids.at(n) &&
               current.value(1).toLongLong() == given.versions.at(n);
        ++n;
    }
    same = same && n == given.ids.size();
    current.finish();
    Batch reread;
    if (!same) {
        if (const QString why = readBatch(db, given.from, given.batchRows, &reread); !why.isEmpty()) {
            db.rollback();
            return why;
        }
    }
    const Batch &batch = same ? given : reread;

    // The rows this batch replaces go in one statement: from the marker to the batch's last petition, or to
    // the end for the last batch.
    QSqlQuery remove(db);
    if (!batch.last()) {
        remove.prepare(QStringLiteral("DELETE FROM petition_fts WHERE rowid >= ? AND rowid <= ?"));
        remove.addBindValue(batch.from);
        remove.addBindValue(batch.ids.last());
    } else {
        remove.prepare(QStringLiteral("DELETE FROM petition_fts WHERE rowid >= ?"));
        remove.addBindValue(batch.from);
    }
    if (!remove.exec())
        return fail(remove);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO petition_fts (rowid, code, title, content, submitter, reply, notes) VALUES (?,"
        " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),"
        " CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < batch.ids.size(); ++i) {
        insert.bindValue(0, batch.ids.at(i));
        for (int c = 0; c < 6; ++c)
            insert.bindValue(c + 1, batch.column(i, c));
        if (!insert.exec())
            return fail(insert);
    }
    QSqlQuery marker(db);
    if (batch.last()) {
        // The new index is complete: the previous one (if a migration left it) goes in the same commit, and
        // the index's settings are back to the usual ones.
        QSqlQuery drop(db);
        if (!drop.exec(kDropPreviousSql))
            return fail(drop);
        if (const QString why = applySettings(db, false); !why.isEmpty()) {
            db.rollback();
            return why;
        }
        marker.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        marker.addBindValue(kPendingKey);
    } else {
        marker.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ?"));
        marker.addBindValue(QString::number(batch.ids.last() + 1));
        marker.addBindValue(kPendingKey);
    }
    if (!marker.exec())
        return fail(marker);
    if (const QString why = sqlsteps::commitOrRollBack(db); !why.isEmpty())
        return why;
    if (written)
        *written = int(batch.ids.size());
    return {};
}

QString beginBulk(QSqlDatabase &db)
{
    return pendingFrom(db) ? applySettings(db, true) : QString();
}

QString complete(QSqlDatabase &db, qint64 maxRows, int batchRows)
{
    if (const QString why = beginBulk(db); !why.isEmpty())
        return why;
    qint64 done = 0;
    while (maxRows < 0 || done < maxRows) {
        const std::optional<qint64> from = pendingFrom(db);
        if (!from)
            return {};
        Batch batch;
        QString why = readBatch(db, *from, batchRows, &batch);
        if (why.isEmpty()) {
            int rows = 0;
            why = writeBatch(db, batch, &rows);
            done += rows;
        }
        if (!why.isEmpty())
            return why;
    }
    return {};
}

} // namespace pakn::searchbacklog
