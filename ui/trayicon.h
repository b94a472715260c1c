#pragma once

#include "domain/role.h"
#include "store/petitionquery.h"

#include <QDate>
#include <QIcon>
#include <QObject>
#include <QSet>
#include <memory>

class QSystemTrayIcon;

namespace pakn {

class CacheDatabase;
class CacheReader;

/// The petitions due soon or overdue "for me", as a badge on the system-tray icon, a desktop notification
/// when new ones appear, and a count for the window title.
///
/// Contract: `refresh()` counts on its CacheReader's worker thread, never on the GUI thread — two indexed
/// counts, and when the count grew, one page of at most kNotifyPageSize rows per filter — and applies the
/// answer when it comes back (`counted()`); every request takes a generation number and an older answer is
/// dropped. Until the first answer `count()` is -1 (no badge, no count in the title). "For me"
/// (attentionFilters, a table in trayicon.cpp): an officer's own assignments; for a focal officer, leader or
/// the city office, what their unit holds. A notification names each petition at most once per day (Vietnam
/// date; the ids already named today are kept in QSettings, so a restart does not repeat them) and only while
/// notifications are on. Where the platform has no system tray (offscreen, some desktops) there is no icon
/// and no desktop pop-up: the count and `notified` still work, so the window title carries it. Never touches
/// the network.
class DueSoonTray : public QObject
{
    Q_OBJECT
public:
    static constexpr int kNotifyPageSize = 500;

    explicit DueSoonTray(QObject *parent = nullptr);
    ~DueSoonTray() override;

    void setCache(std::shared_ptr<const CacheDatabase> cache, const ViewContext &context, const User &user);
    void clear(); ///< signed out: no count, no icon
    void setNotificationsEnabled(bool on) { m_notify = on; }
    /// Re-counts; emits countChanged and (when new petitions came due) notified.
    void refresh();

    int count() const { return m_count; }
    /// True from a request (setCache, refresh) until its answer is applied.
    bool isCounting() const { return m_counting; }
    /// The thread the last applied answer was read on (the reader's worker; never the GUI thread).
    const QThread *lastQueryThread() const { return m_lastQueryThread; }
    const CacheReader *reader() const { return m_reader; }
    /// The tray icon, or nullptr where the platform has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The application icon with `count` drawn on it as a badge (no badge for 0).
    static QIcon badgeIcon(const QIcon &base, int count);
    /// The filters whose petitions count for `user` (due soon, overdue).
    static QList<PetitionFilter> attentionFilters(const User &user);

Q_SIGNALS:
    void countChanged(int count);
    /// A notification was raised (shown as a pop-up where there is a tray) for these petitions.
    void notified(const QString &title, const QString &message, const QList<qint64> &petitionIds);
    /// The user clicked the tray icon.
    void activated();
    /// The count asked for last is applied.
    void counted();

private:
    void applyCount(qint64 total, const QList<PetitionRow> &candidates);
    void notifyNew(const QList<PetitionRow> &candidates);
    void updateIcon();

    std::shared_ptr<const CacheDatabase> m_cache;
    ViewContext m_context;
    User m_user;
    CacheReader *m_reader;
    quint64 m_generation = 0;
    bool m_counting = false;
    const QThread *m_lastQueryThread = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_baseIcon;
    int m_count = -1;
    bool m_notify = true;
};

} // namespace pakn
