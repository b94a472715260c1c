#pragma once

#include "domain/role.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pakn {

/// Who is signed in (name, user name, unit, roles, server) with two ways out: sign out, or switch to
/// another server.
///
/// Contract: shows what it is given and decides nothing itself. "Sign out…" asks first, in a dialog named
/// `signOutConfirm`, whether to also delete this account's local cache from the computer; ticking that shows
/// how many outbox commands would be lost (`pendingOutbox`, not yet sent), unticked it says the outbox and
/// drafts are kept. Confirming emits `signOutRequested(wipe)` and closes the dialog; "Switch server…" emits
/// `switchServerRequested` (the owner signs out keeping the cache and asks for the new server).
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(const User &user, const QString &unitName, const QUrl &server, qint64 pendingOutbox,
                  QWidget *parent = nullptr);

    /// Opens the sign-out confirmation (as the button does); returns it so tests can drive it.
    QDialog *confirmSignOut();
    /// The warning the confirmation shows for the current choice.
    static QString signOutWarning(bool wipe, qint64 pendingOutbox);

Q_SIGNALS:
    void signOutRequested(bool wipeCache);
    void switchServerRequested();

private:
    qint64 m_pendingOutbox;
};

} // namespace pakn
