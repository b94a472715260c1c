#include "drilldown.h"

#include "domain/petitionstate.h"

namespace pakn {
namespace {

QList<PetitionState> runningStates()
{
    QList<PetitionState> states;
    for (PetitionState s : kAllPetitionStates) {
        if (deadlineRuns(s))
            states << s;
    }
    return states;
}

std::optional<DayBucket> bucket(const QList<DayBucket> &buckets, const QString &key)
{
    for (const DayBucket &b : buckets) {
        if (key == QLatin1String(b.label))
            return b;
    }
    return std::nullopt;
}

QDate later(const QDate &a, const QDate &b)
{
    return !a.isValid() ? b : !b.isValid() ? a : std::max(a, b);
}

QDate earlier(const QDate &a, const QDate &b)
{
    return !a.isValid() ? b : !b.isValid() ? a : std::min(a, b);
}

} // namespace

const QList<DayBucket> &ageBuckets()
{
    static const QList<DayBucket> buckets = {
        {"0-5", 0, 5}, {"6-10", 6, 10}, {"11-20", 11, 20}, {"21-30", 21, 30}, {"31+", 31, -1}};
    return buckets;
}

const QList<DayBucket> &overdueBuckets()
{
    static const QList<DayBucket> buckets = {
        {"1-5", 1, 5}, {"6-10", 6, 10}, {"11-30", 11, 30}, {"31+", 31, -1}};
    return buckets;
}

bool clearDrillDown(PetitionFilter *filter)
{
    const PetitionFilter none;
    const bool any = !filter->unitIds.isEmpty() || !filter->assignees.isEmpty() ||
                     filter->receivedFrom.isValid() || filter->receivedTo.isValid() ||
                     filter->dueFrom.isValid() || filter->dueTo.isValid() || filter->repliedFrom.isValid() ||
                     filter->repliedTo.isValid() || filter->replyTiming != none.replyTiming;
    filter->unitIds.clear();
    filter->assignees.clear();
    filter->receivedFrom = filter->receivedTo = QDate();
    filter->dueFrom = filter->dueTo = QDate();
    filter->repliedFrom = filter->repliedTo = QDate();
    filter->replyTiming = none.replyTiming;
    return any;
}

DueRange overdueDueRange(const DayBucket &bucket, const QDate &today, const WorkingCalendar &calendar)
{
    // workingDaysBetween(due, today) grows as the deadline moves back; step back a day at a time (a bucket
    // spans at most a few dozen working days; 400 days bounds the walk across any run of days off).
    const QDate yesterday = today.addDays(-1);
    auto late = [&](const QDate &due) { return calendar.workingDaysBetween(due, today); };
    DueRange range;
    range.to = yesterday;
    if (bucket.low > overdueBuckets().first().low) {
        while (late(range.to) < bucket.low && range.to > today.addDays(-400))
            range.to = range.to.addDays(-1);
    }
    if (bucket.high >= 0) {
        range.from = range.to;
        while (late(range.from.addDays(-1)) <= bucket.high && range.from > today.addDays(-400))
            range.from = range.from.addDays(-1);
    }
    return range;
}

std::optional<PetitionFilter> drillDownFilter(const AggregationFilter &dashboard, DashboardChart chart,
                                              const QString &key, const QString &subKey, const QDate &today,
                                              const WorkingCalendar &calendar)
{
    PetitionFilter f;
    f.receivedFrom = dashboard.receivedFrom;
    f.receivedTo = dashboard.receivedTo;
    f.unitIds = dashboard.unitIds;
    f.fieldIds = dashboard.fieldIds;
    f.channels = dashboard.channels;
    f.sortKey = SortKey::Deadline;
    f.sortOrder = Qt::AscendingOrder;

    switch (chart) {
    case DashboardChart::WorkloadByAssignee:
    case DashboardChart::WorkloadByUnit: {
        const std::optional<PetitionState> state = petitionStateFromWire(subKey);
        if (!state || !deadlineRuns(*state))
            return std::nullopt;
        f.states = {*state};
        if (chart == DashboardChart::WorkloadByAssignee) {
            f.assignees = {key};
        } else {
            if (!f.unitIds.isEmpty() && !f.unitIds.contains(key))
                return std::nullopt;
            f.unitIds = {key};
        }
        return f;
    }
    case DashboardChart::OnTimeByMonth: {
        const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || (subKey != QLatin1String("on_time") && subKey != QLatin1String("late")))
            return std::nullopt;
        f.repliedFrom = first;
        f.repliedTo = first.addMonths(1).addDays(-1);
        f.replyTiming = subKey == QLatin1String("late") ? ReplyTiming::Late : ReplyTiming::OnTime;
        f.sortKey = SortKey::Received;
        return f;
    }
    case DashboardChart::AgeSinceReceipt: {
        const std::optional<DayBucket> b = bucket(ageBuckets(), key);
        if (!b)
            return std::nullopt;
        f.states = runningStates();
        // Received `low`..`high` days before today: the bucket's days intersected with the period.
        f.receivedTo = earlier(f.receivedTo, today.addDays(-b->low));
        if (b->high >= 0)
            f.receivedFrom = later(f.receivedFrom, today.addDays(-b->high));
        return f;
    }
    case DashboardChart::DaysOverdue: {
        const std::optional<DayBucket> b = bucket(overdueBuckets(), key);
        if (!b)
            return std::nullopt;
        f.states = runningStates();
        const DueRange range = overdueDueRange(*b, today, calendar);
        f.dueTo = range.to;
        f.dueFrom = range.from;
        return f;
    }
    case DashboardChart::Channel: {
        const std::optional<Channel> c = channelFromWire(key);
        if (!c || (!f.channels.isEmpty() && !f.channels.contains(*c)))
            return std::nullopt;
        f.channels = {*c};
        return f;
    }
    case DashboardChart::Field:
        if (!f.fieldIds.isEmpty() && !f.fieldIds.contains(key))
            return std::nullopt;
        f.fieldIds = {key};
        return f;
    }
    return std::nullopt;
}

} // namespace pakn
