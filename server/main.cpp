// pakn-server: the composition root. Parses the options, prepares the data folder, TLS material and
// database (seeding a new one), wires the services into the HTTPS server, announces readiness, and serves
// until SIGINT or SIGTERM.

#include "api.h"
#include "calendarcommand.h"
#include "changefeed.h"
#include "demodata.h"
#include "faultinjector.h"
#include "httpserver.h"
#include "petitionservice.h"
#include "referenceservice.h"
#include "requestlog.h"
#include "serverdb.h"
#include "serveroptions.h"
#include "sessionservice.h"
#include "tlscert.h"
#include "uploadservice.h"
#include "userscommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace pakn::server;

namespace {

int fail(const QString &message)
{
    RequestLog::event("fatal", message);
    return 1;
}

bool prepareDataDir(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path) ||
        !QFile::setPermissions(path,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(path);
        return false;
    }
    return true;
}

/// Opens the database, seeding it when it is new; on an existing one the demo options are ignored.
bool prepareDatabase(ServerDb &db, const ServerOptions &options, QString *error)
{
    bool created = false;
    if (!db.open(&created, error))
        return false;
    QSqlDatabase connection = db.connection();
    if (!created) {
        RequestLog::event(
            "database",
            QStringLiteral("opened existing %1 (seed %2, demo_today %3, %4 petitions); "
                           "--seed, --petitions and --demo-today are not applied")
                .arg(db.filePath(), ServerDb::meta(connection, QStringLiteral("seed")).value_or(QString()),
                     ServerDb::meta(connection, QStringLiteral("demo_today")).value_or(QString()),
                     ServerDb::meta(connection, QStringLiteral("petitions")).value_or(QString())));
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    const DemoData data(options.seed, options.demoToday, options.petitions, options.demoLatestTime);
    if (!seedDemoData(connection, options.seed, data, error))
        return false;
    RequestLog::event("database",
                      QStringLiteral("created and seeded %1: %2 petitions, seed %3, demo_today %4, in %5 ms")
                          .arg(db.filePath())
                          .arg(options.petitions)
                          .arg(options.seed)
                          .arg(options.demoToday.toString(Qt::ISODate))
                          .arg(timer.elapsed()));
    return true;
}

bool writeServerJson(const QString &dataDir, const QString &url, int port, const QString &caFile,
                     QString *error)
{
    QSaveFile file(QDir(dataDir).absoluteFilePath(QStringLiteral("server.json")));
    const QJsonObject json{
        {QStringLiteral("url"), url}, {QStringLiteral("port"), port}, {QStringLiteral("ca_file"), caFile}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write server.json: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    umask(077); // the database, keys and server.json are for this user only

    // Block the stop signals in every thread (the mask is inherited); the main thread waits for them below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGUSR1); // sent by the serving thread if it ends on its own
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv); // needed by the SQLite plugin
    QCoreApplication::setApplicationName(QStringLiteral("pakn-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_SERVER_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("calendar"))
        return runCalendarCommand(arguments);
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("users"))
        return runUsersCommand(arguments);

    QString error;
    const std::optional<ServerOptions> options = parseServerOptions(app, &error);
    if (!options) {
        std::fprintf(stderr, "pakn-server: %s\nTry 'pakn-server --help'.\n", qPrintable(error));
        return 2;
    }
    const QString dataDir = QDir(options->dataDir).absolutePath();
    if (!prepareDataDir(dataDir, &error))
        return fail(error);

    TlsFiles tls{options->certificateFile, options->privateKeyFile};
    if (tls.certificate.isEmpty()) {
        if (!ensureSelfSignedCertificate(QDir(dataDir).absoluteFilePath(QStringLiteral("tls")), &tls, &error))
            return fail(error);
    }
    tls.certificate = QFileInfo(tls.certificate).absoluteFilePath();

    ServerDb db(QDir(dataDir).absoluteFilePath(QStringLiteral("pakn-server.sqlite")));
    if (!prepareDatabase(db, *options, &error))
        return fail(error);

    const std::unique_ptr<ReferenceService> reference =
        ReferenceService::load(db, qint64(options->maxAttachmentMb) * 1024 * 1024, &error);
    if (!reference)
        return fail(error);
    SessionService sessions(db, options->accessTokenTtlSeconds);
    ChangeFeed changes(db);
    PetitionService petitions(db, *reference);
    UploadService uploads(db, *reference, QDir(dataDir).absoluteFilePath(QStringLiteral("attachments")));
    if (!uploads.prepare(&error))
        return fail(error);
    HttpServer server(tls.certificate, tls.privateKey,
                      [&sessions](const QString &token) { return sessions.authenticate(token); });
    if (!server.isValid())
        return fail(QStringLiteral("cannot load the TLS certificate %1 or its key").arg(tls.certificate));
    server.setThreadCount(static_cast<std::size_t>(options->threads));
    std::unique_ptr<FaultInjector> faults;
    if (options->faults.enabled()) {
        faults = std::make_unique<FaultInjector>(options->faults);
        server.setFaultInjector(faults.get());
        RequestLog::event(
            "faults",
            QStringLiteral("fault injection on: latency %1 ms, error %2, drop %3, truncate %4, seed %5")
                .arg(options->faults.latencyMs)
                .arg(options->faults.errorRate)
                .arg(options->faults.dropRate)
                .arg(options->faults.truncateRate)
                .arg(options->faults.seed));
    }
    registerApiV1(server, ApiServices{sessions, changes, *reference, petitions, uploads});

    const int port = server.bind(options->host, options->port);
    if (port <= 0)
        return fail(QStringLiteral("cannot listen on %1 port %2").arg(options->host).arg(options->port));
    const QString hostInUrl = options->host.contains(QLatin1Char(':'))
                                  ? QLatin1Char('[') + options->host + QLatin1Char(']')
                                  : options->host;
    const QString url = QStringLiteral("https://%1:%2").arg(hostInUrl).arg(port);
    if (!writeServerJson(dataDir, url, port, tls.certificate, &error))
        return fail(error);

    bool served = true;
    std::thread serving([&server, &served] {
        served = server.serve();
        kill(getpid(), SIGUSR1);
    });
    std::printf("pakn-server ready url=%s ca=%s\n", qPrintable(url), qPrintable(tls.certificate));
    std::fflush(stdout);
    RequestLog::event("start", QStringLiteral("listening on %1").arg(url));

    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    serving.join();
    if (received == SIGUSR1 && !served)
        return fail(QStringLiteral("the HTTPS server stopped unexpectedly"));
    RequestLog::event("stop", QStringLiteral("stopped cleanly"));
    return 0;
}
