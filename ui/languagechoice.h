#pragma once

#include <QString>
#include <QStringList>

namespace pakn {

/// Which language the user interface starts in.
///
/// The choice comes from `--lang`, else from the setting `ui/language` (written by the settings dialog), and
/// is one of "system", "vi" or "en"; a missing setting means "system". "system" follows the system's
/// preferred UI languages in order (QLocale::system().uiLanguages(), which honours LANGUAGE, LC_ALL,
/// LC_MESSAGES and LANG): the first one PAKN Desk is translated into wins. Vietnamese is the fallback for
/// every other locale, including the C/POSIX locale of a bare machine. The choice takes effect at the next
/// start.
struct LanguageChoice
{
    static const QString settingsKey; ///< "ui/language"
    static const QString system;      ///< "system"

    /// True for "system" and for every language code the UI is translated into ("vi", "en").
    static bool isValid(const QString &choice);

    /// The language code to install for `choice` ("vi" or "en"), given the system's preferred UI languages
    /// (BCP 47 names such as "en-US", "vi-VN" or "C"). An invalid choice is treated as "system".
    static QString resolve(const QString &choice, const QStringList &systemUiLanguages);
};

} // namespace pakn
