#include "cachereader.h"

#include "store/cachedatabase.h"

#include <QSqlQuery>
#include <atomic>

namespace pakn {

CacheReader::CacheReader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_closing(std::make_shared<std::atomic_bool>(false))
{
    m_thread->setObjectName(QStringLiteral("pakn-cache-reader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

CacheReader::~CacheReader()
{
    m_closing->store(true);
    // Runs after the job in progress; the queued ones return at once (m_closing). The connection is the
    // worker thread's, so it is closed there.
    const std::shared_ptr<const CacheDatabase> cache = std::exchange(m_cache, nullptr);
    QMetaObject::invokeMethod(
        m_worker,
        [cache] {
            if (cache)
                cache->releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void CacheReader::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    if (cache == m_cache)
        return;
    const std::shared_ptr<const CacheDatabase> old = std::exchange(m_cache, std::move(cache));
    if (old)
        QMetaObject::invokeMethod(m_worker, [old] { old->releaseThreadConnection(); });
}

void CacheReader::read(Job job)
{
    if (!m_cache)
        return;
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    const std::shared_ptr<std::atomic_bool> closing = m_closing;
    // The answer comes back as a queued call on this object, so it is dropped if the reader is gone by then.
    // `self` stays valid on the worker thread while the job runs: the destructor waits for it.
    CacheReader *self = this;
    QMetaObject::invokeMethod(m_worker, [cache, closing, job = std::move(job), self] {
        if (closing->load())
            return;
        std::function<void()> apply;
        {
            const QSqlDatabase db = cache->connection();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
            apply = job(db);
        }
        if (!apply || closing->load())
            return;
        QMetaObject::invokeMethod(self, [apply = std::move(apply)] { apply(); });
    });
}

} // namespace pakn
