// The search-index pass of a full first sync (searchbacklog.h) on its own, and its parts: the largest part of
// bench_full_sync's time left above the floor. Run by hand on a cache a full sync wrote:
//   bench_search_pass --cache FILE [--runs N] [--keep COPY] [--pass-only] [--batch ROWS]
// Each run copies FILE, empties the copy's full-text index as a first sync leaves it (marker at 0), then
// times the pass as the sync engine runs it (SearchIndexPass) and without reading ahead
// (completeSearchIndex), and the parts: the row query alone, the query plus folding, and the sqlite3 shell
// inserting the same folded rows (the floor's way). Prints the medians and the process's peak resident size.

#include "benchreport.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/searchindexpass.h"
#include "store/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <cstdio>

using namespace pakn;
using bench::maxRssKb;

namespace {

/// The largest anonymous, file-backed and shared resident sizes seen (kB), sampled between the pass's steps.
struct RssParts
{
    long anon = 0, file = 0, shmem = 0;
    void sample()
    {
        QFile f(QStringLiteral("/proc/self/status"));
        if (!f.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            const long kb = parts.at(1).toLong();
            if (parts.at(0) == "RssAnon:")
                anon = std::max(anon, kb);
            else if (parts.at(0) == "RssFile:")
                file = std::max(file, kb);
            else if (parts.at(0) == "RssShmem:")
                shmem = std::max(shmem, kb);
        }
    }
};

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

/// The copy's full-text index dropped and made again empty, with the backlog marker at 0.
bool resetIndex(const QString &file)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {file});
    sqlite.write("SELECT sql FROM sqlite_master WHERE name = 'petition_fts';\n");
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const QByteArray create = sqlite.readAllStandardOutput().trimmed();
    if (!create.startsWith("CREATE VIRTUAL TABLE"))
        return false;
    QProcess reset;
    reset.start(QStringLiteral("sqlite3"), {file});
    reset.write("DROP TABLE petition_fts;\n" + create +
                ";\nINSERT OR REPLACE INTO sync_state (key, value) VALUES ('fts.pending_from', '0');\n"
                "PRAGMA wal_checkpoint(TRUNCATE);\n");
    reset.closeWriteChannel();
    reset.waitForFinished(-1);
    return reset.exitCode() == 0;
}

const char *kRowsSql =
    "SELECT id, code, title, content, submitter_name, submitter_organisation,"
    " json_type(record, '$.reply') = 'object', record ->> '$.reply.subject', record ->> '$.reply.body',"
    " (SELECT group_concat(value ->> '$.comment', char(10)) FROM json_each(record, '$.timeline')"
    "  WHERE coalesce(value ->> '$.comment', '') <> '') FROM petitions ORDER BY id";

