#pragma once

#include "listcelldelegate.h"

#include <QList>
#include <QStringList>
#include <QTextLayout>

namespace pakn {

/// Draws a text column with the words that match the current search in bold on a light yellow mark.
///
/// Contract: reads the search terms from the index (`termsRole`, a QStringList of folded terms) and the
/// spans from search::matches, so highlighting agrees with what the full-text search found, accents and
/// đ/Đ included. Cells without matches are drawn as ListCellDelegate draws unique texts; selected cells keep
/// the selection colours and only turn the matches bold. Text that does not fit ends in "…". Each cell's
/// text is shaped once.
class SearchHighlightDelegate : public ListCellDelegate
{
    Q_OBJECT
public:
    SearchHighlightDelegate(int termsRole, QObject *parent = nullptr);

    /// The formats that mark the matches of `terms` in `text` (bold; with `marked`, the yellow background).
    static QList<QTextLayout::FormatRange> highlightFormats(const QString &text, const QStringList &terms,
                                                            bool marked);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_termsRole;
};

} // namespace pakn
