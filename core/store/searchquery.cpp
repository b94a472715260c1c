#include "searchquery.h"

#include "textfold.h"

namespace pakn::search {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QStringList terms(const QString &userText)
{
    // Bound the work before normalising: nobody searches with more than a few hundred characters.
    const QString folded = textfold::fold(textfold::normalize(userText.left(4 * kMaxTerms * kMaxTermLength)));
    QStringList out;
    QString current;
    auto flush = [&] {
        current.truncate(kMaxTermLength); // before the duplicate check: two long words may share the cut
        if (!current.isEmpty() && !out.contains(current) && out.size() < kMaxTerms)
            out.append(current);
        current.clear();
    };
    for (const QChar c : folded) {
        if (isWordChar(c))
            current.append(c);
        else
            flush();
    }
    flush();
    return out;
}

QString ftsExpression(const QStringList &terms)
{
    QStringList parts;
    for (const QString &t : terms) {
        QString quoted = t;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        parts.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return parts.join(QLatin1Char(' '));
}

QList<Span> matches(const QString &text, const QStringList &terms)
{
    QList<Span> spans;
    if (terms.isEmpty())
        return spans;
    const QString folded = textfold::fold(text);
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!isWordChar(folded.at(i)) || (i > 0 && isWordChar(folded.at(i - 1)))) {
            ++i;
            continue;
        }
        qsizetype best = 0;
        for (const QString &t : terms) {
            if (t.size() > best && QStringView(folded).mid(i).startsWith(t))
                best = t.size();
        }
        if (best > 0) {
            spans.append(Span{i, best});
            i += best;
        } else {
            ++i;
        }
    }
    return spans;
}

Snippet snippet(const QString &text, const QStringList &terms, int maxChars)
{
    const QList<Span> all = matches(text, terms);
    qsizetype start = 0;
    if (!all.isEmpty() && all.first().start > maxChars / 3) {
        start = all.first().start - maxChars / 3;
        const qsizetype space = text.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < all.first().start)
            start = space + 1;
    }
    qsizetype end = std::min<qsizetype>(text.size(), start + maxChars);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        if (space > start + maxChars / 2)
            end = space;
    }
    Snippet s;
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    s.text = prefix + text.mid(start, end - start) + (end < text.size() ? QStringLiteral("…") : QString());
    for (const Span &m : all) {
        if (m.start >= start && m.start + m.length <= end)
            s.spans.append(Span{m.start - start + prefix.size(), m.length});
    }
    return s;
}

} // namespace pakn::search
