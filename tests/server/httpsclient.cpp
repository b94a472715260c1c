#include "httpsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace pakn::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::isProblem(const char *code, int expectedStatus) const
{
    const QString c = QString::fromLatin1(code);
    return status == expectedStatus && contentType().startsWith("application/problem+json") &&
           json.value(QStringLiteral("code")).toString() == c &&
           json.value(QStringLiteral("type")).toString() == QStringLiteral("urn:pakn:problem:") + c &&
           json.value(QStringLiteral("status")).toInt() == expectedStatus &&
           !json.value(QStringLiteral("title")).toString().isEmpty() &&
           !json.value(QStringLiteral("detail")).toString().isEmpty();
}

HttpsClient::HttpsClient(QUrl baseUrl, QSslConfiguration tls)
    : m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
{}

HttpResult HttpsClient::get(const QString &pathAndQuery, const QString &bearerToken)
{
    return send("GET", pathAndQuery, {}, bearerToken);
}

HttpResult HttpsClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                             const QString &bearerToken)
{
    return exchange("POST", path, body, contentType,
                    bearerToken.isEmpty() ? QByteArray() : "Bearer " + bearerToken.toLatin1());
}

HttpResult HttpsClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                             const QString &bearerToken, const QByteArray &rawAuthorization,
                             const QList<QNetworkReply::RawHeaderPair> &extraHeaders)
{
    const QByteArray authorization = !rawAuthorization.isEmpty() ? rawAuthorization
                                     : bearerToken.isEmpty()     ? QByteArray()
                                                                 : "Bearer " + bearerToken.toLatin1();
    return exchange(verb, pathAndQuery, body, body.isEmpty() ? QByteArray() : QByteArray("application/json"),
                    authorization, extraHeaders);
}

HttpResult HttpsClient::request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                const QByteArray &contentType, const QString &bearerToken,
                                const QList<QNetworkReply::RawHeaderPair> &extraHeaders)
{
    return exchange(verb, pathAndQuery, body, contentType,
                    bearerToken.isEmpty() ? QByteArray() : "Bearer " + bearerToken.toLatin1(), extraHeaders);
}

HttpResult HttpsClient::postJson(const QString &path, const QJsonObject &body, const QString &bearerToken,
                                 const QList<QNetworkReply::RawHeaderPair> &extraHeaders)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                   bearerToken, extraHeaders);
}

HttpResult HttpsClient::exchange(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                 const QByteArray &contentType, const QByteArray &authorization,
                                 const QList<QNetworkReply::RawHeaderPair> &extraHeaders)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_tls);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!finished.wait(30'000)) {
        result.errorString = QStringLiteral("timed out; ");
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString += reply->errorString();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QByteArray credentials(const QString &username, const QString &password)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SessionGrant> signIn(HttpsClient &client, const QString &username, QString *why)
{
    const HttpResult r =
        client.post(QStringLiteral("/api/v1/session"), credentials(username, QStringLiteral("pakn-demo")));
    if (r.status != 200) {
        *why = QStringLiteral("sign-in of %1: HTTP %2 %3 %4")
                   .arg(username)
                   .arg(r.status)
                   .arg(r.errorString, QString::fromUtf8(r.body.left(300)));
        return std::nullopt;
    }
    Decoded<SessionGrant> grant = wire::decodeSessionGrant(r.json);
    if (!grant) {
        *why = QStringLiteral("sign-in of %1: undecodable grant: %2").arg(username, grant.error);
        return std::nullopt;
    }
    return *grant.value;
}

Walk walkChanges(HttpsClient &client, const QString &token, int limit, const QString &fromCursor)
{
    Walk w;
    QString cursor = fromCursor;
    for (;;) {
        QString path = QStringLiteral("/api/v1/changes?limit=%1").arg(limit);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpResult r = client.get(path, token);
        if (r.status != 200 || !r.contentType().startsWith("application/json")) {
            w.error = QStringLiteral("page %1: HTTP %2 %3")
                          .arg(w.pages)
                          .arg(r.status)
                          .arg(QString::fromUtf8(r.body.left(300)));
            return w;
        }
        Decoded<ChangePage> page = wire::decodeChangePage(r.json);
        if (!page) {
            w.error = QStringLiteral("page %1 does not decode: %2").arg(w.pages).arg(page.error);
            return w;
        }
        ++w.pages;
        const qsizetype items = page.value->petitions.size() + page.value->tombstones.size();
        if (items > limit || (page.value->hasMore && items == 0) || w.pages > 10'000) {
            w.error = QStringLiteral("page %1 breaks the paging rules").arg(w.pages);
            return w;
        }
        w.petitions += page.value->petitions;
        for (const Tombstone &t : page.value->tombstones)
            w.tombstones.append(t.id);
        cursor = page.value->nextCursor;
        if (!page.value->hasMore)
            break;
    }
    w.finalCursor = cursor;
    return w;
}

} // namespace pakn::test
