// The crash campaign of DESIGN.md §5 for sync: pakn-cli is killed with SIGKILL at random moments while it
// pulls the change feed; after every kill the cache must pass PRAGMA integrity_check, must never hold a
// cursor ahead of its data, and the next sync must converge to exactly the server's petitions.
//   PAKN_KILL_ROUNDS (default 20 in CI; the campaign of record uses 50), PAKN_KILL_SEED.

#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace pakn;

class TestKillSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::ServerProcess>(
            QStringList{QStringLiteral("--petitions"), QStringLiteral("3000")});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
    }

    void killedSyncsNeverCorruptTheCacheAndConverge()
    {
        const int rounds = qEnvironmentVariableIntValue("PAKN_KILL_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("PAKN_KILL_ROUNDS")
                               : 20;
        const quint32 seed = qEnvironmentVariableIsSet("PAKN_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("PAKN_KILL_SEED"))
                                 : 20251128u;
        QRandomGenerator rng(seed);
        const QString cachePath = AccountController::cacheFilePath(m_profile.path(), m_server->baseUrl(),
                                                                   QStringLiteral("vanphong"));

        // How long a whole sync takes here, to spread the kills over it.
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(runSync(-1), 0);
        const int wholeMs = int(whole.elapsed());
        const qint64 expected = cachedCount(cachePath);
        QVERIFY(expected >= 3000);
        QVERIFY(QFile::remove(cachePath));
        QFile::remove(cachePath + QStringLiteral("-wal"));
        QFile::remove(cachePath + QStringLiteral("-shm"));

        int killedMidway = 0;
        for (int round = 0; round < rounds; ++round) {
            const int delay = int(rng.bounded(quint32(std::max(50, wholeMs))));
            const int code = runSync(delay);
            killedMidway += code == -9;

            CacheDatabase cache(cachePath);
            const CacheOpenResult opened = cache.open();
            QVERIFY2(opened, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opened.message)));
            QSqlQuery q(cache.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // The cursor never runs ahead of the data: a cache with a cursor holds every record before it.
            const QString cursor = PetitionStore(cache).syncCursor();
            const qint64 count = PetitionStore(cache).count();
            if (!cursor.isEmpty())
                QVERIFY2(
                    count > 0,
                    qPrintable(QStringLiteral("round %1: cursor %2 but no rows").arg(round).arg(cursor)));
            q.finish();
            cache.releaseThreadConnection();
            if (count >= expected) { // this round completed the sync: start again from an empty cache
                QFile::remove(cachePath);
                QFile::remove(cachePath + QStringLiteral("-wal"));
                QFile::remove(cachePath + QStringLiteral("-shm"));
            }
        }
        qInfo("%d of %d rounds were killed in the middle of a sync (sync takes ~%d ms)", killedMidway, rounds,
              wholeMs);
        QVERIFY2(killedMidway >= rounds / 2, "the kills must mostly land during the sync to mean anything");

        // After the last kill, a plain sync converges.
        QCOMPARE(runSync(-1), 0);
        QCOMPARE(cachedCount(cachePath), expected);
    }

private:
    /// Runs one `pakn-cli sync`; with killAfterMs >= 0 sends SIGKILL after that long. Returns the exit code,
    /// or -9 when it was killed before it finished.
    int runSync(int killAfterMs)
    {
        QProcess cli;
        cli.start(QStringLiteral(PAKN_CLI_EXECUTABLE),
                  {QStringLiteral("sync"), QStringLiteral("--server"), m_server->baseUrl().toString(),
                   QStringLiteral("--user"), QStringLiteral("vanphong"), QStringLiteral("--ca-file"),
                   m_server->caFile(), QStringLiteral("--profile"), m_profile.path()});
        cli.write("pakn-demo\n");
        cli.closeWriteChannel();
        if (killAfterMs >= 0 && !cli.waitForFinished(killAfterMs)) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            cli.waitForFinished(10000);
            return -9;
        }
        cli.waitForFinished(120000);
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

    static qint64 cachedCount(const QString &path)
    {
        CacheDatabase cache(path);
        if (!cache.open())
            return -1;
        const qint64 n = PetitionStore(cache).count();
        cache.releaseThreadConnection();
        return n;
    }

    std::unique_ptr<test::ServerProcess> m_server;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestKillSync)
#include "tst_kill_sync.moc"
