#include "report.h"

#include "domain/channel.h"
#include "net/wirecodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn {
namespace {

// Every indicator as data: its id, heading, label and SQL condition over one row of `petitions`.
// {start} and {end} are the UTC instants that begin the first day and the day after the last; {from}, {to}
// and {asOf} are Vietnam dates; {replied} is the reply's Vietnam date (NULL while there is none); {closing}
// lists the timeline steps that end a petition without a reply, {closed} the states they lead to (and on).
// replied_on and classification_kind are derived from the record by SQLite and kept in the index
// petitions_report (migrations.cpp, step 4), which covers the rest of this query: no JSON is parsed; the
// closing steps are looked up in timeline_events by petition (index timeline_petition), only for petitions
// older than the period or new in it.
struct IndicatorRow
{
    const char *id;
    const char *group;
    const char *label;
    const char *condition;
};

#define PAKN_NEW "received_at >= '{start}' AND received_at < '{end}'"
// Closed without a reply (not accepted, or forwarded outside the city) before {start} / {end}: by the
// timeline's step, not the current state, which may have moved on since (archived) or been reached later.
// Only a petition without a reply whose state is one a closing step leads to can have one (workflow.cpp),
// so only those few look the step up.
#define PAKN_CLOSED                                                                                          \
    "({replied} IS NULL AND state IN {closed} AND EXISTS (SELECT 1 FROM timeline_events e"                   \
    " WHERE e.petition_id = p.id AND e.kind IN {closing}"
#define PAKN_CARRIED                                                                                         \
    "received_at < '{start}' AND ({replied} IS NULL OR {replied} >= '{from}') AND NOT " PAKN_CLOSED          \
    " AND e.at < '{start}'))"
#define PAKN_HANDLED "{replied} BETWEEN '{from}' AND '{to}'"
#define PAKN_OPEN_AT_END                                                                                     \
    "received_at < '{end}' AND ({replied} IS NULL OR {replied} > '{to}') AND NOT " PAKN_CLOSED               \
    " AND e.at < '{end}'))"
#define PAKN_CLOSED_BY(kind)                                                                                 \
    "{replied} IS NULL AND state IN {closed} AND EXISTS (SELECT 1 FROM timeline_events e"                    \
    " WHERE e.petition_id = p.id AND e.kind = '" kind "')"

constexpr IndicatorRow kIndicators[] = {
    {"received_total", QT_TRANSLATE_NOOP("Report", "Received"), QT_TRANSLATE_NOOP("Report", "Total"),
     "(" PAKN_NEW ") OR (" PAKN_CARRIED ")"},
    {"received_new", QT_TRANSLATE_NOOP("Report", "Received"),
     QT_TRANSLATE_NOOP("Report", "New in the period"), PAKN_NEW},
    {"received_carried", QT_TRANSLATE_NOOP("Report", "Received"), QT_TRANSLATE_NOOP("Report", "Carried over"),
     PAKN_CARRIED},
    {"type_conduct", QT_TRANSLATE_NOOP("Report", "By type (new)"),
     QT_TRANSLATE_NOOP("Report", "Administrative conduct"), PAKN_NEW " AND classification_kind = 'conduct'"},
    {"type_regulation", QT_TRANSLATE_NOOP("Report", "By type (new)"),
     QT_TRANSLATE_NOOP("Report", "Administrative regulations"),
     PAKN_NEW " AND classification_kind = 'regulation'"},
    {"handled_total", QT_TRANSLATE_NOOP("Report", "Handled"), QT_TRANSLATE_NOOP("Report", "Total"),
     PAKN_HANDLED},
    {"handled_on_time", QT_TRANSLATE_NOOP("Report", "Handled"), QT_TRANSLATE_NOOP("Report", "On time"),
     PAKN_HANDLED " AND (due_date IS NULL OR {replied} <= due_date)"},
    {"handled_late", QT_TRANSLATE_NOOP("Report", "Handled"), QT_TRANSLATE_NOOP("Report", "Late"),
     PAKN_HANDLED " AND due_date IS NOT NULL AND {replied} > due_date"},
    {"open_within", QT_TRANSLATE_NOOP("Report", "In progress"),
     QT_TRANSLATE_NOOP("Report", "Within deadline"),
     PAKN_OPEN_AT_END " AND (due_date IS NULL OR due_date >= '{asOf}')"},
    {"open_overdue", QT_TRANSLATE_NOOP("Report", "In progress"), QT_TRANSLATE_NOOP("Report", "Overdue"),
     PAKN_OPEN_AT_END " AND due_date < '{asOf}'"},
    {"not_accepted", QT_TRANSLATE_NOOP("Report", "Other"), QT_TRANSLATE_NOOP("Report", "Not accepted"),
     PAKN_NEW " AND " PAKN_CLOSED_BY("reject")},
    {"forwarded", QT_TRANSLATE_NOOP("Report", "Other"), QT_TRANSLATE_NOOP("Report", "Transferred out"),
     PAKN_NEW " AND " PAKN_CLOSED_BY("forward")},
    {"published", QT_TRANSLATE_NOOP("Report", "Other"), QT_TRANSLATE_NOOP("Report", "Published"),
     PAKN_HANDLED " AND state IN ('published', 'archived')"},
};

#undef PAKN_NEW
#undef PAKN_CARRIED
#undef PAKN_CLOSED
#undef PAKN_CLOSED_BY
#undef PAKN_HANDLED
#undef PAKN_OPEN_AT_END

// The channel columns follow the table (new petitions per channel), one per channel in kAllChannels.
constexpr int kChannelColumnsAt = 5;

QString startOfVietnamDay(const QDate &date)
{
    return wire::encodeInstant(QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600));
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

} // namespace

