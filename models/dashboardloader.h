#pragma once

#include "store/aggregations.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace pakn {

class CacheDatabase;

/// Reads the dashboard's figures off the GUI thread.
///
/// Contract: `load()` runs Aggregations::snapshot on Qt's global thread pool with that thread's own
/// connection (released when the read ends, as pool threads are reused) and emits `loaded()` on the owner's
/// thread. A newer `load()` supersedes an older one: only the latest request's result is emitted, so a user
/// changing filters quickly never sees stale figures. Destroying the loader drops a running read's result.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    explicit DashboardLoader(QObject *parent = nullptr);
    ~DashboardLoader() override;

    void setCache(std::shared_ptr<const CacheDatabase> cache);
    /// `approvalUnits`: the units whose replies awaiting approval the leader sees.
    /// `calendar`: the working-day calendar the deadlines run on (days overdue are counted on it).
    void load(const AggregationFilter &filter, const QDate &today, const QStringList &approvalUnits,
              const WorkingCalendar &calendar);
    bool isLoading() const { return m_running; }

    static constexpr int kOverdueRows = 200;

Q_SIGNALS:
    /// `elapsedMs`: from the request to the result, including the wait for a pool thread.
    void loaded(const pakn::DashboardSnapshot &snapshot, qint64 elapsedMs);
    void loadingChanged(bool loading);

private:
    std::shared_ptr<const CacheDatabase> m_cache;
    std::unique_ptr<QFutureWatcher<DashboardSnapshot>> m_watcher;
    bool m_running = false;
};

} // namespace pakn
