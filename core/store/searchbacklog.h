#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn::searchbacklog {

/// The full-text rows a full first sync leaves to one pass at the end: indexing row by row in every page's
/// transaction was the largest cost of that sync (docs/performance.md, "Full first sync").
///
/// Contract: the state value `fts.pending_from` = X (sync_state) means that every petition with id < X has
/// its current full-text row, and that the rows of petitions with id >= X may be missing or stale. A page
/// writer indexes petitions with id < X at once and leaves the others; `complete()` indexes them in batches,
/// each batch in its own transaction that also advances X, so a process killed at any moment leaves the
/// marker true and the next `complete()` continues where it stopped. No marker: the index is complete and
/// every writer indexes at once.
///
/// The same marker rebuilds the whole index after a schema change (migrations.cpp, steps 6 and 8;
/// `beginRebuild()`): the migration renames the old index to `petition_fts_old`, creates the new one empty
/// and sets X = 0. Until `complete()` removes the marker, `searchIndex()` names the old index, which still
/// holds every petition as it was before the upgrade (a petition changed meanwhile is found by its previous
/// text), so search keeps working while the new one fills; the transaction that removes the marker also drops
/// the old index. All functions work on the caller's connection `db`, outside a transaction unless said
/// otherwise; they return an empty string on success, else the reason (English).

/// Where indexing was deferred from, or nullopt when the index is complete (may be called in a transaction).
std::optional<qint64> pendingFrom(QSqlDatabase &db);

/// Which full-text table answers searches now, and whether it is being (re)built.
struct SearchIndex
{
    QString table = QStringLiteral("petition_fts");
    bool building = false; ///< the marker is set: the results may miss or misplace recent changes
    bool previous = false; ///< `table` is the index of the schema before (fewer prefix indexes: slower)
};
SearchIndex searchIndex(QSqlDatabase &db);

/// Starts a rebuild of the index as `createSql` (a CREATE VIRTUAL TABLE petition_fts statement) makes it, in
/// the caller's transaction (a migration's): the index that answers meanwhile becomes `petition_fts_old` —
/// the current one, or, when a rebuild is already under way, the previous one it was rebuilding from (the
/// current one is then partial and dropped) —, the new one starts empty and X = 0 when the cache holds
/// petitions. Searches keep their results while the new one fills; nothing is lost if the process dies.
QString beginRebuild(QSqlDatabase &db, const QString &createSql);

/// Drops the previous schema's index when nothing is pending any more (open() after a full reindex).
QString dropPreviousIfComplete(QSqlDatabase &db);

/// Defers indexing of everything written from now on, if the cache holds no petition yet (a full first
/// sync); otherwise changes nothing.
QString deferIfEmpty(QSqlDatabase &db);

/// Indexes pending petitions in id order, `batchRows` per transaction, and removes the marker when none is
/// left. With `maxRows` >= 0 stops after about that many rows (the marker then says where to go on).
QString complete(QSqlDatabase &db, qint64 maxRows = -1, int batchRows = 5000);

/// The folded full-text rows of the petitions with id >= `from`, at most `batchRows` of them in id order, as
/// read at one moment: what `writeBatch()` stores. Reading (a JSON query and the fold) is about a fifth of a
/// pass, so SearchIndexPass (searchindexpass.h) reads the next batch on another connection while this one is
/// written.
struct Batch
{
    qint64 from = 0;
    int batchRows = 0;
    QList<qint64> ids;
    QList<qint64> versions;
    /// The folded UTF-8 text of every row's six columns (code, title, content, submitter, reply, notes), one
    /// after the other in one buffer: one allocation a batch rather than six a row, which kept the heap of a
    /// pass that reads ahead fragmented (bench_search_pass: about 25 MiB more resident).
    QByteArray text;
    QList<qsizetype> ends; ///< where each column of each row ends in `text`; 6 a row
    bool last() const { return ids.size() < batchRows; } ///< no petition after these when read
    /// Column `c` of row `row`, a view into `text` (valid while this batch lives, unchanged).
    QByteArray column(qsizetype row, int c) const
    {
        const qsizetype i = row * 6 + c;
        const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
        return QByteArray::fromRawData(text.constData() + begin, ends.at(i) - begin);
    }
};

/// Gives the index its settings for a pass (FTS5's, stored in the file) if indexing is pending; the last
/// `writeBatch()` sets the usual ones back. `complete()` calls it.
QString beginBulk(QSqlDatabase &db);

/// Reads a batch on `db` (in the caller's transaction, if any); empty on success, else the reason.
QString readBatch(QSqlDatabase &db, qint64 from, int batchRows, Batch *batch);

/// Stores `batch` if the marker is still at its `from`, in one transaction that also advances the marker, or
/// removes it after the last batch. A batch read on another connection may be outdated by a write made since
/// (the ids and versions it holds no longer those of the table): it is then read again in the transaction, so
/// the index always holds the petitions as committed. `*rows`, if given, is set to the petitions indexed.
QString writeBatch(QSqlDatabase &db, const Batch &batch, int *rows = nullptr);

} // namespace pakn::searchbacklog
