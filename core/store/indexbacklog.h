#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pakn::indexbacklog {

/// The `petitions` table's secondary indexes, built once after a full first sync instead of row by row
/// while it runs: keeping about fifteen indexes current for every inserted row, in random key order, was the
/// largest cost of that sync (docs/performance.md, "Full first sync").
///
/// Contract: a state row `index.deferred.<name>` = <its CREATE INDEX statement> (sync_state) means that the
/// index <name> is missing and is to be created from that statement. `deferIfEmpty()` drops the non-unique
/// indexes of an empty `petitions` table, each with its row, in one transaction; `complete()` creates them
/// one at a time, each in a transaction that also deletes its row, so a process killed at any moment leaves
/// every index either present or recorded, and the next `complete()` (the sync engine's next run, or
/// CacheDatabase::open() before a schema upgrade) finishes the job. The statements are read from the schema
/// itself, so indexes added by later migrations are covered without a change here. The unique index on the
/// petition code stays, as does everything on other tables. Without the indexes every query still answers
/// the same, only slower. All functions work on the caller's connection, outside a transaction (but
/// `createOrDefer()`, inside one); they return an empty string on success, else the reason (English).

/// Inside the caller's transaction (a schema upgrade): creates the index `name` from `sql` when the petitions
/// table is empty (instant), else records it as missing instead — `sql` kept verbatim, so the index built
/// later is exactly the one the schema names — for `complete()` to build off the GUI thread (the sync
/// engine's next run), so that opening a large cache never waits for an index.
QString createOrDefer(QSqlDatabase &db, const QString &name, const QString &sql);

/// True when some index, or the counts, are recorded as missing.
bool pending(QSqlDatabase &db);

/// True when the count triggers are recorded as missing: `petition_counts` is stale until complete() has
/// run, so the saved views are counted from `petitions` meanwhile (PetitionQuery).
bool countsDeferred(QSqlDatabase &db);

/// Drops the petitions table's non-unique indexes and schema 7's count triggers (`petition_counts_*`, about
/// 5 µs for every row a first sync inserts), recording each, if the table holds no row; otherwise changes
/// nothing.
QString deferIfEmpty(QSqlDatabase &db);

/// Creates recorded indexes, at most `maxIndexes` of them (all when negative); once none is left, refills
/// `petition_counts` from the table and recreates the recorded count triggers in one transaction that also
/// deletes their rows (a call of its own, counted as one of `maxIndexes`). A kill before that commit leaves
/// the triggers recorded, and the next complete() counts again from the table.
QString complete(QSqlDatabase &db, int maxIndexes = -1);

} // namespace pakn::indexbacklog
