#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QFile;
class QIODevice;

namespace pakn {

/// Content-addressed store for attachment bytes: each blob is a file named by the SHA-256 of its content,
/// under
/// `<root>/<first two hex digits>/<hash>`.
///
/// Contract: `add*()` streams the source in chunks (never whole in memory), hashing on the way, into a
/// temporary file that is renamed into place only when complete, so a blob that exists is always whole;
/// adding the same content twice stores it once. The source may be moved or deleted as soon as `add*()`
/// returns. A write failure (disk full, permissions) leaves nothing behind and is reported with the reason.
/// Folders are created readable by the owner only. `verify()` re-hashes a blob to detect corruption. Safe to
/// use from several threads on different blobs; adding the same content concurrently is harmless (last rename
/// wins with equal bytes).
class AttachmentStore
{
public:
    struct Added
    {
        QString sha256; ///< lowercase hex; empty on failure
        qint64 size = 0;
        QString error; ///< English, for logs and the UI to translate around; empty on success
        explicit operator bool() const { return error.isEmpty(); }
    };
    enum class Health { Ok, Missing, Corrupt };
    /// Called on the copying thread after each chunk with the bytes copied so far.
    using Progress = std::function<void(qint64 bytesCopied)>;

    explicit AttachmentStore(QString rootDir);

    /// Copies a file in. `maxSize` < 0 means no limit; a larger source is refused before anything is written.
    /// `cancel` set stops the copy between chunks (error "cancelled", nothing left behind); `progress`
    /// is told how far it got after every chunk.
    Added addFile(const QString &sourcePath, qint64 maxSize = -1, const std::atomic_bool *cancel = nullptr,
                  const Progress &progress = {}) const;
    /// Copies whatever a readable device yields (a download, say) until its end.
    Added addDevice(QIODevice *source, qint64 maxSize = -1, const std::atomic_bool *cancel = nullptr,
                    const Progress &progress = {}) const;

    /// Moves a finished download into place as blob `sha256`. The caller hashed the bytes on the way in and
    /// vouches for `sha256`; the file must lie under the root (`partialPath()`), so the move is a rename.
    Added adopt(const QString &filePath, const QString &sha256) const;
    /// Where a download of `sha256` collects its bytes until complete (under the root, so wiping the root
    /// removes it); its folder is created. Empty for an invalid hash.
    QString partialPath(const QString &sha256) const;

    QString rootDir() const { return m_root; }
    QString blobPath(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    Health verify(const QString &sha256) const;
    bool remove(const QString &sha256) const;
    /// Opens a blob for reading, or returns null when it is missing.
    std::unique_ptr<QFile> open(const QString &sha256) const;

    static bool isValidHash(const QString &sha256);

private:
    QString m_root;
};

} // namespace pakn
