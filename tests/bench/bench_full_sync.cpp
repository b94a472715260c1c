// DESIGN.md §5: "Full first sync from a local pakn-server over HTTPS: within 1.5× of the floor = time for
// curl to fetch the same change-feed pages + time for the sqlite3 shell to insert the same rows", and the
// client's peak memory. Runs a real pakn-server with N generated petitions on loopback.
//   bench_full_sync [--petitions N] [--page P]

#include "benchreport.h"
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
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <cstdio>

using namespace pakn;
using bench::maxRssKb;

namespace {

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

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

/// The sqlite3 shell script that inserts every row of the client's cache `source` into a new file with the
/// same schema, the cheapest way the shell can: tables first, all rows in one transaction, then the
/// indexes, the full-text table filled with one INSERT … SELECT. Empty on error.
QString sameRowsScript(const QString &source)
{
    QString script;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor-schema"));
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name"
                                   " NOT LIKE 'sqlite_%' ORDER BY rowid")))
            return {};
        QStringList virtualTables, tables, creates, indexes, others;
        QList<QPair<QString, QString>> rows;
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString name = q.value(1).toString();
            const QString sql = q.value(2).toString();
            if (type == QLatin1String("table") && sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
                virtualTables << name;
            rows.append({type + QLatin1Char('\t') + name, sql});
        }
        for (const auto &[typeAndName, sql] : std::as_const(rows)) {
            const QString type = typeAndName.section(QLatin1Char('\t'), 0, 0);
            const QString name = typeAndName.section(QLatin1Char('\t'), 1);
            const bool shadow =
                std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                            [&](const QString &v) { return name.startsWith(v + QLatin1Char('_')); });
            if (shadow)
                continue; // made by its virtual table
            if (type == QLatin1String("table")) {
                creates << sql + QLatin1Char(';');
                if (!virtualTables.contains(name))
                    tables << name;
            } else if (type == QLatin1String("index")) {
                indexes << sql + QLatin1Char(';');
            } else {
                others << sql + QLatin1Char(';');
            }
        }
        script = QStringLiteral("PRAGMA journal_mode=WAL;\n") + creates.join(QLatin1Char('\n')) +
                 QStringLiteral("\nATTACH '%1' AS src;\nBEGIN;\n").arg(source);
        for (const QString &t : std::as_const(tables))
            script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1;\n").arg(quoted(t));
        script += indexes.join(QLatin1Char('\n')) + QLatin1Char('\n');
        for (const QString &v : std::as_const(virtualTables)) {
            const QSqlRecord columns = db.record(v);
            QStringList names{QStringLiteral("rowid")};
            for (int i = 0; i < columns.count(); ++i)
                names << quoted(columns.fieldName(i));
            script += QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM src.%1;\n")
                          .arg(quoted(v), names.join(QStringLiteral(", ")));
        }
        script +=
            others.join(QLatin1Char('\n')) + QStringLiteral("\nCOMMIT;\nSELECT COUNT(*) FROM petitions;\n");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor-schema"));
    return script;
}

/// Runs `script` in the sqlite3 shell on `file`; the wall time in ms and the last line it printed.
qint64 runSqlite(const QString &file, const QString &script, QByteArray *lastLine)
{
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {file});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(600000);
    const qint64 ms = timer.elapsed();
    *lastLine = sqlite.readAllStandardOutput().trimmed().split('\n').last();
    if (lastLine->isEmpty())
        std::fprintf(stderr, "bench_full_sync: sqlite3: %s\n", sqlite.readAllStandardError().constData());
    return ms;
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
    QByteArray inserted;
    const qint64 sqliteMs = runSqlite(dir.filePath(QStringLiteral("floor.sqlite")), sql, &inserted);
    if (inserted.toLongLong() != petitions) {
        std::fprintf(stderr, "bench_full_sync: the sqlite3 floor inserted %s rows\n", inserted.constData());
        return 1;
    }

    // The floor, part 2 as DESIGN.md words it — "the same rows": every row the client's cache holds (the
    // petitions with all their columns, timeline events, attachments, the full-text rows, reference data),
    // into the same schema, the cheapest way the shell can (indexes and the full-text table filled after the
    // rows).
    const QString sameRows = sameRowsScript(cache.filePath());
    const qint64 sameRowsMs =
        sameRows.isEmpty() ? -1 : runSqlite(dir.filePath(QStringLiteral("same.sqlite")), sameRows, &inserted);
    if (sameRows.isEmpty() || inserted.toLongLong() != petitions) {
        std::fprintf(stderr, "bench_full_sync: the same-rows floor inserted %s rows\n", inserted.constData());
        return 1;
    }

    // Ratios against both floors: the same rows (DESIGN.md's wording, the floor of record) and the narrow one
    // (the petitions' list columns only), so that neither hides the other.
    const double floorMs = double(curlMs + sameRowsMs);
    const double narrowMs = double(curlMs + sqliteMs);
    std::printf(
        "Full first sync of %d petitions from a local pakn-server over HTTPS (pages of %d, %d pages); server "
        "seeded in %lld ms.\n\n",
        petitions, pageSize, pageCount, static_cast<long long>(seedMs));
    std::printf("| | ms | ratio to the floor (same rows) | ratio to the narrow floor |\n|---|--:|--:|--:|\n");
    auto line = [&](const char *what, qint64 ms) {
        std::printf("| %s | %lld | %.2f× | %.2f× |\n", what, static_cast<long long>(ms), double(ms) / floorMs,
                    double(ms) / narrowMs);
    };
    line("PAKN Desk sync engine: fetch, decode, store with indexes, full-text index and sort keys", clientMs);
    if (indexPassStartMs >= 0) {
        const qint64 pagesMs = listIndexStartMs >= 0 ? listIndexStartMs : indexPassStartMs;
        line("— of which fetching and storing the pages", pagesMs);
        if (listIndexStartMs >= 0)
            line("— of which the list indexes, built once at the end", indexPassStartMs - listIndexStartMs);
        line("— of which the search index, one pass at the end", clientMs - indexPassStartMs);
    }
    std::printf("| floor: curl fetching the same pages | %lld | | |\n", static_cast<long long>(curlMs));
    std::printf(
        "| floor: sqlite3 shell inserting the same rows (every row of the client's cache, same schema; "
        "indexes and full-text filled after the rows) | %lld | | |\n",
        static_cast<long long>(sameRowsMs));
    std::printf("| **floor total** (curl + same rows) | %.0f | 1.00× | |\n", floorMs);
    std::printf(
        "| narrow floor: sqlite3 shell inserting the petitions' list columns and record from the pages "
        "(6 indexes; no full-text, timeline or attachments) | %lld | | |\n",
        static_cast<long long>(sqliteMs));
    std::printf("| narrow floor total (curl + list columns) | %.0f | | 1.00× |\n\n", narrowMs);
    std::printf(
        "Client memory: resident %ld MiB before the sync, peak %ld MiB during it (+%ld MiB); cache file %lld "
        "MiB.\n",
        rssBefore / 1024, std::max(peakAfter, peakBefore) / 1024,
        (std::max(peakAfter, peakBefore) - rssBefore) / 1024, static_cast<long long>(cacheBytes >> 20));
    return 0;
}
