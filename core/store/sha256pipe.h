#pragma once

#include "sha256.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

class QIODevice;

namespace pakn {

/// SHA-256 of a stream of bytes, computed on a worker thread while the caller goes on (for downloads: the
/// network and the file writes overlap the hashing; docs/performance.md, "Attachments").
///
/// Contract: `addData()` queues the bytes (implicitly shared, not copied) and returns at once, unless more
/// than `maxPendingBytes` are already queued: then it waits until the worker has caught up — memory stays
/// bounded. `reset()`, `addData(QIODevice *)` and `result()` wait for everything queued before them, so the
/// digest is that of every byte added in order, exactly as with Sha256. The worker starts with the first
/// queued bytes and ends with the object. Use from one thread (the owner); not copyable.
class Sha256Pipe
{
public:
    explicit Sha256Pipe(qint64 maxPendingBytes = 8 * 1024 * 1024);
    ~Sha256Pipe();
    Sha256Pipe(const Sha256Pipe &) = delete;
    Sha256Pipe &operator=(const Sha256Pipe &) = delete;

    void addData(const QByteArray &bytes);
    /// Reads `device` from its current position to its end on the caller's thread; false when a read fails.
    bool addData(QIODevice *device);
    void reset();
    /// The 32 bytes of the digest of everything added since the start or the last reset().
    QByteArray result();

private:
    void run();
    void waitIdle(std::unique_lock<std::mutex> &lock);

    const qint64 m_maxPendingBytes;
    Sha256 m_hash; ///< touched by the worker only while it holds a piece; by the owner only when idle
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qint64 m_pendingBytes = 0; ///< queued plus the piece the worker is hashing
    bool m_stopping = false;
    std::thread m_worker;
};

} // namespace pakn
