#include "replyeditorformat.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace pakn {
namespace {

const QTextDocument::MarkdownFeatures kFeatures(QTextDocument::MarkdownDialectCommonMark |
                                                QTextDocument::MarkdownNoHTML);

bool isAsciiPunctuation(QChar c)
{
    return (c.unicode() < 128 && c.isPunct()) || c == QLatin1Char('$') || c == QLatin1Char('+') ||
           c == QLatin1Char('<') || c == QLatin1Char('=') || c == QLatin1Char('>') || c == QLatin1Char('^') ||
           c == QLatin1Char('`') || c == QLatin1Char('|') || c == QLatin1Char('~');
}

/// Escapes only what the Markdown reader would take as markup, so that the plain text the citizen reads
/// stays as typed ("QĐ_12", "5 * 3", "C:\Tài liệu" unchanged): a backslash before punctuation, an asterisk
/// next to a non-space (it could open or close emphasis), an underscore at a word's edge (inside a word it
/// cannot). A fragment's ends count as punctuation, since markers may be added around it.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : QChar(u'!');
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(u'!');
        bool escape = false;
        if (c == QLatin1Char('\\'))
            escape = i + 1 == text.size() || isAsciiPunctuation(next);
        else if (c == QLatin1Char('*'))
            escape = !prev.isSpace() || !next.isSpace();
        else if (c == QLatin1Char('_'))
            escape =
                (!prev.isSpace() || !next.isSpace()) && !(prev.isLetterOrNumber() && next.isLetterOrNumber());
        if (escape)
            out += QLatin1Char('\\');
        out += c == QChar::LineSeparator ? QChar(u'\n') : c;
    }
    return out;
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
