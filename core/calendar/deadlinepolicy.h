#pragma once

#include "domain/decoded.h" // Decoded<T>
#include "workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

/// The steps with a time limit (domain.md §1.2).
enum class DeadlineStep {
    Transfer,       ///< chuyển xử lý (step 3)
    Handling,       ///< xử lý (step 4)
    ResultUpdate,   ///< cập nhật kết quả trả lời (step 5)
    ProgressUpdate, ///< cập nhật tiến độ while late (step 4a)
};

enum class DayUnit { WorkingDays, CalendarDays };

/// The event a limit counts from (shown in the explanation).
enum class DeadlineStart {
    Receipt,            ///< the petition was received
    Result,             ///< the handling result exists
    LastProgressUpdate, ///< the previous progress update, or the handling deadline for the first one
};

/// One row of the policy table.
struct StepLimit
{
    DeadlineStep step;
    int amount;
    DayUnit unit;
    DeadlineStart startsFrom;
    friend bool operator==(const StepLimit &a, const StepLimit &b)
    {
        return a.step == b.step && a.amount == b.amount && a.unit == b.unit && a.startsFrom == b.startsFrom;
    }
};

/// A computed due date with the human explanation of how it was reached.
struct Deadline
{
    DeadlineStep step = DeadlineStep::Handling;
    QDate start; ///< the start instant's date in Vietnam (UTC+7); not counted
    QDate due;   ///< the last day of the period; invalid when it cannot be computed (out of calendar range)
    QString explanation;
    bool isValid() const { return due.isValid(); }
};

/// The calendar date of an instant in Vietnam (UTC+7, no daylight saving): 23:30 UTC is the next day.
QDate vietnamDate(const QDateTime &instant);

QString toWireName(DeadlineStep step);
std::optional<DeadlineStep> deadlineStepFromWire(const QString &wireName);

/// The time limits of the petition steps, as a table, with the defaults of domain.md §1.2 (the server's
/// policy replaces rows):
///
/// | step            | amount | unit     | from                 | basis |
/// |-----------------|--------|----------|----------------------|----------------------------------------------|
/// | transfer        | 5      | working  | receipt              | Decree 20 art. 9.1.d as amended (92/2017) |
/// | handling        | 20     | working  | receipt              | TT 02/2017/TT-VPCP, QĐ 574; unit is [?] |
/// | result_update   | 2      | working  | result               | TT 02/2017/TT-VPCP | | progress_update | 7
/// | calendar | last progress update | TT 02/2017/TT-VPCP ("every 7 days")          |
///
/// The handling limit's unit is marked [?] in domain.md: both summaries say only "20 days"; working days are
/// the default until the circular's text is checked, and the server's policy can say otherwise.
///
/// Counting (Civil Code 2015): the start is the start instant's date in UTC+7 and is not counted (art. 147).
/// Working days: the n-th working day after the start. Calendar days: start + n; if that day is a day off,
/// the period ends on the next working day (art. 148).
///
/// JSON form of the server's policy (rows given replace the defaults; steps not given keep them):
///     [{"step": "handling", "amount": 20, "unit": "working_days", "starts_from": "receipt"}]
/// step: transfer | handling | result_update | progress_update; unit: working_days | calendar_days;
/// starts_from (optional, default from the table): receipt | result | last_progress_update; amount 0..365.
/// Unknown keys, duplicate steps and unknown values are errors.
///
/// Contract: a plain immutable value; const methods are thread-safe if the calendar's are (they are).
class DeadlinePolicy
{
public:
    /// The defaults above.
    DeadlinePolicy();

    static QList<StepLimit> defaultLimits();
    static Decoded<DeadlinePolicy> fromJson(const QByteArray &json);
    static Decoded<DeadlinePolicy> fromJson(const QJsonArray &json);
    QJsonArray toJson() const;

    StepLimit limit(DeadlineStep step) const;
    const QList<StepLimit> &limits() const { return m_limits; }

    /// The due date only (fast path for lists).
    QDate dueDate(DeadlineStep step, const QDateTime &startInstant, const WorkingCalendar &calendar) const;
    /// The due date and the explanation, e.g. "20 working days from 12/01/2025 (receipt), not counting that
    /// day; skipped: 7 weekend days, Lunar New Year (Tết) 28/01/2025–01/02/2025; due 13/02/2025."
    Deadline computeDeadline(DeadlineStep step, const QDateTime &startInstant,
                             const WorkingCalendar &calendar) const;

    friend bool operator==(const DeadlinePolicy &a, const DeadlinePolicy &b)
    {
        return a.m_limits == b.m_limits;
    }

private:
    QList<StepLimit> m_limits;
};

/// The derived flag shown in lists (trong hạn / sắp đến hạn / quá hạn).
enum class DeadlineState { Within, DueSoon, Overdue };

struct DeadlineStatus
{
    DeadlineState state = DeadlineState::Within;
    /// workingDaysBetween(today, due): 0 on the due day; negative when late (it can be 0 on a weekend right
    /// after the due day: late, but no working day has passed yet).
    int workingDaysLeft = 0;
};

/// The status policy, first matching row wins:
///
/// | state    | when                                              |
/// |----------|---------------------------------------------------|
/// | Overdue  | today is after the due date (calendar comparison) |
/// | DueSoon  | working days left <= dueSoonDays (due day incl.)  |
/// | Within   | otherwise                                         |
///
/// An invalid due date or today gives Within with 0 days left (no deadline runs).
DeadlineStatus deadlineStatus(const QDate &due, const QDate &today, const WorkingCalendar &calendar,
                              int dueSoonDays = 3);

} // namespace pakn
