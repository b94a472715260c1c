// ListCellDelegate draws list cells as QStyledItemDelegate does, shaping each text once and keeping the texts
// of columns whose values repeat; SearchHighlightDelegate, built on it, marks the matches.

#include "listcelldelegate.h"
#include "searchhighlightdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pakn;

namespace {

constexpr int kTermsRole = Qt::UserRole + 7;

/// Rows that exercise what a list cell can be: Vietnamese with diacritics, texts too long for the column
/// (elided), a bold font, a coloured text on a coloured background, an icon, an empty cell.
QStandardItemModel *sampleModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    const QStringList titles = {
        QStringLiteral("Đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại phường Bến Nghé, quận 1"),
        QStringLiteral("Phản ánh thủ tục đăng ký đất đai"),
        QStringLiteral("Kiến nghị về việc đường Nguyễn Văn Cừ ngập nước sau mưa lớn kéo dài nhiều ngày"),
        QString(),
        QStringLiteral("Hỏi \"thủ tục\" AND (OR) * NEAR đ"),
    };
    for (int r = 0; r < int(titles.size()); ++r) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QStringLiteral("PAKN.20250112.%1").arg(r, 5, 10, QLatin1Char('0')));
        row << new QStandardItem(titles.at(r));
        row << new QStandardItem(QStringLiteral("12/06/2025 · còn %1 ngày").arg(r));
        if (r == 1) {
            QFont bold;
            bold.setBold(true);
            row.at(2)->setFont(bold);
            row.at(2)->setForeground(QColor(0xa4, 0x00, 0x0f));
            row.at(2)->setBackground(QColor(0xff, 0xeb, 0xee));
        }
        if (r == 2) {
            QPixmap icon(12, 12);
            icon.fill(Qt::darkGreen);
            row.at(0)->setIcon(QIcon(icon));
        }
        model->appendRow(row);
    }
    return model;
}

QImage render(QTableView &view)
{
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// How many pixels differ between two images of the same size.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestListCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_view.setModel(sampleModel(&m_view));
        m_view.resize(700, 260);
        m_view.setColumnWidth(0, 150);
        m_view.setColumnWidth(1, 330);
        m_view.setColumnWidth(2, 160);
        m_view.setWordWrap(false);
        m_view.setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
        m_view.selectRow(3);
        m_view.setCurrentIndex(m_view.model()->index(3, 1));
    }

    /// Every cell as QStyledItemDelegate paints it: same panel, selection, icon, font, colours and elision.
    void drawsAsTheStyledDelegate_data()
    {
        QTest::addColumn<bool>("repeated");
        QTest::newRow("unique texts") << false;
        QTest::newRow("repeated texts") << true;
    }
    void drawsAsTheStyledDelegate()
    {
        QFETCH(bool, repeated);
        auto *styled = new QStyledItemDelegate(&m_view);
        m_view.setItemDelegate(styled);
        const QImage expected = render(m_view);
        auto *ours = new ListCellDelegate(
            repeated ? ListCellDelegate::Texts::Repeated : ListCellDelegate::Texts::Unique, &m_view);
        m_view.setItemDelegate(ours);
        const QImage actual = render(m_view);
        if (differingPixels(expected, actual) != 0) {
            expected.save(QStringLiteral("list-cell-expected.png"));
            actual.save(QStringLiteral("list-cell-actual.png"));
        }
        QCOMPARE(differingPixels(expected, actual), 0);
        // Drawn again: the same, from the kept layouts when the texts repeat.
        const qint64 shaped = ours->shapedCount();
        QVERIFY(shaped > 0);
        QCOMPARE(differingPixels(expected, render(m_view)), 0);
        if (repeated) {
            QCOMPARE(ours->shapedCount(), shaped);
            QVERIFY(ours->reusedCount() > 0);
        } else {
            QVERIFY(ours->shapedCount() > shaped);
        }
        m_view.setItemDelegate(styled);
        delete ours;
    }

    /// A text is shaped once per paint of its cell (Qt's path shaped it two to four times); a kept text is
    /// not shaped again, and "…" once per font for all the cells it ends.
    void shapesEachTextOnce()
    {
        // 5 rows of 3 cells, one of them empty; four texts do not fit, one of them bold: "…" in two fonts.
        const int texts = 14;
        const int elided = 4;
        const int ellipses = 2;
        ListCellDelegate unique(ListCellDelegate::Texts::Unique);
        m_view.setItemDelegate(&unique);
        m_view.viewport()->repaint();
        QCOMPARE(unique.shapedCount(), texts + ellipses);
        QCOMPARE(unique.reusedCount(), elided - ellipses);
        m_view.viewport()->repaint();
        QCOMPARE(unique.shapedCount(), 2 * texts + ellipses);
        QCOMPARE(unique.reusedCount(), 2 * elided - ellipses);
        ListCellDelegate repeated(ListCellDelegate::Texts::Repeated);
        m_view.setItemDelegate(&repeated);
        m_view.viewport()->repaint();
        QCOMPARE(repeated.shapedCount(), texts + ellipses);
        m_view.viewport()->repaint();
        QCOMPARE(repeated.shapedCount(), texts + ellipses);
        QCOMPARE(repeated.reusedCount(), elided - ellipses + texts + elided);
        m_view.setItemDelegate(new QStyledItemDelegate(&m_view));
    }

    /// The highlighted title: without matches exactly as the plain cell; with matches, drawn differently (the
    /// marks) within the same cell, and elided like the rest.
    void highlightsOnTheSameCell()
    {
        auto *styled = new QStyledItemDelegate(&m_view);
        m_view.setItemDelegate(styled);
        const QImage plain = render(m_view);
        auto *highlight = new SearchHighlightDelegate(kTermsRole, &m_view);
        m_view.setItemDelegateForColumn(1, highlight);
        QCOMPARE(differingPixels(plain, render(m_view)), 0);
        m_view.model()->setData(m_view.model()->index(2, 1), QStringList{QStringLiteral("duong")},
                                kTermsRole);
        const QImage marked = render(m_view);
        QVERIFY(differingPixels(plain, marked) > 0);
        // Only the title cell of that row changed.
        const QRect cell = m_view.visualRect(m_view.model()->index(2, 1));
        QImage outside = marked;
        QImage outsidePlain = plain;
        QPainter(&outside).fillRect(cell, Qt::black);
        QPainter(&outsidePlain).fillRect(cell, Qt::black);
        QCOMPARE(differingPixels(outsidePlain, outside), 0);
        m_view.model()->setData(m_view.model()->index(2, 1), QVariant(), kTermsRole);
        m_view.setItemDelegateForColumn(1, nullptr);
        delete highlight;
    }

private:
    QTableView m_view;
};

QTEST_MAIN(TestListCellDelegate)
#include "tst_list_cell_delegate.moc"
