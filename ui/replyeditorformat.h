#pragma once

#include <QString>

class QTextDocument;

namespace pakn {

/// The reply body's light formatting, kept as a small Markdown subset that reads as plain text (the service
/// stores the body as plain text, paragraphs apart by a blank line): **bold**, *italic*, "- " and "1. " list
/// items, a line break inside a paragraph as a new line. Lines are never wrapped, so what the officer typed
/// reaches the citizen unchanged. HTML in the text stays text. Pure functions.
QString toReplyMarkdown(const QTextDocument &document);
void setReplyMarkdown(QTextDocument *document, const QString &body);
/// The Markdown of setReplyMarkdown() as it is parsed (single line breaks kept as breaks, no HTML).
QString replyMarkdownForParsing(const QString &body);

} // namespace pakn
