#include "deadlinedisplay.h"

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

DeadlineDisplay DeadlineDisplay::describe(PetitionState state, const QDate &due, const QDate &today,
                                          const WorkingCalendar &calendar, int dueSoonWorkingDays)
{
    DeadlineDisplay d;
    if (!due.isValid())
        return d;
    const QString date = due.toString(kDateFormat);
    d.text = date;
    if (!deadlineRuns(state)) {
        d.toolTip = tr("Deadline %1 (no deadline runs in this state)").arg(date);
        return d;
    }
    const DeadlineStatus status = deadlineStatus(due, today, calendar, dueSoonWorkingDays);
    d.state = status.state;
    d.workingDaysLeft = status.workingDaysLeft;
    const int left = status.workingDaysLeft;
    QString words;
    switch (status.state) {
    case DeadlineState::Within:
        words = tr("%n day(s) left", nullptr, left);
        d.toolTip = tr("Within the deadline: %n working day(s) left until %1", nullptr, left).arg(date);
        break;
    case DeadlineState::DueSoon:
        words = left == 0 ? tr("due today") : tr("%n day(s) left", nullptr, left);
        d.toolTip = left == 0 ? tr("Due soon: the deadline is today, %1").arg(date)
                              : tr("Due soon: %n working day(s) left until %1", nullptr, left).arg(date);
        // Amber tint with a dark brown text: contrast above 7:1.
        d.foreground = QColor(0x5c, 0x3b, 0x00);
        d.background = QColor(0xff, 0xef, 0xc2);
        break;
    case DeadlineState::Overdue:
        words = left < 0 ? tr("%n day(s) late", nullptr, -left) : tr("late");
        d.toolTip = left < 0
                        ? tr("Overdue: %n working day(s) past the deadline of %1", nullptr, -left).arg(date)
                        : tr("Overdue: the deadline was %1").arg(date);
        // Red tint with a dark red text: contrast above 7:1.
        d.foreground = QColor(0x8a, 0x10, 0x10);
        d.background = QColor(0xfd, 0xe0, 0xdf);
        break;
    }
    d.text = date + QStringLiteral(" · ") + words;
    return d;
}

} // namespace pakn
