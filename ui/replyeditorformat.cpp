#include "replyeditorformat.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace pakn {
namespace {

const QTextDocument::MarkdownFeatures kFeatures(QTextDocument::MarkdownDialectCommonMark |
                                                QTextDocument::MarkdownNoHTML);

QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('*'), QLatin1String("\\*"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

/// Wraps the visible text in the markers, leaving surrounding spaces outside (Markdown needs them so).
QString marked(const QString &text, const QString &marker)
{
    const qsizetype start =
        text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
    const QString rest = text.mid(start);
    const QString core = QString(rest).remove(QRegularExpression(QStringLiteral("\\s+$")));
    if (core.isEmpty())
        return text;
    return text.left(start) + marker + core + marker + rest.mid(core.size());
}

} // namespace

QString toReplyMarkdown(const QTextDocument &document)
{
    QString out;
    const QTextList *previousList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            QString text = escaped(f.text());
            const QTextCharFormat format = f.charFormat();
            if (format.fontWeight() >= QFont::Bold)
                text = marked(text, QStringLiteral("**"));
            if (format.fontItalic())
                text = marked(text, QStringLiteral("*"));
            line += text;
        }
        const QTextList *list = block.textList();
        if (line.trimmed().isEmpty() && !list)
            continue; // empty lines only separate paragraphs, which the blank line below does
        if (list) {
            const bool numbered = list->format().style() == QTextListFormat::ListDecimal;
            line =
                (numbered ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1) : QStringLiteral("- ")) +
                line;
        }
        if (!out.isEmpty())
            out += list && list == previousList ? QStringLiteral("\n") : QStringLiteral("\n\n");
        out += line;
        previousList = list;
    }
    return out;
}

QString replyMarkdownForParsing(const QString &body)
{
    // A single line break between two lines of a paragraph is a break the writer meant (an address, a
    // signature block), not a soft wrap: keep it as a line break inside the paragraph (U+2028, which the
    // Markdown reader takes as text and the writer above writes as a new line).
    static const QRegularExpression single(
        QStringLiteral("(?<=[^\\n])\\n(?!\\n|[ \\t]*(?:[-*+]|\\d+[.)])[ \\t])"));
    QString text = body;
    return text.replace(single, QString(QChar::LineSeparator));
}

void setReplyMarkdown(QTextDocument *document, const QString &body)
{
    document->setMarkdown(replyMarkdownForParsing(body), kFeatures);
}

} // namespace pakn
