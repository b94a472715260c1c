#pragma once

#include <QStringList>

namespace pakn::server {

/// `pakn-server calendar YEAR [--overrides FILE]`: prints every non-working day of YEAR other than ordinary
/// weekends — "YYYY-MM-DD<TAB>reason" — and then the make-up working days ("YYYY-MM-DD<TAB>working day:
/// reason"), computed by exactly the calendar code the deadlines use (core/calendar). FILE holds the yearly
/// overrides as JSON (calendaroverrides.h), as the reference data will carry them. Returns the exit code.
int runCalendarCommand(const QStringList &arguments);

} // namespace pakn::server
