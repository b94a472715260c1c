// pakn-cli: the command-line client on top of core/ — same caches as pakn-desk — for administrators, scripts
// and troubleshooting. The password is read from a file or standard input, never from the command line.

#include "clicommands.h"

#include <QGuiApplication>
#include <memory>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    ::umask(077); // the caches hold citizens' data (Windows: the user's profile protects them)
#endif
    // Only `report` needs Qt Gui (a PDF is laid out with fonts); it runs without a display.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (report)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("pakn"));
    QCoreApplication::setApplicationName(
        QStringLiteral("pakn-desk")); // share pakn-desk's settings and caches
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    return pakn::cli::run(app);
}
