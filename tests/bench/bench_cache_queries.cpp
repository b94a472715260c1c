// Benchmark of the list queries over a large cache (DESIGN.md §5: "filter or full-text search on the list:
// first page visible well under 50 ms; at least 20× faster than a QSortFilterProxyModel over an in-memory
// model of the same rows").
//
// Builds a fresh cache of N generated petitions through PetitionStore::applyChangePage, then measures, on one
// connection after warm-ups, the first page of searches and of filtered, sorted views and the saved-view
// counts — each against baselines measured in the same run: LIKE scans for search; loading every row and
// filtering in C++, or a QSortFilterProxyModel over an in-memory model, for views. Prints Markdown (the
// section scripts/bench.sh puts into docs/performance.md). Checks that the view baselines return the same
// rows and counts as PetitionQuery; exits 1 if not.
//
//   bench_cache_queries [--petitions N] [--runs N] [--keep FILE]

#include "benchpetitions.h"
#include "benchreport.h"
#include "memorylist.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/searchquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <limits>

using namespace pakn;
using namespace pakn::bench;

namespace {

constexpr quint32 kSeed = 20250610;
constexpr int kWarmups = 2;
constexpr qint64 kPageRows = 50;
constexpr qint64 kModelPageRows = 200; ///< what PetitionListModel::refresh() reads after the count
constexpr int kWritePageSize = 1000;

struct Options
{
    qint64 petitions = 100000;
    int runs = 15;
    QString keep; ///< write the cache to this file and leave it (for EXPLAIN QUERY PLAN by hand)
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--petitions"))
            o.petitions = value.toLongLong(&ok);
        else if (a == QLatin1String("--runs"))
            o.runs = value.toInt(&ok);
        else if (a == QLatin1String("--keep"))
            o.keep = value;
        else
            ok = false;
        if (!ok || value.isEmpty() || o.petitions < 1000 || o.runs < 1) {
            std::fprintf(stderr,
                         "usage: bench_cache_queries [--petitions N>=1000] [--runs N] [--keep FILE]\n");
            std::exit(2);
        }
        ++i;
    }
    return o;
}

/// The value of the first "key<separator>value" line of a text file that starts with `key`.
QString valueOf(const QString &path, const QString &key, QChar separator)
{
    // /proc files report a size of 0, so read them whole rather than through a stream.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(key) && line.contains(separator))
            return line.section(separator, 1).trimmed().remove(QLatin1Char('"'));
    }
    return {};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

/// Resident memory of this process, in KiB.
qint64 residentKiB()
{
    return valueOf(QStringLiteral("/proc/self/status"), QStringLiteral("VmRSS"), u':')
        .section(QLatin1Char(' '), 0, 0)
        .toLongLong();
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QList<qint64> idsOf(const QList<PetitionRow> &rows)
{
    QList<qint64> ids;
    for (const PetitionRow &r : rows)
        ids << r.id;
    return ids;
}

/// The baseline of a search: a LIKE '%term%' scan over the code, title, content and submitter columns, every
/// term required — the first 50 matching rows in table order (`limit`), or their count (no limit). `folded`
/// scans the folded copy the full-text index keeps (so it finds what the search finds), else the stored text
/// as typed (no folding of case or diacritics beyond ASCII, as SQLite's LIKE does).
QSqlQuery likeScan(QSqlDatabase db, const QStringList &terms, bool folded, bool limit)
{
    QString sql = limit ? QStringLiteral(
                              "SELECT p.id, p.code, p.title, p.submitter_name, p.submitter_phone, p.channel, "
                              "p.field_id, p.received_at, p.due_date, p.state, p.unit_id, p.assignee")
                        : QStringLiteral("SELECT COUNT(*)");
    sql += folded ? QStringLiteral(" FROM petition_fts s JOIN petitions p ON p.id = s.rowid WHERE 1")
                  : QStringLiteral(" FROM petitions p WHERE 1");
    const QString t = folded ? QStringLiteral("s.") : QStringLiteral("p.");
    const QString submitter = folded ? QStringLiteral("submitter") : QStringLiteral("submitter_name");
    for (qsizetype i = 0; i < terms.size(); ++i)
        sql += QStringLiteral(" AND (%1code LIKE ? OR %1title LIKE ? OR %1content LIKE ? OR %1%2 LIKE ?)")
                   .arg(t, submitter);
    if (limit)
        sql += QStringLiteral(" LIMIT %1").arg(kPageRows);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &term : terms) {
        for (int column = 0; column < 4; ++column)
            q.addBindValue(QLatin1Char('%') + term + QLatin1Char('%'));
    }
    if (!q.exec())
        qFatal("LIKE scan failed: %s", qPrintable(q.lastError().text()));
    return q;
}

