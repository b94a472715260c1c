#pragma once

#include "net/wirecodec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <optional>

namespace pakn::test {

/// One finished HTTP exchange, as the tests inspect it.
struct HttpResult
{
    int status = 0; ///< 0 when no HTTP answer arrived (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json; ///< the body parsed as a JSON object, when it is one
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header("Content-Type"); }
    /// True for an RFC 9457 document with this code and a matching type and status.
    bool isProblem(const char *code, int expectedStatus) const;
};

/// A blocking HTTPS client for tests: one QNetworkAccessManager (so one connection cache) with one fixed
/// TLS configuration, answers awaited with an event loop and a 30 s timeout.
class HttpsClient
{
public:
    HttpsClient(QUrl baseUrl, QSslConfiguration tls);

    HttpResult get(const QString &pathAndQuery, const QString &bearerToken = {});
    HttpResult post(const QString &path, const QByteArray &body,
                    const QByteArray &contentType = "application/json", const QString &bearerToken = {});
    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const QString &bearerToken = {}, const QByteArray &rawAuthorization = {},
                    const QList<QNetworkReply::RawHeaderPair> &extraHeaders = {});
    /// Any request with a body of the given media type (empty: none) and extra headers.
    HttpResult request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                       const QByteArray &contentType, const QString &bearerToken,
                       const QList<QNetworkReply::RawHeaderPair> &extraHeaders = {});
    /// A JSON object posted with a bearer token.
    HttpResult postJson(const QString &path, const QJsonObject &body, const QString &bearerToken,
                        const QList<QNetworkReply::RawHeaderPair> &extraHeaders = {});
    QNetworkAccessManager &nam() { return m_nam; }

private:
    HttpResult exchange(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                        const QByteArray &contentType, const QByteArray &authorization,
                        const QList<QNetworkReply::RawHeaderPair> &extraHeaders = {});

    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_nam;
};

/// {"username": …, "password": …} as JSON.
QByteArray credentials(const QString &username, const QString &password);
/// Signs in with the demo password; nullopt with the reason when the answer is not a decodable grant.
std::optional<SessionGrant> signIn(HttpsClient &client, const QString &username, QString *why);

/// The outcome of following the change feed to its end.
struct Walk
{
    QList<Petition> petitions;
    QList<qint64> tombstones; ///< ids, in the order they came
    QString finalCursor;
    int pages = 0;
    QString error; ///< empty when every page was a valid, decodable page within the limit
};

/// Follows next_cursor from `fromCursor` (empty: the beginning) until has_more is false, checking every page.
Walk walkChanges(HttpsClient &client, const QString &token, int limit, const QString &fromCursor = {});

} // namespace pakn::test
