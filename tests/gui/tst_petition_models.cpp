#include "cachefacets.h"
#include "cachereader.h"
#include "calendar/deadlinepolicy.h"
#include "deadlinedisplay.h"
#include "guitestsupport.h"
#include "inboxpolicy.h"
#include "outboxmodel.h"
#include "petitionlistmodel.h"
#include "savedviewmodel.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "syncedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pakn;

namespace {

/// A table of numbers, refreshed by key like the cache models: the smallest model that exercises
/// SyncedTableModel.
class NumberModel : public SyncedTableModel
{
public:
    QList<QPair<int, QString>> rows; // key, value
    void assign(const QList<QPair<int, QString>> &fresh)
    {
        syncRows(
            rows, fresh, [](const QPair<int, QString> &r) { return r.first; },
            [](const QPair<int, QString> &a, const QPair<int, QString> &b) { return a == b; }, syncSteps());
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const auto &r = rows.at(index.row());
        return index.column() == 0 ? QVariant(r.first) : QVariant(r.second);
    }
};

QList<QPair<int, QString>> randomRows(QRandomGenerator &rng)
{
    QList<QPair<int, QString>> rows;
    const int n = int(rng.bounded(15));
    for (int i = 0; i < n; ++i) {
        const int key = int(rng.bounded(25));
        if (std::none_of(rows.begin(), rows.end(), [key](const auto &r) { return r.first == key; }))
            rows.append({key, QString::number(rng.bounded(3))});
    }
    return rows;
}

/// Waits (event loop running) until the outbox model shows the items last asked for; false on time-out.
bool waitForOutbox(OutboxModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 30000);
}

} // namespace