QList<PetitionRow> likePage(QSqlDatabase db, const QStringList &terms, bool folded)
{
    QSqlQuery q = likeScan(db, terms, folded, true);
    return readListRows(q);
}

qint64 likeCount(QSqlDatabase db, const QStringList &terms, bool folded)
{
    QSqlQuery q = likeScan(db, terms, folded, false);
    return q.next() ? q.value(0).toLongLong() : 0;
}

/// The proxy baseline of a search: the title column filtered by a case-insensitive regular expression of
/// what was typed, newest first; the ids of the first 50 rows.
QList<qint64> proxySearch(RowTableModel &model, const QString &typed, qsizetype *found)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RowTableModel::SortRole);
    proxy.setFilterKeyColumn(RowTableModel::TitleColumn);
    proxy.setFilterRegularExpression(
        QRegularExpression(QRegularExpression::escape(typed), QRegularExpression::CaseInsensitiveOption));
    proxy.sort(RowTableModel::ReceivedColumn, Qt::DescendingOrder);
    QList<qint64> ids;
    for (int r = 0; r < std::min<int>(int(kPageRows), proxy.rowCount()); ++r)
        ids << model.loaded().rows.at(proxy.mapToSource(proxy.index(r, 0)).row()).id;
    *found = proxy.rowCount();
    return ids;
}

/// The proxy baseline of a view: a fresh ViewProxyModel filtering and sorting the in-memory model; the ids
/// of the first 50 rows.
QList<qint64> proxyView(RowTableModel &model, const PetitionFilter &filter, const ViewContext &context)
{
    ViewProxyModel proxy(filter, context);
    proxy.setSourceModel(&model);
    proxy.sort(sortColumnFor(filter.sortKey), filter.sortOrder);
    QList<qint64> ids;
    for (int r = 0; r < std::min<int>(int(kPageRows), proxy.rowCount()); ++r)
        ids << model.loaded().rows.at(proxy.mapToSource(proxy.index(r, 0)).row()).id;
    return ids;
}

QList<qint64> firstIds(const LoadedRows &data, const QList<qsizetype> &order)
{
    QList<qint64> ids;
    for (qsizetype i = 0; i < std::min<qsizetype>(kPageRows, order.size()); ++i)
        ids << data.rows.at(order.at(i)).id;
    return ids;
}

struct ViewScenario
{
    QString label;
    PetitionFilter filter;
};

