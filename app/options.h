#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace pakn {

/// The command line of pakn-desk.
struct DeskOptions
{
    QUrl serverUrl;
    QString caFile;
    QString username;
    QString password;       ///< only from the PAKN_PASSWORD environment variable (demo and screenshot mode)
    QString profileDir;     ///< where caches live; default: the user's application data folder
    QString language;       ///< "vi" or "en", resolved from --lang or the settings by LanguageChoice
    QString screenshotFile; ///< non-empty: sign in, sync, render the main window to this PNG and exit
    QString screenshotDir;  ///< non-empty: the same, writing every screenshot (screenshotNames()) here
    int screenshotTimeoutSeconds = 120;
    bool memorySecrets = false; ///< keep the session in memory, not the OS keychain (screenshots, tests)

    bool screenshotMode() const { return !screenshotFile.isEmpty() || !screenshotDir.isEmpty(); }
};

/// Parses the arguments; on a usage error prints it and returns false (with *exitCode set).
bool parseDeskOptions(const QCoreApplication &app, DeskOptions *options, int *exitCode);

} // namespace pakn
