#include "deadlinepolicy.h"

#include "domain/wiretable.h"
#include "strictjson.h"

#include <QCoreApplication>
#include <QStringList>

namespace pakn {
namespace {

using calendar_detail::indexedPath;
using calendar_detail::StrictReader;
using detail::rowFor;

constexpr int kMaxAmount = 365;
constexpr qint64 kVietnamUtcOffsetSeconds = 7 * 3600;

// The defaults of domain.md §1.2; see the table in deadlinepolicy.h for the legal basis of each row.
constexpr StepLimit kDefaultLimits[] = {
    {DeadlineStep::Transfer, 5, DayUnit::WorkingDays, DeadlineStart::Receipt},
    {DeadlineStep::Handling, 20, DayUnit::WorkingDays, DeadlineStart::Receipt}, // unit [?] in domain.md
    {DeadlineStep::ResultUpdate, 2, DayUnit::WorkingDays, DeadlineStart::Result},
    {DeadlineStep::ProgressUpdate, 7, DayUnit::CalendarDays, DeadlineStart::LastProgressUpdate},
};

struct StepRow
{
    DeadlineStep value;
    const char *wire;
};
constexpr StepRow kSteps[] = {
    {DeadlineStep::Transfer, "transfer"},
    {DeadlineStep::Handling, "handling"},
    {DeadlineStep::ResultUpdate, "result_update"},
    {DeadlineStep::ProgressUpdate, "progress_update"},
};

struct UnitRow
{
    DayUnit value;
    const char *wire;
};
constexpr UnitRow kUnits[] = {
    {DayUnit::WorkingDays, "working_days"},
    {DayUnit::CalendarDays, "calendar_days"},
};

struct StartRow
{
    DeadlineStart value;
    const char *wire;
    const char *label;
};
constexpr StartRow kStarts[] = {
    {DeadlineStart::Receipt, "receipt", QT_TRANSLATE_NOOP("Deadline", "receipt")},
    {DeadlineStart::Result, "result", QT_TRANSLATE_NOOP("Deadline", "the result")},
    {DeadlineStart::LastProgressUpdate, "last_progress_update",
     QT_TRANSLATE_NOOP("Deadline", "the last progress update")},
};

template<typename Row, std::size_t N> QString wireList(const Row (&table)[N])
{
    QStringList names;
    for (const Row &r : table)
        names.append(QString::fromLatin1(r.wire));
    return names.join(QStringLiteral(", "));
}

QString dayText(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

/// "7 weekend days, Lunar New Year (Tết) 28/01/2025–01/02/2025": the days off in [first, last], weekends
/// counted, every other reason listed as runs of consecutive days.
QString skippedDays(const QDate &first, const QDate &last, const WorkingCalendar &calendar)
{
    int weekendDays = 0;
    QStringList runs;
    QString runReason;
    QDate runFirst;
    QDate runLast;
    const auto closeRun = [&] {
        if (runReason.isEmpty())
            return;
        runs.append(runFirst == runLast
                        ? QStringLiteral("%1 %2").arg(runReason, dayText(runFirst))
                        : QStringLiteral("%1 %2–%3").arg(runReason, dayText(runFirst), dayText(runLast)));
        runReason.clear();
    };
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1)) {
        const std::optional<DayOff> off = calendar.dayOff(d);
        if (!off)
            continue;
        if (off->kind == DayOffKind::Weekend) {
            ++weekendDays;
            continue;
        }
        const QString reason = off->reason();
        if (reason != runReason || runLast.addDays(1) != d) {
            closeRun();
            runReason = reason;
            runFirst = d;
        }
        runLast = d;
    }
    closeRun();
    if (weekendDays > 0)
        runs.prepend(QCoreApplication::translate("Deadline", "%n weekend day(s)", nullptr, weekendDays));
    return runs.join(QStringLiteral(", "));
}

QString explain(const StepLimit &limit, const QDate &start, const QDate &due, const WorkingCalendar &calendar)
{
    const QString from = QCoreApplication::translate("Deadline", rowFor(kStarts, limit.startsFrom).label);
    QString text =
        (limit.unit == DayUnit::WorkingDays
             ? QCoreApplication::translate(
                   "Deadline", "%n working day(s) from %1 (%2), not counting that day", nullptr, limit.amount)
             : QCoreApplication::translate("Deadline",
                                           "%n calendar day(s) from %1 (%2), not counting that day", nullptr,
                                           limit.amount))
            .arg(dayText(start), from);
    // Working days skip every day off inside the period; calendar days count them, and skip only the days
    // off after the last day (art. 148).
    const bool countsWorkingDays = limit.unit == DayUnit::WorkingDays && limit.amount > 0;
    const QDate lastDay = countsWorkingDays ? due : start.addDays(limit.amount);
    if (lastDay != due)
        text +=
            QCoreApplication::translate(
                "Deadline", "; the last day, %1, is a day off, so the period ends on the next working day")
                .arg(dayText(lastDay));
    const QString skipped =
        skippedDays(countsWorkingDays ? start.addDays(1) : lastDay, due.addDays(-1), calendar);
    if (!skipped.isEmpty())
        text += QCoreApplication::translate("Deadline", "; skipped: %1").arg(skipped);
    return text + QCoreApplication::translate("Deadline", "; due %1.").arg(dayText(due));
}

} // namespace

