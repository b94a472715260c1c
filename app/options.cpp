#include "options.h"

#include "languagechoice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>

namespace pakn {

bool parseDeskOptions(const QCoreApplication &app, DeskOptions *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DeskOptions",
        "PAKN Desk: handle citizens' feedback and recommendations on administrative regulations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("DeskOptions", "Petition service address (https)."),
        QStringLiteral("url"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("DeskOptions", "PEM file of a CA to trust in addition to the system's."),
        QStringLiteral("file"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("DeskOptions", "User name to fill in."),
                                  QStringLiteral("name"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("DeskOptions",
                                    "Folder for the local caches (default: the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("DeskOptions", "User interface language: vi, en or system (the "
                                                   "system's language; Vietnamese if it is neither)."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("DeskOptions",
                                    "Sign in (password from PAKN_PASSWORD), sync, save the main "
                                    "window as a PNG and exit. Works in a temporary profile deleted "
                                    "on exit (--profile is not used)."),
        QStringLiteral("png"));
    const QCommandLineOption screenshotDir(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate(
            "DeskOptions", "Like --screenshot, but save the main window, the detail pane and a search "
                           "as PNG files in this folder."),
        QStringLiteral("dir"));
    parser.addOptions({server, caFile, user, profile, language, screenshot, screenshotDir});
    parser.process(app);

    QSettings settings;
    options->serverUrl = QUrl::fromUserInput(parser.value(server).isEmpty()
                                                 ? settings.value(QStringLiteral("signIn/server")).toString()
                                                 : parser.value(server));
    options->caFile = parser.isSet(caFile) ? parser.value(caFile)
                                           : settings.value(QStringLiteral("signIn/caFile")).toString();
    options->username =
        parser.isSet(user) ? parser.value(user) : settings.value(QStringLiteral("signIn/user")).toString();
    options->password = qEnvironmentVariable("PAKN_PASSWORD");
    options->profileDir = parser.isSet(profile)
                              ? parser.value(profile)
                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString languageChoice = LanguageChoice::system;
    if (parser.isSet(language)) {
        languageChoice = parser.value(language);
        if (!LanguageChoice::isValid(languageChoice)) {
            std::fprintf(stderr, "pakn-desk: --lang must be vi, en or system\n");
            *exitCode = 2;
            return false;
        }
    } else {
        languageChoice = settings.value(LanguageChoice::settingsKey, LanguageChoice::system).toString();
        if (!LanguageChoice::isValid(languageChoice)) {
            std::fprintf(stderr, "pakn-desk: ignoring the setting %s=%s (not vi, en or system)\n",
                         qPrintable(LanguageChoice::settingsKey), qPrintable(languageChoice));
        }
    }
    options->language = LanguageChoice::resolve(languageChoice, QLocale::system().uiLanguages());
    options->screenshotFile = parser.value(screenshot);
    options->screenshotDir = parser.value(screenshotDir);
    // A one-shot run keeps nothing in the keychain.
    options->memorySecrets = options->screenshotMode();

    if (options->screenshotMode() &&
        (options->serverUrl.isEmpty() || options->username.isEmpty() || options->password.isEmpty())) {
        std::fprintf(stderr, "pakn-desk: --screenshot and --screenshot-dir need --server, --user and "
                             "PAKN_PASSWORD\n");
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace pakn
