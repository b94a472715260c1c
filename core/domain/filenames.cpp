#include "filenames.h"

#include <QRegularExpression>
#include <QStringList>

namespace pakn {
namespace {

constexpr qsizetype kMaxUtf8Bytes = 180;

bool isForbidden(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
        return true; // control characters
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F)
        return true; // bidirectional overrides can disguise "exe.pdf" as "fdp.exe"
    switch (u) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '/':
    case '\\':
    case '|':
    case '?':
    case '*':
        return true;
    default:
        return c.isNonCharacter();
    }
}

bool isReservedOnWindows(const QString &stem)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(stem).hasMatch();
}

QString truncateUtf8(const QString &s, qsizetype maxBytes)
{
    QString out;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
        const QString ch = pair ? s.mid(i, 2) : s.mid(i, 1);
        const qsizetype n = ch.toUtf8().size();
        if (bytes + n > maxBytes)
            break;
        out += ch;
        bytes += n;
        if (pair)
            ++i;
    }
    return out;
}

} // namespace

QString sanitizeFileName(const QString &name)
{
    // Only the last path component counts, whichever separator was used.
    QString base = name.normalized(QString::NormalizationForm_C);
    const qsizetype slash = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);

    QString clean;
    clean.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        const QChar c = base.at(i);
        if (c.isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate()) {
            clean += base.mid(i, 2); // a pair: one character beyond the BMP (an emoji, say)
            ++i;
        } else if (c.isSurrogate() || isForbidden(c)) {
            clean += QLatin1Char('_'); // a lone surrogate (a JSON "\ud800") is no character at all
        } else {
            clean += c;
        }
    }
    clean = clean.trimmed();
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('.') || clean.back().isSpace()))
        clean.chop(1);
    while (clean.startsWith(QLatin1Char('.')) || (!clean.isEmpty() && clean.front().isSpace()))
        clean.remove(0, 1); // no hidden files, no "." or "..", also not behind a space (". .x")

    // Windows reserves a device name whatever follows its first dot: "CON.tar.gz" is CON.
    const qsizetype firstDot = clean.indexOf(QLatin1Char('.'));
    if (isReservedOnWindows((firstDot < 0 ? clean : clean.left(firstDot)).trimmed()))
        clean.insert(firstDot < 0 ? clean.size() : firstDot, QLatin1Char('_'));

    qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
    QString stem = dot > 0 ? clean.left(dot) : clean;
    QString ext = dot > 0 ? clean.mid(dot) : QString();
    if (ext.toUtf8().size() > 16) { // not a real extension: keep it in the stem
        stem = clean;
        ext.clear();
    }
    // Only a name that had to be cut is touched again (so sanitising twice changes nothing): no space at the
    // cut, and without an extension no dot or space at the end either, which Windows would drop.
    const QString cut = truncateUtf8(stem, kMaxUtf8Bytes - ext.toUtf8().size());
    if (cut.size() < stem.size()) {
        stem = cut.trimmed();
        while (ext.isEmpty() && !stem.isEmpty() && (stem.back() == QLatin1Char('.') || stem.back().isSpace()))
            stem.chop(1);
    }
    if (stem.isEmpty())
        stem = QStringLiteral("attachment");
    return stem + ext;
}

} // namespace pakn
