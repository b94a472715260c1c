#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>

namespace pakn::test {

/// One client connection and its upstream twin, with the bytes held back by delays in each direction.
struct FaultProxy::Pipe
{
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    std::deque<QByteArray> heldUp;   ///< to the server, waiting for a delay to end
    std::deque<QByteArray> heldDown; ///< to the client
    bool closed = false;
};

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, Rates rates, quint32 seed,
                       QObject *parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
    , m_rates(rates)
    , m_rng(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

bool FaultProxy::roll(double rate)
{
    return m_enabled && rate > 0 && m_rng.generateDouble() < rate;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_counts.connections;
        m_pipes.push_back(std::make_unique<Pipe>());
        Pipe *pipe = m_pipes.back().get();
        pipe->client = client;
        pipe->server = new QTcpSocket(this);
        client->setParent(this);
        // Bytes from the client wait in its socket until the upstream connection is up.
        connect(pipe->server, &QTcpSocket::connected, this,
                [this, pipe] { forward(pipe, pipe->client, pipe->server, true); });
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] {
            if (pipe->server->state() == QAbstractSocket::ConnectedState)
                forward(pipe, pipe->client, pipe->server, true);
        });
        connect(pipe->server, &QTcpSocket::readyRead, this,
                [this, pipe] { forward(pipe, pipe->server, pipe->client, false); });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe, false); });
        connect(pipe->server, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe, false); });
        connect(pipe->server, &QTcpSocket::errorOccurred, this, [this, pipe] { close(pipe, false); });
        pipe->server->connectToHost(m_upstreamHost, m_upstreamPort);
    }
}

void FaultProxy::forward(Pipe *pipe, QTcpSocket *from, QTcpSocket *to, bool upstream)
{
    if (pipe->closed)
        return;
    QByteArray chunk = from->readAll();
    if (chunk.isEmpty())
        return;
    ++m_counts.chunks;
    m_counts.bytes += chunk.size();
    if (upstream)
        m_counts.bytesUpstream += chunk.size();

    if (roll(m_rates.drop)) {
        ++m_counts.dropped;
        close(pipe, true);
        return;
    }
    if (roll(m_rates.corrupt)) {
        ++m_counts.corrupted;
        const qsizetype at = qsizetype(m_rng.bounded(quint32(chunk.size())));
        chunk[at] = char(chunk.at(at) ^ char(1 + m_rng.bounded(255)));
    }
    if (roll(m_rates.truncate)) {
        ++m_counts.truncated;
        to->write(chunk.left(qsizetype(m_rng.bounded(quint32(chunk.size())))));
        to->flush();
        close(pipe, true);
        return;
    }
    std::deque<QByteArray> &held = upstream ? pipe->heldUp : pipe->heldDown;
    const bool delay = roll(m_rates.delay);
    if (delay)
        ++m_counts.delayed;
    if (held.empty() && !delay) {
        to->write(chunk);
        return;
    }
    // Keep order: once something is held on this direction, everything after it waits behind it.
    held.push_back(chunk);
    if (held.size() > 1)
        return;
    const int ms = delay ? 1 + int(m_rng.bounded(quint32(std::max(1, m_rates.maxDelayMs)))) : 0;
    QPointer<QTcpSocket> target(to);
    QTimer::singleShot(ms, this, [pipe, target, &held] {
        if (pipe->closed || !target)
            return;
        while (!held.empty()) {
            target->write(held.front());
            held.pop_front();
        }
    });
}

void FaultProxy::close(Pipe *pipe, bool abrupt)
{
    if (pipe->closed)
        return;
    pipe->closed = true;
    for (QTcpSocket *socket : {pipe->client, pipe->server}) {
        socket->disconnect(this);
        if (abrupt) {
            socket->abort();
        } else {
            // What one side said before it hung up still reaches the other side.
            if (socket->bytesAvailable() > 0) {
                QTcpSocket *other = socket == pipe->client ? pipe->server : pipe->client;
                if (other->state() == QAbstractSocket::ConnectedState)
                    other->write(socket->readAll());
            }
        }
    }
    if (!abrupt) {
        for (QTcpSocket *socket : {pipe->client, pipe->server}) {
            for (const QByteArray &held : socket == pipe->client ? pipe->heldDown : pipe->heldUp)
                socket->write(held);
            if (socket->state() == QAbstractSocket::UnconnectedState) {
                socket->deleteLater();
            } else { // the socket lives until its last bytes are out
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
                socket->disconnectFromHost();
            }
        }
        return;
    }
    pipe->client->deleteLater();
    pipe->server->deleteLater();
}

} // namespace pakn::test
