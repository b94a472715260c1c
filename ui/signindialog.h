#pragma once

#include "sync/accountcontroller.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pakn {

/// Asks for the server address, user name, password and an optional organisation CA file.
///
/// Contract: collects input and reports it with `signInRequested`; it does not talk to the network. The owner
/// answers with `showError()` (the dialog stays open, the password is kept for another try) or closes it with
/// `accept()`. While busy, the inputs are disabled. `setRequest()` resets the busy state and the message.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setRequest(const SignInRequest &request);
    SignInRequest request() const;

    /// Puts the keyboard focus in the first empty field (the password when the rest is filled in).
    void focusFirstEmpty();

public Q_SLOTS:
    void showError(const QString &message);
    /// A neutral note above the buttons (e.g. why the user must sign in again).
    void showMessage(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const pakn::SignInRequest &request);

private:
    void submit();
    void browseCaFile();

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_browse;
};

} // namespace pakn
