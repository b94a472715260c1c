#include "desk.h"
#include "options.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Caches, attachments and settings hold citizens' data: nothing we create is readable by others.
    ::umask(077);

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
