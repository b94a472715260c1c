#pragma once

#include "dashboardcharts.h"

#include <QtCharts/QChartView>

namespace pakn {

/// One dashboard chart: a bar chart (stacked when it has several series; horizontal for per-officer and
/// per-unit workload) or a pie for channels and fields, drawn from ChartData. Clicking a bar segment or a
/// slice emits elementClicked() with the drill-down keys of exactly that element.
class DashboardChartView : public QChartView
{
    Q_OBJECT
public:
    explicit DashboardChartView(DashboardChart chart, QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    /// Where the element (series, category) is drawn, in viewport coordinates (for tests and tooltips);
    /// invalid for pies and empty elements.
    QPoint elementCenter(int series, int category) const;

Q_SIGNALS:
    void elementClicked(pakn::DashboardChart chart, const QString &key, const QString &subKey);

private:
    bool isPie() const;
    bool isHorizontal() const;
    int displayIndex(int category) const;

    DashboardChart m_chart;
    ChartData m_data;
};

} // namespace pakn
