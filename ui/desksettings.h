#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pakn {

/// The user's preferences, kept in QSettings: the server and organisation CA file offered at sign-in, the
/// interface language, how often sync runs by itself, and whether due-soon petitions raise desktop
/// notifications.
///
/// Contract: `load()` never fails (missing or unreadable values fall back to the defaults below);
/// `problems()` says, in whole translated sentences, what keeps the values from being saved — `save()` is for
/// values without problems. The language applies at the next start; the rest at once (the owner applies
/// them).
struct DeskSettings
{
    Q_DECLARE_TR_FUNCTIONS(pakn::DeskSettings)

public:
    QUrl serverUrl;
    QString caFile;
    QString language = QStringLiteral("system"); ///< "system", "vi" or "en" (languagechoice.h resolves it)
    int syncIntervalMinutes = 2;                 ///< 0: only when asked (and after local changes)
    bool notifications = true;

    static constexpr int kMaxSyncIntervalMinutes = 240;

    static DeskSettings load();
    void save() const;
    QStringList problems() const;

    /// The language choices, as stored.
    static QStringList languageChoices();
};

} // namespace pakn
