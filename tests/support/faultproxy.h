#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <memory>
#include <vector>

class QTcpSocket;

namespace pakn::test {

/// A TCP proxy between a client and pakn-server that damages traffic the way a bad network or a hostile
/// middlebox would, not the way the server itself fails (that is pakn-server's --fault-* switches). It
/// forwards TLS bytes blindly, so a corrupted or truncated record shows up at the client as a TLS error or a
/// dropped connection — which is the point: the client must never crash and never store what it could not
/// verify.
///
/// Faults, decided per forwarded chunk by one QRandomGenerator seeded by `seed` (the same seed and the same
/// traffic give the same faults), each with its own rate in [0, 1]:
///  - drop: both connections are aborted at once;
///  - delay: the chunk (and everything after it on that direction, to keep order) is held 1..maxDelayMs;
///  - truncate: only a random prefix of the chunk is sent, then both connections are closed;
///  - corrupt: one random byte of the chunk is flipped.
/// With every rate 0 (setFaultsEnabled(false)) it is a clean pass-through: "the proxy removed".
///
/// Threading: lives on the thread that created it and needs that thread's event loop running.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Rates
    {
        double drop = 0.0;
        double delay = 0.0;
        double truncate = 0.0;
        double corrupt = 0.0;
        int maxDelayMs = 300;
    };
    struct Counts
    {
        qint64 connections = 0;
        qint64 chunks = 0;
        qint64 bytes = 0;
        qint64 bytesUpstream = 0; ///< of `bytes`, those from the client towards the server
        qint64 dropped = 0;
        qint64 delayed = 0;
        qint64 truncated = 0;
        qint64 corrupted = 0;
        qint64 faults() const { return dropped + delayed + truncated + corrupted; }
    };

    FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, Rates rates, quint32 seed,
               QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 on a free port; false when it cannot.
    bool listen();
    quint16 port() const;
    void setFaultsEnabled(bool enabled) { m_enabled = enabled; }
    const Counts &counts() const { return m_counts; }

private:
    struct Pipe;
    void accept();
    void forward(Pipe *pipe, QTcpSocket *from, QTcpSocket *to, bool upstream);
    /// Ends both connections: abruptly for a fault, else after the bytes already written have gone.
    void close(Pipe *pipe, bool abrupt);
    bool roll(double rate);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    Rates m_rates;
    QRandomGenerator m_rng;
    bool m_enabled = true;
    Counts m_counts;
    std::vector<std::unique_ptr<Pipe>>
        m_pipes; ///< kept until the proxy goes: delayed writes may refer to them
};

} // namespace pakn::test
