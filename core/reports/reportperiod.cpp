#include "reportperiod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pakn {
namespace {

// Months per period and periods per year, by kind.
struct KindRow
{
    ReportPeriodKind kind;
    int months;
    int perYear;
};
constexpr KindRow kKinds[] = {
    {ReportPeriodKind::Quarter, 3, 4},
    {ReportPeriodKind::HalfYear, 6, 2},
    {ReportPeriodKind::Year, 12, 1},
};

const KindRow *kindRow(ReportPeriodKind kind)
{
    for (const KindRow &r : kKinds) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

QString roman(int n)
{
    static const char *const numerals[] = {"", "I", "II", "III", "IV"};
    return n >= 1 && n <= 4 ? QLatin1String(numerals[n]) : QString::number(n);
}

} // namespace

ReportPeriod ReportPeriod::of(ReportPeriodKind kind, int year, int index, int cutOffDay)
{
    ReportPeriod p;
    p.kind = kind;
    p.year = year;
    const KindRow *row = kindRow(kind);
    if (!row || cutOffDay < 1 || cutOffDay > 28 || year < 2000 || year > 9999)
        return p;
    if (kind == ReportPeriodKind::Year)
        index = 1;
    if (index < 1 || index > row->perYear)
        return p;
    p.index = kind == ReportPeriodKind::Year ? 0 : index;
    const QDate lastMonth(year, index * row->months, 1);
    if (cutOffDay == 1) {
        p.from = lastMonth.addMonths(1 - row->months);
        p.to = lastMonth.addMonths(1).addDays(-1);
    } else {
        const QDate previousLastMonth = lastMonth.addMonths(-row->months);
        p.from = QDate(previousLastMonth.year(), previousLastMonth.month(), cutOffDay);
        p.to = QDate(lastMonth.year(), lastMonth.month(), cutOffDay - 1);
    }
    return p;
}

ReportPeriod ReportPeriod::custom(const QDate &from, const QDate &to)
{
    ReportPeriod p;
    p.kind = ReportPeriodKind::Custom;
    p.from = from;
    p.to = to;
    p.year = from.year();
    return p;
}

ReportPeriod ReportPeriod::containing(ReportPeriodKind kind, const QDate &day, int cutOffDay)
{
    const KindRow *row = kindRow(kind);
    if (!row || !day.isValid())
        return {};
    // The period of the year after can contain the last days of December (from the cut-off on).
    for (int year = day.year(); year <= day.year() + 1; ++year) {
        for (int i = 1; i <= row->perYear; ++i) {
            const ReportPeriod p = of(kind, year, i, cutOffDay);
            if (p.isValid() && p.from <= day && day <= p.to)
                return p;
        }
    }
    return {};
}

ReportPeriod ReportPeriod::parse(const QString &text, int cutOffDay, QString *error)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression numbered(QStringLiteral("^([qh])([1-4])-(\\d{4})$"));
    static const QRegularExpression year(QStringLiteral("^y?(\\d{4})$"));
    static const QRegularExpression range(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    ReportPeriod p;
    if (const QRegularExpressionMatch m = numbered.match(t); m.hasMatch()) {
        p = of(m.captured(1) == QLatin1String("q") ? ReportPeriodKind::Quarter : ReportPeriodKind::HalfYear,
               m.captured(3).toInt(), m.captured(2).toInt(), cutOffDay);
    } else if (const QRegularExpressionMatch y = year.match(t); y.hasMatch()) {
        p = of(ReportPeriodKind::Year, y.captured(1).toInt(), 0, cutOffDay);
    } else if (const QRegularExpressionMatch r = range.match(t); r.hasMatch()) {
        p = custom(QDate::fromString(r.captured(1), Qt::ISODate),
                   QDate::fromString(r.captured(2), Qt::ISODate));
    }
    if (!p.isValid() && error) {
        *error = QCoreApplication::translate(
                     "ReportPeriod", "'%1' is not a period: give q1-2025 … q4-2025, h1-2025, h2-2025, "
                                     "2025, or a range 2025-01-01..2025-03-31 (cut-off day 1–28)")
                     .arg(text);
    }
    return p;
}

QString ReportPeriod::title() const
{
    const QString range = QStringLiteral("%1 – %2").arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                                                        to.toString(QStringLiteral("dd/MM/yyyy")));
    switch (kind) {
    case ReportPeriodKind::Quarter:
        return QCoreApplication::translate("ReportPeriod", "Quarter %1 %2 (%3)")
            .arg(roman(index))
            .arg(year)
            .arg(range);
    case ReportPeriodKind::HalfYear:
        return (index == 1 ? QCoreApplication::translate("ReportPeriod", "First half of %1 (%2)")
                           : QCoreApplication::translate("ReportPeriod", "Second half of %1 (%2)"))
            .arg(year)
            .arg(range);
    case ReportPeriodKind::Year:
        return QCoreApplication::translate("ReportPeriod", "Year %1 (%2)").arg(year).arg(range);
    case ReportPeriodKind::Custom:
        break;
    }
    return QCoreApplication::translate("ReportPeriod", "From %1 to %2")
        .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace pakn
