#pragma once

#include "domain/role.h"
#include "domain/workflow.h"
#include "store/petitionquery.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace pakn {

/// Workflow commands on several petitions selected in the list at once.
///
/// Contract: `setSelection()` takes the selected rows (their state, unit and assignee are all the workflow
/// table needs); each command of kBulkCommands has a QAction, enabled exactly when workflow::allowedCommands
/// allows it for every selected petition (inbox::standing from the user) and more than one is selected.
/// Triggering one opens a single CommandDialog for the whole selection (its code line says how many, its
/// title line lists their codes); on OK `commandRequested` is emitted once per petition with the same
/// payload — queuing each in the outbox is the owner's job. Reply commands are left out: every reply is
/// written for its own petition.
class BulkActions : public QObject
{
    Q_OBJECT
public:
    BulkActions(QWidget *dialogParent, QObject *parent = nullptr);

    void setUser(const User &user, const QStringList &unitSubtree);
    void setSelection(const QList<PetitionRow> &rows);
    const QList<PetitionRow> &selection() const { return m_rows; }

    /// The commands allowed for every selected petition (in kAllCommands order); empty for fewer than two.
    QList<Command> allowedCommands() const;
    QAction *action(Command command) const { return m_actions.value(command); }
    /// A menu with every bulk action (disabled ones included, so the user sees what exists).
    QMenu *menu() const { return m_menu; }
    /// Opens the command's dialog for the selection; false when it is not allowed now.
    bool trigger(Command command);

    static QList<Command> bulkCommands();
    static QList<Command> commonCommands(const QList<PetitionRow> &rows, const User &user,
                                         const QStringList &unitSubtree);

Q_SIGNALS:
    void commandRequested(qint64 petitionId, pakn::Command command, const QJsonObject &payload);

private:
    void updateActions();

    QWidget *m_dialogParent;
    User m_user;
    QStringList m_subtree;
    QList<PetitionRow> m_rows;
    QMap<Command, QAction *> m_actions;
    QMenu *m_menu;
};

} // namespace pakn
