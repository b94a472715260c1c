#include "bulkactions.h"

#include "commanddialog.h"
#include "inboxpolicy.h"

#include <QAction>
#include <QMenu>

namespace pakn {
namespace {

/// The commands offered on a selection, in menu order. Reply commands (save, submit, approve, return,
/// send back) are not: each reply belongs to one petition and is read before it moves on.
constexpr Command kBulkCommands[] = {
    Command::Receive, Command::Assign,         Command::Transfer, Command::Forward, Command::Classify,
    Command::Note,    Command::ProgressUpdate, Command::Reject,   Command::Publish, Command::Archive,
};

/// Shown in the dialog's title line; the rest are counted.
constexpr int kCodesListed = 12;

} // namespace

BulkActions::BulkActions(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_menu(new QMenu(tr("&Selected petitions"), dialogParent))
{
    m_menu->setObjectName(QStringLiteral("bulkMenu"));
    for (Command c : kBulkCommands) {
        const bool asks = !commandFields(c).isEmpty();
        auto *a = new QAction(asks ? tr("%1 all selected…").arg(displayLabel(c))
                                   : tr("%1 all selected").arg(displayLabel(c)),
                              this);
        a->setObjectName(QStringLiteral("bulkAction_") + toWireName(c));
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, c] { trigger(c); });
        m_actions.insert(c, a);
        m_menu->addAction(a);
    }
}

QList<Command> BulkActions::bulkCommands()
{
    return QList<Command>(std::begin(kBulkCommands), std::end(kBulkCommands));
}

QList<Command> BulkActions::commonCommands(const QList<PetitionRow> &rows, const User &user,
                                           const QStringList &unitSubtree)
{
    if (rows.size() < 2)
        return {};
    QList<Command> common;
    for (Command c : kAllCommands) {
        if (!bulkCommands().contains(c))
            continue;
        const bool everyOne = std::all_of(rows.begin(), rows.end(), [&](const PetitionRow &r) {
            const Standing s = inbox::standing(user, unitSubtree, r.unitId, r.assignee);
            return workflow::apply(c, r.state, user, s).has_value();
        });
        if (everyOne)
            common.append(c);
    }
    return common;
}

void BulkActions::setUser(const User &user, const QStringList &unitSubtree)
{
    m_user = user;
    m_subtree = unitSubtree;
    updateActions();
}

void BulkActions::setSelection(const QList<PetitionRow> &rows)
{
    m_rows = rows;
    updateActions();
}

QList<Command> BulkActions::allowedCommands() const
{
    return commonCommands(m_rows, m_user, m_subtree);
}

void BulkActions::updateActions()
{
    const QList<Command> allowed = allowedCommands();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it)
        it.value()->setEnabled(allowed.contains(it.key()));
    m_menu->setTitle(m_rows.size() > 1 ? tr("&Selected petitions (%1)").arg(m_rows.size())
                                       : tr("&Selected petitions"));
}

bool BulkActions::trigger(Command command)
{
    if (!allowedCommands().contains(command))
        return false;
    QStringList codes;
    QList<qint64> ids;
    for (const PetitionRow &r : std::as_const(m_rows)) {
        ids.append(r.id);
        if (codes.size() < kCodesListed)
            codes.append(r.code);
    }
    if (m_rows.size() > kCodesListed)
        codes.append(tr("and %n more", nullptr, int(m_rows.size()) - kCodesListed));
    // CommandDialog shows a code line and a title line: here the count and the codes.
    Petition summary;
    summary.code = tr("%n petition(s)", nullptr, int(m_rows.size()));
    summary.title = codes.join(QStringLiteral(", "));
    auto *dialog = new CommandDialog(summary, command, m_dialogParent);
    dialog->setObjectName(QStringLiteral("bulkCommandDialog"));
    dialog->setWindowTitle(tr("%1 — %n petition(s)", nullptr, int(m_rows.size())).arg(displayLabel(command)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, command] {
        const QJsonObject payload = dialog->payload();
        for (qint64 id : ids)
            Q_EMIT commandRequested(id, command, payload);
    });
    dialog->open();
    return true;
}

} // namespace pakn
