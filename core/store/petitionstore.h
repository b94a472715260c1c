#pragma once

#include "domain/petition.h"
#include "net/wirecodec.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn {

class CacheDatabase;

/// Reads and writes petitions and the sync cursor in the cache, on the calling thread's connection.
///
/// Contract: `applyChangePage()` writes a whole change-feed page — upserts, tombstones and the new cursor —
/// in one transaction, so the cursor never runs ahead of the data it covers; on failure nothing of the page
/// is kept and the error is returned. A record older than the cached one (lower version) never overwrites it.
/// Cheap to construct; create one per thread and use it only there.
class PetitionStore
{
public:
    explicit PetitionStore(const CacheDatabase &database);

    /// Returns an empty string on success, else the reason (English).
    QString applyChangePage(const ChangePage &page);

    /// Upserts records (version rule as above) and their full-text rows inside the caller's open transaction
    /// on `db`; returns the reason on failure and leaves the rollback to the caller. `records`, when not
    /// empty, holds each petition's JSON as received (stored as is); `indexBelow` leaves the full-text rows
    /// of petitions with a larger or equal id to searchbacklog.h.
    static QString upsertWithin(QSqlDatabase &db, const QList<Petition> &petitions,
                                const QList<QByteArray> &records = {},
                                std::optional<qint64> indexBelow = std::nullopt);

    /// A full first sync: when the cache holds no petition, pages stored from now on leave their full-text
    /// rows to `completeSearchIndex()` (searchbacklog.h), which the sync engine runs when the run ends.
    QString deferSearchIndexIfEmpty();
    bool hasSearchIndexBacklog() const;
    /// Indexes what a full sync left (all of it, or about `maxRows`); a no-op when nothing is pending.
    QString completeSearchIndex(qint64 maxRows = -1);

    /// A full first sync, likewise: when the cache holds no petition, the petitions table's secondary indexes
    /// are dropped and built once by `completeIndexes()` when the run ends (indexbacklog.h).
    QString deferIndexesIfEmpty();
    bool hasIndexBacklog() const;
    /// Builds what a full sync left of the indexes (all of them, or at most `maxIndexes`).
    QString completeIndexes(int maxIndexes = -1);

    /// Rebuilds the sort keys and the full-text index of every cached petition (after a schema upgrade).
    QString reindexAll();

    std::optional<Petition> petition(qint64 id) const;
    qint64 count() const;
    QList<qint64> allIds() const;

    QString syncCursor() const;
    QString stateValue(const QString &key) const;
    QString setStateValue(const QString &key, const QString &value);

private:
    const CacheDatabase &m_database;
};

} // namespace pakn
