// Benchmark of the supervisor dashboard and the periodic report over a large cache (issue 7: "the dashboard
// stays responsive at 100,000 petitions"; the note gives the refresh time against a plain SELECT COUNT(*)).
//
// Builds a fresh cache of N generated petitions (benchpetitions.h, with replies recorded for the closed ones
// and a classification for most) through PetitionStore::applyChangePage, then measures on one connection,
// after warm-ups: the whole dashboard read (Aggregations::snapshot: seven GROUP BY queries, the overdue list
// and the approval count) unfiltered and filtered, one drill-down count, and a quarter's report — each
// against `SELECT COUNT(*) FROM petitions` measured in the same run. Then the refresh as the dashboard does
// it: DashboardLoader on the thread pool while this (the "GUI") thread runs a 5 ms timer, reporting the
// request-to- result time and the longest gap between timer ticks (what a user would feel as a stall). Checks
// that the snapshot's open total equals a COUNT(*) of the running states; exits 1 if not.
//
//   bench_dashboard [--petitions N] [--runs N]

#include "benchpetitions.h"
#include "benchreport.h"
#include "dashboardloader.h"
#include "reports/report.h"
#include "store/cachedatabase.h"
#include "store/drilldown.h"
#include "store/petitionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace pakn;
using namespace pakn::bench;

