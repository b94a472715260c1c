#include "replyeditorpreview.h"

#include "replyeditorformat.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pakn {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The body's light formatting (bold, italic, lists: Markdown) as HTML, without the document wrapper.
QString bodyHtml(const QString &markdown)
{
    QTextDocument doc;
    setReplyMarkdown(&doc, markdown);
    QString html = doc.toHtml();
    const int start = html.indexOf(QLatin1String("<body"));
    const int open = html.indexOf(QLatin1Char('>'), start) + 1;
    const int end = html.lastIndexOf(QLatin1String("</body>"));
    return start >= 0 && end > open ? html.mid(open, end - open) : esc(markdown);
}

} // namespace

QString citizenViewHtml(const Petition &p, const Reply &r, const QString &unitName, const QStringList &files)
{
    const QString date = r.issueDate.isValid() ? r.issueDate.toString(QStringLiteral("dd/MM/yyyy"))
                                               : ReplyPreviewDialog::tr("(date set when approved)");
    QString html;
    html += QStringLiteral("<table width='100%'><tr><td><b>%1</b><br/>%2</td><td align='right'><i>%3</i></td>"
                           "</tr></table>")
                .arg(esc(unitName.toUpper()),
                     ReplyPreviewDialog::tr("No.: %1").arg(esc(
                         r.docNumber.isEmpty() ? ReplyPreviewDialog::tr("(not numbered yet)") : r.docNumber)),
                     ReplyPreviewDialog::tr("Hà Nội, %1").arg(date));
    html += QStringLiteral("<p align='center'><b>%1</b></p>").arg(esc(r.subject));
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(ReplyPreviewDialog::tr("To:"),
                     esc(p.submitter.organisation.isEmpty() ? p.submitter.name : p.submitter.organisation));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(ReplyPreviewDialog::tr("In reply to petition %1: %2").arg(esc(p.code), esc(p.title)));
    html += bodyHtml(r.body);
    html += QStringLiteral("<table width='100%'><tr><td></td><td align='center'><b>%1</b><br/><br/>%2</td>"
                           "</tr></table>")
                .arg(esc(r.signerPosition.toUpper()), esc(r.signer));
    if (!files.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(ReplyPreviewDialog::tr("Attached files:"));
        for (const QString &f : files)
            html += QStringLiteral("<li>%1</li>").arg(esc(f));
        html += QStringLiteral("</ul>");
    }
    return html;
}

ReplyPreviewDialog::ReplyPreviewDialog(const QString &html, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("replyPreview"));
    setWindowTitle(confirmText.isEmpty() ? tr("What the citizen will see") : confirmText);
    resize(640, 600);
    m_browser->setObjectName(QStringLiteral("replyPreviewText"));
    m_browser->setAccessibleName(tr("The reply as the citizen will see it"));
    m_browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(this);
    if (confirmText.isEmpty()) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        buttons->addButton(confirmText, QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("confirm"));
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

} // namespace pakn
