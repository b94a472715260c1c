#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pakn::search {

/// Limits on what a search box can make the database do, whatever is typed or pasted.
inline constexpr int kMaxTerms = 16;
inline constexpr int kMaxTermLength = 64;

/// The search terms in what a user typed: NFC-normalised, folded (textfold), split at every character that is
/// not a letter or digit — so quotes, `*`, `-`, parentheses, `NEAR(`, emoji and control characters only
/// separate terms — de-duplicated, at most kMaxTerms of at most kMaxTermLength characters each.
QStringList terms(const QString &userText);

/// An FTS5 MATCH expression for the terms that cannot be a syntax error and cannot use FTS operators: every
/// term a quoted string with prefix matching, all of them required. Empty when there are no terms.
QString ftsExpression(const QStringList &terms);

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const Span &a, const Span &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

/// Where the terms occur as word prefixes in `text` (compared folded), in text order, not overlapping.
QList<Span> matches(const QString &text, const QStringList &terms);

struct Snippet
{
    QString text;      ///< a window of the original text, with "…" where it was cut
    QList<Span> spans; ///< matches within `text`
};

/// A window of about `maxChars` characters of `text` around its first match (or its start), cut at spaces.
Snippet snippet(const QString &text, const QStringList &terms, int maxChars = 160);

} // namespace pakn::search
