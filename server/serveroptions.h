#pragma once

#include "faultinjector.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

class QCoreApplication;

namespace pakn::server {

/// The command line of pakn-server, parsed and validated.
struct ServerOptions
{
    QString dataDir;
    QString host;
    int port = 8443;
    QString certificateFile; ///< empty: make or reuse DATA_DIR/tls/cert.pem
    QString privateKeyFile;
    quint32 seed = 20250101;
    int petitions = 600;
    QDate demoToday;
    /// Hà Nội time of day of the last demo change on demoToday: 17:00 with --demo-today (stable data);
    /// without it the time the server starts, when that is earlier, so no demo event lies in the future.
    QTime demoLatestTime = QTime(17, 0);
    int accessTokenTtlSeconds = 900;
    int threads = 8;
    int maxAttachmentMb = 50;
    FaultOptions faults;
};

/// Parses the arguments of `app` with QCommandLineParser. --help and --version print and exit(0); an unknown
/// option prints and exits(1). Returns nullopt with `error` set when a value is invalid.
std::optional<ServerOptions> parseServerOptions(const QCoreApplication &app, QString *error);

} // namespace pakn::server
