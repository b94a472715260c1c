#include "petitionactions.h"

#include "commanddialog.h"
#include "inboxpolicy.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace pakn {

PetitionActions::PetitionActions(QWidget *parent)
    : QGroupBox(tr("Actions"), parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("petitionActions"));
    setAccessibleName(tr("Actions on the petition"));
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    rebuild();
}

void PetitionActions::setUser(const User &user, const QStringList &unitSubtree)
{
    m_user = user;
    m_subtree = unitSubtree;
    rebuild();
}

void PetitionActions::showPetition(const std::optional<Petition> &petition)
{
    m_petition = petition;
    rebuild();
}

void PetitionActions::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    if (!m_petition) {
        hide();
        return;
    }
    show();
    const Petition &p = *m_petition;
    const Standing standing = inbox::standing(m_user, m_subtree, p.unitId, p.assignee);
    const QList<Command> allowed = workflow::allowedCommands(p.state, m_user, standing);
    if (allowed.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to do here for your role at this step."), this);
        none->setObjectName(QStringLiteral("noActions"));
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(none, 0, 0, 1, 2);
        return;
    }
    int i = 0;
    for (Command c : allowed) {
        auto *b = new QPushButton(displayLabel(c), this);
        b->setObjectName(QStringLiteral("action_") + toWireName(c));
        b->setAccessibleName(displayLabel(c));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, c] { trigger(c); });
        m_grid->addWidget(b, i / 2, i % 2);
        b->show(); // at once, not on the next event-loop turn: Enter in the list focuses it right away
        m_buttons.insert(c, b);
        ++i;
    }
}

bool PetitionActions::trigger(Command command)
{
    if (!m_petition || !m_buttons.contains(command))
        return false;
    auto *dialog = new CommandDialog(*m_petition, command, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT commandRequested(dialog->petitionId(), dialog->command(), dialog->payload());
    });
    dialog->open();
    return true;
}

} // namespace pakn
