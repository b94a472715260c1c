#pragma once

#include <QCache>
#include <QFont>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <memory>

namespace pakn {

/// Paints one line of a list cell as QStyledItemDelegate does (the style's panel, selection, icon and focus;
/// the text in the option's font, colour and alignment, elided on the right with "…"), but shapes the text
/// once. Qt's own path shapes a cell's text two to four times per paint (measuring for elision, laying out,
/// drawing, eliding again), and shaping was about half of a list repaint (docs/performance.md, "Workspace").
///
/// Contract: with `Texts::Repeated`, the laid-out texts are kept (least recently used first out, at most
/// kKeptTexts) and a text drawn before is not shaped again: for columns whose values repeat from row to row
/// and page to page (dates, states, channels, units). With `Texts::Unique` (codes, titles), nothing is kept.
/// Cells it does not draw the same way — wrapped text, other elide modes, right-to-left, check boxes — are
/// left to QStyledItemDelegate.
class ListCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Texts { Unique, Repeated };
    static constexpr int kKeptTexts = 2000;

    explicit ListCellDelegate(Texts texts, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// How many texts were shaped and how many were drawn from kept layouts (tests and benchmarks).
    qint64 shapedCount() const { return m_shaped; }
    qint64 reusedCount() const { return m_reused; }

protected:
    /// Whether this delegate draws `opt` (initialised) itself; else QStyledItemDelegate paints it.
    static bool drawsItself(const QStyleOptionViewItem &opt);
    /// Draws the cell of `opt` without its text and returns the rectangle its text goes into.
    static QRect drawPanel(QPainter *painter, QStyleOptionViewItem &opt);
    /// Lays `layout` (its text and font set) out on one line, keeping its glyphs for the draw.
    static QTextLine layOutLine(QTextLayout &layout);
    /// Draws the laid-out one-line `layout` into `textRect` as the style would, "…" in place of what does not
    /// fit.
    void drawLine(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &textRect,
                  const QTextLayout &layout) const;
    void countShaped() const { ++m_shaped; }
    /// `text` laid out in `font`: a kept layout, or one shaped now (kept when the texts repeat).
    const QTextLayout &layoutFor(const QString &text, const QFont &font) const;

private:
    struct Key
    {
        QFont font;
        QString text;
        bool operator==(const Key &o) const { return text == o.text && font == o.font; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.text, k.font); }
    };

    Texts m_texts;
    mutable QCache<Key, QTextLayout> m_kept;
    mutable qint64 m_shaped = 0;
    mutable qint64 m_reused = 0;
    mutable std::unique_ptr<QTextLayout> m_scratch; ///< the last unique text's layout
};

} // namespace pakn
