#include "killcampaign.h"

#include "store/cachedatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>
#include <csignal>

namespace pakn::test {

KillRun runAndKill(const QString &program, const QStringList &arguments, const QByteArray &input,
                   int killAfterMs, int timeoutMs)
{
    KillRun run;
    QProcess child;
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&child, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QElapsedTimer took;
    took.start();
    child.start(program, arguments);
    if (!child.waitForStarted(30000))
        return run;
    child.write(input);
    child.closeWriteChannel();
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &loop, [&] {
        if (child.state() == QProcess::NotRunning)
            return;
        run.killedAtMs = QDateTime::currentMSecsSinceEpoch();
        run.killed = true;
        ::kill(pid_t(child.processId()), SIGKILL);
    });
    killer.start(killAfterMs >= 0 ? killAfterMs : timeoutMs);
    if (child.state() != QProcess::NotRunning)
        loop.exec();
    if (child.state() != QProcess::NotRunning)
        child.waitForFinished(10000);
    run.tookMs = took.elapsed();
    run.output = child.readAllStandardOutput();
    if (killAfterMs < 0 && run.killed) { // the timeout, not a planned kill
        run.killed = false;
        run.exitCode = -1;
        return run;
    }
    if (!run.killed)
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return run;
}

int killRounds(int ciDefault)
{
    const int rounds = qEnvironmentVariableIntValue("PAKN_KILL_ROUNDS");
    return rounds > 0 ? rounds : ciDefault;
}

quint32 killSeed()
{
    return qEnvironmentVariableIsSet("PAKN_KILL_SEED")
               ? quint32(qEnvironmentVariableIntValue("PAKN_KILL_SEED"))
               : 20251128u;
}

QString cacheIntegrityProblem(const QString &path)
{
    CacheDatabase cache(path);
    const CacheOpenResult opened = cache.open();
    if (!opened)
        return opened.message;
    QString problem;
    {
        QSqlQuery q(cache.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            problem = QStringLiteral("integrity_check did not run");
        else if (q.value(0).toString() != QLatin1String("ok"))
            problem = q.value(0).toString();
    }
    cache.releaseThreadConnection();
    return problem;
}

} // namespace pakn::test
