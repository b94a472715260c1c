// Fuzz target "filenames": sanitizeFileName() on names as a citizen, a server or a user could send them. The
// input is read as UTF-8 and, for names that come through JSON "\ud800" escapes, as raw UTF-16 (lone
// surrogates included).
//
// Contract checked (core/domain/filenames.h): never empty; at most 180 UTF-8 bytes; no folder part, control,
// bidirectional-override or Windows-forbidden character; no leading dot; no trailing dot or space; not a
// Windows device name (Windows ignores everything from the first dot: "CON.tar.gz" is CON); no space at
// either end; valid UTF-16;
// and sanitising twice changes nothing.
#include "domain/filenames.h"
#include "fuzztargets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pakn::fuzz {
namespace {

bool isForbidden(char16_t u)
{
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == '<' || u == '>' || u == ':' ||
           u == '"' || u == '/' || u == '\\' || u == '|' || u == '?' || u == '*';
}

bool isValidUtf16(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (s.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

void check(const QString &name)
{
    const QString safe = sanitizeFileName(name);
    // On a failed check, the names (escaped) tell what went wrong without a debugger.
    const auto show = [&] {
        std::fprintf(
            stderr, "name: %s\nsafe: %s\nagain: %s\n",
            QString::fromUtf8(QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact))
                .toUtf8()
                .constData(),
            QString::fromUtf8(QJsonDocument(QJsonArray{safe}).toJson(QJsonDocument::Compact))
                .toUtf8()
                .constData(),
            QJsonDocument(QJsonArray{sanitizeFileName(safe)}).toJson(QJsonDocument::Compact).constData());
        return false;
    };
#undef PAKN_FUZZ_CHECK
#define PAKN_FUZZ_CHECK(condition)                                                                           \
    do {                                                                                                     \
        if (!(condition) && !show()) {                                                                       \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
    PAKN_FUZZ_CHECK(!safe.isEmpty());
    PAKN_FUZZ_CHECK(safe.toUtf8().size() <= 180);
    PAKN_FUZZ_CHECK(isValidUtf16(safe));
    for (const QChar c : safe)
        PAKN_FUZZ_CHECK(!isForbidden(c.unicode()) && !c.isNonCharacter());
    PAKN_FUZZ_CHECK(!safe.startsWith(QLatin1Char('.')));
    PAKN_FUZZ_CHECK(!safe.endsWith(QLatin1Char('.')) && !safe.back().isSpace() && !safe.front().isSpace());
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString device = safe.section(QLatin1Char('.'), 0, 0).trimmed();
    PAKN_FUZZ_CHECK(!reserved.match(device).hasMatch());
    PAKN_FUZZ_CHECK(sanitizeFileName(safe) == safe);
}

} // namespace

int filenames(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(QChar)); // data need not be aligned
    check(utf16);
    return 0;
}

} // namespace pakn::fuzz
