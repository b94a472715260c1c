#include "dashboardloader.h"

#include "store/cachedatabase.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pakn {

DashboardLoader::DashboardLoader(QObject *parent)
    : QObject(parent)
{}

DashboardLoader::~DashboardLoader()
{
    // The watcher goes first, so a read still running reports to no one; it holds the cache itself.
    m_watcher.reset();
}

void DashboardLoader::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    m_cache = std::move(cache);
}

void DashboardLoader::load(const AggregationFilter &filter, const QDate &today,
                           const QStringList &approvalUnits, const WorkingCalendar &calendar)
{
    if (!m_cache)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // A fresh watcher per request: the previous one (and its late result) is dropped.
    m_watcher = std::make_unique<QFutureWatcher<DashboardSnapshot>>();
    QFutureWatcher<DashboardSnapshot> *watcher = m_watcher.get();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, timer] {
        if (watcher != m_watcher.get())
            return;
        m_running = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded(watcher->result(), timer->elapsed());
    });
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    watcher->setFuture(QtConcurrent::run([cache, filter, today, approvalUnits, calendar] {
        DashboardSnapshot snapshot =
            Aggregations(cache->connection(), filter, calendar).snapshot(today, approvalUnits, kOverdueRows);
        cache->releaseThreadConnection();
        return snapshot;
    }));
    if (!m_running) {
        m_running = true;
        Q_EMIT loadingChanged(true);
    }
}

} // namespace pakn
