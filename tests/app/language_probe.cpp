// Prints the UI language pakn-desk would start in, choosing it exactly as pakn-desk's main() does: the same
// application identity (so the same settings file) and the same option parser. Run by tst_language_choice
// with a controlled environment (locale variables, XDG_CONFIG_HOME).

#include "options.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pakn"));
    QCoreApplication::setApplicationName(QStringLiteral("pakn-desk"));
    pakn::DeskOptions options;
    int exitCode = 0;
    if (!pakn::parseDeskOptions(app, &options, &exitCode))
        return exitCode;
    std::printf("%s\n", qPrintable(options.language));
    return 0;
}
