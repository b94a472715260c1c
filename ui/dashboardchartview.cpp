#include "dashboardchartview.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace pakn {
namespace {

// Colours per drill-down sub-key (states, on time / late), so a state has the same colour in every chart.
struct ColourRow
{
    const char *key;
    QRgb colour;
};
constexpr ColourRow kColours[] = {
    {"submitted", 0x9e9e9e},   {"received", 0x42a5f5},
    {"classified", 0x26c6da},  {"transferred", 0x7e57c2},
    {"in_progress", 0xffa726}, {"awaiting_approval", 0xef5350},
    {"sent_back", 0x8d6e63},   {"on_time", 0x43a047},
    {"late", 0xe53935},        {"", 0x1e88e5},
};

QColor colourOf(const QString &key)
{
    for (const ColourRow &r : kColours) {
        if (key == QLatin1String(r.key))
            return QColor::fromRgb(r.colour);
    }
    return QColor::fromRgb(0x607d8b);
}

} // namespace

DashboardChartView::DashboardChartView(DashboardChart kind, QWidget *parent)
    : QChartView(parent)
    , m_chart(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

bool DashboardChartView::isPie() const
{
    return m_chart == DashboardChart::Channel || m_chart == DashboardChart::Field;
}

bool DashboardChartView::isHorizontal() const
{
    return m_chart == DashboardChart::WorkloadByAssignee || m_chart == DashboardChart::WorkloadByUnit;
}

int DashboardChartView::displayIndex(int category) const
{
    // Horizontal bars are drawn bottom-up; the busiest category goes on top.
    return isHorizontal() ? int(m_data.categoryKeys.size()) - 1 - category : category;
}

void DashboardChartView::setData(const ChartData &data)
{
    m_data = data;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(data.title);
    setAccessibleName(data.title);

    if (isPie()) {
        auto *pie = new QPieSeries;
        const ChartSeriesData series = data.series.value(0);
        for (int i = 0; i < series.values.size(); ++i) {
            QPieSlice *slice =
                pie->append(QStringLiteral("%1 (%2)").arg(data.categoryLabels.at(i)).arg(series.values.at(i)),
                            qreal(series.values.at(i)));
            const QString key = data.categoryKeys.at(i);
            connect(slice, &QPieSlice::clicked, this,
                    [this, key] { Q_EMIT elementClicked(m_chart, key, {}); });
        }
        c->addSeries(pie);
        c->legend()->setAlignment(Qt::AlignRight);
        return;
    }

    QAbstractBarSeries *bars = nullptr;
    if (isHorizontal())
        bars = new QHorizontalStackedBarSeries;
    else
        bars = new QStackedBarSeries;
    const int categories = int(data.categoryKeys.size());
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeriesData &series = data.series.at(s);
        auto *set = new QBarSet(series.label);
        set->setColor(colourOf(series.key));
        QList<qreal> values(categories, 0);
        for (int i = 0; i < categories; ++i)
            values[displayIndex(i)] = qreal(series.values.value(i));
        set->append(values);
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            const QPair<QString, QString> keys = m_data.elementKeys(s, displayIndex(index));
            Q_EMIT elementClicked(m_chart, keys.first, keys.second);
        });
        bars->append(set);
    }
    c->addSeries(bars);
    QStringList labels(categories);
    for (int i = 0; i < categories; ++i)
        labels[displayIndex(i)] = data.categoryLabels.at(i);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    qint64 highest = 0;
    for (int i = 0; i < categories; ++i) {
        qint64 stack = 0;
        for (const ChartSeriesData &series : data.series)
            stack += series.values.value(i);
        highest = std::max(highest, stack);
    }
    // Whole numbers only: one tick per unit while the bars are short, nice numbers above that.
    if (highest <= 8) {
        valueAxis->setRange(0, qreal(std::max<qint64>(highest, 1)));
        valueAxis->setTickCount(int(std::max<qint64>(highest, 1)) + 1);
    } else {
        valueAxis->setRange(0, qreal(highest));
        valueAxis->applyNiceNumbers();
    }
    if (categories > 8) {
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        categoryAxis->setLabelsFont(small);
    }
    c->addAxis(categoryAxis, isHorizontal() ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, isHorizontal() ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    c->legend()->setVisible(data.series.size() > 1);
    c->legend()->setAlignment(Qt::AlignBottom);
}

QPoint DashboardChartView::elementCenter(int series, int category) const
{
    if (isPie() || series < 0 || series >= m_data.series.size() || category < 0 ||
        category >= m_data.categoryKeys.size() || m_data.series.at(series).values.value(category) == 0)
        return {};
    const QList<QAbstractSeries *> all = chart()->series();
    if (all.isEmpty())
        return {};
    qreal below = 0;
    for (int s = 0; s < series; ++s)
        below += qreal(m_data.series.at(s).values.value(category));
    const qreal middle = below + qreal(m_data.series.at(series).values.value(category)) / 2;
    const qreal at = displayIndex(category);
    const QPointF inChart =
        chart()->mapToPosition(isHorizontal() ? QPointF(middle, at) : QPointF(at, middle), all.first());
    return mapFromScene(chart()->mapToScene(inChart));
}

} // namespace pakn
