#pragma once

#include "reportperiod.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace pakn {

/// One column of the periodic report (domain.md §5), translated.
struct ReportIndicator
{
    QString id;    ///< stable, used as the CSV/XLSX column key, e.g. "handled_late"
    QString group; ///< the heading above it, e.g. "Handled"
    QString label; ///< e.g. "Late"
};

/// One line: a unit (or the total) and its figure for every indicator, in indicator order.
struct ReportRow
{
    QString unitId; ///< empty for the total
    QString unitName;
    QList<qint64> values;

    qint64 value(const QList<ReportIndicator> &indicators, const QString &id) const;
};

/// The periodic report on receiving and handling petitions: what the exports and the preview show.
struct Report
{
    QString agency; ///< the issuing agency's name for the header (the user's unit)
    ReportPeriod period;
    QDate asOf; ///< the day "overdue" is judged on: the period's end, or today while it runs
    QList<ReportIndicator> indicators;
    QList<ReportRow> units; ///< units with any figure, by name
    ReportRow total;
    QString notes; ///< the free-text section: difficulties, causes and proposals (written by the user)
};

/// Computes a Report from the cache: one SQL query with one SUM(condition) per indicator, grouped by unit —
/// the conditions are the table in report.cpp, which also defines each indicator precisely. "Received" counts
/// petitions received in the period (new) plus those received before it and not finished at its start
/// (carried over); "handled" are replies recorded in the period, on time when the reply's date is on or
/// before the deadline (computed on the working-day calendar, DeadlinePolicy); "in progress" are petitions
/// received before the period's end neither replied to nor closed by then, overdue when their deadline is
/// before `asOf`. "Finished" and "closed" are read from the history, not the current state: a reply's date,
/// or the timeline's step that ended the petition without one (not accepted, forwarded outside the city), so
/// a petition archived since, or closed after the period, counts as it stood then. Not accepted and forwarded
/// count petitions received in the period that ended that way; published counts the handled ones published
/// since (archived ones too). Stateless; any thread, with that thread's connection.
class ReportBuilder
{
public:
    explicit ReportBuilder(QSqlDatabase db);

    /// `unitIds` empty: every unit in the cache. On a database error returns an empty report and sets
    /// lastError().
    Report build(const ReportPeriod &period, const QStringList &unitIds, const QDate &today) const;
    const QString &lastError() const { return m_lastError; }

    static QList<ReportIndicator> indicators();

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace pakn
