#pragma once

#include "calendar/deadlinepolicy.h"
#include "domain/petitionstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace pakn {

/// How a petition's deadline is shown in lists and panes: the date with the working days left in words, and
/// for due-soon and overdue a dark text colour on a light tint — text first, colour only as a second cue.
struct DeadlineDisplay
{
    Q_DECLARE_TR_FUNCTIONS(pakn::DeadlineDisplay)
public:
    /// Pure function of its arguments (translated in the application's language).
    static DeadlineDisplay describe(PetitionState state, const QDate &due, const QDate &today,
                                    const WorkingCalendar &calendar, int dueSoonWorkingDays);

    std::optional<DeadlineState> state; ///< nullopt when no deadline runs (closed, replied, no due date)
    int workingDaysLeft = 0;
    QString text;      ///< "16/12/2026 · 3 days left"; just the date when no deadline runs
    QString toolTip;   ///< a sentence, also the accessible text
    QColor foreground; ///< invalid: the theme's
    QColor background; ///< invalid: the theme's
};

} // namespace pakn
