#include "aggregations.h"

#include "domain/petitionstate.h"
#include "net/wirecodec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pakn {
namespace {

/// SQL for "the Vietnam date of an instant column" (stored as UTC ISO text).
QString vietnamDate(const QString &column)
{
    return QStringLiteral("date(%1, '+7 hours')").arg(column);
}

QString runningStates()
{
    QStringList names;
    for (PetitionState s : kAllPetitionStates) {
        if (deadlineRuns(s))
            names << QLatin1Char('\'') + toWireName(s) + QLatin1Char('\'');
    }
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Buckets as data: label, lowest and highest day count (inclusive; -1 = no upper bound).
struct Bucket
{
    const char *label;
    int low;
    int high;
};
constexpr Bucket kAgeBuckets[] = {
    {"0-5", 0, 5}, {"6-10", 6, 10}, {"11-20", 11, 20}, {"21-30", 21, 30}, {"31+", 31, -1}};
constexpr Bucket kOverdueBuckets[] = {{"1-5", 1, 5}, {"6-10", 6, 10}, {"11-30", 11, 30}, {"31+", 31, -1}};

template<std::size_t N> QString bucketCase(const Bucket (&buckets)[N], const QString &days)
{
    QString sql = QStringLiteral("CASE");
    for (const Bucket &b : buckets) {
        sql +=
            b.high < 0
                ? QStringLiteral(" WHEN %1 >= %2 THEN '%3'").arg(days).arg(b.low).arg(QLatin1String(b.label))
                : QStringLiteral(" WHEN %1 BETWEEN %2 AND %3 THEN '%4'")
                      .arg(days)
                      .arg(b.low)
                      .arg(b.high)
                      .arg(QLatin1String(b.label));
    }
    return sql + QStringLiteral(" END");
}

template<std::size_t N> QList<Tally> inBucketOrder(const Bucket (&buckets)[N], const QList<Tally> &found)
{
    QList<Tally> ordered;
    for (const Bucket &b : buckets) {
        Tally t{QLatin1String(b.label), QString(), 0};
        for (const Tally &f : found) {
            if (f.key == t.key)
                t.count = f.count;
        }
        ordered << t;
    }
    return ordered;
}

} // namespace

Aggregations::Aggregations(QSqlDatabase db, AggregationFilter filter)
    : m_db(std::move(db))
    , m_filter(std::move(filter))
{}

QString Aggregations::where(QVariantList *binds) const
{
    QString sql = QStringLiteral(" WHERE 1");
    if (m_filter.receivedFrom.isValid()) {
        sql += QStringLiteral(" AND ") + vietnamDate(QStringLiteral("received_at")) + QStringLiteral(" >= ?");
        *binds << wire::encodeDate(m_filter.receivedFrom);
    }
    if (m_filter.receivedTo.isValid()) {
        sql += QStringLiteral(" AND ") + vietnamDate(QStringLiteral("received_at")) + QStringLiteral(" <= ?");
        *binds << wire::encodeDate(m_filter.receivedTo);
    }
    auto addIn = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        sql += QStringLiteral(" AND ") + column + QStringLiteral(" IN ") + placeholders(values.size());
        for (const QString &v : values)
            *binds << v;
    };
    addIn(QStringLiteral("unit_id"), m_filter.unitIds);
    addIn(QStringLiteral("field_id"), m_filter.fieldIds);
    QStringList channels;
    for (Channel c : m_filter.channels)
        channels << toWireName(c);
    addIn(QStringLiteral("channel"), channels);
    return sql;
}

QList<Tally> Aggregations::tallies(const QString &select, const QString &groupBy,
                                   const QVariantList &extraBinds, const QString &extraWhere) const
{
    QVariantList binds = extraBinds;
    const QString sql = QStringLiteral("SELECT ") + select + QStringLiteral(", COUNT(*) FROM petitions") +
                        where(&binds) + extraWhere + QStringLiteral(" GROUP BY ") + groupBy +
                        QStringLiteral(" ORDER BY ") + groupBy;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    // Binds of the select list come first in the statement, then the filter's, then the extra condition's.
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Tally> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    m_lastError.clear();
    const int columns = groupBy.count(QLatin1Char(',')) + 1; // "1" or "1, 2": one or two key columns
    while (q.next()) {
        Tally t;
        t.key = q.value(0).toString();
        if (columns > 1)
            t.subKey = q.value(1).toString();
        t.count = q.value(columns).toLongLong();
        out << t;
    }
    return out;
}

QList<Tally> Aggregations::openByAssigneeAndState() const
{
    return tallies(QStringLiteral("COALESCE(assignee, ''), state"), QStringLiteral("1, 2"), {},
                   QStringLiteral(" AND state IN ") + runningStates());
}

QList<Tally> Aggregations::openByUnitAndState() const
{
    return tallies(QStringLiteral("unit_id, state"), QStringLiteral("1, 2"), {},
                   QStringLiteral(" AND state IN ") + runningStates());
}

QList<Tally> Aggregations::byChannel() const
{
    return tallies(QStringLiteral("channel"), QStringLiteral("1"), {});
}

QList<Tally> Aggregations::byField() const
{
    return tallies(QStringLiteral("field_id"), QStringLiteral("1"), {});
}

QList<Tally> Aggregations::ageSinceReceipt(const QDate &today) const
{
    const QString days = QStringLiteral("CAST(julianday('%1') - julianday(%2) AS INTEGER)")
                             .arg(wire::encodeDate(today), vietnamDate(QStringLiteral("received_at")));
    const QList<Tally> found = tallies(bucketCase(kAgeBuckets, days), QStringLiteral("1"), {},
                                       QStringLiteral(" AND state IN ") + runningStates());
    return inBucketOrder(kAgeBuckets, found);
}

QList<Tally> Aggregations::daysOverdue(const QDate &today) const
{
    const QString days =
        QStringLiteral("CAST(julianday('%1') - julianday(due_date) AS INTEGER)").arg(wire::encodeDate(today));
    const QList<Tally> found = tallies(
        bucketCase(kOverdueBuckets, days), QStringLiteral("1"), {},
        QStringLiteral(" AND state IN ") + runningStates() +
            QStringLiteral(" AND due_date IS NOT NULL AND due_date < '%1'").arg(wire::encodeDate(today)));
    return inBucketOrder(kOverdueBuckets, found);
}

QList<MonthOnTime> Aggregations::onTimeByMonth() const
{
    // replied_at comes in the record (docs/api.md); the reply date in Vietnam against the deadline.
    const QString replied = QStringLiteral("json_extract(record, '$.replied_at')");
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT strftime('%Y-%m', %1, '+7 hours') AS month,"
                       " SUM(date(%1, '+7 hours') <= due_date), SUM(date(%1, '+7 hours') > due_date)"
                       " FROM petitions")
            .arg(replied) +
        where(&binds) +
        QStringLiteral(" AND %1 IS NOT NULL AND due_date IS NOT NULL GROUP BY month ORDER BY month")
            .arg(replied);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<MonthOnTime> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    m_lastError.clear();
    while (q.next())
        out << MonthOnTime{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return out;
}

} // namespace pakn
