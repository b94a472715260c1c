#pragma once

#include "dashboardcharts.h"
#include "domain/referencedata.h"
#include "store/aggregations.h"
#include "store/petitionquery.h"

#include <QMap>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pakn {

class CacheDatabase;
class DashboardChartView;
class DashboardFilters;
class DashboardLoader;

/// The supervisor's dashboard (DESIGN.md §2.10): "where are we late, and who is overloaded?" — open workload
/// per officer and per unit by state, on time vs late per month, ageing and overdue buckets, channels and
/// fields, the overdue list, and the leader's approval queue one click away.
///
/// Contract: every figure is read by DashboardLoader off the GUI thread (the window never waits on SQL; it
/// shows "Updating…" meanwhile and keeps the previous figures). `refresh()` re-reads with the current filter
/// (the main window calls it when new data arrived). Clicking a chart element emits drillDown() with the list
/// filter for exactly the petitions it counts; the overdue list opens a petition; the approval button asks
/// for the approval queue. Names of units and fields, and the filters' choices, are given by the owner
/// (`setNames()`, from the reference data and the cache's units and fields it read on its reader threads):
/// the window reads nothing on the GUI thread.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWindow(QWidget *parent = nullptr);
    ~DashboardWindow() override;

    /// `approvalUnits`: the units whose replies the user approves (empty: no approval queue).
    void setCache(std::shared_ptr<const CacheDatabase> cache, const QStringList &approvalUnits);
    /// Names units and fields in the charts and lists; the filters offer `reference`'s units (else the cached
    /// `unitIds`) and the cached `fieldIds` with those the reference names. Keeps the filters' selection.
    void setNames(const ReferenceData &reference, const QStringList &unitIds, const QStringList &fieldIds);
    void setToday(const QDate &today);
    /// The working-day calendar the list counts deadlines on; days overdue are counted on it too.
    void setCalendar(const WorkingCalendar &calendar);
    DashboardFilters *filters() const { return m_filters; }
    DashboardChartView *chartView(DashboardChart chart) const { return m_charts.value(chart); }
    QTableWidget *overdueTable() const { return m_overdue; }
    QPushButton *approvalButton() const { return m_approval; }
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    /// Milliseconds the last refresh took, from the request to the figures (0 before the first).
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void drillDown(const pakn::PetitionFilter &filter, const QString &description);
    void openPetition(qint64 id);
    void approvalQueueRequested();
    void reportRequested();
    /// After each refresh's figures are shown.
    void refreshed();

private:
    void showSnapshot(const DashboardSnapshot &snapshot, qint64 elapsedMs);
    void onElementClicked(DashboardChart chart, const QString &key, const QString &subKey);

    std::shared_ptr<const CacheDatabase> m_cache;
    QStringList m_approvalUnits;
    QDate m_today;
    WorkingCalendar m_calendar;
    ChartNames m_names;
    DashboardLoader *m_loader;
    DashboardFilters *m_filters;
    QMap<DashboardChart, DashboardChartView *> m_charts;
    QTableWidget *m_overdue;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_approval;
    DashboardSnapshot m_snapshot;
    qint64 m_lastRefreshMs = 0;
};

} // namespace pakn
