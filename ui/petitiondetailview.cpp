#include "petitiondetailview.h"

#include "calendar/deadlinepolicy.h"
#include "deadlinedisplay.h"
#include "domain/masking.h"
#include "inboxpolicy.h"
#include "outboxpanel.h"
#include "petitionactions.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

PetitionDetailView::PetitionDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_factsBox(new QWidget(this))
    , m_facts(new QFormLayout(m_factsBox))
    , m_explanation(new QLabel(this))
    , m_actions(new PetitionActions(this))
    , m_outbox(new OutboxPanel(this))
    , m_content(new QTextBrowser(this))
    , m_today(inbox::vietnamToday())
{
    setObjectName(QStringLiteral("petitionDetail"));
    setAccessibleName(tr("Petition details"));
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_factsBox->setObjectName(QStringLiteral("detailFacts"));
    m_explanation->setObjectName(QStringLiteral("deadlineExplanation"));
    m_content->setObjectName(QStringLiteral("detailContent"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Petition title"));
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setAccessibleName(tr("Petition code and kind"));
    m_facts->setContentsMargins(0, 4, 0, 4);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setVerticalSpacing(3);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAccessibleName(tr("How the deadline was computed"));
    QFont small = m_explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);
    m_content->setOpenLinks(false);
    m_content->setAccessibleName(tr("Petition content"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_factsBox);
    layout->addWidget(m_explanation);
    layout->addWidget(m_actions);
    layout->addWidget(m_outbox);
    layout->addWidget(m_content, 1);

    connect(m_actions, &PetitionActions::commandRequested, this, &PetitionDetailView::commandRequested);
    connect(m_outbox, &OutboxPanel::retryRequested, this, &PetitionDetailView::retryRequested);
    connect(m_outbox, &OutboxPanel::dropRequested, this, &PetitionDetailView::dropRequested);
    showPetition(std::nullopt);
}

void PetitionDetailView::setContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                                    const WorkingCalendar &calendar)
{
    m_today = today;
    m_calendar = calendar;
    m_actions->setUser(user, unitSubtree);
}

void PetitionDetailView::setOutboxModel(OutboxModel *model)
{
    m_outbox->setOutboxModel(model);
}

QLabel *PetitionDetailView::addFact(const QString &label, const QString &value, const QString &toolTip)
{
    auto *name = new QLabel(label, m_factsBox);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QLabel(value, m_factsBox);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(toolTip);
    text->setAccessibleName(label);
    name->setBuddy(text);
    m_facts->addRow(name, text);
    return text;
}

QString PetitionDetailView::factsText() const
{
    QStringList lines;
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && field)
            lines << label->text() + QStringLiteral(": ") + field->text();
    }
    return lines.join(QLatin1Char('\n'));
}

QString PetitionDetailView::deadlineExplanation() const
{
    return m_explanation->text();
}

void PetitionDetailView::focusPane()
{
    const QList<Command> commands = m_actions->shownCommands();
    if (!commands.isEmpty())
        m_actions->button(commands.first())->setFocus(Qt::OtherFocusReason);
    else
        m_content->setFocus(Qt::OtherFocusReason);
}

void PetitionDetailView::showPetition(const std::optional<Petition> &petition)
{
    const bool samePetition = petition && petition->id == m_id;
    const int scroll = m_content->verticalScrollBar()->value();
    m_petition = petition;
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    m_actions->showPetition(petition);
    if (!petition) {
        m_id = 0;
        m_heading->setText(tr("Select a petition to see it here."));
        m_subheading->clear();
        m_explanation->clear();
        m_explanation->hide();
        m_content->clear();
        return;
    }
    const Petition &p = *petition;
    m_id = p.id;
    m_heading->setText(p.title);
    m_subheading->setText(QStringLiteral("%1 · %2").arg(p.code, displayLabel(p.kind)));

    QString submitter = p.submitter.name;
    if (!p.submitter.organisation.isEmpty())
        submitter += QStringLiteral(" (%1)").arg(p.submitter.organisation);
    QStringList contact;
    if (!p.submitter.phone.isEmpty())
        contact << masking::phone(p.submitter.phone);
    if (!p.submitter.email.isEmpty())
        contact << masking::email(p.submitter.email);
    if (!p.submitter.address.isEmpty())
        contact << masking::address(p.submitter.address);

    // The deadline as the service set it, with the days left; and how the policy counts it on our calendar.
    const DeadlineDisplay due =
        DeadlineDisplay::describe(p.state, p.dueDate, m_today, m_calendar, inbox::kDueSoonWorkingDays);
    const Deadline computed =
        DeadlinePolicy().computeDeadline(DeadlineStep::Handling, p.receivedAt, m_calendar);
    QString explanation = computed.explanation;
    if (computed.isValid() && p.dueDate.isValid() && computed.due != p.dueDate)
        explanation += QLatin1Char(' ') + tr("The deadline set by the service, %1, is the one that counts.")
                                              .arg(p.dueDate.toString(kDateFormat));

    addFact(tr("Status"), displayLabel(p.state));
    addFact(tr("Channel"), displayLabel(p.channel));
    addFact(tr("Received"), p.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    QLabel *deadline = addFact(tr("Deadline"), p.dueDate.isValid() ? due.text : tr("none"), due.toolTip);
    if (due.background.isValid()) {
        // The same tint as the list, hugging the text; the words say it too.
        deadline->setWordWrap(false);
        deadline->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        deadline->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background-color: %2; padding: 0px 4px; }")
                .arg(due.foreground.name(), due.background.name()));
    }
    addFact(tr("Submitter"), submitter);
    if (!contact.isEmpty())
        addFact(tr("Contact"), contact.join(QStringLiteral(" · ")));
    addFact(tr("Field"), p.fieldId);
    addFact(tr("Unit"), p.unitId);
    addFact(tr("Assignee"), p.assignee.isEmpty() ? tr("not assigned") : p.assignee);
    m_explanation->setText(explanation.isEmpty() ? QString()
                                                 : tr("How the deadline is counted: %1").arg(explanation));
    m_explanation->setVisible(!explanation.isEmpty());
    m_content->setPlainText(p.content);
    if (samePetition)
        m_content->verticalScrollBar()->setValue(scroll);
}

} // namespace pakn
