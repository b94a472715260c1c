#pragma once

#include "domain/role.h"
#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace httplib {
struct Request;
} // namespace httplib

namespace pakn::server {

/// What a handler answers: a status, a body with its media type, and extra headers.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// A JSON document (application/json; charset=utf-8).
    static HttpReply json(const QJsonObject &document, int status = 200);
    /// An RFC 9457 problem document (application/problem+json) with the code's status; an `unauthorized`
    /// problem also carries `WWW-Authenticate: Bearer`.
    static HttpReply problem(const Problem &problem);
};

/// A request as a handler sees it: a read-only view of httplib's request plus the authenticated user.
class HttpRequest
{
public:
    HttpRequest(const httplib::Request &raw, const User *user);

    QByteArray body() const;
    /// The first value of a query parameter, percent-decoded; nullopt when absent.
    std::optional<QString> query(const char *name) const;
    QByteArray header(const char *name) const;
    /// The regex capture groups of the route's path pattern (1-based, like std::smatch).
    QString pathMatch(int group) const;
    /// The signed-in user. Only on routes registered with Access::Bearer.
    const User &user() const { return *m_user; }

private:
    const httplib::Request &m_raw;
    const User *m_user;
};

/// The HTTPS front of pakn-server: cpp-httplib's SSLServer plus routing helpers, bearer authentication,
/// problem documents for every error, and one structured log line per request.
///
/// Ownership: owns the httplib server; handlers and the authenticator are copied in and must stay valid
/// (capture services by reference only if they outlive this object).
/// Threading: route() and bind() must be called before serve(); serve() blocks the calling thread while
/// httplib's worker pool runs the handlers, several at once, so handlers and the authenticator must be
/// thread-safe. stop() may be called from any thread; serve() then returns after in-flight requests end.
/// Failure behaviour: an exception escaping a handler becomes a 500 problem document and a log line; every
/// error status produced by httplib itself (404, 413, malformed HTTP) is answered with a problem document; a
/// path that exists for other methods gets 405 with an Allow header.
class HttpServer
{
public:
    enum class Method { Get, Post, Put, Patch, Delete };
    enum class Access { Public, Bearer };
    using Handler = std::function<HttpReply(const HttpRequest &)>;
    /// Turns a bearer token into the user it was issued to, or a problem (usually `unauthorized`).
    using Authenticator = std::function<Result<User>(const QString &bearerToken)>;

    HttpServer(const QString &certificateFile, const QString &privateKeyFile, Authenticator authenticator);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// False when the certificate or key could not be loaded.
    bool isValid() const;
    /// Bodies larger than this are refused with 413 before they are read.
    void setPayloadMaxLength(std::size_t bytes);
    /// Routes requests whose path matches `pathPattern` (an ECMAScript regex matched against the whole path).
    void route(Method method, const QString &pathPattern, Access access, Handler handler);
    /// Binds to host:port (port 0 picks a free port). Returns the bound port, or -1.
    int bind(const QString &host, int port);
    /// Serves until stop(). Returns false if serving failed.
    bool serve();
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pakn::server
