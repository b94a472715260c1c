#include "vietnamesecollation.h"

#include <array>

namespace pakn::collation {
namespace {

// The alphabet in Vietnamese order, with the marks that make ă â ê ô ơ ư distinct letters.
struct Letter
{
    char16_t base;
    char16_t mark; ///< U+0306 breve, U+0302 circumflex, U+031B horn, or 0
};
constexpr Letter kAlphabet[] = {
    {u'a', 0}, {u'a', 0x0306}, {u'a', 0x0302}, {u'b', 0}, {u'c', 0}, {u'd', 0},      {u'đ', 0},
    {u'e', 0}, {u'e', 0x0302}, {u'f', 0},      {u'g', 0}, {u'h', 0}, {u'i', 0},      {u'j', 0},
    {u'k', 0}, {u'l', 0},      {u'm', 0},      {u'n', 0}, {u'o', 0}, {u'o', 0x0302}, {u'o', 0x031B},
    {u'p', 0}, {u'q', 0},      {u'r', 0},      {u's', 0}, {u't', 0}, {u'u', 0},      {u'u', 0x031B},
    {u'v', 0}, {u'w', 0},      {u'x', 0},      {u'y', 0}, {u'z', 0},
};

// Tones in dictionary order; index 0 is "no tone mark" (ngang).
constexpr char16_t kTones[] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};

constexpr char16_t kPunctuationBase = 0x0020;
constexpr char16_t kDigitBase = 0x0030;
constexpr char16_t kLetterBase = 0x0100;
constexpr char16_t kOtherBase = 0x1000;
constexpr QChar kLevelSeparator = QChar(char16_t(0x0001));

int letterIndex(char16_t base, char16_t mark)
{
    for (int i = 0; i < int(std::size(kAlphabet)); ++i) {
        if (kAlphabet[i].base == base && kAlphabet[i].mark == mark)
            return i;
    }
    return -1;
}

int toneIndex(char16_t mark)
{
    for (int i = 1; i < int(std::size(kTones)); ++i) {
        if (kTones[i] == mark)
            return i;
    }
    return -1;
}

/// The primary key and tone of one lower-case character, from its Unicode decomposition.
struct CharKey
{
    char16_t primary;
    char16_t tone;
};

CharKey computeKey(QChar lower)
{
    if (lower == QChar(u'đ'))
        return {char16_t(kLetterBase + letterIndex(u'đ', 0)), u'0'};
    const QString decomposed = QString(lower).normalized(QString::NormalizationForm_D);
    const char16_t base = decomposed.isEmpty() ? lower.unicode() : decomposed.at(0).unicode();
    char16_t letterMark = 0;
    int tone = 0;
    for (qsizetype i = 1; i < decomposed.size(); ++i) {
        const char16_t m = decomposed.at(i).unicode();
        if (m == 0x0306 || m == 0x0302 || m == 0x031B)
            letterMark = m;
        else if (const int t = toneIndex(m); t > 0)
            tone = t;
    }
    const int letter = letterIndex(base, letterMark);
    char16_t key;
    if (letter >= 0)
        key = char16_t(kLetterBase + letter);
    else if (lower.isDigit())
        key = char16_t(kDigitBase + lower.digitValue());
    else if (lower.isSpace() || lower.isPunct() || lower.isSymbol())
        key = kPunctuationBase;
    else
        key = char16_t(kOtherBase + (lower.unicode() & 0x0FFF));
    return {key, char16_t(u'0' + tone)};
}

/// Keys of every character below U+0250 and of Latin Extended Additional (all Vietnamese letters), computed
/// once; other characters are computed when met.
struct KeyTable
{
    std::array<CharKey, 0x250> low{};
    std::array<CharKey, 0x100> extended{};
    KeyTable()
    {
        for (char16_t c = 0; c < 0x250; ++c)
            low[c] = computeKey(QChar(c).toLower());
        for (char16_t c = 0; c < 0x100; ++c)
            extended[c] = computeKey(QChar(char16_t(0x1E00 + c)).toLower());
    }
};

CharKey keyOf(QChar c)
{
    static const KeyTable table;
    const char16_t u = c.unicode();
    if (u < 0x250)
        return table.low[u];
    if (u >= 0x1E00 && u < 0x1F00)
        return table.extended[u - 0x1E00];
    return computeKey(c.toLower());
}

} // namespace

QString sortKey(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString key(nfc.size() * 3 + 2, Qt::Uninitialized);
    QChar *primary = key.data();
    QChar *tones = primary + nfc.size() + 1;
    QChar *cases = tones + nfc.size() + 1;
    primary[nfc.size()] = kLevelSeparator;
    tones[nfc.size()] = kLevelSeparator;
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        const CharKey k = keyOf(c);
        primary[i] = QChar(k.primary);
        tones[i] = QChar(k.tone);
        cases[i] = c.isUpper() ? QLatin1Char('1') : QLatin1Char('0');
    }
    return key;
}

} // namespace pakn::collation
