#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>

namespace pakn::test {
namespace {

constexpr int kStartTimeoutMs = 60'000;
constexpr int kStopTimeoutMs = 15'000;
const QString kDefaultDemoToday = QStringLiteral("2026-11-28");

/// The value of `--name VALUE` or `--name=VALUE` in args, or a null string.
QString optionValue(const QStringList &args, const QString &name)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 1);
    }
    return {};
}

} // namespace

struct ServerProcess::Private
{
    QStringList extraArgs;
    std::unique_ptr<QTemporaryDir> ownDataDir; // when extraArgs names none
    QTemporaryDir logDir;
    QString dataDir;
    QString logFile;
    std::unique_ptr<QProcess> process;
    QUrl baseUrl;
    QString caFile;
    int starts = 0;

    void forwardLog(const QString &why) const
    {
        QFile log(logFile);
        const QByteArray text = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray("(no log)\n");
        std::fprintf(stderr, "---- pakn-server stderr (%s) ----\n%s---- end of pakn-server stderr ----\n",
                     qPrintable(why), text.constData());
        std::fflush(stderr);
    }

    void kill()
    {
        if (!process)
            return;
        process->kill();
        process->waitForFinished(kStopTimeoutMs);
        process.reset();
    }
};

ServerProcess::ServerProcess(QStringList extraArgs)
    : d(std::make_unique<Private>())
{
    d->extraArgs = std::move(extraArgs);
    d->dataDir = optionValue(d->extraArgs, QStringLiteral("--data-dir"));
    if (d->dataDir.isNull()) {
        d->ownDataDir = std::make_unique<QTemporaryDir>();
        d->dataDir = d->ownDataDir->path();
    }
    d->dataDir = QDir(d->dataDir).absolutePath();
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString *error)
{
    if (d->process)
        return true;
    const auto failWith = [&](const QString &why) {
        d->forwardLog(why);
        d->kill();
        if (error)
            *error = why;
        return false;
    };

    QStringList args;
    if (d->ownDataDir)
        args << QStringLiteral("--data-dir") << d->dataDir;
    if (optionValue(d->extraArgs, QStringLiteral("--port")).isNull())
        args << QStringLiteral("--port") << QStringLiteral("0");
    if (optionValue(d->extraArgs, QStringLiteral("--demo-today")).isNull())
        args << QStringLiteral("--demo-today") << kDefaultDemoToday;
    args << d->extraArgs;

    d->logFile = d->logDir.filePath(QStringLiteral("pakn-server-%1.log").arg(++d->starts));
    d->process = std::make_unique<QProcess>();
    d->process->setProgram(serverExecutable());
    d->process->setArguments(args);
    d->process->setStandardErrorFile(d->logFile);
    // If the test process dies without stopping the server, the kernel stops it.
    d->process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    d->process->start();
    if (!d->process->waitForStarted(kStartTimeoutMs))
        return failWith(
            QStringLiteral("cannot run %1: %2").arg(serverExecutable(), d->process->errorString()));

    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!d->process->canReadLine()) {
        if (d->process->state() != QProcess::Running || deadline.hasExpired())
            return failWith(QStringLiteral("pakn-server ended or timed out before it was ready"));
        d->process->waitForReadyRead(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 1000)));
    }
    const QString line = QString::fromUtf8(d->process->readLine()).trimmed();
    const QString prefix = QStringLiteral("pakn-server ready url=");
    const qsizetype caAt = line.indexOf(QStringLiteral(" ca="));
    if (!line.startsWith(prefix) || caAt < 0)
        return failWith(QStringLiteral("unexpected first line from pakn-server: %1").arg(line.left(200)));
    d->baseUrl = QUrl(line.mid(prefix.size(), caAt - prefix.size()));
    d->caFile = line.mid(caAt + 4);
    if (!d->baseUrl.isValid() || caCertificates().isEmpty())
        return failWith(
            QStringLiteral("pakn-server announced an unusable url or CA file: %1").arg(line.left(200)));
    return true;
}

void ServerProcess::stop()
{
    if (!d->process)
        return;
    d->process->terminate();
    const bool stopped = d->process->waitForFinished(kStopTimeoutMs);
    const bool clean =
        stopped && d->process->exitStatus() == QProcess::NormalExit && d->process->exitCode() == 0;
    if (!clean)
        d->forwardLog(QStringLiteral("did not stop cleanly"));
    else if (QTest::currentTestFailed())
        d->forwardLog(QStringLiteral("the test failed"));
    d->kill();
}

QUrl ServerProcess::baseUrl() const
{
    return d->baseUrl;
}

QString ServerProcess::caFile() const
{
    return d->caFile;
}

QString ServerProcess::dataDir() const
{
    return d->dataDir;
}

QList<QSslCertificate> ServerProcess::caCertificates() const
{
    if (d->caFile.isEmpty())
        return {};
    return QSslCertificate::fromPath(d->caFile, QSsl::Pem);
}

QSslConfiguration ServerProcess::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(caCertificates());
    return config;
}

QString serverExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("PAKN_SERVER_EXECUTABLE");
    return fromEnvironment.isEmpty() ? QStringLiteral(PAKN_SERVER_EXECUTABLE) : fromEnvironment;
}

} // namespace pakn::test
