// The upload and download requests of ApiClient (docs/api.md §8, §9), apart from the JSON API of
// apiclient.cpp.

#include "apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace pakn {
namespace {

const char *const kNoAbort = "pakn_noabort";
constexpr qint64 kDownloadBufferBytes = 4 * 1024 * 1024;

Decoded<UploadState> decodeUpload(const QJsonObject &json)
{
    UploadState u;
    u.uploadId = json.value(QStringLiteral("upload_id")).toString();
    const QJsonValue size = json.value(QStringLiteral("size"));
    const QJsonValue received = json.value(QStringLiteral("received"));
    if (u.uploadId.isEmpty() || !size.isDouble() || !received.isDouble())
        return Decoded<UploadState>::fail(QStringLiteral("upload: upload_id, size or received missing"));
    u.size = qint64(size.toDouble());
    u.received = qint64(received.toDouble());
    const QJsonValue attachment = json.value(QStringLiteral("attachment"));
    if (attachment.isObject()) {
        Decoded<AttachmentRef> a = wire::decodeAttachment(attachment.toObject());
        if (!a)
            return Decoded<UploadState>::fail(a.error);
        u.attachment = *a.value;
    }
    return Decoded<UploadState>::ok(std::move(u));
}

Decoded<AttachmentRef> decodeCompleted(const QJsonObject &json)
{
    return wire::decodeAttachment(json.value(QStringLiteral("attachment")).toObject());
}

template<typename T>
void deliver(const ApiError &error, const QJsonObject &json, Decoded<T> (*decode)(const QJsonObject &),
             const ApiClient::Callback<T> &done)
{
    if (error.isError()) {
        done(error, T{});
        return;
    }
    Decoded<T> decoded = decode(json);
    if (!decoded) {
        ApiError bad;
        bad.errorClass = ErrorClass::RetryLater;
        bad.httpStatus = 200;
        bad.message =
            ApiClient::tr("The server sent an answer this version cannot read (%1).").arg(decoded.error);
        done(bad, T{});
        return;
    }
    done(error, *decoded.value);
}

} // namespace

void ApiClient::declareUpload(const QString &name, qint64 size, const QString &sha256, const QString &mime,
                              Callback<UploadState> done)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/uploads"), {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("size"), double(size)},
                           {QStringLiteral("sha256"), sha256},
                           {QStringLiteral("mime"), mime}};
    watch(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliver<UploadState>(error, json, decodeUpload, done);
          });
}

void ApiClient::sendChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk,
                          Callback<UploadState> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    QNetworkRequest request = makeRequest(QStringLiteral("/uploads/%1").arg(uploadId), query);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    watch(m_nam->put(request, chunk),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliver<UploadState>(error, json, decodeUpload, done);
          });
}

void ApiClient::uploadStatus(const QString &uploadId, Callback<UploadState> done)
{
    watch(m_nam->get(makeRequest(QStringLiteral("/uploads/%1").arg(uploadId), {})),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliver<UploadState>(error, json, decodeUpload, done);
          });
}

void ApiClient::completeUpload(const QString &uploadId, Callback<AttachmentRef> done)
{
    watch(m_nam->post(makeRequest(QStringLiteral("/uploads/%1/complete").arg(uploadId), {}), QByteArray()),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliver<AttachmentRef>(error, json, decodeCompleted, done);
          });
}

QNetworkReply *ApiClient::downloadAttachment(const QString &attachmentId, qint64 offset)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/attachments/%1").arg(attachmentId), {});
    request.setRawHeader("Accept", "*/*");
    // The body is the file itself: compressed transfer would make byte offsets meaningless for resuming.
    request.setRawHeader("Accept-Encoding", "identity");
    if (offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
    QNetworkReply *reply = m_nam->get(request);
    // Back-pressure: without a limit QNAM buffers whatever arrives faster than the caller writes it to disk.
    reply->setReadBufferSize(kDownloadBufferBytes);
    reply->setProperty(kNoAbort, true);
    return reply;
}

void ApiClient::abortAll()
{
    const QList<QNetworkReply *> replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning() && !reply->property(kNoAbort).toBool()) {
            reply->setProperty("pakn_cancelled", true);
            reply->abort();
        }
    }
}

} // namespace pakn
