#include "sha256pipe.h"

namespace pakn {

Sha256Pipe::Sha256Pipe(qint64 maxPendingBytes)
    : m_maxPendingBytes(maxPendingBytes)
{}

Sha256Pipe::~Sha256Pipe()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void Sha256Pipe::addData(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_worker.joinable())
        m_worker = std::thread([this] {
            run();
            Sha256::endThread();
        });
    // One piece larger than the bound is still taken whole (it is in memory already); the wait keeps the
    // queue from growing beyond the bound plus that piece.
    m_changed.wait(lock, [this] { return m_pendingBytes == 0 || m_pendingBytes < m_maxPendingBytes; });
    m_queue.push_back(bytes);
    m_pendingBytes += bytes.size();
    lock.unlock();
    m_changed.notify_all();
}

bool Sha256Pipe::addData(QIODevice *device)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    waitIdle(lock);
    return m_hash.addData(device);
}

void Sha256Pipe::reset()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    waitIdle(lock);
    m_hash.reset();
}

QByteArray Sha256Pipe::result()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    waitIdle(lock);
    return m_hash.result();
}

void Sha256Pipe::waitIdle(std::unique_lock<std::mutex> &lock)
{
    m_changed.wait(lock, [this] { return m_pendingBytes == 0; });
}

void Sha256Pipe::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and nothing left that anyone could wait for
        const QByteArray piece = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_hash.addData(piece);
        lock.lock();
        m_pendingBytes -= piece.size();
        m_changed.notify_all();
    }
}

} // namespace pakn
