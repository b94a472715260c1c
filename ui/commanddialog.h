#pragma once

#include "domain/petition.h"
#include "domain/workflow.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QDialogButtonBox;
class QFormLayout;

namespace pakn {

/// The fields a workflow command asks for (the payload members of POST …/commands), as one table in
/// commanddialog.cpp: a note's text, a progress update, a reject reason, the comment of a return or send-back
/// (required), the unit of a transfer, the officer of an assignment, …
struct CommandField
{
    enum class Kind { Text, Line, Choice, Number };
    QString key;   ///< payload member; "a.b" nests b inside the object a
    QString label; ///< translated
    Kind kind = Kind::Line;
    bool required = false;
    QList<QPair<QString, QString>> choices; ///< wire value, translated label (Kind::Choice)
};

/// The table's rows for `command`; empty when the command has no fields (it only needs a confirmation).
QList<CommandField> commandFields(Command command);

/// Asks for a command's fields (or, for a command without fields, for a confirmation) before it is queued.
///
/// Contract: shows the petition's code and title and the command's fields; the OK button, named after the
/// command, stays disabled until every required field is filled. It does not queue anything: on accept the
/// owner reads `payload()`. Open it with open() (window-modal, not blocking).
class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    CommandDialog(const Petition &petition, Command command, QWidget *parent = nullptr);

    Command command() const { return m_command; }
    qint64 petitionId() const { return m_petitionId; }
    /// What was entered: trimmed text, empty optional fields left out.
    QJsonObject payload() const;
    /// The editor of a field by its key (for tests and accessibility checks).
    QWidget *editor(const QString &key) const;

private:
    bool complete() const;
    QString valueOf(int i) const;

    Command m_command;
    qint64 m_petitionId;
    QList<CommandField> m_fields;
    QList<QWidget *> m_editors;
    QDialogButtonBox *m_buttons;
};

} // namespace pakn
