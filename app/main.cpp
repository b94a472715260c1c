#include "desk.h"
#include "options.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Caches, attachments and settings hold citizens' data: nothing we create is readable by others.
    // (On Windows they live in the user's profile, which only the user and administrators can read.)
    ::umask(077);
#endif

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pakn"));
    QApplication::setApplicationName(QStringLiteral("pakn-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PAKN Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pakn-desk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("pakn-desk"));

    pakn::DeskOptions options;
    int exitCode = 0;
    if (!pakn::parseDeskOptions(app, &options, &exitCode))
        return exitCode;
    pakn::installTranslations(options.language);

    pakn::Desk desk(options);
    desk.start();
    return QApplication::exec();
}
