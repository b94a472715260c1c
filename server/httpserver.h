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

class FaultInjector;

/// How a route of HttpServer treats its requests.
struct RouteOptions
{
    std::size_t maxBodyBytes = 1024 * 1024; ///< larger bodies are answered 413 without being kept
    bool faultInjection = true;             ///< false: never inject faults here (health)
};

/// What a handler answers: a status, a body with its media type, and extra headers.
struct HttpReply
{
    /// A part of a file sent as the body, read from disk piece by piece while it is written (never held
    /// whole in memory).
    struct FileRange
    {
        QString path;
        qint64 offset = 0;
        qint64 length = 0;
    };

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::optional<FileRange> file; ///< when set, the body is this part of a file and `body` is unused

    /// A JSON document (application/json; charset=utf-8).
    static HttpReply json(const QJsonObject &document, int status = 200);
    /// An RFC 9457 problem document (application/problem+json) with the code's status; an `unauthorized`
    /// problem also carries `WWW-Authenticate: Bearer`, a 503 or a problem with retryAfterSeconds a
    /// `Retry-After`.
    static HttpReply problem(const Problem &problem);
    /// A status without a body (204, 304).
    static HttpReply empty(int status);
};

/// A request as a handler sees it: a read-only view of httplib's request, its body (read by the server
/// within the route's limit) and the authenticated user.
class HttpRequest
{
public:
    HttpRequest(const httplib::Request &raw, const User *user, QByteArray body);

    const QByteArray &body() const { return m_body; }
    /// The first value of a query parameter, percent-decoded; nullopt when absent.
    std::optional<QString> query(const char *name) const;
    QByteArray header(const char *name) const;
    bool hasHeader(const char *name) const;
    /// The regex capture groups of the route's path pattern (1-based, like std::smatch).
    QString pathMatch(int group) const;
    /// The peer's IP address.
    QString remoteAddress() const;
    bool isHead() const;
    /// The signed-in user. Only on routes registered with Access::Bearer.
    const User &user() const { return *m_user; }

private:
    const httplib::Request &m_raw;
    const User *m_user;
    QByteArray m_body;
};

/// The HTTPS front of pakn-server: cpp-httplib's SSLServer plus routing helpers, bearer authentication,
/// request bodies read within a per-route limit, problem documents for every error, optional fault injection,
/// and one structured log line per request.
///
/// Ownership: owns the httplib server; handlers and the authenticator are copied in and must stay valid
/// (capture services by reference only if they outlive this object). The fault injector is not owned.
/// Threading: route(), bind() and the setters must be called before serve(); serve() blocks the calling
/// thread while a bounded pool of worker threads runs the handlers, several at once, so handlers and the
/// authenticator must be thread-safe. stop() may be called from any thread; serve() then returns after
/// in-flight requests end.
/// Failure behaviour: an exception escaping a handler becomes a 500 problem document and a log line; every
/// error status produced by httplib itself (404, 413, malformed HTTP) is answered with a problem document; a
/// path that exists for other methods gets 405 with an Allow header. A body over the route's limit is
/// answered 413 without being kept in memory: a declared Content-Length over the limit is refused before
/// the body is read; a chunked body is counted while it is read and discarded past the limit.
class HttpServer
{
public:
    static constexpr std::size_t kDefaultMaxBodyBytes = RouteOptions().maxBodyBytes;
    static constexpr std::size_t kDefaultThreads = 8;

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
    /// The number of worker threads (connections served at once); more connections wait in a queue.
    void setThreadCount(std::size_t threads);
    /// Injects the faults `injector` decides on every route that allows it; nullptr: none.
    void setFaultInjector(FaultInjector *injector);
    /// Routes requests whose path matches `pathPattern` (an ECMAScript regex matched against the whole path).
    void route(Method method, const QString &pathPattern, Access access, Handler handler,
               RouteOptions options = {});
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
