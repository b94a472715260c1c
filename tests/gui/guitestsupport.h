#pragma once

#include "sync/accountcontroller.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QAbstractItemModel;
class QWidget;

namespace pakn {
class Desk;
class MainWindow;
class PetitionListModel;
class SavedViewModel;
} // namespace pakn

namespace pakn::test {

class ServerProcess;

/// The password of every demo account of pakn-server.
inline const QString kDemoPassword = QStringLiteral("pakn-demo");

/// A sign-in to `server` as the demo account `username`.
SignInRequest demoSignIn(const ServerProcess &server, const QString &username);

/// Keeps sessions in memory: GUI tests run without a desktop keychain.
AccountController::SecretStoreFactory memorySecrets();

/// Records what an account says about its syncs (status changes and ends, with the time since it was made),
/// so that a test that waited in vain can say where the sync was instead of only "did not finish".
class SyncTrace
{
public:
    explicit SyncTrace(AccountController *account);
    /// `what` followed by the time waited and every status and end seen meanwhile.
    QString failure(const QString &what) const;

private:
    QObject m_context; // disconnects on destruction
    QElapsedTimer m_clock;
    QStringList m_seen;
};

/// Signs `account` in and waits (event loop running) until its first sync has finished. Returns an empty
/// string on success, else what went wrong.
QString signInAndSync(AccountController *account, const SignInRequest &request);

/// Asks `account` to sync now and waits for the next sync to finish; returns its error (empty: ok), or on a
/// timeout what the account said meanwhile (SyncTrace).
QString syncAndWait(AccountController *account);

/// Asks a model that loads on demand for rows until it has them all (waiting for each page of a
/// PetitionListModel, which reads on a worker thread).
void fetchAll(QAbstractItemModel *model);

/// Waits (event loop running) until the list shows the rows last asked for, counted; false on time-out.
bool waitForList(PetitionListModel *model, int timeoutMs = 30000);

/// Waits until the saved views show the counts last asked for; false on time-out.
bool waitForCounts(SavedViewModel *model, int timeoutMs = 30000);

/// Waits until the main window has no refresh due and its list and views are loaded; false on time-out.
bool waitForWindow(MainWindow *window, int timeoutMs = 30000);

/// The values of `role` in column 0 of every row, as numbers (e.g. petition ids).
QList<qint64> columnValues(const QAbstractItemModel *model, int role);

/// The real composition root (Desk, as pakn-desk runs it) signed in as a demo user through its sign-in
/// dialog, in a fresh profile, with the first sync done. Settings (QSettings) are cleared first so that no
/// remembered layout of an earlier test leaks in — unless KeepSettings, to test what is remembered.
class DeskSession
{
public:
    enum SettingsUse { ClearSettings, KeepSettings };
    DeskSession(const ServerProcess &server, const QString &username, SettingsUse settings = ClearSettings);
    ~DeskSession();

    /// Signs in and waits for the main window and the first sync; returns what went wrong, or empty.
    QString open();
    Desk &desk() const { return *m_desk; }
    MainWindow *window() const;
    AccountController *account() const;

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Desk> m_desk;
    QString m_username;
};

/// Lists every petition in `window` (saved view "All cached") and selects the one with `id`, as a click
/// would; true when the detail pane then shows it.
bool selectPetition(MainWindow *window, qint64 id);

/// Types `text` into `widget` as a Vietnamese input method commits it (QTest::keyClicks cannot type
/// non-ASCII text).
void commitText(QWidget *widget, const QString &text);

/// Types `text` character by character as key events carrying the text (no input method).
void typeText(QWidget *widget, const QString &text);

} // namespace pakn::test
