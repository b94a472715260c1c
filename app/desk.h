#pragma once

#include "options.h"

#include <QObject>
#include <memory>

namespace pakn {

class AccountController;
class MainWindow;
class SignInDialog;

/// The composition root: builds the account controller, the sign-in dialog and the main window, and wires
/// them. In screenshot mode it signs in without asking, waits for the first sync, renders the main window
/// (or, with a folder, every picture of ScreenshotSession) to PNG and quits with 0 (or a non-zero code and a
/// message on stderr).
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

private:
    void onSignInFinished(bool ok, const QString &error);
    void onSyncFinished(const QString &error);
    void failScreenshot(int code, const QString &message);

    DeskOptions m_options;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInDialog> m_signIn;
    bool m_screenshotTaken = false;
};

} // namespace pakn