/// The row query alone, or with the fold of every column; returns the characters seen.
qint64 readRows(QSqlDatabase &db, bool fold)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QString::fromLatin1(kRowsSql));
    qint64 chars = 0;
    while (q.next()) {
        for (int c = 1; c < 10; ++c) {
            const QString s = q.value(c).toString();
            chars += fold ? textfold::fold(textfold::normalize(s)).toUtf8().size() : s.size();
        }
    }
    return chars;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--cache"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_search_pass --cache FILE [--runs N]\n");
        return 2;
    }
    const QString source = args.at(at + 1);
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    const int runs = r >= 0 && r + 1 < args.size() ? args.at(r + 1).toInt() : 3;
    const qsizetype k = args.indexOf(QStringLiteral("--keep"));
    const QString keep = k >= 0 && k + 1 < args.size() ? args.at(k + 1) : QString();
    // Only the pass as the sync engine runs it, so that the peak resident size is the pass's.
    const bool passOnly = args.contains(QStringLiteral("--pass-only"));
    const qsizetype b = args.indexOf(QStringLiteral("--batch"));
    const int batchRows = b >= 0 && b + 1 < args.size() ? args.at(b + 1).toInt() : 5000;

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
    QList<qint64> pass, serial, query, folded, shell, walMiB;
    const long rssStart = maxRssKb();
    RssParts rss;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(file);
        if (!QFile::copy(source, file) || !resetIndex(file)) {
            std::fprintf(stderr, "bench_search_pass: could not prepare a copy of %s\n", qPrintable(source));
            return 1;
        }
        {
            CacheDatabase cache(file);
            if (!cache.open()) {
                std::fprintf(stderr, "bench_search_pass: could not open the copy\n");
                return 1;
            }
            QSqlDatabase db = cache.connection();
            QElapsedTimer t;
            t.start();
            if (passOnly) {
                query << 0;
                folded << 0;
                serial << 0;
            }
            if (!passOnly) {
                readRows(db, false);
                query << t.elapsed();
                t.restart();
                readRows(db, true);
                folded << t.elapsed();

                // Without reading ahead: completeSearchIndex() in turns of 5,000 rows.
                PetitionStore store(cache);
                t.restart();
                while (store.hasSearchIndexBacklog()) {
                    const QString why = store.completeSearchIndex(5000);
                    if (!why.isEmpty()) {
                        std::fprintf(stderr, "bench_search_pass: %s\n", qPrintable(why));
                        return 1;
                    }
                }
                serial << t.elapsed();
            }
            // Again, as the sync engine runs it: SearchIndexPass, the next batch read on a second connection.
            db.close();
            cache.releaseThreadConnection();
            if (!passOnly && !resetIndex(file))
                return 1;
            t.restart();
            {
                SearchIndexPass searchPass(cache, batchRows);
                while (!searchPass.done()) {
                    rss.sample();
                    if (const QString why = searchPass.step(); !why.isEmpty()) {
                        std::fprintf(stderr, "bench_search_pass: %s\n", qPrintable(why));
                        return 1;
                    }
                }
            }
            pass << t.elapsed();
            walMiB << QFileInfo(file + QStringLiteral("-wal")).size() / (1024 * 1024);
            cache.releaseThreadConnection();
        }
        // The floor's way: the shell copying the folded rows just written into an empty index, in one
        // statement.
        QProcess sqlite;
        QElapsedTimer t;
        sqlite.start(QStringLiteral("sqlite3"), {file});
        t.start();
        sqlite.write("SELECT sql FROM sqlite_master WHERE name = 'petition_fts';\n");
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        QByteArray create = sqlite.readAllStandardOutput().trimmed();
        create.replace("petition_fts", "floor_fts");
        QProcess copy;
        copy.start(QStringLiteral("sqlite3"), {file});
        t.restart();
        copy.write(create +
                   ";\nBEGIN;\nINSERT INTO floor_fts (rowid, code, title, content, submitter, reply, notes)"
                   " SELECT rowid, code, title, content, submitter, reply, notes FROM petition_fts;\n"
                   "COMMIT;\n");
        copy.closeWriteChannel();
        copy.waitForFinished(-1);
        shell << t.elapsed();
        std::printf("run %d: pass %lld ms, write-ahead log left %lld MiB (without reading ahead %lld ms); "
                    "query %lld ms; query + fold %lld "
                    "ms; shell insert %lld ms\n",
                    run + 1, static_cast<long long>(pass.last()), static_cast<long long>(walMiB.last()),
                    static_cast<long long>(serial.last()), static_cast<long long>(query.last()),
                    static_cast<long long>(folded.last()), static_cast<long long>(shell.last()));
        std::fflush(stdout);
    }
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(file, keep);
    }
    std::printf("\n| part | median ms |\n|---|--:|\n| the pass as the sync engine runs it (SearchIndexPass: "
                "the next batch read ahead) | %lld |\n"
                "| the pass without reading ahead (completeSearchIndex) | %lld |\n| the row query alone | "
                "%lld |\n| the row query + normalise + fold + UTF-8 | %lld |\n"
                "| sqlite3 shell inserting the same folded rows (one statement) | %lld |\n\n"
                "Peak resident %ld MiB (%ld MiB at start); during the pass at most %ld MiB anonymous, %ld MiB"
                " file-backed, %ld MiB shared.\n",
                static_cast<long long>(median(pass)), static_cast<long long>(median(serial)),
                static_cast<long long>(median(query)), static_cast<long long>(median(folded)),
                static_cast<long long>(median(shell)), maxRssKb() / 1024, rssStart / 1024, rss.anon / 1024,
                rss.file / 1024, rss.shmem / 1024);
    return 0;
}
