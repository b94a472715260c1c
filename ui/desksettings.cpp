#include "desksettings.h"

#include "languagechoice.h"
#include "net/apiclient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace pakn {
namespace {

// The QSettings keys. signIn/* are also written by a successful sign-in (the last server and CA used).
const QString kServerKey = QStringLiteral("signIn/server");
const QString kCaFileKey = QStringLiteral("signIn/caFile");
const QString &kLanguageKey = LanguageChoice::settingsKey;
const QString kSyncIntervalKey = QStringLiteral("sync/intervalMinutes");
const QString kNotificationsKey = QStringLiteral("notifications/enabled");

} // namespace

QStringList DeskSettings::languageChoices()
{
    return {QStringLiteral("system"), QStringLiteral("vi"), QStringLiteral("en")};
}

DeskSettings DeskSettings::load()
{
    QSettings settings;
    DeskSettings s;
    s.serverUrl = QUrl(settings.value(kServerKey).toString());
    s.caFile = settings.value(kCaFileKey).toString();
    const QString language = settings.value(kLanguageKey, s.language).toString();
    if (languageChoices().contains(language))
        s.language = language;
    bool ok = false;
    const int minutes = settings.value(kSyncIntervalKey, s.syncIntervalMinutes).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= kMaxSyncIntervalMinutes)
        s.syncIntervalMinutes = minutes;
    s.notifications = settings.value(kNotificationsKey, s.notifications).toBool();
    return s;
}

void DeskSettings::save() const
{
    QSettings settings;
    settings.setValue(kServerKey, serverUrl.toString());
    settings.setValue(kCaFileKey, caFile);
    settings.setValue(kLanguageKey, language);
    settings.setValue(kSyncIntervalKey, syncIntervalMinutes);
    settings.setValue(kNotificationsKey, notifications);
}

QStringList DeskSettings::problems() const
{
    QStringList found;
    if (!serverUrl.isEmpty()) {
        const QString urlProblem = ApiClient::validateBaseUrl(serverUrl);
        if (!urlProblem.isEmpty())
            found << urlProblem;
    }
    if (!caFile.isEmpty()) {
        QString caProblem;
        if (ApiClient::loadCaFile(caFile, &caProblem).isEmpty())
            found << caProblem;
    }
    if (!languageChoices().contains(language))
        found << tr("Choose a language from the list.");
    if (syncIntervalMinutes < 0 || syncIntervalMinutes > kMaxSyncIntervalMinutes)
        found << tr("The sync interval must be between 0 (off) and %1 minutes.").arg(kMaxSyncIntervalMinutes);
    return found;
}

QString DeskSettings::resolvedLanguage(const QString &choice)
{
    return LanguageChoice::resolve(choice, QLocale::system().uiLanguages());
}

} // namespace pakn