qint64 ReportRow::value(const QList<ReportIndicator> &indicators, const QString &id) const
{
    for (int i = 0; i < indicators.size(); ++i) {
        if (indicators.at(i).id == id)
            return values.value(i);
    }
    return 0;
}

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<ReportIndicator> ReportBuilder::indicators()
{
    QList<ReportIndicator> out;
    int i = 0;
    for (const IndicatorRow &r : kIndicators) {
        if (i++ == kChannelColumnsAt) {
            for (Channel c : kAllChannels)
                out << ReportIndicator{QStringLiteral("channel_") + toWireName(c),
                                       QCoreApplication::translate("Report", "By channel (new)"),
                                       displayLabel(c)};
        }
        out << ReportIndicator{QLatin1String(r.id), translated(r.group), translated(r.label)};
    }
    return out;
}

Report ReportBuilder::build(const ReportPeriod &period, const QStringList &unitIds, const QDate &today) const
{
    Report report;
    report.period = period;
    report.asOf = today.isValid() ? std::min(period.to, today) : period.to;
    report.indicators = indicators();
    report.total.unitName = QCoreApplication::translate("Report", "Total");
    report.total.values = QList<qint64>(report.indicators.size(), 0);
    if (!period.isValid()) {
        m_lastError = QCoreApplication::translate("Report", "The period is not valid.");
        return report;
    }
    // Only generated dates and fixed names are substituted into the SQL; the unit ids are bound.
    auto expand = [&](QString sql) {
        sql.replace(QStringLiteral("{replied}"), QStringLiteral("replied_on"));
        sql.replace(QStringLiteral("{closing}"), QStringLiteral("('reject', 'forward')"));
        sql.replace(QStringLiteral("{closed}"), QStringLiteral("('not_accepted', 'forwarded', 'archived')"));
        sql.replace(QStringLiteral("{start}"), startOfVietnamDay(period.from));
        sql.replace(QStringLiteral("{end}"), startOfVietnamDay(period.to.addDays(1)));
        sql.replace(QStringLiteral("{from}"), wire::encodeDate(period.from));
        sql.replace(QStringLiteral("{to}"), wire::encodeDate(period.to));
        sql.replace(QStringLiteral("{asOf}"), wire::encodeDate(report.asOf));
        return QStringLiteral("SUM(CASE WHEN ") + sql + QStringLiteral(" THEN 1 ELSE 0 END)");
    };
    QStringList sums;
    int i = 0;
    for (const IndicatorRow &r : kIndicators) {
        if (i++ == kChannelColumnsAt) {
            for (Channel c : kAllChannels)
                sums << expand(
                    QStringLiteral("received_at >= '{start}' AND received_at < '{end}' AND channel = '%1'")
                        .arg(toWireName(c)));
        }
        sums << expand(QLatin1String(r.condition));
    }
    // Without statistics SQLite prefers the narrower petitions_unit (unit_id, received_at) for the GROUP BY
    // and then reads every row from the table: 0.3–0.4 s at 100,000 petitions against about 20 ms over the
    // covering petitions_report (docs/performance.md, "Supervisor dashboard"). Named only when it exists: a
    // first sync builds the indexes at its end (indexbacklog.h), and the report must answer meanwhile.
    QSqlQuery hasIndex(m_db);
    const bool covering =
        hasIndex.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'petitions_report'")) &&
        hasIndex.next();
    hasIndex.finish();
    QString sql = QStringLiteral("SELECT p.unit_id, COALESCE(u.name, p.unit_id), ") +
                  sums.join(QStringLiteral(", ")) + QStringLiteral(" FROM petitions p") +
                  (covering ? QStringLiteral(" INDEXED BY petitions_report") : QString()) +
                  QStringLiteral(" LEFT JOIN units u ON u.id = p.unit_id WHERE received_at < ?");
    if (!unitIds.isEmpty()) {
        QStringList marks;
        for (qsizetype k = 0; k < unitIds.size(); ++k)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND p.unit_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" GROUP BY p.unit_id ORDER BY 2, 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(startOfVietnamDay(period.to.addDays(1)));
    for (const QString &id : unitIds)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return report;
    }
    m_lastError.clear();
    while (q.next()) {
        ReportRow row;
        row.unitId = q.value(0).toString();
        row.unitName = q.value(1).toString();
        bool any = false;
        for (int c = 0; c < report.indicators.size(); ++c) {
            const qint64 v = q.value(2 + c).toLongLong();
            row.values << v;
            report.total.values[c] += v;
            any = any || v != 0;
        }
        if (any)
            report.units << row;
    }
    return report;
}

} // namespace pakn
