#pragma once

#include "domain/petition.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

namespace pakn {

class ApiClient;
class AttachmentStore;

/// Downloads attachments (a citizen's files, a reply's files) into the AttachmentStore.
///
/// Contract: lives on the sync thread with the account's ApiClient. `fetch()` answers with `fetched()`:
/// - from the store at once when the blob of the attachment's SHA-256 is there with the right size — offline
///   too, no request made;
/// - otherwise the body is streamed into `AttachmentStore::partialPath()` (never whole in memory) and hashed
///   on the way, on a thread of its own (Sha256Pipe) so that hashing overlaps the network and the writes;
///   after a dropped connection it continues with `Range: bytes=<what arrived>-` (up to `kAttempts` tries in
///   one fetch, and a later fetch continues the same partial file too); a server that ignores the range (200)
///   restarts the file. When the last byte arrived, size and SHA-256 are checked against the attachment's
///   description, and only a match becomes a blob: a mismatch deletes the partial file and reports why.
/// Two fetches of the same attachment are merged. `cancelAll()` stops every download and keeps what arrived.
/// An expired token (401) is reported as `needsSession()`; the caller renews it and calls `fetch()` again.
class AttachmentFetcher : public QObject
{
    Q_OBJECT
public:
    AttachmentFetcher(ApiClient *api, std::shared_ptr<const AttachmentStore> store,
                      QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    void fetch(const AttachmentRef &attachment);
    void cancelAll();
    /// For tests: the pause before a retry after a dropped connection (default 1 s, growing per try).
    void setRetryDelayMs(int milliseconds) { m_retryDelayMs = milliseconds; }

    static constexpr int kAttempts = 4;

Q_SIGNALS:
    /// `filePath` is the blob in the store; `error` is empty on success.
    void fetched(const QString &attachmentId, const QString &filePath, const QString &error);
    void progress(const QString &attachmentId, qint64 bytesDone, qint64 bytesTotal);
    /// The download got 401: renew the session, then fetch again.
    void needsSession(const pakn::AttachmentRef &attachment);

private:
    struct Download;
    void start(Download &d);
    void onReadyRead(Download &d);
    void onFinished(Download &d);
    void retryLater(const QString &attachmentId, int attempts);
    void finish(const QString &attachmentId, const QString &path, const QString &error);

    ApiClient *m_api;
    std::shared_ptr<const AttachmentStore> m_store;
    QHash<QString, std::shared_ptr<Download>> m_downloads; ///< by attachment id
    int m_retryDelayMs = 1000;
};

} // namespace pakn
