// DESIGN.md §5: "Incremental sync of 100 changed petitions: under 1% of the full sync's time". Runs a real
// pakn-server with N generated petitions on loopback, fills a cache by a full sync (timed, for the ratio),
// then five times: 100 petitions change on the server (a note each, by another client), and the sync engine
// brings them in. Baselines in the same run: a sync with nothing changed, and curl fetching the same change
// page.
//   bench_incremental_sync [--petitions N] [--changed C] [--rounds R]

#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace pakn;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_incremental_sync: %s\n", qPrintable(why));
    return 1;
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
                       : (v.size() % 2 ? double(v.at(v.size() / 2))
                                       : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0);
}

QString range(const QList<qint64> &v)
{
    return QStringLiteral("%1–%2")
        .arg(*std::min_element(v.begin(), v.end()))
        .arg(*std::max_element(v.begin(), v.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int petitions = argValue(args, QStringLiteral("--petitions"), 100000);
    const int changed = argValue(args, QStringLiteral("--changed"), 100);
    const int rounds = argValue(args, QStringLiteral("--rounds"), 5);

    // A data folder seeded before (scripts/bench.sh does it) saves seeding 100,000 petitions on each run,
    // which on a busy machine can take longer than ServerProcess waits for the server.
    QStringList serverArgs = {QStringLiteral("--petitions"), QString::number(petitions)};
    if (const QString data = qEnvironmentVariable("PAKN_BENCH_DATA_DIR"); !data.isEmpty())
        serverArgs << QStringLiteral("--data-dir") << QStringLiteral("%1/%2").arg(data).arg(petitions);
    test::ServerProcess server(serverArgs);
    QString error;
    if (!server.start(&error))
        return fail(error);
    QTemporaryDir dir;
    ApiClient::Options options;
    options.baseUrl = server.baseUrl();
    options.extraCaCertificates = server.caCertificates();
    options.trustSystemCas = false;
    options.timeoutMs = 120000;
    QEventLoop loop;
    auto signIn = [&](ApiClient &api) {
        SessionGrant grant;
        api.signIn(QStringLiteral("vanphong"), QStringLiteral("pakn-demo"),
                   [&](const ApiError &, const SessionGrant &g) {
                       grant = g;
                       loop.quit();
                   });
        loop.exec();
        api.setAccessToken(grant.accessToken);
        return grant.accessToken;
    };
    ApiClient api(options);
    ApiClient writer(options); // the colleague whose changes come in
    if (signIn(api).isEmpty() || signIn(writer).isEmpty())
        return fail(QStringLiteral("sign-in failed"));
    const QString writerToken = signIn(writer);

    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    if (!cache.open())
        return fail(QStringLiteral("cache"));
    SyncEngine engine(&api, cache);
    engine.setPageSize(1000);
    QString syncError;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const QString &e) {
        syncError = e;
        loop.quit();
    });
    auto timedSync = [&]() -> qint64 {
        QElapsedTimer t;
        t.start();
        engine.syncNow();
        loop.exec();
        return syncError.isEmpty() ? t.elapsed() : -1;
    };
    const qint64 fullMs = timedSync();
    if (fullMs < 0 || PetitionStore(cache).count() != petitions)
        return fail(QStringLiteral("full sync: ") + syncError);

    // Open petitions the city office may add a note to.
    QList<Petition> open;
    {
        QSqlQuery q(cache.connection());
        q.exec(
            QStringLiteral("SELECT id FROM petitions WHERE state IN ('submitted', 'received', 'classified',"
                           " 'transferred', 'in_progress', 'sent_back') ORDER BY id LIMIT %1")
                .arg(changed * rounds));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        for (const qint64 id : std::as_const(ids))
            open << *PetitionStore(cache).petition(id);
    }
    if (open.size() < changed * rounds)
        return fail(QStringLiteral("only %1 open petitions").arg(open.size()));

    QList<qint64> incremental, unchanged, curl;
    for (int round = 0; round < rounds; ++round) {
        const QString cursor = PetitionStore(cache).syncCursor();
        int pending = changed;
        for (int i = 0; i < changed; ++i) {
            const Petition &p = open.at(round * changed + i);
            writer.sendCommand(
                p.id, QUuid::createUuid().toString(QUuid::WithoutBraces), p.version,
                {{QStringLiteral("type"), QStringLiteral("note")},
                 {QStringLiteral("text"), QStringLiteral("Ghi chú đo hiệu năng %1").arg(round)}},
                [&](const ApiError &e, const Petition &) {
                    if (e.isError())
                        std::fprintf(stderr, "note: %s\n", qPrintable(e.message));
                    if (--pending == 0)
                        loop.quit();
                });
        }
        loop.exec();

        // Baseline: curl fetching the same page (before our sync, so the page holds the same changes).
        QElapsedTimer t;
        t.start();
        if (QProcess::execute(QStringLiteral("curl"),
                              {QStringLiteral("-sf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                               QStringLiteral("--cacert"), server.caFile(), QStringLiteral("-H"),
                               QStringLiteral("Authorization: Bearer ") + writerToken,
                               server.baseUrl().toString() +
                                   QStringLiteral("/api/v1/changes?limit=1000&cursor=") + cursor}) != 0)
            return fail(QStringLiteral("curl failed"));
        curl << t.elapsed();

        const qint64 before = PetitionStore(cache).count();
        const qint64 ms = timedSync();
        if (ms < 0 || PetitionStore(cache).count() != before)
            return fail(QStringLiteral("incremental sync: ") + syncError);
        incremental << ms;
        const qint64 none = timedSync();
        if (none < 0)
            return fail(QStringLiteral("no-change sync: ") + syncError);
        unchanged << none;
    }
    cache.releaseThreadConnection();

    std::printf(
        "%d petitions cached by a full sync from a local pakn-server over HTTPS (pages of 1000): %lld ms. "
        "Then %d rounds: %d petitions change on the server (a note each), then the sync engine runs "
        "(outbox empty; reference data by ETag, 304; the change feed from the stored cursor).\n\n",
        petitions, static_cast<long long>(fullMs), rounds, changed);
    std::printf("| | median ms | min–max ms | ratio |\n|---|--:|--:|--:|\n");
    std::printf("| incremental sync of %d changed petitions | %.0f | %s | %.2f%% of the full sync |\n",
                changed, median(incremental), qPrintable(range(incremental)),
                100.0 * median(incremental) / double(fullMs));
    std::printf("| baseline: sync with nothing changed | %.0f | %s | incremental / this: %.2f× |\n",
                median(unchanged), qPrintable(range(unchanged)),
                median(incremental) / std::max(1.0, median(unchanged)));
    std::printf(
        "| baseline: curl fetching the same change page (a new process and TLS handshake each) | %.0f | %s | "
        "incremental / this: %.2f× |\n",
        median(curl), qPrintable(range(curl)), median(incremental) / std::max(1.0, median(curl)));
    QStringList each;
    for (const qint64 ms : std::as_const(incremental))
        each << QString::number(ms);
    std::printf("\nThe incremental syncs in order: %s ms.\n", qPrintable(each.join(QStringLiteral(", "))));
    return 0;
}
