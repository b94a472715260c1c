#include "signindialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    setWindowTitle(tr("Sign in to PAKN Desk"));
    setObjectName(QStringLiteral("signInDialog"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));

    m_server->setPlaceholderText(QStringLiteral("https://pakn.hanoi.gov.vn"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("Only if your IT department gave you one"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setAccessibleName(tr("Server address"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_caFile->setAccessibleName(tr("Organisation CA file"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    // A row holding a layout gets no buddy by itself: without one the label's mnemonic would show as "&".
    auto *caLabel = new QLabel(tr("Organisation &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn->setDefault(true);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(new QPushButton(tr("Cancel"), this), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Feedback and recommendations on administrative regulations</b>"), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SignInDialog::browseCaFile);
}

void SignInDialog::setRequest(const SignInRequest &request)
{
    setBusy(false);
    m_status->clear();
    m_server->setText(request.serverUrl.toString());
    m_username->setText(request.username);
    m_password->setText(request.password);
    m_caFile->setText(request.caFile);
}

SignInRequest SignInDialog::request() const
{
    SignInRequest r;
    r.serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
    r.username = m_username->text().trimmed();
    r.password = m_password->text();
    r.caFile = m_caFile->text().trimmed();
    return r;
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void SignInDialog::showMessage(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void SignInDialog::focusFirstEmpty()
{
    for (QLineEdit *edit : {m_server, m_username, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_signIn->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_caFile),
                       static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_browse)})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signing in…"));
    }
}

void SignInDialog::submit()
{
    const SignInRequest r = request();
    if (r.username.isEmpty() || r.password.isEmpty()) {
        showError(tr("Enter your user name and password."));
        return;
    }
    setBusy(true);
    Q_EMIT signInRequested(r);
}

void SignInDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Organisation CA file"), QString(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace pakn
