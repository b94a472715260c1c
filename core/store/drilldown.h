#pragma once

#include "aggregations.h"
#include "petitionquery.h"

namespace pakn {

/// The dashboard's charts, each an Aggregations query.
enum class DashboardChart {
    WorkloadByAssignee, ///< key: assignee ("" = not assigned), subKey: state wire name
    WorkloadByUnit,     ///< key: unit id, subKey: state wire name
    OnTimeByMonth,      ///< key: "yyyy-MM", subKey: "on_time" or "late"
    AgeSinceReceipt,    ///< key: an age bucket ("0-5", …, "31+")
    DaysOverdue,        ///< key: an overdue bucket ("1-5", …, "31+")
    Channel,            ///< key: channel wire name
    Field,              ///< key: field id
};

/// The list filter that selects exactly the petitions one chart element (a bar, a slice) counts: the
/// dashboard's own filter plus that element's condition, so that the list's row count equals the figure
/// clicked. Returns nullopt for a key the chart does not have. `today` and `calendar` must be those the
/// dashboard used.
std::optional<PetitionFilter> drillDownFilter(const AggregationFilter &dashboard, DashboardChart chart,
                                              const QString &key, const QString &subKey, const QDate &today,
                                              const WorkingCalendar &calendar);

/// Removes what a drill-down added beyond the filter bar's own fields (periods, deadlines, replies, units,
/// assignees), so choosing a saved view afterwards shows the whole view again. Returns whether it removed
/// anything.
bool clearDrillDown(PetitionFilter *filter);

/// Day ranges of the age and overdue buckets, as data shared by the SQL and the drill-down.
struct DayBucket
{
    const char *label;
    int low;
    int high; ///< inclusive; -1 = no upper bound
};
const QList<DayBucket> &ageBuckets();
/// In working days past the deadline, as the list's deadline column counts them (deadlineStatus).
const QList<DayBucket> &overdueBuckets();

/// The deadlines (inclusive; `from` invalid: no lower bound) of the petitions an overdue bucket holds on
/// `today`: late by `low`..`high` working days, workingDaysBetween(due, today). The first bucket also holds
/// the petitions late by no working day yet (a deadline on Friday, seen on Saturday), so the buckets cover
/// every deadline before today. The chart's SQL and its drill-down both use it.
struct DueRange
{
    QDate from;
    QDate to;
};
DueRange overdueDueRange(const DayBucket &bucket, const QDate &today, const WorkingCalendar &calendar);

} // namespace pakn
