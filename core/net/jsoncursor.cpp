#include "jsoncursor.h"

#include <QByteArray>
#include <cstring>

namespace pakn::jsoncursor {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Four hex digits at `p` (the caller checked there are four bytes).
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isContinuation(uchar b)
{
    return (b & 0xC0) == 0x80;
}

/// One multi-byte UTF-8 sequence at `p` (its lead byte at least 0x80): its length, or 0 when it is malformed,
/// overlong, a surrogate, beyond U+10FFFF or a non-character.
int utf8Sequence(const uchar *p, const uchar *end)
{
    const uchar lead = p[0];
    int length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return 0;
    return length;
}

} // namespace

bool Cursor::consumeNull()
{
    if (peek() != 'n')
        return false;
    if (end - at < 4 || std::memcmp(at, "null", 4) != 0)
        return fail();
    at += 4;
    return true;
}

bool Cursor::string(QByteArrayView *raw, bool *escaped)
{
    if (peek() != '"')
        return fail();
    const char *begin = ++at;
    *escaped = false;
    while (at < end) {
        const uchar b = static_cast<uchar>(*at);
        if (b == '"') {
            *raw = QByteArrayView(begin, at - begin);
            ++at;
            return true;
        }
        if (b < 0x20)
            return fail();
        if (b < 0x80 && b != '\\') {
            ++at;
            continue;
        }
        if (b >= 0x80) {
            const int length =
                utf8Sequence(reinterpret_cast<const uchar *>(at), reinterpret_cast<const uchar *>(end));
            if (length == 0)
                return fail();
            at += length;
            continue;
        }
        // An escape: only RFC 8259's, and \u surrogates only as a high-low pair.
        *escaped = true;
        if (end - at < 2)
            return fail();
        const char e = at[1];
        if (std::strchr("\"\\/bfnrt", e) != nullptr && e != '\0') {
            at += 2;
            continue;
        }
        if (e != 'u' || end - at < 6)
            return fail();
        const int unit = hex4(at + 2);
        if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
            return fail();
        at += 6;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (end - at < 6 || at[0] != '\\' || at[1] != 'u')
                return fail();
            const int low = hex4(at + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return fail();
            at += 6;
        }
    }
    return fail();
}

bool Cursor::number(QByteArrayView *raw, bool *whole)
{
    skipSpace();
    const char *begin = at;
    auto digits = [this] {
        const char *from = at;
        while (at < end && *at >= '0' && *at <= '9')
            ++at;
        return at > from;
    };
    if (at < end && *at == '-')
        ++at;
    if (at < end && *at == '0')
        ++at;
    else if (!digits())
        return fail();
    *whole = true;
    if (at < end && *at == '.') {
        ++at;
        *whole = false;
        if (!digits())
            return fail();
    }
    if (at < end && (*at == 'e' || *at == 'E')) {
        ++at;
        *whole = false;
        if (at < end && (*at == '+' || *at == '-'))
            ++at;
        if (!digits())
            return fail();
    }
    // A number must be followed by something (QJsonDocument refuses one that ends the document).
    if (at >= end)
        return fail();
    *raw = QByteArrayView(begin, at - begin);
    return true;
}

bool Cursor::skipValue(int depth)
{
    const char c = peek();
    if (c == '"') {
        QByteArrayView raw;
        bool escaped = false;
        return string(&raw, &escaped);
    }
    if (c == '{' || c == '[') {
        if (depth + 1 > kMaxDepth)
            return fail();
        const char close = c == '{' ? '}' : ']';
        ++at;
        if (peek() == close) {
            ++at;
            return true;
        }
        for (;;) {
            if (c == '{') {
                QByteArrayView key;
                bool escaped = false;
                if (!string(&key, &escaped) || !consume(':'))
                    return fail();
            }
            if (!skipValue(depth + 1))
                return fail();
            const char next = peek();
            if (next == close) {
                ++at;
                return true;
            }
            if (next != ',')
                return fail();
            ++at;
        }
    }
    if (c == 't' || c == 'f' || c == 'n') {
        const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        const qsizetype length = qsizetype(std::strlen(word));
        if (end - at < length || std::memcmp(at, word, size_t(length)) != 0)
            return fail();
        at += length;
        return true;
    }
    QByteArrayView raw;
    bool whole = false;
    if (!number(&raw, &whole))
        return false;
    if (smallWholeNumber(raw))
        return true;
    // As QJsonDocument reads it: a number QByteArray::toDouble refuses (out of range) is refused.
    bool converted = false;
    QByteArray::fromRawData(raw.data(), raw.size()).toDouble(&converted);
    return converted || fail();
}

QString decodeString(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out.append(QString::fromUtf8(run, p - run));
        if (p >= end)
            break;
        const char e = p[1]; // the cursor checked every escape is whole
        switch (e) {
        case 'b':
            out.append(QChar(0x08));
            break;
        case 'f':
            out.append(QChar(0x0C));
            break;
        case 'n':
            out.append(QChar(0x0A));
            break;
        case 'r':
            out.append(QChar(0x0D));
            break;
        case 't':
            out.append(QChar(0x09));
            break;
        case 'u':
            out.append(QChar(char16_t(hex4(p + 2))));
            p += 4;
            break;
        default: // '"', '\\' and '/' stand for themselves
            out.append(QLatin1Char(e));
            break;
        }
        p += 2;
    }
    return out;
}

std::optional<qint64> smallWholeNumber(QByteArrayView raw)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    if (p >= end || end - p > 18)
        return std::nullopt;
    qint64 value = 0;
    for (; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return std::nullopt;
        value = value * 10 + (*p - '0');
    }
    return negative ? -value : value;
}

} // namespace pakn::jsoncursor
