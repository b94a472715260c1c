#pragma once

#include <QString>

namespace pakn {

/// Vietnamese dictionary order for names and titles, as a sort key that SQLite's BINARY collation (or a plain
/// QString comparison) orders correctly — so lists sort in SQL without a custom collation.
///
/// Order: letters a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z); then, for words
/// equal in letters, the tones in the order ngang, huyền, hỏi, ngã, sắc, nặng; then lower case before upper
/// case. Digits sort before letters; spaces and punctuation before both.
namespace collation {

QString sortKey(const QString &text);

} // namespace collation
} // namespace pakn
