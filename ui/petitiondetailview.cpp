#include "petitiondetailview.h"

#include "domain/masking.h"

#include <QFormLayout>
#include <QLabel>
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
    , m_content(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("petitionDetail"));
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_factsBox->setObjectName(QStringLiteral("detailFacts"));
    m_content->setObjectName(QStringLiteral("detailContent"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_facts->setContentsMargins(0, 4, 0, 4);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_content->setOpenLinks(false);
    m_content->setAccessibleName(tr("Petition content"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_factsBox);
    layout->addWidget(m_content, 1);
    showPetition(std::nullopt);
}

void PetitionDetailView::addFact(const QString &label, const QString &value)
{
    auto *name = new QLabel(label, m_factsBox);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QLabel(value, m_factsBox);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->addRow(name, text);
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

void PetitionDetailView::showPetition(const std::optional<Petition> &petition)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (!petition) {
        m_id = 0;
        m_heading->setText(tr("Select a petition to see it here."));
        m_subheading->clear();
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

    addFact(tr("Status"), displayLabel(p.state));
    addFact(tr("Channel"), displayLabel(p.channel));
    addFact(tr("Received"), p.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    addFact(tr("Deadline"), p.dueDate.isValid() ? p.dueDate.toString(kDateFormat) : tr("none"));
    addFact(tr("Submitter"), submitter);
    if (!contact.isEmpty())
        addFact(tr("Contact"), contact.join(QStringLiteral(" · ")));
    addFact(tr("Unit"), p.unitId);
    addFact(tr("Assignee"), p.assignee.isEmpty() ? tr("not assigned") : p.assignee);
    m_content->setPlainText(p.content);
}

} // namespace pakn
