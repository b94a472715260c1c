#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pakn::test {

/// One run of a child process in a kill campaign (DESIGN.md §5): how it ended and what it printed.
struct KillRun
{
    bool killed = false;   ///< SIGKILL arrived before the process ended on its own
    int exitCode = -1;     ///< when it ended on its own (-1: crashed or timed out)
    QByteArray output;     ///< everything it wrote on stdout, up to the kill
    qint64 killedAtMs = 0; ///< ms since the epoch when SIGKILL was sent (0: not killed)
    qint64 tookMs = 0;     ///< from start to end or kill
};

/// Runs `program` with `arguments`, writes `input` to its stdin and closes it, and sends SIGKILL after
/// `killAfterMs` (< 0: never; then waits up to `timeoutMs`). The calling thread's event loop runs meanwhile,
/// so objects of the test living on it (a FaultProxy) keep working. Kills only the process it started.
KillRun runAndKill(const QString &program, const QStringList &arguments, const QByteArray &input,
                   int killAfterMs, int timeoutMs = 180000);

/// PAKN_KILL_ROUNDS if set (the campaign of record uses 100), else `ciDefault`.
int killRounds(int ciDefault);
/// PAKN_KILL_SEED if set, else the campaigns' fixed default.
quint32 killSeed();

/// Opens the SQLite cache at `path` and runs PRAGMA integrity_check: empty when it says "ok", else what
/// went wrong (the cache does not open, or the check's first line).
QString cacheIntegrityProblem(const QString &path);

} // namespace pakn::test
