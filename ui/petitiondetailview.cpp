#include "petitiondetailview.h"

#include "domain/masking.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

PetitionDetailView::PetitionDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_content(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("petitionDetail"));
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_content->setOpenLinks(false);
    m_content->setAccessibleName(tr("Petition content"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_content, 1);
    showPetition(std::nullopt);
}

void PetitionDetailView::showPetition(const std::optional<Petition> &petition)
{
    if (!petition) {
        m_id = 0;
        m_heading->setText(tr("<i>Select a petition to see it here.</i>"));
        m_facts->clear();
        m_content->clear();
        return;
    }
    const Petition &p = *petition;
    m_id = p.id;
    m_heading->setText(
        QStringLiteral("<h3>%1</h3><span style='color:#555'>%2 · %3</span>")
            .arg(p.title.toHtmlEscaped(), p.code.toHtmlEscaped(), displayLabel(p.kind).toHtmlEscaped()));

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

    QString facts = QStringLiteral("<table>");
    facts += row(tr("Status"), displayLabel(p.state));
    facts += row(tr("Channel"), displayLabel(p.channel));
    facts += row(tr("Received"), p.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    facts += row(tr("Deadline"), p.dueDate.isValid() ? p.dueDate.toString(kDateFormat) : tr("none"));
    facts += row(tr("Submitter"), submitter);
    if (!contact.isEmpty())
        facts += row(tr("Contact"), contact.join(QStringLiteral(" · ")));
    facts += row(tr("Unit"), p.unitId);
    facts += row(tr("Assignee"), p.assignee.isEmpty() ? tr("not assigned") : p.assignee);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
    m_content->setPlainText(p.content);
}

} // namespace pakn
