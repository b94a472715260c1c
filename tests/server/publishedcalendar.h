#pragma once

#include "calendar/workingcalendar.h"

#include <QByteArray>

namespace pakn::test {

/// The calendar decisions published for civil servants (domain.md §6), written down here independently of
/// the server: Tết 2024 Thu 08/02 – Wed 14/02; Tết 2025 Sat 25/01 – Sun 02/02 with Sat 08/02 worked; in 2024
/// Mon 29/04 off and Sat 04/05 worked. The demo's reference data must carry them (reasons aside).
inline QByteArray publishedOverridesJson()
{
    return QByteArray(R"([
      {"year": 2024, "days_off": [{"date": "2024-04-29", "reason": "swap"}],
       "working_days": [{"date": "2024-05-04", "reason": "swap"}],
       "holiday_windows": [{"holiday": "lunar_new_year", "first": "2024-02-08", "last": "2024-02-14"}]},
      {"year": 2025, "working_days": [{"date": "2025-02-08", "reason": "swap"}],
       "holiday_windows": [{"holiday": "lunar_new_year", "first": "2025-01-25", "last": "2025-02-02"}]}])");
}

inline const WorkingCalendar &publishedCalendar()
{
    static const WorkingCalendar calendar(*CalendarOverrides::fromJson(publishedOverridesJson()).value);
    return calendar;
}

} // namespace pakn::test
