#include "filterbar.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "searchhighlightdelegate.h"
#include "serverprocess.h"
#include "store/searchquery.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

using namespace pakn;

/// The search box as an officer uses it: typing Vietnamese with or without accents finds the same
/// petitions, the matches are highlighted in the titles, and nothing typed can cause an error.
class TestSearchGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The city office sees every petition: the most to search.
        m_session = std::make_unique<test::DeskSession>(m_server, QStringLiteral("vanphong"));
        error = m_session->open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = m_session->window();
        m_search = m_window->filterBar()->searchEdit();
        m_model = m_window->petitionModel();
    }

    void cleanupTestCase() { m_session.reset(); }

    void ctrlFFocusesTheSearchBox()
    {
        m_window->petitionView()->setFocus();
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_search);
    }

    void accentsAndDStrokeDoNotMatter_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("input method") << QStringLiteral("ime");
        QTest::newRow("key events") << QStringLiteral("keys");
    }

    void accentsAndDStrokeDoNotMatter()
    {
        QFETCH(QString, how);
        // Unaccented, typed as plain keys.
        clearSearch();
        QTest::keyClicks(m_search, QStringLiteral("dat dai"));
        QList<qint64> unaccented = resultsAfterDebounce(QStringLiteral("dat dai"));
        QVERIFY(!unaccented.isEmpty());

        // The same words with their accents and đ, as a Vietnamese keyboard sends them.
        clearSearch();
        if (how == QLatin1String("ime"))
            test::commitText(m_search, QStringLiteral("đất đai"));
        else
            test::typeText(m_search, QStringLiteral("đất đai"));
        QCOMPARE(m_search->text(), QStringLiteral("đất đai"));
        // Nothing is queried while typing: the search waits for a pause.
        QVERIFY(m_model->filter().search != QStringLiteral("đất đai"));
        const QList<qint64> accented = resultsAfterDebounce(QStringLiteral("đất đai"));
        QCOMPARE(accented, unaccented);

        clearSearch();
        test::commitText(m_search, QStringLiteral("ĐẤT ĐAI"));
        QCOMPARE(resultsAfterDebounce(QStringLiteral("ĐẤT ĐAI")), unaccented);
    }

    void matchesAreHighlightedInTheTitles()
    {
        clearSearch();
        test::commitText(m_search, QStringLiteral("giấy phép"));
        const QList<qint64> found = resultsAfterDebounce(QStringLiteral("giấy phép"));
        QVERIFY(!found.isEmpty());
        const QStringList terms =
            m_model->index(0, 0).data(PetitionListModel::SearchTermsRole).toStringList();
        QCOMPARE(terms, (QStringList{QStringLiteral("giay"), QStringLiteral("phep")}));

        // The first title that contains a term gets a bold, marked span exactly over the words.
        int row = -1;
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
            const QString title = m_model->index(r, PetitionListModel::TitleColumn).data().toString();
            if (!search::matches(title, terms).isEmpty())
                row = r;
        }
        QVERIFY2(row >= 0, "some title mentions giấy phép");
        const QString title = m_model->index(row, PetitionListModel::TitleColumn).data().toString();
        const auto formats = SearchHighlightDelegate::highlightFormats(title, terms, true);
        QVERIFY(!formats.isEmpty());
        for (const auto &f : formats) {
            const QString word = title.mid(f.start, f.length).toLower();
            QVERIFY2(word.startsWith(QStringLiteral("gi")) || word.startsWith(QStringLiteral("ph")),
                     qPrintable(word));
            QCOMPARE(f.format.fontWeight(), int(QFont::Bold));
        }

        // And the list really paints the mark: the title cell of that row has the mark's yellow in it.
        PetitionListView *view = m_window->petitionView();
        view->clearSelection();
        view->scrollTo(m_model->index(row, PetitionListModel::TitleColumn));
        QTest::qWait(50);
        const QRect cell = view->visualRect(m_model->index(row, PetitionListModel::TitleColumn));
        const QImage image = view->viewport()->grab(cell).toImage();
        bool marked = false;
        for (int y = 0; y < image.height() && !marked; ++y) {
            for (int x = 0; x < image.width() && !marked; ++x)
                marked = image.pixelColor(x, y) == QColor(0xff, 0xe5, 0x80);
        }
        QVERIFY2(marked, "the match is drawn on a yellow mark");
    }

    void hostileInputIsJustText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fts syntax") << QStringLiteral("\"NEAR( -*");
        QTest::newRow("operators") << QStringLiteral("đất OR dai AND NOT -x*");
        QTest::newRow("quotes only") << QStringLiteral("\"\"\"");
        QTest::newRow("column filter") << QStringLiteral("title:đất content:*");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE petitions; --");
        QTest::newRow("emoji and controls") << QStringLiteral("😀\t\x01 ^ { }");
    }

    void hostileInputIsJustText()
    {
        QFETCH(QString, text);
        clearSearch();
        test::commitText(m_search, text);
        resultsAfterDebounce(text);
        QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
        QVERIFY(!m_window->findChild<QMessageBox *>());
        QVERIFY(m_window->isVisible());
        // The window still works afterwards.
        clearSearch();
        QTest::keyClicks(m_search, QStringLiteral("dat dai"));
        QVERIFY(!resultsAfterDebounce(QStringLiteral("dat dai")).isEmpty());
    }

    void escapeClearsTheSearch()
    {
        clearSearch();
        QTest::keyClicks(m_search, QStringLiteral("dat dai"));
        resultsAfterDebounce(QStringLiteral("dat dai"));
        // While searching the best matches come first; the header shows no column's order.
        QCOMPARE(m_model->filter().sortKey, SortKey::Relevance);
        QVERIFY(!m_window->petitionView()->horizontalHeader()->isSortIndicatorShown());
        const qint64 searching = m_model->totalCount();
        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(m_search->text(), QString());
        QCOMPARE(m_model->filter().search, QString());
        QVERIFY(test::waitForList(m_model));
        QVERIFY(m_model->totalCount() > searching);
        // The order from before the search is back.
        QCOMPARE(m_model->filter().sortKey, SortKey::Received);
        QCOMPARE(m_model->filter().sortOrder, Qt::DescendingOrder);
        QVERIFY(m_window->petitionView()->horizontalHeader()->isSortIndicatorShown());
    }

    void theCountSaysHowTheMatchesAreOrdered()
    {
        clearSearch();
        QTest::keyClicks(m_search, QStringLiteral("dat dai"));
        QVERIFY(!resultsAfterDebounce(QStringLiteral("dat dai")).isEmpty());
        auto *count = m_window->filterBar()->findChild<QLabel *>(QStringLiteral("resultCount"));
        auto *note = m_window->filterBar()->findChild<QLabel *>(QStringLiteral("searchNote"));
        QVERIFY(count && note);
        // The demo data has far fewer than PetitionQuery::kRankAtMost matches: ranked, and the bar says only
        // the number.
        QCOMPARE(m_model->searchOrder(), SearchOrder::Relevance);
        QCOMPARE(count->text(), tr("%Ln petition(s)", nullptr, int(m_model->totalCount())));
        QVERIFY(note->isHidden());
        const QString shot =
            QDir(QStringLiteral(PAKN_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-search-dat-dai.png"));
        QVERIFY(m_window->grab().save(shot));

        // What a broad search on a large cache, during an index rebuild, shows (the states the model
        // reports).
        FilterBar *bar = m_window->filterBar();
        bar->setResultCount(63617);
        bar->setSearchState(SearchOrder::NewestFirst, true);
        QVERIFY2(count->text().contains(QLatin1String("newest first")), qPrintable(count->text()));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("instead of by relevance")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String("search index is being built")),
                 qPrintable(note->text()));
        QTest::qWait(50); // the layout makes room for the note
        QVERIFY(m_window->grab().save(QDir(QStringLiteral(PAKN_TEST_OUTPUT_DIR))
                                          .filePath(QStringLiteral("gui-search-newest-first.png"))));
        bar->setSearchState(SearchOrder::Relevance, false);
        QVERIFY(!count->text().contains(QLatin1String("newest first")));
        QVERIFY(note->isHidden());
        bar->setResultCount(m_model->totalCount());
    }

private:
    void clearSearch()
    {
        m_search->clear();
        QTRY_COMPARE(m_model->filter().search, QString());
        m_search->setFocus();
    }

    QList<qint64> resultsAfterDebounce(const QString &typed)
    {
        if (!QTest::qWaitFor([&] { return m_model->filter().search == typed; }, 5000))
            return {};
        test::fetchAll(m_model);
        return test::columnValues(m_model, PetitionListModel::PetitionIdRole);
    }

    test::ServerProcess m_server;
    std::unique_ptr<test::DeskSession> m_session;
    MainWindow *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    PetitionListModel *m_model = nullptr;
};

QTEST_MAIN(TestSearchGui)
#include "tst_search_gui.moc"
