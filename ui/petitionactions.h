#pragma once

#include "domain/petition.h"
#include "domain/role.h"
#include "domain/workflow.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QMap>
#include <optional>

class QGridLayout;
class QPushButton;

namespace pakn {

/// The "Actions" box of the detail pane: one button for each command the signed-in user may run on the shown
/// petition — exactly workflow::allowedCommands(state, user, standing), standing from the user's unit, unit
/// subtree and user name (inbox::standing).
///
/// Contract: a button opens a CommandDialog for the command's fields (or a confirmation); when it is
/// accepted, `commandRequested` carries the payload. Queuing it is the owner's job (AccountController::
/// enqueueCommand). Without a petition, or with nothing allowed, the box says so instead of showing buttons.
class PetitionActions : public QGroupBox
{
    Q_OBJECT
public:
    explicit PetitionActions(QWidget *parent = nullptr);

    void setUser(const User &user, const QStringList &unitSubtree);
    void showPetition(const std::optional<Petition> &petition);
    /// The commands that have a button now, in kAllCommands order.
    QList<Command> shownCommands() const { return m_buttons.keys(); }
    QPushButton *button(Command command) const { return m_buttons.value(command); }
    /// Opens the command's dialog as its button would; false when the command is not allowed now.
    bool trigger(Command command);

Q_SIGNALS:
    void commandRequested(qint64 petitionId, pakn::Command command, const QJsonObject &payload);

private:
    void rebuild();

    User m_user;
    QStringList m_subtree;
    std::optional<Petition> m_petition;
    QGridLayout *m_grid;
    QMap<Command, QPushButton *> m_buttons;
};

} // namespace pakn
