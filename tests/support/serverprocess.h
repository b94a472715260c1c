#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace pakn::test {

/// Runs a real pakn-server as a child process on a free loopback port with a fresh temporary data folder.
///
/// Arguments: `--data-dir` (a temporary folder unless extraArgs gives one), `--port 0` and
/// `--demo-today 2026-11-28` (stable tests) are added unless extraArgs gives them; extraArgs come last.
/// The server's stderr goes to a log file and is copied to the test's stderr only on failure: when start()
/// fails, when the server does not stop cleanly, or when it is stopped while the current test function
/// has failed. start() and stop() may be repeated (a restart keeps the data folder).
/// Threading: use from the test's thread only. If the test process dies, the server gets SIGTERM.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArgs = {}); // e.g. {"--petitions", "50"}
    ~ServerProcess();                                   // stops the server (SIGTERM, then kill)
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start(QString *error); // waits up to 60 s for the ready line
    void stop();
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QString caFile() const;
    QString dataDir() const;
    QList<QSslCertificate> caCertificates() const; // the generated certificate
    QSslConfiguration sslConfiguration() const;    // default config, CA list = exactly caCertificates()

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The pakn-server binary under test: $PAKN_SERVER_EXECUTABLE if set, else the one this build made.
QString serverExecutable();

} // namespace pakn::test
