#include "serveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace pakn::server {
namespace {

QDate todayInHanoi()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

} // namespace

std::optional<ServerOptions> parseServerOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reference central petition service of PAKN Desk: the /api/v1 contract of docs/api.md\n"
        "over HTTPS, stored in SQLite, with deterministic Vietnamese demo data. When listening it prints\n"
        "one line,\n"
        "  pakn-server ready url=https://HOST:PORT ca=/abs/path/cert.pem\n"
        "and writes DATA_DIR/server.json. SIGINT or SIGTERM stops it cleanly (exit code 0).\n"
        "\n"
        "Commands (instead of serving):\n"
        "  pakn-server calendar YEAR [--overrides FILE]\n"
        "      print the year's non-working days other than weekends, and its make-up working days\n"
        "  pakn-server users list [--data-dir DIR]\n"
        "      print the accounts of the database: user name, roles, unit, full name\n"
        "  pakn-server users set USER --password-file FILE --roles R1,R2 --unit UNIT --full-name NAME\n"
        "                        [--data-dir DIR]\n"
        "      create or reset an account (the password is the first line of FILE; its sessions end)\n"
        "\n"
        "Fault injection (all off by default; never applied to /api/v1/health): --fault-latency-ms adds a\n"
        "delay to every request; of the rest, a share --fault-error-rate is answered 500 or 503 with\n"
        "Retry-After without being applied, a share --fault-drop-rate has its connection closed without an\n"
        "answer (half before, half after the request was applied), and a share --fault-truncate-rate is\n"
        "applied and answered with a body cut short. The decisions come from --fault-seed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral(
            "Folder for the database, TLS files and server.json; created with mode 0700 if missing. "
            "Restarting on the same folder keeps all data."),
        QStringLiteral("DIR"), QStringLiteral("./pakn-server-data"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free port."),
                                  QStringLiteral("N"), QStringLiteral("8443"));
    const QCommandLineOption cert(
        QStringLiteral("cert"),
        QStringLiteral("PEM certificate to serve (with --key). Without both, a "
                       "self-signed certificate for localhost/127.0.0.1 is made once in "
                       "DATA_DIR/tls/cert.pem; clients pin that file as their CA."),
        QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM private key of --cert."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the demo data generator; the same seed, --demo-today and "
                       "--petitions give identical data. Used only when the database is "
                       "created."),
        QStringLiteral("N"), QStringLiteral("20250101"));
    const QCommandLineOption petitions(
        QStringLiteral("petitions"),
        QStringLiteral("Number of demo petitions to generate when the database is "
                       "created."),
        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption demoToday(
        QStringLiteral("demo-today"),
        QStringLiteral("The 'today' the demo data is anchored to (yyyy-MM-dd); "
                       "petitions span the two years before it, the last change at 17:00 "
                       "that day. Default: today in Hà Nội (UTC+7), the last change no "
                       "later than the server's start. Used only when the database is "
                       "created."),
        QStringLiteral("DATE"));
    const QCommandLineOption accessTtl(
        QStringLiteral("access-token-ttl"),
        QStringLiteral("Seconds an access token lives (1 to 86400); refresh tokens live 12 hours."),
        QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Worker threads, i.e. connections served at once (1 to 64); more wait in a queue. "
                       "An idle keep-alive connection keeps its thread for up to 3 seconds."),
        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption maxAttachment(
        QStringLiteral("max-attachment-mb"),
        QStringLiteral("Largest attachment accepted, in MiB (1 to 2047); published in the reference data."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption faultLatency(QStringLiteral("fault-latency-ms"),
                                          QStringLiteral("Fault injection: delay added to every request."),
                                          QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption faultError(
        QStringLiteral("fault-error-rate"),
        QStringLiteral("Fault injection: share (0 to 1) of requests answered 500 or 503."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption faultDrop(
        QStringLiteral("fault-drop-rate"),
        QStringLiteral("Fault injection: share (0 to 1) of connections closed before or after applying."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption faultTruncate(
        QStringLiteral("fault-truncate-rate"),
        QStringLiteral("Fault injection: share (0 to 1) of answers whose body is cut short."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Fault injection: seed of the decisions."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({dataDir, host, port, cert, key, seed, petitions, demoToday, accessTtl, threads,
                       maxAttachment, faultLatency, faultError, faultDrop, faultTruncate, faultSeed});
    parser.process(app);

    ServerOptions o;
    o.dataDir = parser.value(dataDir);
    o.host = parser.value(host);
    bool ok = false;
    o.port = parser.value(port).toInt(&ok);
    if (!ok || o.port < 0 || o.port > 65535) {
        *error = QStringLiteral("--port: expected a number from 0 to 65535");
        return std::nullopt;
    }
    o.certificateFile = parser.value(cert);
    o.privateKeyFile = parser.value(key);
    if (o.certificateFile.isEmpty() != o.privateKeyFile.isEmpty()) {
        *error = QStringLiteral("--cert and --key go together");
        return std::nullopt;
    }
    o.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed: expected a number from 0 to 4294967295");
        return std::nullopt;
    }
    o.petitions = parser.value(petitions).toInt(&ok);
    if (!ok || o.petitions < 0 || o.petitions > 5'000'000) {
        *error = QStringLiteral("--petitions: expected a number from 0 to 5000000");
        return std::nullopt;
    }
    if (parser.isSet(demoToday)) {
        o.demoToday = QDate::fromString(parser.value(demoToday), Qt::ISODate);
        if (!o.demoToday.isValid()) {
            *error = QStringLiteral("--demo-today: expected a date yyyy-MM-dd");
            return std::nullopt;
        }
    } else {
        o.demoToday = todayInHanoi();
        const QTime now = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).time();
        o.demoLatestTime = std::min(o.demoLatestTime, QTime(now.hour(), now.minute()));
    }
    const auto integer = [&](const QCommandLineOption &option, int min, int max, int *out) {
        bool valid = false;
        *out = parser.value(option).toInt(&valid);
        if (!valid || *out < min || *out > max)
            *error = QStringLiteral("--%1: expected a number from %2 to %3")
                         .arg(option.names().first())
                         .arg(min)
                         .arg(max);
        return valid && *out >= min && *out <= max;
    };
    const auto rate = [&](const QCommandLineOption &option, double *out) {
        bool valid = false;
        *out = parser.value(option).toDouble(&valid);
        if (!valid || *out < 0 || *out > 1)
            *error = QStringLiteral("--%1: expected a share from 0 to 1").arg(option.names().first());
        return valid && *out >= 0 && *out <= 1;
    };
    int faultSeedValue = 0;
    if (!integer(accessTtl, 1, 86400, &o.accessTokenTtlSeconds) || !integer(threads, 1, 64, &o.threads) ||
        !integer(maxAttachment, 1, 2047, &o.maxAttachmentMb) ||
        !integer(faultLatency, 0, 60'000, &o.faults.latencyMs) || !rate(faultError, &o.faults.errorRate) ||
        !rate(faultDrop, &o.faults.dropRate) || !rate(faultTruncate, &o.faults.truncateRate) ||
        !integer(faultSeed, 0, std::numeric_limits<int>::max(), &faultSeedValue))
        return std::nullopt;
    o.faults.seed = static_cast<quint32>(faultSeedValue);
    if (o.faults.errorRate + o.faults.dropRate + o.faults.truncateRate > 1) {
        *error = QStringLiteral(
            "--fault-error-rate, --fault-drop-rate and --fault-truncate-rate add up to more than 1");
        return std::nullopt;
    }
    if (o.dataDir.isEmpty() || o.host.isEmpty()) {
        *error = QStringLiteral("--data-dir and --host must not be empty");
        return std::nullopt;
    }
    return o;
}

} // namespace pakn::server
