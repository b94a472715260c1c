#include "dashboardcharts.h"

#include "domain/channel.h"
#include "domain/petitionstate.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace pakn {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("DashboardChart", text);
}

// The title of each chart, as data.
struct ChartRow
{
    DashboardChart chart;
    const char *title;
};
constexpr ChartRow kCharts[] = {
    {DashboardChart::WorkloadByAssignee, QT_TRANSLATE_NOOP("DashboardChart", "Open petitions per officer")},
    {DashboardChart::WorkloadByUnit, QT_TRANSLATE_NOOP("DashboardChart", "Open petitions per unit")},
    {DashboardChart::OnTimeByMonth,
     QT_TRANSLATE_NOOP("DashboardChart", "Replies on time and late, by month")},
    {DashboardChart::AgeSinceReceipt,
     QT_TRANSLATE_NOOP("DashboardChart", "Open petitions by days since receipt")},
    {DashboardChart::DaysOverdue,
     QT_TRANSLATE_NOOP("DashboardChart", "Overdue petitions by working days past the deadline")},
    {DashboardChart::Channel, QT_TRANSLATE_NOOP("DashboardChart", "By channel")},
    {DashboardChart::Field, QT_TRANSLATE_NOOP("DashboardChart", "By field")},
};

QString titleOf(DashboardChart chart)
{
    for (const ChartRow &r : kCharts) {
        if (r.chart == chart)
            return translated(r.title);
    }
    return {};
}

ChartData stacked(DashboardChart chart, const QList<Tally> &tallies,
                  const std::function<QString(const QString &)> &label, int maxCategories)
{
    ChartData d;
    d.chart = chart;
    d.title = titleOf(chart);
    QMap<QString, qint64> perCategory;
    for (const Tally &t : tallies)
        perCategory[t.key] += t.count;
    QList<QPair<qint64, QString>> order;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        order << qMakePair(-it.value(), it.key());
    std::sort(order.begin(), order.end());
    if (order.size() > maxCategories) {
        d.title += QCoreApplication::translate("DashboardChart", " (the %1 busiest of %2)")
                       .arg(maxCategories)
                       .arg(order.size());
        order = order.mid(0, maxCategories);
    }
    for (const auto &o : order) {
        d.categoryKeys << o.second;
        d.categoryLabels << label(o.second);
    }
    for (PetitionState s : kAllPetitionStates) {
        const QString wire = toWireName(s);
        ChartSeriesData series{wire, displayLabel(s), QList<qint64>(d.categoryKeys.size(), 0)};
        bool any = false;
        for (const Tally &t : tallies) {
            const qsizetype at = d.categoryKeys.indexOf(t.key);
            if (t.subKey == wire && at >= 0) {
                series.values[at] += t.count;
                any = true;
            }
        }
        if (any)
            d.series << series;
    }
    return d;
}

ChartData single(DashboardChart chart, const QList<Tally> &tallies,
                 const std::function<QString(const QString &)> &label, bool byCount)
{
    ChartData d;
    d.chart = chart;
    d.title = titleOf(chart);
    QList<Tally> ordered = tallies;
    if (byCount)
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Tally &a, const Tally &b) { return a.count > b.count; });
    ChartSeriesData series{QString(), QCoreApplication::translate("DashboardChart", "Petitions"), {}};
    for (const Tally &t : ordered) {
        d.categoryKeys << t.key;
        d.categoryLabels << label(t.key);
        series.values << t.count;
    }
    d.series << series;
    return d;
}

} // namespace

qint64 ChartData::total() const
{
    qint64 sum = 0;
    for (const ChartSeriesData &s : series) {
        for (qint64 v : s.values)
            sum += v;
    }
    return sum;
}

QPair<QString, QString> ChartData::elementKeys(int seriesIndex, int category) const
{
    return {categoryKeys.value(category), series.value(seriesIndex).key};
}

ChartData dashboardChart(const DashboardSnapshot &snapshot, DashboardChart chart, const ChartNames &names,
                         int maxCategories)
{
    const auto unitName = [&](const QString &id) { return names.units.value(id, id); };
    switch (chart) {
    case DashboardChart::WorkloadByAssignee:
        return stacked(
            chart, snapshot.workloadByAssignee,
            [](const QString &user) {
                return user.isEmpty() ? QCoreApplication::translate("DashboardChart", "(not assigned)")
                                      : user;
            },
            maxCategories);
    case DashboardChart::WorkloadByUnit:
        return stacked(chart, snapshot.workloadByUnit, unitName, maxCategories);
    case DashboardChart::OnTimeByMonth: {
        ChartData d;
        d.chart = chart;
        d.title = titleOf(chart);
        ChartSeriesData onTime{
            QStringLiteral("on_time"), QCoreApplication::translate("DashboardChart", "On time"), {}};
        ChartSeriesData late{
            QStringLiteral("late"), QCoreApplication::translate("DashboardChart", "Late"), {}};
        // The latest twelve months: more bars than that cannot be labelled in the space a chart has.
        const QList<MonthOnTime> months =
            snapshot.onTimeByMonth.mid(std::max<qsizetype>(0, snapshot.onTimeByMonth.size() - 12));
        // Beyond six bars only the month fits under a bar: the title gives the months shown, with their
        // years.
        const auto monthYear = [](const QString &key) {
            return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate)
                .toString(QStringLiteral("MM/yyyy"));
        };
        if (months.size() > 6)
            d.title += QStringLiteral(" (%1 – %2)")
                           .arg(monthYear(months.first().month), monthYear(months.last().month));
        for (const MonthOnTime &m : months) {
            d.categoryKeys << m.month;
            const QDate first = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
            d.categoryLabels << first.toString(months.size() > 6 ? QStringLiteral("MM")
                                                                 : QStringLiteral("MM/yyyy"));
            onTime.values << m.onTime;
            late.values << m.late;
        }
        d.series << onTime << late;
        return d;
    }
    case DashboardChart::AgeSinceReceipt:
        return single(
            chart, snapshot.ageSinceReceipt, [](const QString &bucket) { return bucket; }, false);
    case DashboardChart::DaysOverdue:
        return single(
            chart, snapshot.daysOverdue, [](const QString &bucket) { return bucket; }, false);
    case DashboardChart::Channel:
        return single(
            chart, snapshot.byChannel,
            [](const QString &wire) {
                const std::optional<Channel> c = channelFromWire(wire);
                return c ? displayLabel(*c) : wire;
            },
            true);
    case DashboardChart::Field:
        return single(
            chart, snapshot.byField, [&](const QString &id) { return names.fields.value(id, id); }, true);
    }
    return {};
}

} // namespace pakn
