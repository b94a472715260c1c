#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pakn {

/// Folding of Vietnamese text for search: lower case, no diacritics, and đ/Đ → d (which Unicode does not
/// decompose, so SQLite's unicode61 tokenizer keeps it — qt-stack.md §3).
///
/// Folding is per UTF-16 code unit and never changes the length, so a position in the folded text is the same
/// position in the original: that is what lets the highlighter mark matches in the original text.
namespace textfold {

QChar foldChar(QChar c);
/// "Đường Điện Biên Phủ" → "duong dien bien phu". Same length as the input, which should be in NFC (text
/// typed with a decomposing input method must go through `normalize()` first).
QString fold(const QString &text);
/// NFC, so that "a" + U+0301 and "á" fold alike.
QString normalize(const QString &text);

} // namespace textfold
} // namespace pakn
