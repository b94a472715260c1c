#include "languagechoice.h"

#include <array>

namespace pakn {

namespace {

/// The languages the UI is translated into. The first row is the fallback for a system locale that matches no
/// row: the product is made for Vietnamese agencies.
constexpr std::array<QLatin1String, 2> kTranslated{{QLatin1String("vi"), QLatin1String("en")}};

/// "en-US", "en_GB" and "EN" → "en"; "C" → "c".
QString primaryLanguage(const QString &name)
{
    qsizetype end = 0;
    while (end < name.size() && name.at(end) != QLatin1Char('-') && name.at(end) != QLatin1Char('_'))
        ++end;
    return name.left(end).toLower();
}

bool isTranslated(const QString &code)
{
    for (const QLatin1String &translated : kTranslated) {
        if (code == translated)
            return true;
    }
    return false;
}

} // namespace

const QString LanguageChoice::settingsKey = QStringLiteral("ui/language");
const QString LanguageChoice::system = QStringLiteral("system");

bool LanguageChoice::isValid(const QString &choice)
{
    return choice == system || isTranslated(choice);
}

QString LanguageChoice::resolve(const QString &choice, const QStringList &systemUiLanguages)
{
    if (isTranslated(choice))
        return choice;
    for (const QString &name : systemUiLanguages) {
        const QString code = primaryLanguage(name);
        if (isTranslated(code))
            return code;
    }
    return kTranslated.front();
}

} // namespace pakn
