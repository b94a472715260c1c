#include "store/aggregations.h"
#include "store/cachedatabase.h"
#include "store/drilldown.h"
#include "store/petitionstore.h"
#include "testpetitions.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QDate kToday(2025, 6, 10);

QDate vietnamDate(const QDateTime &utc)
{
    return utc.toUTC().addSecs(7 * 3600).date();
}

} // namespace

/// The dashboard's numbers, checked against counts this test computes itself in C++ over the same generated
/// petitions (not with the same SQL).
class TestAggregations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("agg.sqlite")));
        QVERIFY(m_db->open());
        QRandomGenerator rng(7);
        const QStringList units = {QStringLiteral("so-xay-dung"), QStringLiteral("p-hoan-kiem"),
                                   QStringLiteral("vp-ubnd")};
        const QStringList users = {QStringLiteral("an"), QStringLiteral("binh"), QString()};
        const QStringList fields = {QStringLiteral("dat_dai"), QStringLiteral("xay_dung"),
                                    QStringLiteral("y_te")};
        ChangePage page;
        for (qint64 id = 1; id <= 600; ++id) {
            Petition p = test::makePetition(id, QStringLiteral("P %1").arg(id));
            p.state = kAllPetitionStates[rng.bounded(int(std::size(kAllPetitionStates)))];
            p.channel = kAllChannels[rng.bounded(int(std::size(kAllChannels)))];
            p.unitId = units.at(rng.bounded(int(units.size())));
            p.assignee = users.at(rng.bounded(int(users.size())));
            p.fieldId = fields.at(rng.bounded(int(fields.size())));
            // Received between 2024-12-01 and today, at any hour (so the UTC+7 date boundary is exercised).
            p.receivedAt =
                QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC).addSecs(rng.bounded(0, 86400 * 190));
            p.dueDate =
                rng.bounded(6) == 0 ? QDate() : vietnamDate(p.receivedAt).addDays(rng.bounded(10, 40));
            page.petitions << p;
            if (p.dueDate.isValid() &&
                (p.state == PetitionState::Replied || p.state == PetitionState::Published))
                m_replied.insert(id, p.receivedAt.addSecs(rng.bounded(3600, 86400 * 45)));
        }
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
        m_all = page.petitions;
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("UPDATE petitions SET record = json_set(record, '$.replied_at', ?) WHERE id = ?"));
        for (auto it = m_replied.cbegin(); it != m_replied.cend(); ++it) {
            q.bindValue(0, it.value().toString(Qt::ISODate));
            q.bindValue(1, it.key());
            QVERIFY(q.exec());
        }
    }

    void openWorkloadPerAssigneeAndUnit()
    {
        QMap<QPair<QString, QString>, qint64> byAssignee, byUnit;
        for (const Petition &p : m_all) {
            if (!deadlineRuns(p.state))
                continue;
            ++byAssignee[{p.assignee, toWireName(p.state)}];
            ++byUnit[{p.unitId, toWireName(p.state)}];
        }
        const Aggregations agg(m_db->connection(), {}, m_calendar);
        QCOMPARE(toMap(agg.openByAssigneeAndState()), byAssignee);
        QCOMPARE(toMap(agg.openByUnitAndState()), byUnit);
        QCOMPARE(agg.lastError(), QString());
    }

    void filtersNarrowEverything()
    {
        AggregationFilter f;
        f.unitIds = {QStringLiteral("p-hoan-kiem")};
        f.channels = {Channel::Zalo, Channel::Portal};
        f.receivedFrom = QDate(2025, 1, 1);
        f.receivedTo = QDate(2025, 3, 31);
        QMap<QPair<QString, QString>, qint64> expected;
        for (const Petition &p : m_all) {
            const QDate d = vietnamDate(p.receivedAt);
            if (p.unitId == QLatin1String("p-hoan-kiem") &&
                (p.channel == Channel::Zalo || p.channel == Channel::Portal) && d >= f.receivedFrom &&
                d <= f.receivedTo)
                ++expected[{p.fieldId, QString()}];
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(toMap(Aggregations(m_db->connection(), f, m_calendar).byField()), expected);
    }

    void channelDistribution()
    {
        QMap<QPair<QString, QString>, qint64> expected;
        for (const Petition &p : m_all)
            ++expected[{toWireName(p.channel), QString()}];
        QCOMPARE(toMap(Aggregations(m_db->connection(), {}, m_calendar).byChannel()), expected);
    }

    void ageingBuckets()
    {
        QMap<QString, qint64> age, overdue;
        for (const Petition &p : m_all) {
            if (!deadlineRuns(p.state))
                continue;
            const qint64 days = vietnamDate(p.receivedAt).daysTo(kToday);
            age[days <= 5    ? "0-5"
                : days <= 10 ? "6-10"
                : days <= 20 ? "11-20"
                : days <= 30 ? "21-30"
                             : "31+"]++;
            if (p.dueDate.isValid() && p.dueDate < kToday) {
                // Working days, as the list's deadline column counts them; none yet (a day off right after
                // the deadline) is the first bucket.
                const int late = m_calendar.workingDaysBetween(p.dueDate, kToday);
                overdue[late <= 5 ? "1-5" : late <= 10 ? "6-10" : late <= 30 ? "11-30" : "31+"]++;
            }
        }
        const Aggregations agg(m_db->connection(), {}, m_calendar);
        const QList<Tally> ages = agg.ageSinceReceipt(kToday);
        QCOMPARE(ages.size(), 5);
        QCOMPARE(ages.first().key, QStringLiteral("0-5")); // buckets in order, empty ones too
        for (const Tally &t : ages)
            QCOMPARE(t.count, age.value(t.key));
        const QList<Tally> late = agg.daysOverdue(kToday);
        QCOMPARE(late.size(), 4);
        for (const Tally &t : late)
            QCOMPARE(t.count, overdue.value(t.key));
    }

    void onTimeAndLateByMonthOfReply()
    {
        QMap<QString, QPair<qint64, qint64>> expected;
        for (const Petition &p : m_all) {
            if (!m_replied.contains(p.id))
                continue;
            const QDate replied = vietnamDate(m_replied.value(p.id));
            auto &cell = expected[replied.toString(QStringLiteral("yyyy-MM"))];
            (replied <= p.dueDate ? cell.first : cell.second)++;
        }
        QVERIFY(expected.size() > 2);
        const QList<MonthOnTime> months = Aggregations(m_db->connection(), {}, m_calendar).onTimeByMonth();
        QCOMPARE(months.size(), expected.size());
        for (const MonthOnTime &m : months)
            QCOMPARE(qMakePair(m.onTime, m.late), expected.value(m.month));
    }

    void overdueListIsMostOverdueFirst()
    {
        QList<QPair<QDate, qint64>> expected;
        for (const Petition &p : m_all) {
            if (deadlineRuns(p.state) && p.dueDate.isValid() && p.dueDate < kToday)
                expected << qMakePair(p.dueDate, p.id);
        }
        std::sort(expected.begin(), expected.end());
        const Aggregations agg(m_db->connection(), {}, m_calendar);
        const QList<OverdueRow> rows = agg.overdue(kToday, 10);
        QCOMPARE(rows.size(), 10);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).id, expected.at(i).second);
            QCOMPARE(rows.at(i).daysOverdue, m_calendar.workingDaysBetween(expected.at(i).first, kToday));
        }
        QCOMPARE(agg.overdueCount(kToday), qint64(expected.size()));
    }

    // Every bar and slice of every chart, under a narrowing filter and without: the list filter it opens
    // selects exactly the petitions it counts — the same number, and each of them matches the element.
    void drillDownSelectsExactlyThePetitionsCounted_data()
    {
        QTest::addColumn<bool>("narrowed");
        QTest::newRow("all") << false;
        QTest::newRow("unit, field and period") << true;
    }
    void drillDownSelectsExactlyThePetitionsCounted()
    {
        QFETCH(bool, narrowed);
        AggregationFilter f;
        if (narrowed) {
            f.unitIds = {QStringLiteral("p-hoan-kiem"), QStringLiteral("so-xay-dung")};
            f.fieldIds = {QStringLiteral("dat_dai"), QStringLiteral("y_te")};
            f.receivedFrom = QDate(2025, 1, 15);
            f.receivedTo = QDate(2025, 6, 5);
        }
        const Aggregations agg(m_db->connection(), f, m_calendar);
        ViewContext context;
        context.today = kToday;
        const PetitionQuery query(m_db->connection(), context);
        int checked = 0;
        auto check = [&](DashboardChart chart, const QString &key, const QString &subKey, qint64 count) {
            const std::optional<PetitionFilter> filter =
                drillDownFilter(f, chart, key, subKey, kToday, m_calendar);
            QVERIFY2(filter, qPrintable(key + QLatin1Char('/') + subKey));
            QCOMPARE(query.count(*filter), count);
            QCOMPARE(query.lastError(), QString());
            ++checked;
        };
        for (const Tally &t : agg.openByAssigneeAndState())
            check(DashboardChart::WorkloadByAssignee, t.key, t.subKey, t.count);
        for (const Tally &t : agg.openByUnitAndState())
            check(DashboardChart::WorkloadByUnit, t.key, t.subKey, t.count);
        for (const MonthOnTime &m : agg.onTimeByMonth()) {
            check(DashboardChart::OnTimeByMonth, m.month, QStringLiteral("on_time"), m.onTime);
            check(DashboardChart::OnTimeByMonth, m.month, QStringLiteral("late"), m.late);
        }
        for (const Tally &t : agg.ageSinceReceipt(kToday))
            check(DashboardChart::AgeSinceReceipt, t.key, QString(), t.count);
        for (const Tally &t : agg.daysOverdue(kToday))
            check(DashboardChart::DaysOverdue, t.key, QString(), t.count);
        for (const Tally &t : agg.byChannel())
            check(DashboardChart::Channel, t.key, QString(), t.count);
        for (const Tally &t : agg.byField())
            check(DashboardChart::Field, t.key, QString(), t.count);
        QVERIFY(checked > 40);

        // The rows themselves, for one element: the late replies of one month are late replies of that month.
        const QList<MonthOnTime> months = agg.onTimeByMonth();
        const auto withLate =
            std::find_if(months.begin(), months.end(), [](const MonthOnTime &m) { return m.late > 0; });
        QVERIFY(withLate != months.end());
        const PetitionFilter late = *drillDownFilter(f, DashboardChart::OnTimeByMonth, withLate->month,
                                                     QStringLiteral("late"), kToday, m_calendar);
        const QList<PetitionRow> rows = query.page(late, 0, 1000);
        QCOMPARE(rows.size(), int(withLate->late));
        for (const PetitionRow &r : rows) {
            const QDate replied = vietnamDate(m_replied.value(r.id));
            QCOMPARE(replied.toString(QStringLiteral("yyyy-MM")), withLate->month);
            QVERIFY(replied > r.dueDate);
        }
    }

    void drillDownRefusesKeysTheChartDoesNotHave()
    {
        QVERIFY(!drillDownFilter({}, DashboardChart::AgeSinceReceipt, QStringLiteral("7-9"), {}, kToday,
                                 m_calendar));
        QVERIFY(!drillDownFilter({}, DashboardChart::WorkloadByUnit, QStringLiteral("x"),
                                 QStringLiteral("published"), kToday,
                                 m_calendar)); // the deadline does not run there
        QVERIFY(!drillDownFilter({}, DashboardChart::OnTimeByMonth, QStringLiteral("2025-13"),
                                 QStringLiteral("late"), kToday, m_calendar));
        QVERIFY(
            !drillDownFilter({}, DashboardChart::Channel, QStringLiteral("pigeon"), {}, kToday, m_calendar));
    }

private:
    static QMap<QPair<QString, QString>, qint64> toMap(const QList<Tally> &tallies)
    {
        QMap<QPair<QString, QString>, qint64> m;
        for (const Tally &t : tallies)
            m[{t.key, t.subKey}] = t.count;
        return m;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    const WorkingCalendar m_calendar; // the statutory days off (no published overrides)
    QList<Petition> m_all;
    QMap<qint64, QDateTime> m_replied;
};

QTEST_GUILESS_MAIN(TestAggregations)
#include "tst_aggregations.moc"