namespace {

constexpr quint32 kSeed = 20250610;
constexpr int kWarmups = 2;
constexpr int kWritePageSize = 1000;

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

/// Writes `petitions` generated petitions through the sync engine's path (pages of 1,000), with replies
/// recorded for the closed ones and a classification for most; returns the milliseconds spent writing.
double writePetitions(const CacheDatabase &cache, qint64 petitions)
{
    PetitionStore store(cache);
    PetitionGenerator generator(kSeed, petitions);
    QRandomGenerator rng(kSeed);
    double writeMs = 0;
    for (qint64 first = 1; first <= petitions; first += kWritePageSize) {
        ChangePage page;
        for (qint64 id = first; id < first + kWritePageSize && id <= petitions; ++id) {
            Petition p = generator.make(id);
            if (!deadlineRuns(p.state) && p.state != PetitionState::NotAccepted &&
                p.state != PetitionState::Forwarded && p.dueDate.isValid())
                p.repliedAt = p.receivedAt.addSecs(rng.bounded(3600, 86400 * 40)); // some after the deadline
            if (rng.bounded(5) != 0)
                p.classification = Classification{rng.bounded(3) ? ClassificationKind::Regulation
                                                                 : ClassificationKind::Conduct,
                                                  Competence::Own};
            page.petitions << p;
        }
        page.nextCursor = QString::number(first);
        QElapsedTimer timer;
        timer.start();
        if (const QString error = store.applyChangePage(page); !error.isEmpty())
            qFatal("applyChangePage failed: %s", qPrintable(error));
        writeMs += double(timer.nsecsElapsed()) / 1e6;
    }
    return writeMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 petitions = 100000;
    int runs = 15;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--petitions"))
            petitions = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (petitions < 1000 || runs < 1) {
        std::fprintf(stderr, "usage: bench_dashboard [--petitions N>=1000] [--runs N]\n");
        return 2;
    }

    QTemporaryDir dir;
    auto cache = std::make_shared<CacheDatabase>(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!cache->open())
        qFatal("cannot open the cache");
    QSqlDatabase db = cache->connection();
    writePetitions(*cache, petitions);
    scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    const ViewContext context = benchViewContext();
    const QDate today = context.today;
    AggregationFilter year;
    year.receivedFrom = QDate(today.year(), 1, 1);
    year.receivedTo = QDate(today.year(), 12, 31);
    year.unitIds = context.unitSubtree;

    ResultTable table;
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions")) != petitions)
        qFatal("the cache does not hold the petitions written");
    const Timing count =
        measure(kWarmups, runs, [&] { return scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions")); });
    const QString baseline = QStringLiteral("`SELECT COUNT(*) FROM petitions`");
    table.add(QStringLiteral("`SELECT COUNT(*) FROM petitions` (the baseline itself)"), count);
    // A second reference: the cheapest GROUP BY over every row, what any per-state chart costs at least.
    const Timing groupBy = measure(kWarmups, runs, [&] {
        return scalar(
            db, QStringLiteral(
                    "SELECT COUNT(*) FROM (SELECT unit_id, state, COUNT(*) FROM petitions GROUP BY 1, 2)"));
    });
    table.add(QStringLiteral("`SELECT unit_id, state, COUNT(*) … GROUP BY 1, 2` (every row, one index)"),
              groupBy, baseline, count);
    const Timing all = measure(kWarmups, runs, [&] {
        return Aggregations(db, {}, WorkingCalendar())
            .snapshot(today, context.unitSubtree, DashboardLoader::kOverdueRows)
            .overdueTotal;
    });
    table.add(QStringLiteral("dashboard read, all petitions (`Aggregations::snapshot`)"), all, baseline,
              count);
    // Its parts, to see where the time goes.
    const Aggregations parts(db, {}, WorkingCalendar());
    const QList<QPair<QString, std::function<qint64()>>> queries = {
        {QStringLiteral("open per officer and state"),
         [&] { return qint64(parts.openByAssigneeAndState().size()); }},
        {QStringLiteral("open per unit and state"),
         [&] { return qint64(parts.openByUnitAndState().size()); }},
        {QStringLiteral("on time / late per month"), [&] { return qint64(parts.onTimeByMonth().size()); }},
        {QStringLiteral("age buckets"), [&] { return qint64(parts.ageSinceReceipt(today).size()); }},
        {QStringLiteral("overdue buckets"), [&] { return qint64(parts.daysOverdue(today).size()); }},
        {QStringLiteral("by channel"), [&] { return qint64(parts.byChannel().size()); }},
        {QStringLiteral("by field"), [&] { return qint64(parts.byField().size()); }},
        {QStringLiteral("overdue list (200 rows)"), [&] { return qint64(parts.overdue(today, 200).size()); }},
    };
    for (const auto &query : queries)
        table.add(QStringLiteral("… of which: ") + query.first, measure(kWarmups, runs, query.second),
                  baseline, count);
    const Timing filtered = measure(kWarmups, runs, [&] {
        return Aggregations(db, year, WorkingCalendar())
            .snapshot(today, context.unitSubtree, DashboardLoader::kOverdueRows)
            .overdueTotal;
    });
    table.add(QStringLiteral("dashboard read, one year and one unit subtree"), filtered, baseline, count);
    const PetitionFilter late = *drillDownFilter({}, DashboardChart::OnTimeByMonth,
                                                 today.addMonths(-1).toString(QStringLiteral("yyyy-MM")),
                                                 QStringLiteral("late"), today, WorkingCalendar());
    const PetitionQuery query(db, context);
    const Timing drill = measure(kWarmups, runs, [&] { return query.count(late); });
    table.add(QStringLiteral("drill-down count: late replies of last month"), drill, baseline, count);
    const ReportPeriod quarter = ReportPeriod::containing(ReportPeriodKind::Quarter, today);
    const Timing report = measure(
        kWarmups, runs, [&] { return ReportBuilder(db).build(quarter, {}, today).total.values.value(0); });
    table.add(QStringLiteral("periodic report of a quarter, all units (`ReportBuilder::build`)"), report,
              baseline, count);

    // The check: the dashboard's open total is the number of petitions in a running state.
    const DashboardSnapshot snapshot =
        Aggregations(db, {}, WorkingCalendar()).snapshot(today, context.unitSubtree, 200);
    qint64 open = 0;
    for (const Tally &t : snapshot.workloadByUnit)
        open += t.count;
    QStringList running;
    for (PetitionState s : kAllPetitionStates) {
        if (deadlineRuns(s))
            running << QLatin1Char('\'') + toWireName(s) + QLatin1Char('\'');
    }
    const qint64 expectedOpen =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions WHERE state IN (%1)")
                       .arg(running.join(QLatin1Char(','))));
    if (open != expectedOpen || !snapshot.error.isEmpty()) {
        std::fprintf(stderr, "bench_dashboard: open total %lld, expected %lld (%s)\n",
                     static_cast<long long>(open), static_cast<long long>(expectedOpen),
                     qPrintable(snapshot.error));
        return 1;
    }

    // The refresh as the window does it: off this thread, which keeps ticking.
    QList<double> refreshMs;
    double longestStall = 0;
    DashboardLoader loader;
    loader.setCache(cache);
    for (int i = 0; i < kWarmups + runs; ++i) {
        QEventLoop loop;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(5);
        double stall = 0;
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            stall = std::max(stall, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        qint64 elapsed = 0;
        QObject::connect(&loader, &DashboardLoader::loaded, &loop, [&](const DashboardSnapshot &, qint64 ms) {
            elapsed = ms;
            loop.quit();
        });
        sinceTick.start();
        ticker.start();
        loader.load({}, today, context.unitSubtree, WorkingCalendar());
        loop.exec();
        QObject::disconnect(&loader, &DashboardLoader::loaded, &loop, nullptr);
        if (i >= kWarmups) {
            refreshMs << double(elapsed);
            longestStall = std::max(longestStall, stall);
        }
    }
    const Timing refresh = summarise(refreshMs);
    table.add(
        QStringLiteral("dashboard refresh as the window does it (`DashboardLoader`, request to figures)"),
        refresh, baseline, count);
    db = QSqlDatabase();
    cache->releaseThreadConnection();

    // What schema 4's two indexes cost the sync: the same petitions written into a fresh cache with and
    // without them (a fifth of N, so the whole benchmark stays within a few minutes).
    const qint64 writeCount = std::max<qint64>(1000, petitions / 5);
    double withIndexes = 0, without = 0;
    for (int variant = 0; variant < 2; ++variant) {
        QTemporaryDir writeDir;
        CacheDatabase fresh(writeDir.filePath(QStringLiteral("write.sqlite")));
        if (!fresh.open())
            qFatal("cannot open the cache");
        if (variant == 1) {
            scalar(fresh.connection(), QStringLiteral("DROP INDEX petitions_report"));
            scalar(fresh.connection(), QStringLiteral("DROP INDEX petitions_replied"));
        }
        (variant == 0 ? withIndexes : without) = writePetitions(fresh, writeCount);
        fresh.releaseThreadConnection();
    }

    QTextStream out(stdout);
    out << "Cache of " << formatCount(petitions) << " generated petitions (" << formatCount(open) << " open, "
        << formatCount(snapshot.overdueTotal) << " overdue on " << today.toString(Qt::ISODate)
        << "); load average before the runs " << loadAverage() << ". Median and min–max of " << runs
        << " runs after " << kWarmups << " warm-ups.\n\n"
        << table.markdown() << "\n\n"
        << "While `DashboardLoader` read on the thread pool, this thread's 5 ms timer never waited longer "
           "than "
        << formatMs(longestStall) << " ms between ticks (the GUI thread stays responsive).\n\n"
        << "Writing " << formatCount(writeCount)
        << " petitions through `PetitionStore::applyChangePage` into a fresh "
        << "cache: " << formatMs(withIndexes) << " ms with schema 4's indexes `petitions_report` and "
        << "`petitions_replied`, " << formatMs(without) << " ms without them ("
        << QString::number(withIndexes / std::max(without, 1.0), 'f', 2) << "×).\n";
    return 0;
}
