#pragma once

#include "net/wirecodec.h"

#include <QObject>
#include <QString>
#include <atomic>

namespace pakn {

class CacheDatabase;

/// Stores change-feed pages on a thread of its own, so that the sync thread parses and decodes the next page
/// while this one is written (docs/performance.md, "Full first sync").
///
/// Contract: lives on its own thread (SyncEngine moves it there and owns the thread) and writes through that
/// thread's own cache connection. `store()` runs in the order it was called; each page is written by
/// PetitionStore::applyChangePage, in one transaction with its cursor, and answered by `stored` with the
/// run's generation, the number of records, and the reason when it failed. After a page of a run failed,
/// every later page of that run is skipped (answered as skipped, nothing written), so the cursor never passes
/// the failed page's data. `stop(generation)` — callable from any thread — makes every page of that run and
/// of earlier ones not yet begun be skipped the same way; a page being written completes or rolls back as a
/// whole. `setBulkLoad()` applies or undoes bulkload.h on this thread's connection.
class PageWriter : public QObject
{
    Q_OBJECT
public:
    explicit PageWriter(const CacheDatabase &database);

    /// Called on the writer's thread (through a queued call).
    void store(int generation, const ChangePage &page);
    void setBulkLoad(bool on);
    /// Thread-safe: skip pages of `generation` and earlier runs from now on.
    void stop(int generation) { m_stopped.store(generation); }

    static QString skippedReason() { return QStringLiteral("skipped"); }

Q_SIGNALS:
    /// `error` is empty when the page was written, skippedReason() when it was skipped, else why it failed.
    void stored(int generation, qint64 records, const QString &error);

private:
    const CacheDatabase &m_database;
    std::atomic<int> m_stopped{-1};
    int m_failed = -1; ///< the last generation a page of which failed
};

} // namespace pakn
