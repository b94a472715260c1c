#pragma once

#include "accountdialog.h"
#include "options.h"
#include "sync/accountcontroller.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

namespace pakn {

class CacheReader;
class MainWindow;
class SettingsDialog;
class SignInDialog;
struct DeskSettings;

/// The composition root: builds the account controller, the sign-in dialog and the main window, wires them,
/// and runs the session's lifecycle:
/// - start: the stored session is resumed from the OS keychain (AccountController::resume); the sign-in
///   dialog shows only when there is none or it fails (with the reason);
/// - session expired: the sign-in dialog shows, prefilled, over the window, which stays usable offline; the
///   outbox and drafts are kept (same cache file) and sync continues after the new sign-in;
/// - Account dialog: sign out (optionally wiping the account's cache) or switch server (sign out keeping the
///   cache, then sign in elsewhere); the window hides and the sign-in dialog shows;
/// - Settings dialog: the sync interval and notifications apply at once; language at the next start.
/// In screenshot mode it signs in without asking, waits for the first sync, renders the pictures of
/// ScreenshotSession to PNG and quits with 0 (or a non-zero code and a message on stderr) — always in a
/// throwaway profile (a temporary folder, removed at exit), never the one of `--profile` or the user's, so
/// that nothing it types or attaches stays in a cache.
class Desk : public QObject
{
    Q_OBJECT
public:
    explicit Desk(DeskOptions options, QObject *parent = nullptr);
    ~Desk() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn.get(); }
    AccountController *account() const { return m_account.get(); }

    /// Opens the account dialog (as File → Account does) once the unit's name and the outbox's count are read
    /// on a reader thread (a moment later; nothing when not signed in); raises it when it is open already.
    void showAccount();
    /// The account dialog open now, or nullptr.
    AccountDialog *accountDialog() const { return m_accountDialog; }
    /// The reader of the account dialog's details, and the thread the last ones shown were read on (for
    /// tests: never the GUI thread).
    const CacheReader *accountReader() const { return m_accountReader; }
    const QThread *accountQueryThread() const { return m_accountThread; }
    /// Opens the settings dialog (as File → Settings does) and returns it.
    SettingsDialog *showSettings();

private:
    enum class Phase { Starting, Resuming, SigningIn, SignedIn, Reauthenticating, SigningOut };

    void askForSignIn(const SignInRequest &prefill, const QString &message, bool isError);
    void onSignInFinished(bool ok, const QString &error);
    void onSessionExpired(const QString &message);
    void onSignInRejected();
    void signOut(bool wipeCache, bool switchServer);
    void enterWindow();
    void applySettings(const DeskSettings &settings);
    void onSyncFinished(const QString &error);
    void failScreenshot(int code, const QString &message);
    void openAccountDialog(const QString &unitName, qint64 pendingOutbox);

    DeskOptions m_options;
    /// Screenshot mode's profile: a fresh folder removed at exit, so that the pictures' typing (a reply
    /// draft, its file) never lands in the user's caches. Declared before m_account, which uses it.
    std::unique_ptr<QTemporaryDir> m_screenshotProfile;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInDialog> m_signIn;
    Phase m_phase = Phase::Starting;
    SignInRequest m_request; ///< the last sign-in asked for (no password kept after it succeeded)
    bool m_switchingServer = false;
    bool m_screenshotTaken = false;
    CacheReader *m_accountReader;    ///< reads the account dialog's unit name and outbox count
    quint64 m_accountGeneration = 0; ///< drops an answer older than the latest request
    const QThread *m_accountThread = nullptr;
    QPointer<AccountDialog> m_accountDialog;
};

} // namespace pakn
