#pragma once

#include "calendar/workingcalendar.h"
#include "domain/channel.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace pakn {

/// Which petitions a dashboard or report looks at. Empty lists mean "all"; dates are Vietnam dates,
/// inclusive, applied to the date of receipt.
struct AggregationFilter
{
    QDate receivedFrom;
    QDate receivedTo;
    QStringList unitIds;
    QStringList fieldIds;
    QList<Channel> channels;
};

/// One bar of a chart: `key` (an assignee, unit, state, channel, field or bucket id) and optionally a second
/// key.
struct Tally
{
    QString key;
    QString subKey;
    qint64 count = 0;
    friend bool operator==(const Tally &a, const Tally &b)
    {
        return a.key == b.key && a.subKey == b.subKey && a.count == b.count;
    }
};

/// Replies recorded in a month (yyyy-MM, Vietnam time) that met their deadline, and that did not.
struct MonthOnTime
{
    QString month;
    qint64 onTime = 0;
    qint64 late = 0;
};

/// One line of the dashboard's overdue list.
struct OverdueRow
{
    qint64 id = 0;
    QString code;
    QString title;
    QString unitId;
    QString assignee;
    QDate dueDate;
    int daysOverdue = 0; ///< working days past the deadline (workingDaysBetween(dueDate, today); 0 on a day
                         ///< off right after it), as the list's deadline column counts them
};

/// Everything the dashboard shows, read in one go (Aggregations::snapshot).
struct DashboardSnapshot
{
    AggregationFilter filter;
    QDate today;
    WorkingCalendar calendar; ///< the one the overdue figures were counted on (for the drill-down)
    QList<Tally> workloadByAssignee;
    QList<Tally> workloadByUnit;
    QList<MonthOnTime> onTimeByMonth;
    QList<Tally> ageSinceReceipt;
    QList<Tally> daysOverdue;
    QList<Tally> byChannel;
    QList<Tally> byField;
    QList<OverdueRow> overdue; ///< the most overdue first, at most the rows asked for
    qint64 overdueTotal = 0;
    qint64 awaitingApproval = 0; ///< replies awaiting approval in the leader's units (not narrowed by filter)
    QString error;               ///< the first database error; empty when every query worked
};

/// The supervisor dashboard's aggregations (DESIGN.md §2.10), each one SQL query with GROUP BY over the cache
/// — never rows loaded into memory. "Open" means the handling deadline still runs (petitionstate.h
/// deadlineRuns). Stateless; any thread, with that thread's connection (the dashboard runs them off the GUI
/// thread).
class Aggregations
{
public:
    /// `calendar`: the working-day calendar the deadlines run on (the reference data's), for days overdue.
    Aggregations(QSqlDatabase db, AggregationFilter filter, WorkingCalendar calendar);

    /// Open petitions per assignee (empty key: not assigned) and state.
    QList<Tally> openByAssigneeAndState() const;
    /// Open petitions per unit and state.
    QList<Tally> openByUnitAndState() const;
    /// Replies by month of the reply: on time when the reply date (Vietnam) is on or before the deadline.
    QList<MonthOnTime> onTimeByMonth() const;
    /// Open petitions by days since receipt: "0-5", "6-10", "11-20", "21-30", "31+".
    QList<Tally> ageSinceReceipt(const QDate &today) const;
    /// Open petitions past their deadline by working days overdue: "1-5", "6-10", "11-30", "31+"
    /// (overdueDueRange, drilldown.h).
    QList<Tally> daysOverdue(const QDate &today) const;
    /// The `limit` open petitions longest past their deadline, most overdue first.
    QList<OverdueRow> overdue(const QDate &today, int limit) const;
    qint64 overdueCount(const QDate &today) const;
    QList<Tally> byChannel() const;
    QList<Tally> byField() const;

    /// Every chart, the overdue list (`overdueRows` rows) and the number of replies awaiting approval in
    /// `approvalUnits` (no filter but the units).
    DashboardSnapshot snapshot(const QDate &today, const QStringList &approvalUnits, int overdueRows) const;

    const QString &lastError() const { return m_lastError; }

private:
    QList<Tally> tallies(const QString &select, const QString &groupBy, const QVariantList &extraBinds,
                         const QString &extraWhere = QString()) const;
    QString where(QVariantList *binds) const;

    QSqlDatabase m_db;
    AggregationFilter m_filter;
    WorkingCalendar m_calendar;
    mutable QString m_lastError;
};

} // namespace pakn
