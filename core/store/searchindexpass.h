#pragma once

#include "searchbacklog.h"

#include <QString>
#include <QThreadPool>
#include <future>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The search-index pass of a full first sync (searchbacklog.h), one batch per `step()`, with the next batch
/// read and folded on a second connection while this one is written.
///
/// Contract: `step()` indexes the batch the marker points at, in one transaction that advances the marker
/// (searchbacklog::writeBatch(), so a kill leaves the cache as `complete()` would), and starts reading the
/// batch after it on the pass's own thread and connection. A batch read ahead is used only if the marker is
/// still where it was read from and the petitions after it are the same at the same versions; otherwise it
/// is read again in the write's transaction, so the index always matches the committed rows. `done()` is
/// true once nothing is pending. The destructor waits for a read in flight (at most one batch) and closes
/// the pass's connection. Use on one thread, the one whose `database.connection()` writes.
class SearchIndexPass
{
public:
    explicit SearchIndexPass(const CacheDatabase &database, int batchRows = 5000);
    ~SearchIndexPass();
    SearchIndexPass(const SearchIndexPass &) = delete;
    SearchIndexPass &operator=(const SearchIndexPass &) = delete;

    /// Indexes one batch. Empty on success, else the reason (English).
    QString step();
    bool done() const { return m_done; }

private:
    void readAhead(qint64 from);

    const CacheDatabase &m_database;
    const int m_batchRows;
    bool m_done = false;
    bool m_begun = false;
    QThreadPool m_reader; ///< one thread, kept for the pass: its connection reads the next batch
    struct Ahead
    {
        QString error;
        searchbacklog::Batch batch;
    };
    std::optional<std::future<Ahead>> m_ahead;
};

} // namespace pakn
