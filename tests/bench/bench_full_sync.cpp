// DESIGN.md §5: "Full first sync from a local pakn-server over HTTPS: within 1.5× of the floor = time for
// curl to fetch the same change-feed pages + time for the sqlite3 shell to insert the same rows", and the
// client's peak memory. Runs a real pakn-server with N generated petitions on loopback.
//   bench_full_sync [--petitions N] [--page P]

#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace pakn;

namespace {

long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLong() * 4 : 0;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int petitions = argValue(args, QStringLiteral("--petitions"), 100000);
    const int pageSize = argValue(args, QStringLiteral("--page"), 1000);

    QElapsedTimer seed;
    seed.start();
    // A data folder seeded before (scripts/bench.sh does it) saves seeding 100,000 petitions on each run,
    // which on a busy machine can take longer than ServerProcess waits for the server.
    QStringList serverArgs = {QStringLiteral("--petitions"), QString::number(petitions)};
    if (const QString data = qEnvironmentVariable("PAKN_BENCH_DATA_DIR"); !data.isEmpty())
        serverArgs << QStringLiteral("--data-dir") << QStringLiteral("%1/%2").arg(data).arg(petitions);
    test::ServerProcess server(serverArgs);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_full_sync: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 seedMs = seed.elapsed();

    // The client: sign in, then a full sync into a fresh cache, as pakn-desk does on its sync thread.
    QTemporaryDir dir;
    ApiClient::Options options;
    options.baseUrl = server.baseUrl();
    options.extraCaCertificates = server.caCertificates();
    options.trustSystemCas = false;
    options.timeoutMs = 120000;
    ApiClient api(options);
    QEventLoop loop;
    SessionGrant grant;
    api.signIn(QStringLiteral("vanphong"), QStringLiteral("pakn-demo"),
               [&](const ApiError &e, const SessionGrant &g) {
                   if (e.isError())
                       std::fprintf(stderr, "bench_full_sync: sign-in failed: %s\n", qPrintable(e.message));
                   grant = g;
                   loop.quit();
               });
    loop.exec();
    if (grant.accessToken.isEmpty())
        return 1;
    api.setAccessToken(grant.accessToken);

