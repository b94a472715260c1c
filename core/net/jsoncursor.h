#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace pakn::jsoncursor {

/// A strict, allocation-free cursor over JSON bytes, for decoders that read a document once without building
/// a tree (changepagedecoder.h).
///
/// Contract: every step checks the bounds and never reads outside the bytes given. It accepts a strict subset
/// of what QJsonDocument accepts (RFC 8259: no BOM, no lax escapes, no raw control characters in strings,
/// well-formed UTF-8 without non-characters, escaped surrogates only in pairs, containers at most `kMaxDepth`
/// deep, numbers QByteArray::toDouble reads); whatever it refuses, a caller hands to QJsonDocument, which
/// then decides and says why. A failed step leaves `ok` false and the position undefined: the caller stops
/// there.
struct Cursor
{
    static constexpr int kMaxDepth = 64;

    const char *at = nullptr;
    const char *end = nullptr;
    bool ok = true;

    explicit Cursor(QByteArrayView bytes)
        : at(bytes.data())
        , end(bytes.data() + bytes.size())
    {}

    bool fail() { return ok = false; }
    void skipSpace()
    {
        while (at < end && (*at == ' ' || *at == '\n' || *at == '\r' || *at == '\t'))
            ++at;
    }
    /// The next byte after whitespace, or '\0' at the end.
    char peek()
    {
        skipSpace();
        return at < end ? *at : '\0';
    }
    /// Consumes `c` after whitespace.
    bool consume(char c)
    {
        if (peek() != c)
            return fail();
        ++at;
        return true;
    }
    /// Consumes the literal `null` after whitespace when it is next; false (nothing consumed) otherwise.
    bool consumeNull();

    /// A string at the cursor (after whitespace): its raw bytes between the quotes, checked; `escaped` tells
    /// whether it holds escapes (then decode it with decodeString()).
    bool string(QByteArrayView *raw, bool *escaped);
    /// A number at the cursor: its bytes, checked against JSON's grammar.
    bool number(QByteArrayView *raw, bool *whole);
    /// Skips any value, checking it; `depth` is the depth of the container holding it.
    bool skipValue(int depth);
};

/// The text of a string the cursor checked.
QString decodeString(QByteArrayView raw, bool escaped);
/// A whole number written without fraction or exponent and at most 18 digits; nullopt for anything else
/// (which the caller leaves to QJsonDocument).
std::optional<qint64> smallWholeNumber(QByteArrayView raw);

} // namespace pakn::jsoncursor
