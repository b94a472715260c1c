#include "searchhighlightdelegate.h"

#include "store/searchquery.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace pakn {
namespace {

// A light yellow mark with the text forced dark, so a match reads well on light and dark themes alike.
const QColor kMarkBackground(0xff, 0xe5, 0x80);
const QColor kMarkText(0x1a, 0x1a, 0x1a);
const QString kEllipsis = QStringLiteral("…");

} // namespace

SearchHighlightDelegate::SearchHighlightDelegate(int termsRole, QObject *parent)
    : QStyledItemDelegate(parent)
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
    QList<QTextLayout::FormatRange> formats =
        terms.isEmpty() ? QList<QTextLayout::FormatRange>() : highlightFormats(opt.text, terms, !selected);
    if (formats.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell without its text (background, selection, focus), then the text with its marks.
    QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
            .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1, 0,
                      -style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) - 1, 0);

    auto layOut = [&](QTextLayout &layout) {
        layout.setFont(opt.font);
        layout.setFormats(formats);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        return line;
    };
    QTextLayout layout(text);
    QTextLine line = layOut(layout);
    if (line.naturalTextWidth() > textRect.width()) {
        // Cut where the text plus "…" fits (the marks may be bold, so measure the laid-out line).
        const qreal room = textRect.width() - QFontMetricsF(opt.font).horizontalAdvance(kEllipsis);
        const int cut = std::max(0, line.xToCursor(std::max<qreal>(0, room), QTextLine::CursorOnCharacter));
        text = text.left(cut) + kEllipsis;
        for (QTextLayout::FormatRange &f : formats)
            f.length = std::max(0, std::min(f.start + f.length, cut) - f.start);
        formats.erase(std::remove_if(formats.begin(), formats.end(),
                                     [](const QTextLayout::FormatRange &f) { return f.length <= 0; }),
                      formats.end());
        layout.setText(text);
        line = layOut(layout);
    }

    painter->save();
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace pakn
