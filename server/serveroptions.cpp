#include "serveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

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
        "Commands:\n"
        "  pakn-server calendar YEAR [--overrides FILE]\n"
        "      print the year's non-working days other than weekends, and its make-up working days"));
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
                       "petitions span the two years before it. Default: today in "
                       "Hà Nội (UTC+7). Used only when the database is created."),
        QStringLiteral("DATE"));
    parser.addOptions({dataDir, host, port, cert, key, seed, petitions, demoToday});
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
    }
    if (o.dataDir.isEmpty() || o.host.isEmpty()) {
        *error = QStringLiteral("--data-dir and --host must not be empty");
        return std::nullopt;
    }
    return o;
}

} // namespace pakn::server
