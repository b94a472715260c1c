#include "desk.h"

#include "accountdialog.h"
#include "cachereader.h"
#include "desksettings.h"
#include "mainwindow.h"
#include "net/secretstore.h"
#include "screenshots.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/referencestore.h"
#include "trayicon.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <cstdio>

namespace pakn {
namespace {

std::unique_ptr<QTemporaryDir> throwawayProfile(const DeskOptions &options)
{
    if (!options.screenshotMode())
        return nullptr;
    return std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("pakn-screenshots-XXXXXX")));
}

} // namespace

Desk::Desk(DeskOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_screenshotProfile(throwawayProfile(m_options))
    , m_account(std::make_unique<AccountController>(
          m_screenshotProfile ? m_screenshotProfile->path() : m_options.profileDir,
          m_options.memorySecrets ? AccountController::SecretStoreFactory(
                                        [](QObject *owner) { return new MemorySecretStore(owner); })
                                  : AccountController::SecretStoreFactory()))
    , m_window(std::make_unique<MainWindow>(m_account.get()))
    , m_signIn(std::make_unique<SignInDialog>())
    , m_accountReader(new CacheReader(this))
{
    connect(m_account.get(), &AccountController::signInFinished, this, &Desk::onSignInFinished);
    connect(m_account.get(), &AccountController::syncFinished, this, &Desk::onSyncFinished);
    connect(m_account.get(), &AccountController::sessionExpired, this, &Desk::onSessionExpired);
    connect(m_account.get(), &AccountController::signedOut, this, [this] {
        const SignInRequest prefill{m_switchingServer ? QUrl() : m_request.serverUrl,
                                    m_switchingServer ? QString() : m_request.caFile, m_request.username,
                                    QString()};
        m_switchingServer = false;
        askForSignIn(prefill, tr("Signed out."), false);
    });
    connect(m_signIn.get(), &SignInDialog::signInRequested, this, [this](const SignInRequest &request) {
        m_request = request;
        m_account->signIn(request);
    });
    connect(m_signIn.get(), &QDialog::rejected, this, &Desk::onSignInRejected);
    connect(m_window.get(), &MainWindow::accountRequested, this, &Desk::showAccount);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Desk::showSettings);
}

Desk::~Desk()
{
    // The window, the dialog and the account dialog's reader reference the account: destroy them first.
    delete std::exchange(m_accountReader, nullptr);
    m_signIn.reset();
    m_window.reset();
    m_account.reset();
}

void Desk::start()
{
    applySettings(DeskSettings::load());
    m_request.serverUrl = m_options.serverUrl;
    m_request.caFile = m_options.caFile;
    m_request.username = m_options.username;
    m_request.password = m_options.password;

    if (m_options.screenshotMode()) {
        if (!m_screenshotProfile || !m_screenshotProfile->isValid()) {
            // Never fall back to the user's profile: the pictures would leave a draft there.
            QTimer::singleShot(0, this, [this] {
                failScreenshot(
                    6, QStringLiteral("cannot create a temporary profile: %1")
                           .arg(m_screenshotProfile ? m_screenshotProfile->errorString() : QString()));
            });
            return;
        }
        QTimer::singleShot(m_options.screenshotTimeoutSeconds * 1000, this, [this] {
            failScreenshot(4, QStringLiteral("timed out waiting for sign-in and sync"));
        });
        m_account->signIn(m_request);
        return;
    }
    if (m_request.serverUrl.isEmpty() || m_request.username.isEmpty()) {
        askForSignIn(m_request, QString(), false);
        return;
    }
    // The session kept in the keychain, without asking; the dialog only when there is none or it fails.
    m_phase = Phase::Resuming;
    m_account->resume(m_request);
}

void Desk::askForSignIn(const SignInRequest &prefill, const QString &message, bool isError)
{
    if (m_phase != Phase::Reauthenticating)
        m_phase = Phase::SigningIn;
    m_signIn->setRequest(prefill);
    if (isError)
        m_signIn->showError(message);
    else
        m_signIn->showMessage(message);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    m_signIn->focusFirstEmpty();
}

