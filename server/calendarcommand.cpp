#include "calendarcommand.h"

#include "calendar/workingcalendar.h"

#include <QFile>
#include <cstdio>

namespace pakn::server {
namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: pakn-server calendar YEAR [--overrides FILE]\n"
                 "  YEAR: %d to %d\n",
                 kFirstCalendarYear, kLastCalendarYear);
    return 2;
}

} // namespace

int runCalendarCommand(const QStringList &arguments)
{
    // arguments: calendar YEAR [--overrides FILE]
    if (arguments.size() != 2 && !(arguments.size() == 4 && arguments.at(2) == QLatin1String("--overrides")))
        return usage();
    bool ok = false;
    const int year = arguments.at(1).toInt(&ok);
    if (!ok || year < kFirstCalendarYear || year > kLastCalendarYear)
        return usage();

    CalendarOverrides overrides;
    if (arguments.size() == 4) {
        QFile file(arguments.at(3));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "pakn-server: cannot read %s: %s\n", qPrintable(arguments.at(3)),
                         qPrintable(file.errorString()));
            return 1;
        }
        Decoded<CalendarOverrides> decoded = CalendarOverrides::fromJson(file.read(4 * 1024 * 1024));
        if (!decoded) {
            std::fprintf(stderr, "pakn-server: %s: %s\n", qPrintable(arguments.at(3)),
                         qPrintable(decoded.error));
            return 1;
        }
        overrides = *decoded.value;
    }

    const WorkingCalendar calendar(overrides);
    for (const DayOff &day : calendar.nonWorkingDays(year))
        std::printf("%s\t%s\n", qPrintable(day.date.toString(Qt::ISODate)), qPrintable(day.reason()));
    for (const MarkedDay &day : calendar.makeUpWorkingDays(year))
        std::printf("%s\tworking day: %s\n", qPrintable(day.date.toString(Qt::ISODate)),
                    qPrintable(day.reason));
    return 0;
}

} // namespace pakn::server
