#pragma once

#include "store/conflicts.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pakn {

/// Settles one conflict: the reply as it was when the officer started (base), as the officer wrote it (mine)
/// and as the server has it now (theirs), side by side, each with its subject line and body; below, a merge
/// the officer can edit, started from mine. Keep mine, Take theirs, or Use the merge — the choice leaves
/// through `resolved` (AccountController::resolveConflict is the owner's job); closing the dialog decides
/// nothing and keeps everything as it is.
///
/// For a command other than a reply the three columns show the command's own text members.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const ConflictRecord &conflict, QWidget *parent = nullptr);

    /// The text of a side, as its column shows it ("subject\n\nbody").
    static QString sideText(const QJsonObject &reply);
    QJsonObject mergedPayload() const;

    QPlainTextEdit *baseView() const { return m_base; }
    QPlainTextEdit *mineView() const { return m_mine; }
    QPlainTextEdit *theirsView() const { return m_theirs; }
    QLineEdit *mergedSubject() const { return m_mergedSubject; }
    QPlainTextEdit *mergedBody() const { return m_mergedBody; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *useMergeButton() const { return m_useMerge; }

Q_SIGNALS:
    void resolved(qint64 outboxItemId, pakn::ConflictChoice how, const QJsonObject &mergedPayload);

private:
    QJsonObject mineReply() const;
    void fillMerge(const QJsonObject &reply);
    void choose(ConflictChoice how);

    ConflictRecord m_conflict;
    QPlainTextEdit *m_base;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QLineEdit *m_mergedSubject;
    QPlainTextEdit *m_mergedBody;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_useMerge;
};

} // namespace pakn
