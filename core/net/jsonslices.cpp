#include "jsonslices.h"

namespace pakn::jsonslices {
namespace {

/// A cursor over the document; every step checks the bounds, and a failed step leaves `ok` false.
struct Scanner
{
    QByteArrayView text;
    qsizetype at = 0;
    bool ok = true;

    bool atEnd() const { return at >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text.at(at); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++at;
    }

    bool expect(char c)
    {
        skipSpace();
        if (peek() != c)
            return ok = false;
        ++at;
        return true;
    }

    /// A string starting at `at` (its opening quote); returns its raw bytes between the quotes.
    QByteArrayView string()
    {
        if (peek() != '"') {
            ok = false;
            return {};
        }
        const qsizetype begin = ++at;
        while (!atEnd()) {
            const char c = text.at(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '"') {
                const QByteArrayView raw = text.sliced(begin, at - begin);
                ++at;
                return raw;
            }
            ++at;
        }
        ok = false;
        return {};
    }

    /// Any value starting at `at`: a string, a container (walked to its closing bracket, strings inside
    /// skipped whole, so brackets in text do not count), or a scalar up to the next delimiter.
    void value()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            container();
        } else {
            const qsizetype begin = at;
            while (!atEnd() && !isDelimiter(peek()))
                ++at;
            ok = ok && at > begin;
        }
    }

    void container()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                string();
                if (!ok)
                    return;
                continue;
            }
            ++at;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return;
            }
        }
        ok = false;
    }

    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
};

} // namespace

std::optional<QList<Span>> arrayElements(QByteArrayView document, QByteArrayView member)
{
    Scanner s{document};
    std::optional<QList<Span>> found;
    int seen = 0;
    if (!s.expect('{'))
        return std::nullopt;
    s.skipSpace();
    if (s.peek() == '}')
        return std::nullopt;
    for (;;) {
        s.skipSpace();
        const QByteArrayView key = s.string();
        if (!s.ok || !s.expect(':'))
            return std::nullopt;
        s.skipSpace();
        if (key == member) {
            if (++seen > 1 || s.peek() != '[')
                return std::nullopt;
            ++s.at;
            QList<Span> elements;
            s.skipSpace();
            if (s.peek() == ']') {
                ++s.at;
            } else {
                for (;;) {
                    s.skipSpace();
                    const qsizetype begin = s.at;
                    s.value();
                    if (!s.ok || s.at <= begin)
                        return std::nullopt;
                    elements.append(Span{begin, s.at - begin});
                    s.skipSpace();
                    if (s.peek() == ']') {
                        ++s.at;
                        break;
                    }
                    if (!s.expect(','))
                        return std::nullopt;
                }
            }
            found = std::move(elements);
        } else {
            s.value();
            if (!s.ok)
                return std::nullopt;
        }
        s.skipSpace();
        if (s.peek() == '}')
            break;
        if (!s.expect(','))
            return std::nullopt;
    }
    return found;
}

} // namespace pakn::jsonslices
