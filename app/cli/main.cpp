// pakn-cli: the command-line client on top of core/ — same caches as pakn-desk — for administrators, scripts
// and troubleshooting. The password is read from a file or standard input, never from the command line.

#include "clicommands.h"

#include <QCoreApplication>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    ::umask(077); // the caches hold citizens' data (Windows: the user's profile protects them)
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pakn"));
    QCoreApplication::setApplicationName(
        QStringLiteral("pakn-desk")); // share pakn-desk's settings and caches
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    return pakn::cli::run(app);
}
