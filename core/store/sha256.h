#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

class QIODevice;

namespace pakn {

/// SHA-256 of a stream of bytes, for attachments (upload, download, the content-addressed store).
///
/// Where the build found OpenSSL 3's libcrypto it computes with it (SHA extensions or AVX2: about 2 GB/s on
/// the benchmark machine); otherwise with QCryptographicHash, whose portable C code in Qt 6.4 manages about
/// 165 MB/s there — the ceiling the attachment download hit (docs/performance.md, "Attachments"). Same
/// results either way. Not copyable; cheap to create; one thread at a time.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// Reads `device` from its current position to its end; false when a read fails.
    bool addData(QIODevice *device);
    void reset();
    /// The 32 bytes of the digest of everything added since the start or the last reset().
    QByteArray result() const;

    static QByteArray hash(QByteArrayView bytes);
    /// For a thread of one's own that hashed: frees what libcrypto keeps for the calling thread; call last.
    static void endThread();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace pakn
