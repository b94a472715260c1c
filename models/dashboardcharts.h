#pragma once

#include "store/aggregations.h"
#include "store/drilldown.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pakn {

/// One series of a chart (a stack of a bar chart, or the only series of a single-series chart).
struct ChartSeriesData
{
    QString key;          ///< the drill-down sub-key (a state, "on_time"/"late"); empty for a single series
    QString label;        ///< translated
    QList<qint64> values; ///< one per category
};

/// What one dashboard chart draws, independent of QtCharts: categories (bars or slices) and series, each
/// element identified by the keys drillDownFilter() takes. Pure value; built by dashboardChart().
struct ChartData
{
    DashboardChart chart = DashboardChart::Channel;
    QString title;
    QStringList categoryKeys;
    QStringList categoryLabels;
    QList<ChartSeriesData> series;

    qint64 total() const;
    /// The drill-down keys of the element at (series, category): {key, subKey}.
    QPair<QString, QString> elementKeys(int series, int category) const;
};

/// Display names of ids (units, fields, officers), from the reference data when it is cached.
struct ChartNames
{
    QHash<QString, QString> units;
    QHash<QString, QString> fields;
};

/// Turns the snapshot's tallies for `chart` into ChartData: workload charts stacked by state (the states in
/// process order, only those present; the busiest categories first, at most `maxCategories`, the rest left
/// out and said so in the title); on time vs late by month; the buckets in their order; channels and fields
/// by count.
ChartData dashboardChart(const DashboardSnapshot &snapshot, DashboardChart chart, const ChartNames &names,
                         int maxCategories = 12);

} // namespace pakn
