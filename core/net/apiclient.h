#pragma once

#include "domain/referencedata.h"
#include "errorpolicy.h"
#include "wirecodec.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace pakn {

/// A resumable upload as the server describes it (docs/api.md §8).
struct UploadState
{
    QString uploadId;
    qint64 size = 0;
    qint64 received = 0;                     ///< bytes the server holds: the offset of the next chunk
    std::optional<AttachmentRef> attachment; ///< set once completed
};

/// HTTPS client for the central petition service (docs/api.md), one per account.
///
/// Contract: owns one QNetworkAccessManager with one fixed TLS configuration, made at construction (QNAM's
/// connection cache ignores per-request TLS settings, so trust never changes for the life of the object). TLS
/// is always verified; there is no way to ignore certificate errors. Every request has a transfer timeout.
/// Callbacks run on the thread that owns the client, and never after it is destroyed. Failures are classified
/// by `classifyFailure()` and described in one translated sentence that never contains tokens or personal
/// data.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl; ///< e.g. https://127.0.0.1:8443 (the /api/v1 prefix is added)
        QList<QSslCertificate> extraCaCertificates; ///< an organisation CA, or the demo server's certificate
        bool trustSystemCas = true;                 ///< false: trust only extraCaCertificates (tests)
        int timeoutMs = 30000;
    };

    template<typename T> using Callback = std::function<void(const ApiError &, const T &)>;

    explicit ApiClient(Options options, QObject *parent = nullptr);
    ~ApiClient() override;

    /// Reads PEM certificates from a file; on failure returns an empty list and sets *error.
    static QList<QSslCertificate> loadCaFile(const QString &path, QString *error);
    /// Checks that a server URL can be used at all (https with a host); returns the reason when not.
    static QString validateBaseUrl(const QUrl &url);

    const QUrl &baseUrl() const { return m_options.baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    void signIn(const QString &username, const QString &password, Callback<SessionGrant> done);
    /// POST /session/refresh: a new grant for a refresh token (which the server then revokes).
    void refresh(const QString &refreshToken, Callback<SessionGrant> done);
    /// DELETE /session: revokes the access and refresh tokens. `done` gets the error, if any.
    void signOut(std::function<void(const ApiError &)> done);
    void fetchChanges(const QString &cursor, int limit, Callback<ChangePage> done);
    /// GET /reference with If-None-Match: `done(error, data, json, etag)`; `data` is nullopt and no error
    /// when the cached copy (of `etag`) is still current (304).
    using ReferenceCallback = std::function<void(const ApiError &, const std::optional<ReferenceData> &,
                                                 const QJsonObject &, const QString &)>;
    void fetchReference(const QString &etag, ReferenceCallback done);
    /// POST /petitions/{id}/commands: `command` holds "type" and the command's fields. On success the new
    /// record; on 409 the error's `problem` holds the current record under "current".
    void sendCommand(qint64 petitionId, const QString &idempotencyKey, qint64 baseVersion,
                     const QJsonObject &command, Callback<Petition> done);

    /// POST /uploads: declares an upload of `size` bytes with the content's SHA-256.
    void declareUpload(const QString &name, qint64 size, const QString &sha256, const QString &mime,
                       Callback<UploadState> done);
    /// PUT /uploads/{id}?offset=N with one chunk (at most the policy's max_chunk_bytes). A 409 wrong_offset
    /// carries `expected_offset` in the error's problem.
    void sendChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk,
                   Callback<UploadState> done);
    /// GET /uploads/{id}: how many bytes the server holds (to resume after a failure).
    void uploadStatus(const QString &uploadId, Callback<UploadState> done);
    /// POST /uploads/{id}/complete: the attachment, once every byte arrived with the declared hash.
    void completeUpload(const QString &uploadId, Callback<AttachmentRef> done);
    /// GET /attachments/{id}, from byte `offset` on (a Range request when > 0). The caller reads the body as
    /// it arrives, and owns and deletes the reply; `failureOf()` classifies it.
    QNetworkReply *downloadAttachment(const QString &attachmentId, qint64 offset);
    /// The classified failure of a finished reply (no error when it succeeded), with `body` its problem.
    ApiError failureOf(QNetworkReply *reply, const QByteArray &body) const
    {
        return describeFailure(reply, body, {});
    }
    /// Aborts every request in flight except downloads: each ends with a RetryLater error, "cancelled".
    void abortAll();

    /// The classified failure of an HTTP answer that arrived (`httpStatus` != 0): its status and transport
    /// error, its Retry-After header (empty when absent) and its body, a problem document (docs/api.md §2)
    /// or anything else. Pure; never fails: an unreadable body gives a message with the status alone, the
    /// message is one line of at most kMaxDetail characters of the server's detail and valid UTF-16.
    static ApiError describeRefusal(int httpStatus, QNetworkReply::NetworkError transportError,
                                    const QByteArray &retryAfter, const QByteArray &body,
                                    const QDateTime &now);
    /// Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in seconds from `now`: 0 for a
    /// moment already past, -1 when empty or unreadable (the client's own back-off then applies).
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    static constexpr int kMaxDetail = 300;

private:
    using JsonCallback = std::function<void(const ApiError &, const QJsonObject &)>;
    /// Also the body the object was parsed from (empty on failure).
    using BodyCallback = std::function<void(const ApiError &, const QJsonObject &, const QByteArray &)>;
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query) const;
    void watch(QNetworkReply *reply, JsonCallback done);
    void watch(QNetworkReply *reply, BodyCallback done);
    /// Tried first on a successful JSON answer's body: true when it delivered the answer itself; false sends
    /// the body through QJsonDocument and `done` as usual (which then also names any problem).
    using BodyShortcut = std::function<bool(const ApiError &, const QByteArray &)>;
    void watch(QNetworkReply *reply, BodyCallback done, BodyShortcut shortcut);
    ApiError describeFailure(QNetworkReply *reply, const QByteArray &body,
                             const QList<QSslError> &sslErrors) const;

    Options m_options;
    QNetworkAccessManager *m_nam;
    QString m_accessToken;
};

} // namespace pakn