    const long rssBefore = currentRssKb();
    const long peakBefore = maxRssKb();
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    if (!cache.open())
        return 1;
    SyncEngine engine(&api, cache);
    engine.setPageSize(pageSize);
    QString syncError;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const QString &e) {
        syncError = e;
        loop.quit();
    });
    QElapsedTimer clientTimer;
    // When the pages are all stored and the table's indexes are built (indexbacklog.h), and when the one pass
    // that fills the search index begins (searchbacklog.h).
    qint64 listIndexStartMs = -1;
    qint64 indexPassStartMs = -1;
    QObject::connect(&engine, &SyncEngine::statusChanged, &loop, [&](SyncEngine::Status, const QString &m) {
        if (listIndexStartMs < 0 && m.contains(QStringLiteral("preparing the lists")))
            listIndexStartMs = clientTimer.elapsed();
        if (indexPassStartMs < 0 && m.contains(QStringLiteral("search index")))
            indexPassStartMs = clientTimer.elapsed();
    });
    clientTimer.start();
    engine.syncNow();
    loop.exec();
    const qint64 clientMs = clientTimer.elapsed();
    const long peakAfter = maxRssKb();
    const qint64 cached = PetitionStore(cache).count();
    if (!syncError.isEmpty() || cached != petitions) {
        std::fprintf(stderr, "bench_full_sync: sync failed (%s), %lld of %d cached\n", qPrintable(syncError),
                     static_cast<long long>(cached), petitions);
        return 1;
    }
    const qint64 cacheBytes =
        QFileInfo(cache.filePath()).size() + QFileInfo(cache.filePath() + QStringLiteral("-wal")).size();
    cache.releaseThreadConnection();

    // The floor, part 1: curl fetching the same pages (the cursor of each page is read between the calls,
    // outside the timing).
    const QString pages = dir.filePath(QStringLiteral("pages"));
    QDir().mkpath(pages);
    qint64 curlMs = 0;
    QString cursor;
    int pageCount = 0;
    for (;; ++pageCount) {
        QString url = server.baseUrl().toString() + QStringLiteral("/api/v1/changes?limit=%1").arg(pageSize);
        if (!cursor.isEmpty())
            url += QStringLiteral("&cursor=") + cursor;
        const QString file = QStringLiteral("%1/%2.json").arg(pages).arg(pageCount, 5, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(
            QStringLiteral("curl"),
            {QStringLiteral("-sf"), QStringLiteral("--cacert"), server.caFile(), QStringLiteral("-H"),
             QStringLiteral("Authorization: Bearer ") + grant.accessToken, QStringLiteral("-o"), file, url});
        curlMs += t.elapsed();
        if (rc != 0) {
            std::fprintf(stderr, "bench_full_sync: curl failed (%d)\n", rc);
            return 1;
        }
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        const QJsonObject page = QJsonDocument::fromJson(f.readAll()).object();
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            ++pageCount;
            break;
        }
    }

    // The floor, part 2: the sqlite3 shell inserting the same rows (list columns + the record, with the list
    // indexes), one transaction, straight from the JSON pages.
    QString sql = QStringLiteral(
        "PRAGMA journal_mode=WAL;\n"
        "CREATE TABLE petitions (id INTEGER PRIMARY KEY, version INTEGER, code TEXT, title TEXT, content "
        "TEXT,"
        " submitter_name TEXT, channel TEXT, field_id TEXT, state TEXT, unit_id TEXT, assignee TEXT,"
        " received_at TEXT, due_date TEXT, updated_at TEXT, record TEXT);\n"
        "CREATE INDEX i1 ON petitions(received_at); CREATE INDEX i2 ON petitions(due_date);"
        " CREATE INDEX i3 ON petitions(state, due_date); CREATE INDEX i4 ON petitions(unit_id);"
        " CREATE INDEX i5 ON petitions(assignee); CREATE UNIQUE INDEX i6 ON petitions(code);\n"
        "BEGIN;\n");
    for (int i = 0; i < pageCount; ++i) {
        sql += QStringLiteral(
                   "INSERT INTO petitions SELECT value->>'id', value->>'version', value->>'code', "
                   "value->>'title',"
                   " value->>'content', value->>'$.submitter.name', value->>'channel', value->>'field',"
                   " value->>'state', value->>'unit', value->>'assignee', value->>'received_at', "
                   "value->>'due_date',"
                   " value->>'updated_at', value FROM json_each(readfile('%1/%2.json'), '$.petitions');\n")
                   .arg(pages)
                   .arg(i, 5, 10, QLatin1Char('0'));
    }
    sql += QStringLiteral("COMMIT;\nSELECT COUNT(*) FROM petitions;\n");
    QProcess sqlite;
    QElapsedTimer sqliteTimer;
    sqliteTimer.start();
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("floor.sqlite"))});
    sqlite.write(sql.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(600000);
    const qint64 sqliteMs = sqliteTimer.elapsed();
    const QByteArray inserted = sqlite.readAllStandardOutput().trimmed().split('\n').last();
    if (inserted.toLongLong() != petitions) {
        std::fprintf(stderr, "bench_full_sync: the sqlite3 floor inserted %s rows\n%s\n",
                     inserted.constData(), sqlite.readAllStandardError().constData());
        return 1;
    }

    const double floorMs = double(curlMs + sqliteMs);
    std::printf(
        "Full first sync of %d petitions from a local pakn-server over HTTPS (pages of %d, %d pages); server "
        "seeded in %lld ms.\n\n",
        petitions, pageSize, pageCount, static_cast<long long>(seedMs));
    std::printf("| | ms | ratio to the floor |\n|---|--:|--:|\n");
    std::printf("| PAKN Desk sync engine: fetch, decode, store with indexes, full-text index and sort keys | "
                "%lld | %.2f× |\n",
                static_cast<long long>(clientMs), double(clientMs) / floorMs);
    if (indexPassStartMs >= 0) {
        const qint64 pagesMs = listIndexStartMs >= 0 ? listIndexStartMs : indexPassStartMs;
        std::printf("| — of which fetching and storing the pages | %lld | %.2f× |\n",
                    static_cast<long long>(pagesMs), double(pagesMs) / floorMs);
        if (listIndexStartMs >= 0)
            std::printf("| — of which the list indexes, built once at the end | %lld | %.2f× |\n",
                        static_cast<long long>(indexPassStartMs - listIndexStartMs),
                        double(indexPassStartMs - listIndexStartMs) / floorMs);
        std::printf("| — of which the search index, one pass at the end | %lld | %.2f× |\n",
                    static_cast<long long>(clientMs - indexPassStartMs),
                    double(clientMs - indexPassStartMs) / floorMs);
    }
    std::printf("| floor: curl fetching the same pages | %lld | |\n", static_cast<long long>(curlMs));
    std::printf("| floor: sqlite3 shell inserting the same rows (list columns, record, indexes; no "
                "full-text) | %lld | |\n",
                static_cast<long long>(sqliteMs));
    std::printf("| floor total | %.0f | 1.00× |\n\n", floorMs);
    std::printf(
        "Client memory: resident %ld MiB before the sync, peak %ld MiB during it (+%ld MiB); cache file %lld "
        "MiB.\n",
        rssBefore / 1024, std::max(peakAfter, peakBefore) / 1024,
        (std::max(peakAfter, peakBefore) - rssBefore) / 1024, static_cast<long long>(cacheBytes >> 20));
    return 0;
}
