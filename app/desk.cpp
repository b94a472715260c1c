#include "desk.h"

#include "mainwindow.h"
#include "net/secretstore.h"
#include "screenshots.h"
#include "signindialog.h"
#include "sync/accountcontroller.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace pakn {

Desk::Desk(DeskOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_account(std::make_unique<AccountController>(
          m_options.profileDir, m_options.memorySecrets
                                    ? AccountController::SecretStoreFactory(
                                          [](QObject *owner) { return new MemorySecretStore(owner); })
                                    : AccountController::SecretStoreFactory()))
    , m_window(std::make_unique<MainWindow>(m_account.get()))
    , m_signIn(std::make_unique<SignInDialog>())
{
    connect(m_account.get(), &AccountController::signInFinished, this, &Desk::onSignInFinished);
    connect(m_account.get(), &AccountController::syncFinished, this, &Desk::onSyncFinished);
    connect(m_signIn.get(), &SignInDialog::signInRequested, m_account.get(), &AccountController::signIn);
    connect(m_signIn.get(), &QDialog::rejected, qApp, &QApplication::quit);
}

Desk::~Desk()
{
    // The window and dialog reference the account: destroy them first.
    m_signIn.reset();
    m_window.reset();
    m_account.reset();
}

void Desk::start()
{
    SignInRequest request;
    request.serverUrl = m_options.serverUrl;
    request.caFile = m_options.caFile;
    request.username = m_options.username;
    request.password = m_options.password;

    if (m_options.screenshotMode()) {
        QTimer::singleShot(m_options.screenshotTimeoutSeconds * 1000, this, [this] {
            failScreenshot(4, QStringLiteral("timed out waiting for sign-in and sync"));
        });
        m_account->signIn(request);
        return;
    }
    m_signIn->setRequest(request);
    m_signIn->show();
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
    if (!ok) {
        m_signIn->showError(error);
        return;
    }
    const SignInRequest used = m_signIn->request();
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/server"), used.serverUrl.toString());
    settings.setValue(QStringLiteral("signIn/user"), used.username);
    settings.setValue(QStringLiteral("signIn/caFile"), used.caFile);
    m_signIn->accept();
    m_window->attachCache();
    m_window->show();
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