void Desk::onSignInFinished(bool ok, const QString &error)
{
    if (m_options.screenshotMode()) {
        if (!ok) {
            failScreenshot(3, error);
            return;
        }
        m_window->attachCache();
        m_window->show();
        return;
    }
    if (m_phase == Phase::Resuming) {
        if (ok) {
            enterWindow();
            return;
        }
        // Nothing kept (empty error) or the kept session ended: ask for the password (prefilled only from
        // PAKN_PASSWORD in a demo).
        askForSignIn(m_request, error, !error.isEmpty());
        return;
    }
    if (!ok) {
        m_signIn->showError(error);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/server"), m_request.serverUrl.toString());
    settings.setValue(QStringLiteral("signIn/user"), m_request.username);
    settings.setValue(QStringLiteral("signIn/caFile"), m_request.caFile);
    m_request.password.clear();
    m_signIn->accept();
    enterWindow();
}

void Desk::enterWindow()
{
    m_phase = Phase::SignedIn;
    m_window->attachCache();
    m_window->show();
}

void Desk::onSessionExpired(const QString &message)
{
    if (m_options.screenshotMode() || m_phase != Phase::SignedIn)
        return;
    // The window stays: everything cached can still be read and queued. Queued work stays in the outbox of
    // the same cache file, which the new sign-in opens again.
    m_phase = Phase::Reauthenticating;
    SignInRequest prefill = m_request;
    prefill.password.clear();
    askForSignIn(prefill, message, false);
}

void Desk::onSignInRejected()
{
    if (m_phase == Phase::Reauthenticating) {
        // Working offline until the next sync asks again.
        m_phase = Phase::SignedIn;
        return;
    }
    if (!m_window->isVisible())
        QApplication::quit();
}

void Desk::showAccount()
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    if (m_accountDialog) {
        m_accountDialog->raise();
        m_accountDialog->activateWindow();
        return;
    }
    // The GUI thread never reads the cache: the unit's name (reference data) and the count of what the outbox
    // still holds come from a reader thread, and the dialog opens with them (a click later still opens once).
    const quint64 generation = ++m_accountGeneration;
    const QString unitId = m_account->user().unitId;
    m_accountReader->setCache(cache);
    m_accountReader->read([this, cache, generation, unitId](const QSqlDatabase &) -> std::function<void()> {
        QString unitName;
        if (const std::optional<ReferenceData> reference = ReferenceStore(*cache).load()) {
            for (const UnitInfo &u : reference->units) {
                if (u.id == unitId)
                    unitName = u.name;
            }
        }
        const qint64 pending = Outbox(*cache).count(); // this thread's connection
        const QThread *thread = QThread::currentThread();
        return [this, cache, generation, unitName, pending, thread] {
            if (generation != m_accountGeneration || cache != m_account->cache() || m_accountDialog)
                return; // asked again since, signed out meanwhile, or already open
            m_accountThread = thread;
            openAccountDialog(unitName, pending);
        };
    });
}

void Desk::openAccountDialog(const QString &unitName, qint64 pendingOutbox)
{
    auto *dialog =
        new AccountDialog(m_account->user(), unitName, m_request.serverUrl, pendingOutbox, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::signOutRequested, this, [this](bool wipe) { signOut(wipe, false); });
    connect(dialog, &AccountDialog::switchServerRequested, this, [this] { signOut(false, true); });
    m_accountDialog = dialog;
    dialog->open();
}

SettingsDialog *Desk::showSettings()
{
    auto *dialog = new SettingsDialog(DeskSettings::load(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
    return dialog;
}

void Desk::signOut(bool wipeCache, bool switchServer)
{
    if (m_phase != Phase::SignedIn && m_phase != Phase::Reauthenticating)
        return;
    m_phase = Phase::SigningOut;
    m_switchingServer = switchServer;
    ++m_accountGeneration; // details on the way are the leaving account's
    m_accountReader->setCache(nullptr);
    m_window->saveLayout();
    m_window->detachCache();
    m_window->hide();
    m_account->signOut(wipeCache);
}

void Desk::applySettings(const DeskSettings &settings)
{
    m_account->setAutoSyncInterval(settings.syncIntervalMinutes * 60 * 1000);
    m_window->dueSoonTray()->setNotificationsEnabled(settings.notifications);
}

void Desk::onSyncFinished(const QString &error)
{
    if (!m_options.screenshotMode() || m_screenshotTaken)
        return;
    if (!error.isEmpty()) {
        failScreenshot(5, error);
        return;
    }
    m_screenshotTaken = true;
    auto *session =
        new ScreenshotSession(m_window.get(), m_options.screenshotFile, m_options.screenshotDir, this);
    connect(session, &ScreenshotSession::finished, this, [this](int code, const QString &message) {
        if (code != 0) {
            failScreenshot(code, message);
            return;
        }
        QApplication::exit(0);
    });
    session->start();
}

void Desk::failScreenshot(int code, const QString &message)
{
    if (m_screenshotTaken && code == 4)
        return;
    std::fprintf(stderr, "pakn-desk: screenshot failed: %s\n", qPrintable(message));
    QApplication::exit(code);
}

} // namespace pakn
