#include "textfold.h"

#include <array>

namespace pakn::textfold {
namespace {

/// Base letters of the Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional blocks
/// (U+00C0..U+024F, U+1E00..U+1EFF), built once from Unicode decompositions: every Vietnamese letter is
/// there.
struct FoldTable
{
    std::array<char16_t, 0x250 - 0xC0> latin{};
    std::array<char16_t, 0x100> extended{};

    static char16_t baseOf(char16_t c)
    {
        if (c == u'đ' || c == u'Đ')
            return u'd';
        QString d = QString(QChar(c)).normalized(QString::NormalizationForm_D);
        const QChar base = d.isEmpty() ? QChar(c) : d.at(0);
        return base.toLower().unicode();
    }

    FoldTable()
    {
        for (char16_t c = 0xC0; c < 0x250; ++c)
            latin[c - 0xC0] = baseOf(c);
        for (char16_t c = 0; c < 0x100; ++c)
            extended[c] = baseOf(static_cast<char16_t>(0x1E00 + c));
    }
};

const FoldTable &table()
{
    static const FoldTable t;
    return t;
}

} // namespace

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? QChar(static_cast<char16_t>(u + 32)) : c;
    if (u >= 0xC0 && u < 0x250)
        return QChar(table().latin[u - 0xC0]);
    if (u >= 0x1E00 && u < 0x1F00)
        return QChar(table().extended[u - 0x1E00]);
    if (c.isSurrogate())
        return c;
    return c.toLower();
}

QString normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString fold(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text)
        *o++ = foldChar(c);
    return out;
}

} // namespace pakn::textfold