QDate vietnamDate(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().addSecs(kVietnamUtcOffsetSeconds).date();
}

QString toWireName(DeadlineStep step)
{
    return QString::fromLatin1(rowFor(kSteps, step).wire);
}

std::optional<DeadlineStep> deadlineStepFromWire(const QString &wireName)
{
    return detail::valueForWire(kSteps, wireName);
}

DeadlinePolicy::DeadlinePolicy()
    : m_limits(defaultLimits())
{}

QList<StepLimit> DeadlinePolicy::defaultLimits()
{
    return QList<StepLimit>(std::begin(kDefaultLimits), std::end(kDefaultLimits));
}

StepLimit DeadlinePolicy::limit(DeadlineStep step) const
{
    for (const StepLimit &l : m_limits) {
        if (l.step == step)
            return l;
    }
    Q_UNREACHABLE(); // every step has a row: the defaults are only ever replaced row by row
}

Decoded<DeadlinePolicy> DeadlinePolicy::fromJson(const QByteArray &json)
{
    QString error;
    const std::optional<QJsonArray> array = calendar_detail::parseArray(json, &error);
    if (!array)
        return Decoded<DeadlinePolicy>::fail(error);
    return fromJson(*array);
}

Decoded<DeadlinePolicy> DeadlinePolicy::fromJson(const QJsonArray &json)
{
    using Result = Decoded<DeadlinePolicy>;
    const QString kStep = QStringLiteral("step");
    const QString kAmount = QStringLiteral("amount");
    const QString kUnit = QStringLiteral("unit");
    const QString kStartsFrom = QStringLiteral("starts_from");
    DeadlinePolicy policy;
    QList<DeadlineStep> seen;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString path = indexedPath(QString(), i);
        if (!json.at(i).isObject())
            return Result::fail(path + QStringLiteral(": expected an object"));
        StrictReader r(json.at(i).toObject(), path);
        r.onlyKeys({kStep, kAmount, kUnit, kStartsFrom});
        const QString stepName = r.string(kStep);
        const std::optional<DeadlineStep> step = detail::valueForWire(kSteps, stepName);
        if (!r.failed() && !step)
            r.fail(kStep, QStringLiteral("unknown step '%1' (expected one of: %2)")
                              .arg(stepName.left(40), wireList(kSteps)));
        if (!r.failed() && seen.contains(*step))
            r.fail(kStep, QStringLiteral("'%1' given twice").arg(stepName));
        const int amount = r.integer(kAmount, 0, kMaxAmount);
        const QString unitName = r.string(kUnit);
        const std::optional<DayUnit> unit = detail::valueForWire(kUnits, unitName);
        if (!r.failed() && !unit)
            r.fail(kUnit, QStringLiteral("unknown unit '%1' (expected one of: %2)")
                              .arg(unitName.left(40), wireList(kUnits)));
        std::optional<DeadlineStart> start;
        if (!r.failed() && r.has(kStartsFrom)) {
            const QString startName = r.string(kStartsFrom);
            start = detail::valueForWire(kStarts, startName);
            if (!r.failed() && !start)
                r.fail(kStartsFrom, QStringLiteral("unknown value '%1' (expected one of: %2)")
                                        .arg(startName.left(40), wireList(kStarts)));
        }
        if (r.failed())
            return Result::fail(r.error());
        seen.append(*step);
        for (StepLimit &l : policy.m_limits) {
            if (l.step == *step)
                l = StepLimit{*step, amount, *unit, start.value_or(l.startsFrom)};
        }
    }
    return Result::ok(std::move(policy));
}

