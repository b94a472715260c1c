#include "searchhighlightdelegate.h"

#include "store/searchquery.h"

#include <QStyle>

namespace pakn {
namespace {

// A light yellow mark with the text forced dark, so a match reads well on light and dark themes alike.
const QColor kMarkBackground(0xff, 0xe5, 0x80);
const QColor kMarkText(0x1a, 0x1a, 0x1a);

} // namespace

SearchHighlightDelegate::SearchHighlightDelegate(int termsRole, QObject *parent)
    : ListCellDelegate(Texts::Unique, parent)
    , m_termsRole(termsRole)
{}

QList<QTextLayout::FormatRange>
SearchHighlightDelegate::highlightFormats(const QString &text, const QStringList &terms, bool marked)
{
    QList<QTextLayout::FormatRange> formats;
    for (const search::Span &span : search::matches(text, terms)) {
        QTextLayout::FormatRange range;
        range.start = int(span.start);
        range.length = int(span.length);
        range.format.setFontWeight(QFont::Bold);
        if (marked) {
            range.format.setBackground(kMarkBackground);
            range.format.setForeground(kMarkText);
        }
        formats.append(range);
    }
    return formats;
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QStringList terms = index.data(m_termsRole).toStringList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QList<QTextLayout::FormatRange> formats = terms.isEmpty() || !drawsItself(opt)
                                                        ? QList<QTextLayout::FormatRange>()
                                                        : highlightFormats(opt.text, terms, !selected);
    if (formats.isEmpty()) {
        ListCellDelegate::paint(painter, option, index);
        return;
    }
    QTextLayout layout(opt.text, opt.font);
    layout.setFormats(formats);
    layOutLine(layout);
    countShaped();
    const QRect textRect = drawPanel(painter, opt);
    drawLine(painter, opt, textRect, layout);
}

} // namespace pakn
