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
    for (const QChar c : base)
        clean += isForbidden(c) ? QLatin1Char('_') : c;
    clean = clean.trimmed();
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1); // no hidden files, no "." or ".."

    qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
    QString stem = dot > 0 ? clean.left(dot) : clean;
    QString ext = dot > 0 ? clean.mid(dot) : QString();
    if (ext.toUtf8().size() > 16) { // not a real extension: keep it in the stem
        stem = clean;
        ext.clear();
    }
    if (isReservedOnWindows(stem.trimmed()))
        stem += QLatin1Char('_');
    stem = truncateUtf8(stem, kMaxUtf8Bytes - ext.toUtf8().size()).trimmed();
    if (stem.isEmpty())
        stem = QStringLiteral("attachment");
    return stem + ext;
}

} // namespace pakn
