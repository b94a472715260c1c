#pragma once

#include <QDate>
#include <QString>

namespace pakn {

enum class ReportPeriodKind { Quarter, HalfYear, Year, Custom };

/// A reporting period: inclusive Vietnam dates and its title ("Quý II năm 2025 (15/03/2025 – 14/06/2025)").
///
/// Periods follow decree 09/2019 art. 12 (domain.md §5): a period ends on the day before the cut-off day of
/// its last month and starts on the cut-off day of the previous period's last month — with the default
/// cut-off 15, quarter II of 2025 is 15/03/2025–14/06/2025, the first half 15/12/2024–14/06/2025, the year
/// 15/12/2024–14/12/2025. Cut-off day 1 gives calendar periods (quarter II = 01/04–30/06). Pure; any thread.
struct ReportPeriod
{
    ReportPeriodKind kind = ReportPeriodKind::Custom;
    int year = 0;
    int index = 0; ///< quarter 1–4 or half 1–2; 0 for a year or a custom range
    QDate from;
    QDate to;

    /// nullopt-like: an invalid period when the index or cut-off is out of range (1 ≤ cutOffDay ≤ 28).
    static ReportPeriod of(ReportPeriodKind kind, int year, int index, int cutOffDay = kDefaultCutOffDay);
    static ReportPeriod custom(const QDate &from, const QDate &to);
    /// The quarter, half or year (by `kind`) whose period contains `day`.
    static ReportPeriod containing(ReportPeriodKind kind, const QDate &day,
                                   int cutOffDay = kDefaultCutOffDay);

    /// Reads "q2-2025", "h1-2025", "2025" (or "y2025") or a range "2025-01-01..2025-03-31"; an invalid
    /// period and `*error` set when the text is none of these.
    static ReportPeriod parse(const QString &text, int cutOffDay, QString *error);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// Translated title, e.g. "Quarter II 2025 (15/03/2025 – 14/06/2025)".
    QString title() const;

    static constexpr int kDefaultCutOffDay = 15;
};

} // namespace pakn
