#include "listcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace pakn {
namespace {

const QString kEllipsis = QStringLiteral("…");

} // namespace

ListCellDelegate::ListCellDelegate(Texts texts, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_texts(texts)
    , m_kept(kKeptTexts)
{}

bool ListCellDelegate::drawsItself(const QStyleOptionViewItem &opt)
{
    return opt.textElideMode == Qt::ElideRight && opt.direction == Qt::LeftToRight &&
           !(opt.features & (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator)) &&
           !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(QLatin1Char('\n'));
}

QRect ListCellDelegate::drawPanel(QPainter *painter, QStyleOptionViewItem &opt)
{
    // The cell without its text (background, selection, icon, focus); QCommonStyle skips an empty text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    // The text's margins as QCommonStyle draws it (viewItemDrawText).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
}

QTextLine ListCellDelegate::layOutLine(QTextLayout &layout)
{
    // Without the cache, QTextLayout frees its glyphs at endLayout() and shapes the text again to draw it.
    layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    return line;
}

const QTextLayout &ListCellDelegate::layoutFor(const QString &text, const QFont &font) const
{
    const bool keep = m_texts == Texts::Repeated || text == kEllipsis;
    if (keep) {
        if (const QTextLayout *kept = m_kept.object(Key{font, text})) {
            ++m_reused;
            return *kept;
        }
    }
    auto layout = std::make_unique<QTextLayout>(text, font);
    layOutLine(*layout);
    ++m_shaped;
    if (!keep) {
        m_scratch = std::move(layout);
        return *m_scratch;
    }
    QTextLayout *kept = layout.release();
    m_kept.insert(Key{font, text}, kept);
    return *kept;
}

void ListCellDelegate::drawLine(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &textRect,
                                const QTextLayout &layout) const
{
    if (layout.lineCount() == 0)
        return;
    const QTextLine line = layout.lineAt(0);
    // The pen QCommonStyle::viewItemDrawText uses: its colour group, highlighted text when selected.
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    const qreal width = line.naturalTextWidth();
    // Where QCommonStyle puts the line: its height rounded, aligned in whole pixels; across, as QTextLayout
    // aligns a line in the text's width.
    const int y = QStyle::alignedRect(Qt::LeftToRight, opt.displayAlignment,
                                      QSize(textRect.width(), qRound(line.height())), textRect)
                      .top();
    if (width <= textRect.width()) {
        qreal x = textRect.left();
        if (opt.displayAlignment & Qt::AlignRight)
            x += textRect.width() - width;
        else if (opt.displayAlignment & Qt::AlignHCenter)
            x += (textRect.width() - width) / 2;
        layout.draw(painter, QPointF(x, y));
    } else {
        // What fits before "…", cut at a character (the text may be bold in parts: measured on the line).
        const QTextLayout &ellipsis = layoutFor(kEllipsis, layout.font());
        const qreal room = textRect.width() - ellipsis.lineAt(0).naturalTextWidth();
        const int cut = std::max(0, line.xToCursor(std::max<qreal>(0, room), QTextLine::CursorOnCharacter));
        const qreal cutX = line.cursorToX(cut);
        painter->save();
        painter->setClipRect(QRectF(textRect.left(), textRect.top(), cutX, textRect.height()),
                             Qt::IntersectClip);
        layout.draw(painter, QPointF(textRect.left(), y));
        painter->restore();
        ellipsis.draw(painter, QPointF(textRect.left() + cutX, y));
    }
    painter->restore();
}

void ListCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    const QRect textRect = drawPanel(painter, opt);
    if (!text.isEmpty())
        drawLine(painter, opt, textRect, layoutFor(text, opt.font));
}

} // namespace pakn
