#include "accountdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {
namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AccountDialog::AccountDialog(const User &user, const QString &unitName, const QUrl &server,
                             qint64 pendingOutbox, QWidget *parent)
    : QDialog(parent)
    , m_pendingOutbox(pendingOutbox)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Account"));
    setMinimumWidth(460);

    QStringList roles;
    for (const QString &wire : user.roles) {
        const std::optional<Role> role = roleFromWire(wire);
        roles << (role ? displayLabel(*role) : wire);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), valueLabel(user.fullName, QStringLiteral("accountName"), this));
    form->addRow(tr("User name:"), valueLabel(user.username, QStringLiteral("accountUser"), this));
    form->addRow(tr("Unit:"), valueLabel(unitName.isEmpty() || unitName == user.unitId
                                             ? user.unitId
                                             : QStringLiteral("%1 (%2)").arg(unitName, user.unitId),
                                         QStringLiteral("accountUnit"), this));
    form->addRow(tr("Roles:"),
                 valueLabel(roles.join(QStringLiteral(", ")), QStringLiteral("accountRoles"), this));
    form->addRow(tr("Server:"), valueLabel(server.toString(), QStringLiteral("accountServer"), this));
    form->addRow(tr("Outbox:"),
                 valueLabel(pendingOutbox == 0 ? tr("Everything has been sent.")
                                               : tr("%n action(s) not sent yet", nullptr, int(pendingOutbox)),
                            QStringLiteral("accountOutbox"), this));

    auto *signOut = new QPushButton(tr("Sign &out…"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    auto *switchServer = new QPushButton(tr("S&witch server…"), this);
    switchServer->setObjectName(QStringLiteral("switchServerButton"));
    switchServer->setToolTip(tr("Sign out, keeping this account's cache, and sign in to another server"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(signOut, QDialogButtonBox::ActionRole);
    buttons->addButton(switchServer, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setObjectName(QStringLiteral("accountCloseButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(signOut, &QPushButton::clicked, this, &AccountDialog::confirmSignOut);
    connect(switchServer, &QPushButton::clicked, this, [this] {
        Q_EMIT switchServerRequested();
        accept();
    });
}

QString AccountDialog::signOutWarning(bool wipe, qint64 pendingOutbox)
{
    if (!wipe)
        return tr("Your outbox and drafts stay on this computer for your next sign-in.");
    if (pendingOutbox == 0)
        return tr("The cached petitions, drafts and attachments of this account are deleted from this "
                  "computer. Nothing is waiting to be sent.");
    return tr("%n action(s) in the outbox have not been sent yet and will be lost, with the drafts and "
              "attachments of this account.",
              nullptr, int(pendingOutbox));
}

QDialog *AccountDialog::confirmSignOut()
{
    auto *confirm = new QDialog(this);
    confirm->setObjectName(QStringLiteral("signOutConfirm"));
    confirm->setWindowTitle(tr("Sign out"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    auto *question = new QLabel(tr("Sign out of PAKN Desk?"), confirm);
    auto *wipe = new QCheckBox(tr("Also &delete this account's local cache from this computer"), confirm);
    wipe->setObjectName(QStringLiteral("wipeCacheCheck"));
    auto *warning = new QLabel(signOutWarning(false, m_pendingOutbox), confirm);
    warning->setObjectName(QStringLiteral("signOutWarning"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, confirm);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign out"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOutConfirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(confirm);
    layout->addWidget(question);
    layout->addWidget(wipe);
    layout->addWidget(warning);
    layout->addWidget(buttons);

    connect(wipe, &QCheckBox::toggled, confirm, [this, warning](bool on) {
        warning->setText(signOutWarning(on, m_pendingOutbox));
        warning->setStyleSheet(on && m_pendingOutbox > 0 ? QStringLiteral("color: #b00020;") : QString());
    });
    connect(buttons, &QDialogButtonBox::accepted, confirm, [this, confirm, wipe] {
        const bool wipeCache = wipe->isChecked();
        confirm->accept();
        Q_EMIT signOutRequested(wipeCache);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, confirm, &QDialog::reject);
    confirm->open();
    return confirm;
}

} // namespace pakn