/// The item models over the cache, each under QAbstractItemModelTester, against a cache filled by a real sync
/// from pakn-server (as the leader of Sở Xây dựng, who sees two units). A refresh after the cache changed
/// must never reset a model: views keep their selection.
class TestPetitionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_account = std::make_unique<AccountController>(m_profile.path(), test::memorySecrets());
        m_account->setAutoSyncInterval(0);
        error =
            test::signInAndSync(m_account.get(), test::demoSignIn(m_server, QStringLiteral("lanhdao.xd")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_cache = m_account->cache();
        const QStringList units = inbox::unitSubtree(m_account->user(), CacheFacets::read(*m_cache).unitIds);
        QCOMPARE(units, (QStringList{QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")}));
        m_context = inbox::viewContext(m_account->user(), units, inbox::vietnamToday(), WorkingCalendar());
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        m_account.reset();
    }

    void subtreeWithoutTheCacheIsTheSameSubtree()
    {
        // Every combination of roles: when the subtree is known without the cache (MainWindow then reads the
        // lists before the units in the cache are known), it is the one the cache's units give.
        const QStringList units = CacheFacets::read(*m_cache).unitIds;
        QVERIFY(units.size() > 1);
        int known = 0;
        for (int mask = 0; mask < (1 << std::size(kAllRoles)); ++mask) {
            User user;
            user.unitId = QStringLiteral("so-xay-dung");
            for (int i = 0; i < int(std::size(kAllRoles)); ++i) {
                if (mask & (1 << i))
                    user.roles << toWireName(kAllRoles[i]);
            }
            const std::optional<QStringList> own = inbox::unitSubtreeWithoutCache(user);
            const bool leader = user.hasRole(Role::Leader) && !user.hasRole(Role::CityOffice);
            QCOMPARE(own.has_value(), !leader);
            if (own) {
                ++known;
                QCOMPARE(*own, inbox::unitSubtree(user, units));
                QCOMPARE(*own, QStringList{user.unitId});
            } else {
                QVERIFY(inbox::unitSubtree(user, units).size() > 1);
            }
        }
        QCOMPARE(known, 12); // 16 combinations, 4 of them a leader outside the city office
    }

    void facetsAreTheDistinctFieldsAndUnitsInOrder()
    {
        // The skip scan must list exactly what SELECT DISTINCT … ORDER BY lists.
        auto distinct = [this](const QString &column) {
            QSqlQuery q(m_cache->connection());
            QStringList values;
            if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM petitions ORDER BY %1").arg(column)))
                return values;
            while (q.next())
                values.append(q.value(0).toString());
            return values;
        };
        const CacheFacets facets = CacheFacets::read(*m_cache);
        QVERIFY(facets.unitIds.size() > 1);
        QVERIFY(facets.fieldIds.size() > 1);
        QCOMPARE(facets.unitIds, distinct(QStringLiteral("unit_id")));
        QCOMPARE(facets.fieldIds, distinct(QStringLiteral("field_id")));
    }

    void mergingByKeyKeepsPersistentIndexes()
    {
        QRandomGenerator rng(20261128);
        NumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int round = 0; round < 500; ++round) {
            // Pin every row by a persistent index; after the merge each must still show its key or be gone.
            QList<QPair<QPersistentModelIndex, int>> pinned;
            for (int row = 0; row < model.rowCount(); ++row)
                pinned.append({QPersistentModelIndex(model.index(row, 1)), model.rows.at(row).first});
            const auto fresh = randomRows(rng);
            model.assign(fresh);
            QCOMPARE(model.rows, fresh);
            for (const auto &[index, key] : pinned) {
                const bool kept = std::any_of(fresh.begin(), fresh.end(),
                                              [key = key](const auto &r) { return r.first == key; });
                QCOMPARE(index.isValid(), kept);
                if (kept)
                    QCOMPARE(model.index(index.row(), 0).data().toInt(), key);
            }
        }
        QCOMPARE(resets.count(), 0);
    }

    /// A new filter's first read brings a screenful and a margin, not a whole page; the rest comes with
    /// fetchMore, a page at a time.
    void firstReadIsAScreenful()
    {
        PetitionListModel model;
        model.setVisibleRows(10);
        QCOMPARE(model.firstPageRows(), PetitionListModel::kMinFirstPage);
        model.setVisibleRows(1000);
        QCOMPARE(model.firstPageRows(), PetitionListModel::pageSize());
        model.setVisibleRows(100);
        QCOMPARE(model.firstPageRows(), 116);
        model.setVisibleRows(30);
        const qint64 all = PetitionQuery(m_cache->connection(), m_context).count(PetitionFilter());
        QVERIFY2(all > PetitionListModel::kMinFirstPage, "the demo data must need more than the first read");
        const int afterOnePage =
            int(std::min<qint64>(all, PetitionListModel::kMinFirstPage + PetitionListModel::pageSize()));
        model.setCache(m_cache, m_context);
        QVERIFY(test::waitForList(&model));
        QCOMPARE(model.rowCount(), PetitionListModel::kMinFirstPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(), afterOnePage);
        // A refresh re-reads what is loaded, not only a first read's worth.
        QSignalSpy loaded(&model, &PetitionListModel::loaded);
        model.refresh();
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(model.rowCount(), afterOnePage);
    }

    void listModelPassesTheTesterInEveryOrderAndFilter()
    {
        PetitionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would call fetchMore from its own modelReset handler, before it considers the reset
        // over, and then flag the rows fetchMore inserts; the test fetches itself, and the tester checks
        // those.
        tester.setUseFetchMore(false);
        model.setCache(m_cache, m_context);
        test::fetchAll(&model);
        const qint64 all = PetitionQuery(m_cache->connection(), m_context).count(PetitionFilter());
        QVERIFY(all > 0);
        QCOMPARE(model.rowCount(), int(all));
        QCOMPARE(model.totalCount(), all);

        // Every sortable column, both ways, lists the same rows as the query.
        for (int column = 0; column < PetitionListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QVERIFY(test::waitForList(&model));
                const std::optional<SortKey> key = PetitionListModel::sortKeyOfColumn(column);
                QVERIFY(key);
                QCOMPARE(model.filter().sortKey, *key);
                PetitionFilter f;
                f.sortKey = *key;
                f.sortOrder = order;
                const QList<PetitionRow> expected =
                    PetitionQuery(m_cache->connection(), m_context).page(f, 0, model.firstPageRows());
                QCOMPARE(model.rowCount(), int(expected.size()));
                for (int row = 0; row < model.rowCount(); ++row)
                    QCOMPARE(model.index(row, 0).data(PetitionListModel::PetitionIdRole).toLongLong(),
                             expected.at(row).id);
            }
        }

        // Column filters and a search.
        PetitionFilter f;
        f.states = {PetitionState::InProgress, PetitionState::AwaitingApproval};
        f.channels = {Channel::Zalo, Channel::Portal, Channel::Hotline};
        model.setFilter(f);
        test::fetchAll(&model);
        QCOMPARE(model.rowCount(), int(PetitionQuery(m_cache->connection(), m_context).count(f)));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString state = model.index(row, PetitionListModel::StateColumn).data().toString();
            QVERIFY(state == displayLabel(PetitionState::InProgress) ||
                    state == displayLabel(PetitionState::AwaitingApproval));
        }
        f = PetitionFilter();
        f.search = QStringLiteral("giấy phép xây dựng");
        model.setFilter(f);
        QVERIFY(test::waitForList(&model));
        QCOMPARE(model.index(0, 0).data(PetitionListModel::SearchTermsRole).toStringList(),
                 (QStringList{QStringLiteral("giay"), QStringLiteral("phep"), QStringLiteral("xay"),
                              QStringLiteral("dung")}));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.lastError().isEmpty());
    }

    void deadlineCellSaysDaysLeftInTextAndColour()
    {
        PetitionListModel model;
        model.setCache(m_cache, m_context);
        test::fetchAll(&model);
        int overdue = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, PetitionListModel::DeadlineColumn);
            const QVariant state = cell.data(PetitionListModel::DeadlineStateRole);
            if (!state.isValid())
                continue;
            const int left = cell.data(PetitionListModel::WorkingDaysLeftRole).toInt();
            const QString text = cell.data().toString();
            if (DeadlineState(state.toInt()) == DeadlineState::Overdue) {
                ++overdue;
                QVERIFY2(text.contains(QString::number(-left)) || left == 0, qPrintable(text));
                QVERIFY(cell.data(Qt::BackgroundRole).isValid());
                QVERIFY(cell.data(Qt::ForegroundRole).isValid());
            } else if (DeadlineState(state.toInt()) == DeadlineState::Within) {
                QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY2(overdue > 0, "the demo data has overdue petitions in the leader's units");
    }

    void deadlineCellsDescribeTheirOwnRowOnTheDayShown()
    {
        // A view asks for every role of one cell before the next cell (the model keeps the last deadline it
        // described); read here role by role across the rows instead, then again after the day moved on
        // starting with the row read last, and each answer must be its own row's, on the day shown.
        PetitionListModel model;
        model.setCache(m_cache, m_context);
        test::fetchAll(&model);
        QVERIFY(model.rowCount() > 10);
        const int roles[] = {Qt::DisplayRole,
                             Qt::ToolTipRole,
                             Qt::AccessibleTextRole,
                             Qt::ForegroundRole,
                             Qt::BackgroundRole,
                             PetitionListModel::DeadlineStateRole,
                             PetitionListModel::WorkingDaysLeftRole};
        auto expectedOf = [&](int row, int role, const QDate &today) -> QVariant {
            const PetitionRow &r = model.rowAt(row);
            const DeadlineDisplay d = DeadlineDisplay::describe(r.state, r.dueDate, today, model.calendar(),
                                                                inbox::kDueSoonWorkingDays);
            switch (role) {
            case Qt::DisplayRole:
                return d.text;
            case Qt::ToolTipRole:
            case Qt::AccessibleTextRole:
                return d.toolTip.isEmpty() ? QVariant() : QVariant(d.toolTip);
            case Qt::ForegroundRole:
                return d.foreground.isValid() ? QVariant(d.foreground) : QVariant();
            case Qt::BackgroundRole:
                return d.background.isValid() ? QVariant(d.background) : QVariant();
            case PetitionListModel::DeadlineStateRole:
                return d.state ? QVariant(int(*d.state)) : QVariant();
            default:
                return d.state ? QVariant(d.workingDaysLeft) : QVariant();
            }
        };
        int running = -1; // the first row whose deadline runs
        auto checkAll = [&](const QDate &today) {
            running = -1;
            for (int role : roles) {
                for (int row = 0; row < model.rowCount(); ++row) {
                    const QVariant got = model.index(row, PetitionListModel::DeadlineColumn).data(role);
                    QCOMPARE(got, expectedOf(row, role, today));
                    if (running < 0 && role == PetitionListModel::DeadlineStateRole && got.isValid())
                        running = row;
                }
            }
        };
        checkAll(m_context.today);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(running >= 0, "the demo data has running deadlines");
        const QString then = model.index(running, PetitionListModel::DeadlineColumn).data().toString();
        const qint64 runningId = model.rowAt(running).id;
        // The same rows nine days later: the cell read last is read first again, and must say so.
        ViewContext later = m_context;
        later.today = m_context.today.addDays(9);
        model.setCache(m_cache, later);
        test::fetchAll(&model);
        QCOMPARE(model.rowAt(running).id, runningId); // the same petition in the same row
        const QString now = model.index(running, PetitionListModel::DeadlineColumn).data().toString();
        QCOMPARE(now, expectedOf(running, Qt::DisplayRole, later.today).toString());
        QVERIFY2(now != then, qPrintable(now));
        checkAll(later.today);
    }

    void refreshAfterTheCacheChangedMergesWithoutReset()
    {
        PetitionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // as above
        model.setCache(m_cache, m_context);
        QVERIFY(test::waitForList(&model));
        QVERIFY(model.rowCount() > 10);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        PetitionStore store(*m_cache);
        const qint64 selectedId = model.index(5, 0).data(PetitionListModel::PetitionIdRole).toLongLong();
        const QPersistentModelIndex selected(model.index(5, PetitionListModel::TitleColumn));
        const qint64 goneId = model.index(2, 0).data(PetitionListModel::PetitionIdRole).toLongLong();

        // What a sync brings: a changed petition, a new one received just now, one that left the scope.
        Petition changedOne = *store.petition(selectedId);
        changedOne.version += 1;
        changedOne.title = QStringLiteral("Tiêu đề đã sửa trên máy chủ");
        Petition newOne = *store.petition(goneId);
        newOne.id = 900001;
        newOne.code = QStringLiteral("PAKN.20261128.9001");
        newOne.version = 1;
        newOne.receivedAt = QDateTime::currentDateTimeUtc();
        ChangePage page;
        page.petitions = {changedOne, newOne};
        page.tombstones = {Tombstone{goneId}};
        page.nextCursor = store.syncCursor();
        QCOMPARE(store.applyChangePage(page), QString());
        model.refresh();
        QVERIFY(test::waitForList(&model));

        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() > 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), changedOne.title);
        QCOMPARE(model.index(selected.row(), 0).data(PetitionListModel::PetitionIdRole).toLongLong(),
                 selectedId);
        QCOMPARE(model.rowOfPetition(goneId), -1);
        QCOMPARE(model.rowOfPetition(newOne.id), 0);
        const QList<PetitionRow> expected =
            PetitionQuery(m_cache->connection(), m_context).page(PetitionFilter(), 0, model.rowCount());
        QCOMPARE(test::columnValues(&model, PetitionListModel::PetitionIdRole).size(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(PetitionListModel::PetitionIdRole).toLongLong(),
                     expected.at(row).id);
    }

    void savedViewCountsRefreshWithoutReset()
    {
        SavedViewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache, m_context);
        model.setViews(inbox::savedViewsFor(m_account->user()));
        // Not counted yet: "…", not a misleading 0.
        QVERIFY(model.isCounting());
        QCOMPARE(model.count(SavedView::All), -1);
        QCOMPARE(model.index(model.rowOfView(SavedView::All), SavedViewModel::CountColumn).data().toString(),
                 QStringLiteral("…"));
        QVERIFY(test::waitForCounts(&model));
        // A leader sees the approval queue and the unit's views, and every personal view.
        for (SavedView v :
             {SavedView::AwaitingMyApproval, SavedView::ToAssign, SavedView::MyUnit, SavedView::AssignedToMe,
              SavedView::DueSoon, SavedView::Overdue, SavedView::Drafts, SavedView::Outbox, SavedView::All})
            QVERIFY2(model.rowOfView(v) >= 0, qPrintable(savedViewId(v)));
        QCOMPARE(model.rowOfView(SavedView::ToReceive), -1);

        const QList<qint64> counts = PetitionQuery(m_cache->connection(), m_context).savedViewCounts();
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto view = SavedView(model.index(row, 0).data(SavedViewModel::ViewRole).toInt());
            const qint64 expected =
                counts.at(std::find(std::begin(kAllSavedViews), std::end(kAllSavedViews), view) -
                          std::begin(kAllSavedViews));
            QCOMPARE(
                model.index(row, SavedViewModel::CountColumn).data(SavedViewModel::CountRole).toLongLong(),
                expected);
        }

        // Queue a command: the outbox view's count goes up by one, reported as a data change.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 before = model.count(SavedView::Outbox);
        const qint64 id = PetitionStore(*m_cache).allIds().first();
        QVERIFY(Outbox(*m_cache).enqueue(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("x")}},
                                         1, {}, nullptr) > 0);
        model.refresh();
        QVERIFY(test::waitForCounts(&model));
        QCOMPARE(model.count(SavedView::Outbox), before + 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfView(SavedView::Outbox));
        Outbox(*m_cache).drop(Outbox(*m_cache).all().last().id);
    }

    void listQueriesRunOnTheReaderThreadNeverTheGuiThread()
    {
        PetitionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // as above
        model.setCache(m_cache, m_context);
        // Nothing is read on the calling (GUI) thread: the rows come later, from the reader's thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(test::waitForList(&model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.lastQueryThread() != nullptr);
        QVERIFY(model.lastQueryThread() != QThread::currentThread());
        QCOMPARE(model.lastQueryThread(), model.reader()->workerThread());

        PetitionFilter f;
        f.search = QStringLiteral("xây dựng");
        f.sortKey = SortKey::Relevance;
        model.setFilter(f);
        QVERIFY(model.isLoading());
        QVERIFY(test::waitForList(&model));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.lastQueryThread(), model.reader()->workerThread());
        QCOMPARE(model.totalCount(), PetitionQuery(m_cache->connection(), m_context).count(f));
        // The order the reader used comes with the rows (few matches: ranked), and the index is complete.
        QCOMPARE(model.searchOrder(), SearchOrder::Relevance);
        QVERIFY(!model.searchIndexBuilding());
        f.search.clear();
        model.setFilter(f);
        QVERIFY(test::waitForList(&model));
        QCOMPARE(model.searchOrder(), SearchOrder::None);
    }

    void aStaleAnswerNeverOverwritesANewerOne()
    {
        PetitionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // as above
        model.setCache(m_cache, m_context);
        QVERIFY(test::waitForList(&model));

        // Three keystrokes in a row, faster than the reader answers: only the last one's rows may show.
        PetitionFilter older;
        older.search = QStringLiteral("gi");
        older.sortKey = SortKey::Relevance;
        PetitionFilter newer = older;
        newer.search = QStringLiteral("giấy phép");
        PetitionFilter newest;
        newest.view = SavedView::Overdue;
        newest.sortKey = SortKey::Deadline;
        newest.sortOrder = Qt::AscendingOrder;
        QList<QList<qint64>> shown;
        connect(&model, &PetitionListModel::loaded, &model,
                [&] { shown.append(test::columnValues(&model, PetitionListModel::PetitionIdRole)); });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter(older);
        model.setFilter(newer);
        model.setFilter(newest);
        QVERIFY(test::waitForList(&model));
        // Let any late answer of the older requests arrive (the reader answers in order).
        QSignalSpy drained(&model, &PetitionListModel::loaded);
        model.refresh();
        QVERIFY(drained.wait(30000));

        QList<qint64> expected;
        for (const PetitionRow &r :
             PetitionQuery(m_cache->connection(), m_context).page(newest, 0, model.firstPageRows()))
            expected.append(r.id);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown.size(), 2); // the newest filter's rows, then the refresh
        QCOMPARE(shown.first(), expected);
        QCOMPARE(shown.last(), expected);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.filter().view, SavedView::Overdue);
        QCOMPARE(model.totalCount(), PetitionQuery(m_cache->connection(), m_context).count(newest));
    }

    void outboxModelShowsEachItemsStateAndMergesChanges()
    {
        Outbox outbox(*m_cache);
        const QList<qint64> ids = PetitionStore(*m_cache).allIds();
        const QJsonObject base{{QStringLiteral("code"), QStringLiteral("PAKN.20261128.0042")}};
        const qint64 a = outbox.enqueue(
            ids.at(0), Command::Note, {{QStringLiteral("text"), QStringLiteral("Đã gọi điện cho công dân")}},
            1, base, nullptr);
        const qint64 b = outbox.enqueue(ids.at(1), Command::Approve, {}, 1, {}, nullptr);
        const qint64 c = outbox.enqueue(ids.at(1), Command::Note, {}, 1, {}, nullptr);
        QVERIFY(a > 0 && b > 0 && c > 0);

        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache);
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OutboxModel::PetitionColumn).data().toString(),
                 QStringLiteral("PAKN.20261128.0042"));
        QCOMPARE(model.index(0, OutboxModel::ActionColumn).data().toString(), displayLabel(Command::Note));
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(),
                 OutboxModel::stateLabel(OutboxState::Queued));
        QCOMPARE(model.index(0, OutboxModel::DetailColumn).data().toString(),
                 QStringLiteral("Đã gọi điện cho công dân"));
        QVERIFY(!model.index(0, 0).data(OutboxModel::CanRetryRole).toBool());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(outbox.markSending(b));
        QVERIFY(outbox.markFailed(b, QStringLiteral("403 forbidden")));
        QVERIFY(outbox.drop(a));
        model.refresh();
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(),
                 OutboxModel::stateLabel(OutboxState::Failed));
        QVERIFY(model.index(0, OutboxModel::DetailColumn).data().toString().contains(QStringLiteral("403")));
        QVERIFY(model.index(0, 0).data(OutboxModel::CanRetryRole).toBool());
        QVERIFY(model.index(0, 0).data(OutboxModel::CanDropRole).toBool());

        // One petition's items only.
        model.setPetition(ids.at(1));
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(model.rowCount(), 2);
        model.setPetition(ids.at(0));
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(model.rowCount(), 0);
        outbox.drop(b);
        outbox.drop(c);
    }

    void outboxReadsRunOnTheReaderThreadNeverTheGuiThread()
    {
        Outbox outbox(*m_cache);
        const QList<qint64> ids = PetitionStore(*m_cache).allIds();
        const qint64 a = outbox.enqueue(ids.at(0), Command::Note,
                                        {{QStringLiteral("text"), QStringLiteral("a")}}, 1, {}, nullptr);
        const qint64 b = outbox.enqueue(ids.at(1), Command::Note,
                                        {{QStringLiteral("text"), QStringLiteral("b")}}, 1, {}, nullptr);
        QVERIFY(a > 0 && b > 0);

        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache);
        // Nothing is read on the calling (GUI) thread: the items come later, from the reader's thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.lastQueryThread() != nullptr);
        QVERIFY(model.lastQueryThread() != QThread::currentThread());
        QCOMPARE(model.lastQueryThread(), model.reader()->workerThread());

        // A petition chosen and another chosen before the first answer came: only the latest one's items
        // are shown, never the first one's on the way.
        QSignalSpy loaded(&model, &OutboxModel::loaded);
        model.setPetition(ids.at(0));
        model.setPetition(ids.at(1));
        QCOMPARE(model.rowCount(), 0); // emptied at once, not the whole outbox meanwhile
        QVERIFY(waitForOutbox(&model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.item(0).id, b);
        QCOMPARE(model.lastQueryThread(), model.reader()->workerThread());
        QVERIFY(outbox.drop(a));
        QVERIFY(outbox.drop(b));
    }

private:
    test::ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<AccountController> m_account;
    std::shared_ptr<const CacheDatabase> m_cache;
    ViewContext m_context;
};

QTEST_MAIN(TestPetitionModels)
#include "tst_petition_models.moc"
