#include "store/cachedatabase.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "store/searchquery.h"
#include "store/textfold.h"
#include "testpetitions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

/// Vietnamese full-text search: diacritics ignored both ways (đ included), prefixes while typing, ranking,
/// highlighted snippets — and whatever is typed, results or nothing, never an SQL error.
class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY(m_db->open());
        ChangePage page;
        page.petitions = {
            test::makePetition(
                1, QStringLiteral("Thủ tục đất đai kéo dài"),
                QStringLiteral("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị trả lại nhiều lần.")),
            test::makePetition(2, QStringLiteral("Đường Điện Biên Phủ ngập nước"),
                               QStringLiteral("Mưa lớn làm ngập đoạn đường trước số 12.")),
            test::makePetition(3, QStringLiteral("Kiến nghị đơn giản hóa đăng ký kinh doanh"),
                               QStringLiteral("Đề nghị bỏ yêu cầu bản sao chứng thực.")),
            test::makePetition(4, QStringLiteral("Dat dai ghi khong dau"),
                               QStringLiteral("Van ban khong dau.")),
            test::makePetition(5, QStringLiteral("Giấy phép xây dựng"),
                               QStringLiteral("Nhắc tới đất đai một lần ở cuối.")),
        };
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
    }

    void foldingKeepsLengthAndRemovesEveryMark()
    {
        const QString text = QStringLiteral("Đường Điện Biên Phủ, ỨNG XỬ, Ủy ban, Quận Hải Châu ẵ ậ ỡ");
        const QString folded = textfold::fold(text);
        QCOMPARE(folded.size(), text.size());
        QCOMPARE(folded, QStringLiteral("duong dien bien phu, ung xu, uy ban, quan hai chau a a o"));
        // Decomposed input (some Vietnamese input methods) folds alike once normalised.
        const QString decomposed = QStringLiteral("da\u0302\u0301t");
        QCOMPARE(textfold::fold(textfold::normalize(decomposed)), QStringLiteral("dat"));
    }

    void termsIgnoreOperatorsAndPunctuation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "dat dai" << QStringList{"dat", "dai"};
        QTest::newRow("diacritics and đ") << "Đất Đai" << QStringList{"dat", "dai"};
        QTest::newRow("quotes") << "\"đất đai\"" << QStringList{"dat", "dai"};
        QTest::newRow("lone quote") << "\"" << QStringList{};
        QTest::newRow("operators") << "dat AND dai OR NOT x"
                                   << QStringList{"dat", "and", "dai", "or", "not", "x"};
        QTest::newRow("near") << "NEAR(dat dai, 2)" << QStringList{"near", "dat", "dai", "2"};
        QTest::newRow("star and minus") << "*dat -dai ^x" << QStringList{"dat", "dai", "x"};
        QTest::newRow("column filter") << "title:dat {code}:1" << QStringList{"title", "dat", "code", "1"};
        QTest::newRow("emoji") << "🙂 đất 🙂" << QStringList{"dat"};
        QTest::newRow("duplicates") << "dat Đất DAT" << QStringList{"dat"};
        QTest::newRow("code") << "PAKN.20250101.0003" << QStringList{"pakn", "20250101", "0003"};
    }

    void termsIgnoreOperatorsAndPunctuation()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(search::terms(typed), expected);
    }

    void findsAcrossDiacritics_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected"); // in relevance order where it matters
        QTest::newRow("dat dai") << "dat dai" << QList<qint64>{1, 4, 5};
        QTest::newRow("đat") << "đat" << QList<qint64>{1, 4, 5};
        QTest::newRow("Đất đai") << "Đất đai" << QList<qint64>{1, 4, 5};
        QTest::newRow("duong dien bien phu") << "duong dien bien phu" << QList<qint64>{2};
        QTest::newRow("đường điện") << "đường điện" << QList<qint64>{2};
        QTest::newRow("prefix while typing") << "dang k" << QList<qint64>{3};
        QTest::newRow("code") << "PAKN.20250101.0003" << QList<qint64>{3};
        QTest::newRow("nothing") << "khongcogi" << QList<qint64>{};
    }

    void findsAcrossDiacritics()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        PetitionQuery query(m_db->connection(), ViewContext{});
        PetitionFilter f;
        f.search = typed;
        f.sortKey = SortKey::Relevance;
        QList<qint64> ids;
        for (const PetitionRow &r : query.page(f, 0, 50))
            ids << r.id;
        QCOMPARE(query.lastError(), QString());
        if (expected.size() == 3) {
            // Title matches outrank a mention at the end of the content.
            QCOMPARE(ids.last(), qint64(5));
            std::sort(ids.begin(), ids.end());
        }
        QCOMPARE(ids, expected);
        QCOMPARE(query.count(f), qint64(expected.size()));
    }

    void hostileInputNeverFails_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("lone quote") << "\"";
        QTest::newRow("unbalanced") << "\"dat";
        QTest::newRow("star") << "*";
        QTest::newRow("minus") << "-";
        QTest::newRow("AND") << "AND";
        QTest::newRow("NEAR(") << "NEAR(";
        QTest::newRow("sql") << "'; DROP TABLE petitions; --";
        QTest::newRow("column syntax") << "title:";
        QTest::newRow("parens") << "((((";
        QTest::newRow("caret") << "^";
        QTest::newRow("control chars") << QString::fromUtf8("\x01\x02\t\n\r");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("dat");
        QTest::newRow("emoji only") << "🙂🙂🙂";
        QTest::newRow("lone surrogate") << QString(QChar(char16_t(0xD800)));
        QTest::newRow("10k chars") << QString(10000, QLatin1Char('a'));
        QTest::newRow("10k words") << QStringLiteral("dat ").repeated(2500);
    }

    void hostileInputNeverFails()
    {
        QFETCH(QString, typed);
        PetitionQuery query(m_db->connection(), ViewContext{});
        PetitionFilter f;
        f.search = typed;
        query.page(f, 0, 50);
        QCOMPARE(query.lastError(), QString());
        query.count(f);
        QCOMPARE(query.lastError(), QString());
        QVERIFY(search::terms(typed).size() <= search::kMaxTerms);
        for (const QString &t : search::terms(typed))
            QVERIFY(t.size() <= search::kMaxTermLength);
    }

    void replyTextAndNotesAreSearchable()
    {
        Petition p = test::makePetition(60, QStringLiteral("Hồ sơ cấp phép"));
        Reply reply;
        reply.subject = QStringLiteral("Trả lời kiến nghị của bà Lê Thị Hoa");
        reply.body = QStringLiteral("Sở Xây dựng đã rà soát quy trình thẩm định.");
        p.reply = reply;
        TimelineEntry note;
        note.id = 900;
        note.kind = QStringLiteral("note");
        note.actor = QStringLiteral("chuyenvien.xd");
        note.at = p.receivedAt.addDays(2);
        note.comment = QStringLiteral("Đã gọi điện liên hệ người phản ánh");
        p.timeline = {note};
        ChangePage page;
        page.petitions = {p};
        page.nextCursor = QStringLiteral("s2");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
        PetitionQuery query(m_db->connection(), ViewContext{});
        for (const QString &typed :
             {QStringLiteral("ra soat quy trinh"), QStringLiteral("goi dien lien he")}) {
            PetitionFilter f;
            f.search = typed;
            const QList<PetitionRow> rows = query.page(f, 0, 10);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().id, 60);
        }
    }

    void highlightsInTheOriginalText()
    {
        const QString text = QStringLiteral("Thủ tục Đất đai kéo dài; đất nông nghiệp");
        const QStringList t = search::terms(QStringLiteral("dat dai"));
        const QList<search::Span> spans = search::matches(text, t);
        QStringList marked;
        for (const search::Span &s : spans)
            marked << text.mid(s.start, s.length);
        // "dài" folds to "dai": a match too, as the full-text index sees it.
        QCOMPARE(marked, (QStringList{QStringLiteral("Đất"), QStringLiteral("đai"), QStringLiteral("dài"),
                                      QStringLiteral("đất")}));
        // Prefixes match while typing.
        QCOMPARE(search::matches(QStringLiteral("kéo dàiiii"), t).size(), 1);
        // Inside a word is not a match.
        QVERIFY(search::matches(QStringLiteral("Sdat"), t).isEmpty());
    }

    void snippetIsAWindowAroundTheFirstMatch()
    {
        const QString text = QStringLiteral("Mở đầu ").repeated(40) +
                             QStringLiteral("vấn đề đất đai cần giải quyết") +
                             QStringLiteral(" kết thúc").repeated(40);
        const search::Snippet s = search::snippet(text, search::terms(QStringLiteral("đất")), 80);
        QVERIFY(s.text.startsWith(QStringLiteral("…")));
        QVERIFY(s.text.endsWith(QStringLiteral("…")));
        QVERIFY(s.text.size() <= 84);
        QCOMPARE(s.spans.size(), 1);
        QCOMPARE(s.text.mid(s.spans.first().start, s.spans.first().length), QStringLiteral("đất"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
