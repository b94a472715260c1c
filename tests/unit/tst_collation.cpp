#include "domain/vietnamesecollation.h"

#include <QTest>

using namespace pakn;

/// Names and titles sort in Vietnamese dictionary order (DESIGN.md §2.11).
class TestCollation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsLikeAVietnameseDictionary()
    {
        // Each list is in the expected order; shuffle it and sort by key.
        const QList<QStringList> cases = {
            // letters: a ă â b c d đ e ê … o ô ơ … u ư
            {"An", "Ăn", "Ân", "Bình", "Cường", "Dũng", "Đức", "Em", "Êm", "Giang"},
            {"Oanh", "Ông", "Ơn", "Phúc"},
            {"Uyên", "Ưng", "Vân"},
            // tones: ngang, huyền, hỏi, ngã, sắc, nặng
            {"ma", "mà", "mả", "mã", "má", "mạ"},
            // letters before tones: "Đào" (đ) after every "D…"
            {"Dương", "Dưỡng", "Đào"},
            // shorter first; space before letters
            {"Lan", "Lan Anh", "Lanh"},
            // digits before letters
            {"2 Phố Huế", "Ba Đình"},
            // case breaks ties only
            {"nguyễn", "Nguyễn", "Nguyệt"},
        };
        for (const QStringList &expected : cases) {
            QStringList shuffled = expected;
            std::reverse(shuffled.begin(), shuffled.end());
            std::stable_sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
                return collation::sortKey(a) < collation::sortKey(b);
            });
            QCOMPARE(shuffled, expected);
        }
    }

    void equalTextGivesEqualKeysWhateverTheNormalisation()
    {
        QCOMPARE(collation::sortKey(QStringLiteral("Nguyễn")),
                 collation::sortKey(QStringLiteral("Nguye\u0302\u0303n")));
        QVERIFY(collation::sortKey(QString()) < collation::sortKey(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
