#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace pakn {

class CacheDatabase;

/// Reads the cache on a worker thread of its own, so that the GUI thread never waits on a slow query.
///
/// Contract: `read()` queues a job; jobs run one at a time, in the order asked, on the reader's thread with
/// that thread's own connection to the cache (CacheDatabase::connection(), made read-only with
/// `PRAGMA query_only`; WAL lets it read beside the sync's writer). A job returns what to do with its answer;
/// that runs on the owner's thread (the thread the reader was made on), in order, and only while the reader
/// lives. Stale answers are the owner's to drop (a generation number captured in the job). A job that
/// starts after the reader began to close, or without a cache, does not run. Destroying the reader waits for
/// the running job (never for the queued ones) and closes the thread's connection.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    /// Runs on the worker thread; the function it returns runs on the owner's thread.
    using Job = std::function<std::function<void()>(const QSqlDatabase &db)>;

    explicit CacheReader(QObject *parent = nullptr);
    ~CacheReader() override;

    /// The cache read by the following jobs (nullptr: none; jobs queued after it do not run).
    void setCache(std::shared_ptr<const CacheDatabase> cache);
    void read(Job job);
    /// The worker thread (for tests: the queries must run there, not on the GUI thread).
    const QThread *workerThread() const { return m_thread; }

private:
    QThread *m_thread;
    QObject *m_worker; ///< lives on m_thread; jobs are posted to it
    std::shared_ptr<const CacheDatabase> m_cache;
    std::shared_ptr<std::atomic_bool> m_closing;
};

} // namespace pakn