QJsonArray DeadlinePolicy::toJson() const
{
    QJsonArray array;
    for (const StepLimit &l : m_limits) {
        array.append(QJsonObject{
            {QStringLiteral("step"), toWireName(l.step)},
            {QStringLiteral("amount"), l.amount},
            {QStringLiteral("unit"), QString::fromLatin1(rowFor(kUnits, l.unit).wire)},
            {QStringLiteral("starts_from"), QString::fromLatin1(rowFor(kStarts, l.startsFrom).wire)},
        });
    }
    return array;
}

QDate DeadlinePolicy::dueDate(DeadlineStep step, const QDateTime &startInstant,
                              const WorkingCalendar &calendar) const
{
    const StepLimit l = limit(step);
    const QDate start = vietnamDate(startInstant);
    if (!WorkingCalendar::inRange(start))
        return {};
    const QDate last =
        l.unit == DayUnit::WorkingDays ? calendar.addWorkingDays(start, l.amount) : start.addDays(l.amount);
    if (!WorkingCalendar::inRange(last))
        return {};
    // Art. 148: a period whose last day is a day off ends on the next working day.
    return calendar.isWorkingDay(last) ? last : calendar.addWorkingDays(last, 1);
}

Deadline DeadlinePolicy::computeDeadline(DeadlineStep step, const QDateTime &startInstant,
                                         const WorkingCalendar &calendar) const
{
    Deadline deadline;
    deadline.step = step;
    deadline.start = vietnamDate(startInstant);
    deadline.due = dueDate(step, startInstant, calendar);
    if (!deadline.due.isValid()) {
        deadline.explanation =
            QCoreApplication::translate("Deadline",
                                        "The deadline cannot be computed: the calendar covers %1 to %2 only.")
                .arg(dayText(WorkingCalendar::firstDate()), dayText(WorkingCalendar::lastDate()));
        return deadline;
    }
    deadline.explanation = explain(limit(step), deadline.start, deadline.due, calendar);
    return deadline;
}

namespace {

struct StatusFacts
{
    qint64 calendarDaysLeft;
    int workingDaysLeft;
    int dueSoonDays;
};

struct StatusRule
{
    DeadlineState state;
    bool (*applies)(const StatusFacts &);
};

// First matching row wins (the table in deadlinepolicy.h).
constexpr StatusRule kStatusRules[] = {
    {DeadlineState::Overdue, [](const StatusFacts &f) { return f.calendarDaysLeft < 0; }},
    {DeadlineState::DueSoon, [](const StatusFacts &f) { return f.workingDaysLeft <= f.dueSoonDays; }},
    {DeadlineState::Within, [](const StatusFacts &) { return true; }},
};

} // namespace

DeadlineStatus deadlineStatus(const QDate &due, const QDate &today, const WorkingCalendar &calendar,
                              int dueSoonDays)
{
    if (!due.isValid() || !today.isValid())
        return {};
    const StatusFacts facts{today.daysTo(due), calendar.workingDaysBetween(today, due), dueSoonDays};
    for (const StatusRule &rule : kStatusRules) {
        if (rule.applies(facts))
            return {rule.state, facts.workingDaysLeft};
    }
    Q_UNREACHABLE();
}

} // namespace pakn