QList<ViewScenario> viewScenarios()
{
    const QList<Channel> zaloPortal = {Channel::Zalo, Channel::Portal};
    QList<ViewScenario> out;
    PetitionFilter f;
    f.view = SavedView::MyUnit;
    f.channels = zaloPortal;
    f.fieldIds = {QStringLiteral("xay_dung")};
    f.sortKey = SortKey::Deadline;
    f.sortOrder = Qt::AscendingOrder;
    out.append({QStringLiteral("view MyUnit + channel zalo,portal + field xay_dung, by deadline ↑"), f});
    f.view = SavedView::All;
    f.fieldIds = {QStringLiteral("dat_dai")};
    out.append({QStringLiteral("view All + channel zalo,portal + field dat_dai, by deadline ↑"), f});
    f.sortKey = SortKey::Submitter;
    out.append({QStringLiteral("view All + channel zalo,portal + field dat_dai, by submitter ↑"), f});
    PetitionFilter overdue;
    overdue.view = SavedView::Overdue;
    overdue.sortKey = SortKey::Deadline;
    overdue.sortOrder = Qt::AscendingOrder;
    out.append({QStringLiteral("view Overdue, by deadline ↑"), overdue});
    out.append({QStringLiteral("view All, no filter, by received ↓ (the default list)"), PetitionFilter()});
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());
    QTextStream out(stdout);
    QStringList mismatches;

    QTemporaryDir dir;
    const QString path = options.keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : options.keep;
    if (!options.keep.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    CacheDatabase cache(path);
    if (const CacheOpenResult opened = cache.open(); !opened)
        qFatal("cannot open the cache: %s", qPrintable(opened.message));
    QSqlDatabase db = cache.connection();
    const QString loadBefore = loadAverage();

    // 1. Write the cache through the sync engine's path, in change-feed pages of 1,000.
    PetitionStore store(cache);
    PetitionGenerator generator(kSeed, options.petitions);
    QList<double> pageMs;
    qint64 contentChars = 0;
    QElapsedTimer generating;
    qint64 generateNs = 0;
    for (qint64 first = 1; first <= options.petitions; first += kWritePageSize) {
        generating.start();
        ChangePage page;
        for (qint64 id = first; id < first + kWritePageSize && id <= options.petitions; ++id) {
            page.petitions << generator.make(id);
            contentChars += page.petitions.constLast().content.size();
        }
        page.nextCursor = QStringLiteral("bench-%1").arg(first);
        generateNs += generating.nsecsElapsed();
        QElapsedTimer timer;
        timer.start();
        const QString error = store.applyChangePage(page);
        pageMs << double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty())
            qFatal("applyChangePage failed: %s", qPrintable(error));
    }
    double writeMs = 0;
    for (double ms : pageMs)
        writeMs += ms;
    if (const QString error = writeWorkflowExtras(db, kSeed); !error.isEmpty())
        qFatal("writing timeline, drafts and outbox failed: %s", qPrintable(error));
    scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const Timing perPage = summarise(pageMs);

    const ViewContext context = benchViewContext();
    const PetitionQuery query(db, context);
    const int runs = options.runs;
    ResultTable table;

    // The baselines' in-memory rows, loaded once (the load itself is measured too).
    const qint64 residentBefore = residentKiB();
    const LoadedRows loaded = loadAllRows(db);
    const qint64 loadedKiB = residentKiB() - residentBefore;
    RowTableModel model(&loaded);
    const Timing load = measure(kWarmups, runs, [&] { return loadAllRows(db).rows.size(); });
    table.add(
        QStringLiteral("load all %1 rows' list columns into memory (baselines' setup; +%2 MiB resident)")
            .arg(formatCount(loaded.rows.size()))
            .arg(loadedKiB / 1024),
        load);

    // 2. Search: first page sorted by relevance (ranked, or newest first when too many match: SearchOrder),
    // and the count, vs LIKE scans, a proxy over the titles and ranking every match (the shape before).
    const QString code = loaded.rows.at(loaded.rows.size() * 3 / 5).code;
    PetitionQuery rankAll(db, context);
    rankAll.setRankAtMost(std::numeric_limits<qint64>::max());
    for (const QString &typed :
         {QStringLiteral("dat dai"), QStringLiteral("đường"), QStringLiteral("giay phep xay dung"), code,
          QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("giay ph"), QStringLiteral("nguyen v")}) {
        PetitionFilter f;
        f.search = typed;
        f.sortKey = SortKey::Relevance;
        const qint64 total = query.count(f);
        const QList<PetitionRow> first = query.page(f, 0, kPageRows);
        if (!query.lastError().isEmpty())
            qFatal("search failed: %s", qPrintable(query.lastError()));
        const QString what = QStringLiteral("search “%1”").arg(typed);
        const Timing page = measure(kWarmups, runs, [&] { return query.page(f, 0, kPageRows).size(); });
        const QStringList typedTerms = typed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList foldedTerms = search::terms(typed);
        const qsizetype rawFound = likePage(db, typedTerms, false).size();
        const qsizetype foldedFound = likePage(db, foldedTerms, true).size();
        qsizetype proxyFound = 0;
        proxySearch(model, typed, &proxyFound);
        const QString order = query.lastSearchOrder() == SearchOrder::NewestFirst
                                  ? QStringLiteral("newest first")
                                  : QStringLiteral("by relevance");
        const QString pageLabel = QStringLiteral("%1: first %2 of %3 %4")
                                      .arg(what)
                                      .arg(first.size())
                                      .arg(formatCount(total), order);
        if (query.lastSearchOrder() == SearchOrder::NewestFirst)
            table.add(pageLabel, page, QStringLiteral("ranking every match by relevance (the shape before)"),
                      measure(kWarmups, runs, [&] { return rankAll.page(f, 0, kPageRows).size(); }));
        table.add(pageLabel, page, QStringLiteral("LIKE scan, text as typed (found %1)").arg(rawFound),
                  measure(kWarmups, runs, [&] { return likePage(db, typedTerms, false).size(); }));
        table.add(pageLabel, page, QStringLiteral("LIKE scan, folded text (found %1)").arg(foldedFound),
                  measure(kWarmups, runs, [&] { return likePage(db, foldedTerms, true).size(); }));
        table.add(pageLabel, page,
                  QStringLiteral("QSortFilterProxyModel, title regexp, by received ↓ (found %1)")
                      .arg(formatCount(proxyFound)),
                  measure(kWarmups, runs, [&] {
                      qsizetype n = 0;
                      return proxySearch(model, typed, &n).size();
                  }));
        table.add(QStringLiteral("%1: list refresh, count + first %2 (as PetitionListModel does)")
                      .arg(what)
                      .arg(kModelPageRows),
                  measure(kWarmups, runs,
                          [&] { return query.count(f) + query.page(f, 0, kModelPageRows).size(); }));
        table.add(QStringLiteral("%1: count").arg(what),
                  measure(kWarmups, runs, [&] { return query.count(f); }),
                  QStringLiteral("LIKE scan count, folded text (%1)")
                      .arg(formatCount(likeCount(db, foldedTerms, true))),
                  measure(kWarmups, runs, [&] { return likeCount(db, foldedTerms, true); }));
    }

    // 3. Filtered and sorted views: first page vs C++ over loaded rows and vs a proxy model.
    for (const ViewScenario &s : viewScenarios()) {
        const qint64 total = query.count(s.filter);
        const QList<qint64> ours = idsOf(query.page(s.filter, 0, kPageRows));
        if (!query.lastError().isEmpty())
            qFatal("view query failed: %s", qPrintable(query.lastError()));
        const QList<qsizetype> inMemory = filterAndSort(loaded, s.filter, context);
        if (firstIds(loaded, inMemory) != ours || inMemory.size() != total)
            mismatches << s.label + QStringLiteral(" (C++)");
        if (proxyView(model, s.filter, context) != ours)
            mismatches << s.label + QStringLiteral(" (proxy)");

        const QString pageLabel =
            QStringLiteral("%1: first %2 of %3").arg(s.label).arg(ours.size()).arg(formatCount(total));
        const Timing page =
            measure(kWarmups, runs, [&] { return query.page(s.filter, 0, kPageRows).size(); });
        table.add(pageLabel, page, QStringLiteral("C++: load all rows, filter, sort"),
                  measure(kWarmups, runs, [&] {
                      const LoadedRows fresh = loadAllRows(db);
                      return firstIds(fresh, filterAndSort(fresh, s.filter, context)).size();
                  }));
        table.add(pageLabel, page, QStringLiteral("C++: filter, sort (rows already in memory)"),
                  measure(kWarmups, runs,
                          [&] { return firstIds(loaded, filterAndSort(loaded, s.filter, context)).size(); }));
        table.add(pageLabel, page, QStringLiteral("QSortFilterProxyModel (rows already in memory)"),
                  measure(kWarmups, runs, [&] { return proxyView(model, s.filter, context).size(); }));
        table.add(QStringLiteral("%1: list refresh, count + first %2 (as PetitionListModel does)")
                      .arg(s.label)
                      .arg(kModelPageRows),
                  measure(kWarmups, runs, [&] {
                      return query.count(s.filter) + query.page(s.filter, 0, kModelPageRows).size();
                  }));
        table.add(QStringLiteral("%1: count").arg(s.label),
                  measure(kWarmups, runs, [&] { return query.count(s.filter); }));
    }

    // 4. Saved-view counts (the view list's badges).
    const QList<qint64> counts = query.savedViewCounts();
    if (counts != countSavedViews(loaded, context))
        mismatches << QStringLiteral("saved-view counts");
    const Timing viewCounts = measure(kWarmups, runs, [&] { return query.savedViewCounts().size(); });
    table.add(QStringLiteral("saved-view counts (12 views)"), viewCounts,
              QStringLiteral("C++: count 12 views (rows already in memory)"),
              measure(kWarmups, runs, [&] { return countSavedViews(loaded, context).size(); }));
    table.add(QStringLiteral("saved-view counts (12 views)"), viewCounts,
              QStringLiteral("C++: load all rows, count 12 views"),
              measure(kWarmups, runs, [&] { return countSavedViews(loadAllRows(db), context).size(); }));

    QStringList countText;
    for (qsizetype i = 0; i < counts.size(); ++i)
        countText << QStringLiteral("%1 %2").arg(savedViewId(kAllSavedViews[i]), formatCount(counts.at(i)));

    const QString cpu = valueOf(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"), u':');
    const QString os = valueOf(QStringLiteral("/etc/os-release"), QStringLiteral("PRETTY_NAME"), u'=');
    const qint64 fileBytes = QFileInfo(path).size();
    out << "Run: `bench_cache_queries --petitions " << options.petitions << " --runs " << runs << "`\n\n"
        << "Environment: " << cpu << ", " << QThread::idealThreadCount()
        << " logical CPUs (shared; load average " << loadBefore << " at start, " << loadAverage()
        << " at end); SQLite " << scalar(db, QStringLiteral("SELECT sqlite_version()")) << "; Qt "
        << qVersion() << "; " << PAKN_BENCH_BUILD_TYPE << " build, compiler " << __VERSION__ << "; " << os
        << ".\n\n"
        << "Cache: " << formatCount(options.petitions) << " generated petitions (seed " << kSeed
        << "), content " << contentChars / options.petitions << " characters on average, file "
        << fileBytes / (1024 * 1024) << " MiB. Saved views of `" << context.username << "` on "
        << context.today.toString(Qt::ISODate) << ": " << countText.join(QStringLiteral(", ")) << ".\n\n"
        << "Writing the cache: `PetitionStore::applyChangePage` in pages of " << formatCount(kWritePageSize)
        << ": " << formatMs(writeMs) << " ms in all, "
        << formatCount(qint64(options.petitions * 1000 / writeMs)) << " rows/s; per page median "
        << formatMs(perPage.median) << " ms, min–max " << formatRange(perPage)
        << " ms (generating the petitions, " << formatMs(double(generateNs) / 1e6)
        << " ms, not included).\n\n"
        << "Each operation: " << kWarmups << " warm-up runs, then " << runs
        << " measured runs on one connection (warm page cache); median and min–max in milliseconds.\n\n"
        << table.markdown() << "\n\n";
    if (mismatches.isEmpty()) {
        out << "Checked: the C++ and proxy baselines of every view return the same first " << kPageRows
            << " rows in the same order and the same counts as `PetitionQuery`.\n";
    } else {
        out << "MISMATCH between the baselines and PetitionQuery: " << mismatches.join(QStringLiteral("; "))
            << "\n";
    }
    out.flush();
    return mismatches.isEmpty() ? 0 : 1;
}
