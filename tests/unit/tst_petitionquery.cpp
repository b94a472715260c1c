#include "store/cachedatabase.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "testpetitions.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QDate kToday(2025, 6, 10);

} // namespace

/// The list panes' queries: every saved view, the column filters and the sort orders — checked against
/// expectations computed here in C++ over the same generated petitions, not by the same SQL.
class TestPetitionQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("query.sqlite")));
        QVERIFY(m_db->open());
        QRandomGenerator rng(20250610);
        ChangePage page;
        for (qint64 id = 1; id <= 400; ++id) {
            Petition p = test::makePetition(id, QStringLiteral("Tiêu đề %1").arg(id));
            test::varyForLists(&p, rng, kToday);
            page.petitions << p;
        }
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
        m_all = page.petitions;

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO reply_drafts (petition_id, base_version, body, updated_at)"
            " VALUES (7, 1, 'x', '2025-06-01T00:00:00Z'), (9, 1, 'y', '2025-06-01T00:00:00Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO outbox (petition_id, command, payload, base_version,"
                           " idempotency_key, created_at) VALUES (11, 'note', '{}', 1, 'k1', 'now')")));
        m_context.username = QStringLiteral("an");
        m_context.unitId = QStringLiteral("p-hoan-kiem");
        m_context.unitSubtree = {QStringLiteral("p-hoan-kiem"), QStringLiteral("p-hoan-kiem-to-1")};
        m_context.today = kToday;
        m_context.dueSoonUntil = kToday.addDays(3);
    }

    void savedViewsSelectExactlyTheirPetitions()
    {
        using Pred = std::function<bool(const Petition &)>;
        const auto open = [](const Petition &p) { return deadlineRuns(p.state); };
        const QList<QPair<SavedView, Pred>> cases = {
            {SavedView::All, [](const Petition &) { return true; }},
            {SavedView::AssignedToMe,
             [&](const Petition &p) { return p.assignee == QLatin1String("an") && open(p); }},
            {SavedView::ToReceive,
             [](const Petition &p) {
                 return (p.state == PetitionState::Submitted || p.state == PetitionState::Transferred) &&
                        p.unitId == QLatin1String("p-hoan-kiem");
             }},
            {SavedView::ToAssign,
             [](const Petition &p) {
                 return (p.state == PetitionState::Received || p.state == PetitionState::Classified) &&
                        p.assignee.isEmpty() && p.unitId == QLatin1String("p-hoan-kiem");
             }},
            {SavedView::DueSoon,
             [&](const Petition &p) {
                 return open(p) && p.dueDate.isValid() && p.dueDate >= kToday &&
                        p.dueDate <= kToday.addDays(3);
             }},
            {SavedView::Overdue,
             [&](const Petition &p) { return open(p) && p.dueDate.isValid() && p.dueDate < kToday; }},
            {SavedView::AwaitingMyApproval,
             [](const Petition &p) {
                 return p.state == PetitionState::AwaitingApproval &&
                        p.unitId.startsWith(QLatin1String("p-hoan-kiem"));
             }},
            {SavedView::ReturnedToMe,
             [](const Petition &p) {
                 return p.assignee == QLatin1String("an") && p.state == PetitionState::SentBack;
             }},
            {SavedView::Drafts, [](const Petition &p) { return p.id == 7 || p.id == 9; }},
            {SavedView::Outbox, [](const Petition &p) { return p.id == 11; }},
            {SavedView::MyUnit,
             [](const Petition &p) { return p.unitId.startsWith(QLatin1String("p-hoan-kiem")); }},
            {SavedView::Published, [](const Petition &p) { return p.state == PetitionState::Published; }},
        };
        PetitionQuery query(m_db->connection(), m_context);
        const QList<qint64> counts = query.savedViewCounts();
        QCOMPARE(query.lastError(), QString());
        for (const auto &[view, pred] : cases) {
            QSet<qint64> expected;
            for (const Petition &p : m_all) {
                if (pred(p))
                    expected.insert(p.id);
            }
            PetitionFilter f;
            f.view = view;
            QSet<qint64> got;
            for (const PetitionRow &r : query.page(f, 0, 1000))
                got.insert(r.id);
            QCOMPARE(query.lastError(), QString());
            QVERIFY2(got == expected, qPrintable(savedViewId(view)));
            QCOMPARE(query.count(f), qint64(expected.size()));
            const int index = int(std::find(std::begin(kAllSavedViews), std::end(kAllSavedViews), view) -
                                  std::begin(kAllSavedViews));
            QCOMPARE(counts.at(index), qint64(expected.size()));
        }
    }

    void filtersCombine()
    {
        PetitionQuery query(m_db->connection(), m_context);
        PetitionFilter f;
        f.channels = {Channel::Zalo, Channel::Hotline};
        f.fieldIds = {QStringLiteral("dat_dai")};
        f.receivedFrom = QDate(2025, 2, 1);
        f.receivedTo = QDate(2025, 3, 31);
        const QDateTime from(QDate(2025, 2, 1), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
        const QDateTime to(QDate(2025, 4, 1), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
        QSet<qint64> expected;
        for (const Petition &p : m_all) {
            if ((p.channel == Channel::Zalo || p.channel == Channel::Hotline) &&
                p.fieldId == QLatin1String("dat_dai") && p.receivedAt >= from && p.receivedAt < to)
                expected.insert(p.id);
        }
        QVERIFY(!expected.isEmpty());
        QSet<qint64> got;
        for (const PetitionRow &r : query.page(f, 0, 1000))
            got.insert(r.id);
        QCOMPARE(got, expected);
    }

    void sortsAndPagesAreStable()
    {
        PetitionQuery query(m_db->connection(), m_context);
        PetitionFilter f;
        f.sortKey = SortKey::Deadline;
        f.sortOrder = Qt::AscendingOrder;
        QList<PetitionRow> all;
        for (qint64 offset = 0; offset < 400; offset += 37)
            all << query.page(f, offset, 37);
        QCOMPARE(all.size(), 400);
        QSet<qint64> ids;
        for (int i = 0; i < all.size(); ++i) {
            ids.insert(all.at(i).id);
            if (i == 0)
                continue;
            const QDate a = all.at(i - 1).dueDate;
            const QDate b = all.at(i).dueDate;
            // Ascending with undated petitions last.
            QVERIFY(!a.isValid() ? !b.isValid() : (!b.isValid() || a <= b));
        }
        QCOMPARE(ids.size(), 400);

        f.sortKey = SortKey::Submitter;
        const QList<PetitionRow> bySubmitter = query.page(f, 0, 400);
        QStringList order;
        for (const PetitionRow &r : bySubmitter) {
            if (order.isEmpty() || order.last() != r.submitterName)
                order << r.submitterName;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("An Khang"), QStringLiteral("Ăn Uống"),
                                     QStringLiteral("Ân Bình"), QStringLiteral("Dương An"),
                                     QStringLiteral("Đỗ Hùng")}));
    }

    void searchOrderFollowsTheNumberOfMatches()
    {
        // Its own cache: 60 petitions all titled "Hồ sơ …"; "ngập" in the content of 10, 20 and 30, and in
        // the title of 10 (the title weighs more, so 10 is the best match although 30 is newer).
        CacheDatabase cache(m_dir.filePath(QStringLiteral("order.sqlite")));
        QVERIFY(cache.open());
        ChangePage page;
        for (qint64 id = 1; id <= 60; ++id) {
            const bool flooded = id % 10 == 0 && id <= 30;
            Petition p = test::makePetition(
                id,
                id == 10 ? QStringLiteral("Hồ sơ %1: đường ngập nước").arg(id)
                         : QStringLiteral("Hồ sơ %1").arg(id),
                flooded ? QStringLiteral("Khu phố bị ngập sau mưa, số %1.").arg(id) : QString());
            p.channel = id % 3 == 0 ? Channel::Zalo : Channel::Portal;
            page.petitions << p;
        }
        page.nextCursor = QStringLiteral("s60");
        QCOMPARE(PetitionStore(cache).applyChangePage(page), QString());
        auto ids = [](const QList<PetitionRow> &rows) {
            QList<qint64> out;
            for (const PetitionRow &r : rows)
                out << r.id;
            return out;
        };

        PetitionQuery query(cache.connection(), m_context);
        query.setRankAtMost(20);
        PetitionFilter f;
        f.sortKey = SortKey::Relevance;

        // Narrow (3 matches ≤ 20): by relevance, the title match first.
        f.search = QStringLiteral("ngập");
        const QList<qint64> narrow = ids(query.page(f, 0, 50));
        QCOMPARE(query.lastError(), QString());
        QCOMPARE(query.lastSearchOrder(), SearchOrder::Relevance);
        QCOMPARE(narrow.size(), 3);
        QCOMPARE(narrow.first(), 10);
        QCOMPARE(QSet<qint64>(narrow.begin(), narrow.end()), (QSet<qint64>{10, 20, 30}));
        QCOMPARE(query.count(f), 3);
        // The order is chosen from a count that stops one past the limit: exactly at it still ranked, one
        // match more newest first.
        query.setRankAtMost(3);
        QCOMPARE(ids(query.page(f, 0, 50)).first(), 10);
        QCOMPARE(query.lastSearchOrder(), SearchOrder::Relevance);
        query.setRankAtMost(2);
        QCOMPARE(ids(query.page(f, 0, 50)), (QList<qint64>{30, 20, 10}));
        QCOMPARE(query.lastSearchOrder(), SearchOrder::NewestFirst);
        QCOMPARE(query.count(f), 3);
        query.setRankAtMost(20);

        // Broad (60 matches > 20): newest first, page after page, and the exact count.
        f.search = QStringLiteral("ho so");
        QList<qint64> broad;
        for (qint64 offset = 0; offset < 60; offset += 25)
            broad << ids(query.page(f, offset, 25));
        QCOMPARE(query.lastSearchOrder(), SearchOrder::NewestFirst);
        QList<qint64> newestFirst;
        for (qint64 id = 60; id >= 1; --id)
            newestFirst << id;
        QCOMPARE(broad, newestFirst);
        QCOMPARE(query.count(f), 60);

        // Broad with a column filter: the same order over the filtered matches.
        f.channels = {Channel::Zalo};
        QList<qint64> zalo;
        for (qint64 id = 60; id >= 1; --id) {
            if (id % 3 == 0)
                zalo << id;
        }
        QCOMPARE(ids(query.page(f, 0, 50)), zalo);
        QCOMPARE(query.lastSearchOrder(), SearchOrder::NewestFirst);
        QCOMPARE(query.count(f), zalo.size());

        // The same broad search under the product's limit is ranked; sorted by a column it is not a search
        // order at all.
        f.channels.clear();
        PetitionQuery ranked(cache.connection(), m_context);
        QCOMPARE(ranked.page(f, 0, 50).size(), 50);
        QCOMPARE(ranked.lastSearchOrder(), SearchOrder::Relevance);
        f.sortKey = SortKey::Received;
        QCOMPARE(ranked.page(f, 0, 60).size(), 60);
        QCOMPARE(ranked.lastSearchOrder(), SearchOrder::None);
        QVERIFY(!ranked.searchIndexBuilding());
        cache.releaseThreadConnection();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    QList<Petition> m_all;
    ViewContext m_context;
};

QTEST_GUILESS_MAIN(TestPetitionQuery)
#include "tst_petitionquery.moc"
