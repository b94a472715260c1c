#include "httpserver.h"

#include "faultinjector.h"
#include "httpwrite.h"
#include "requestlog.h"

#include <QJsonDocument>
#include <chrono>
#include <exception>
#include <httplib.h>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace pakn::server {
namespace {

constexpr time_t kKeepAliveSeconds = 3; // bounds how long stop() waits for idle keep-alive connections
/// How much of a chunked body over the limit is read (and discarded) to keep the connection usable; past
/// this the connection is closed.
constexpr std::size_t kDrainLimitBytes = 64 * 1024 * 1024;

const char *methodName(HttpServer::Method method)
{
    switch (method) {
    case HttpServer::Method::Get:
        return "GET";
    case HttpServer::Method::Post:
        return "POST";
    case HttpServer::Method::Put:
        return "PUT";
    case HttpServer::Method::Patch:
        return "PATCH";
    case HttpServer::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

/// The parameter names of the URL's query string, never their values (they may be personal). Not
/// req.params: httplib also parses a form-encoded *body* into it, which may hold a password.
QByteArray queryKeys(const httplib::Request &req)
{
    const QByteArray target = toBytes(req.target);
    const int question = target.indexOf('?');
    if (question < 0)
        return {};
    QByteArray keys;
    const QList<QByteArray> pairs = target.mid(question + 1).split('&');
    for (const QByteArray &pair : pairs) {
        QByteArray key = pair.left(pair.indexOf('=')).left(32);
        for (char &c : key) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                               c == '_' || c == '-' || c == '.';
            if (!plain)
                c = '?';
        }
        if (key.isEmpty() || keys.split(',').contains(key))
            continue;
        if (!keys.isEmpty())
            keys += ',';
        keys += key;
        if (keys.size() > 200)
            break;
    }
    return keys;
}

std::optional<QString> bearerToken(const httplib::Request &req)
{
    const QByteArray header = toBytes(req.get_header_value("Authorization")).trimmed();
    const int space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray token = header.mid(space + 1).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return QString::fromLatin1(token);
}

HttpReply tooLarge(std::size_t limit)
{
    HttpReply reply = HttpReply::problem(
        {ProblemCode::PayloadTooLarge,
         QStringLiteral("The request body exceeds this resource's limit of %1 bytes").arg(limit),
         {}});
    return reply;
}

} // namespace

struct HttpServer::Private
{
    struct RouteEntry
    {
        Method method;
        std::regex pattern;
        Access access;
        Handler handler;
        RouteOptions options;
    };

    httplib::SSLServer server;
    Authenticator authenticator;
    std::vector<RouteEntry> routes;
    std::size_t threads = kDefaultThreads;
    FaultInjector *faults = nullptr;
    std::size_t largestBody = kDefaultMaxBodyBytes;

    Private(const QString &cert, const QString &key, Authenticator auth)
        : server(cert.toLocal8Bit().constData(), key.toLocal8Bit().constData())
        , authenticator(std::move(auth))
    {}

    const RouteEntry *findRoute(const std::string &method, const std::string &path) const
    {
        for (const RouteEntry &r : routes) {
            const bool sameMethod =
                method == methodName(r.method) || (method == "HEAD" && r.method == Method::Get);
            if (sameMethod && std::regex_match(path, r.pattern))
                return &r;
        }
        return nullptr;
    }

    /// Runs before httplib reads a body. httplib 0.11 waits for the peer to close when a POST/PUT/PATCH/
    /// DELETE has neither Content-Length nor Transfer-Encoding, and reads any body before it finds there is
    /// no route. Without framing the body is empty (RFC 9112 §6.3), so such requests are answered here;
    /// requests with a body go on to httplib's routing (the route reads it within its limit).
    httplib::Server::HandlerResponse preRoute(const httplib::Request &req, httplib::Response &res)
    {
        RequestLog::begin();
        // httplib applies a Range header to every response: a JSON document would come back cut short with
        // status 200. Ranged resources (attachments) read the header themselves, so httplib's ranges are
        // dropped. The request object is httplib's own non-const local, handed over as const.
        const_cast<httplib::Request &>(req).ranges.clear();
        if (req.has_header("Transfer-Encoding") || req.has_header("Content-Length"))
            return httplib::Server::HandlerResponse::Unhandled;
        const RouteEntry *route = findRoute(req.method, req.path);
        if (!route) {
            res.status = 404;
            answerError(req, res);
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method == "GET" || req.method == "HEAD")
            return httplib::Server::HandlerResponse::Unhandled;
        httplib::Request withMatches = req;
        std::regex_match(withMatches.path, withMatches.matches, route->pattern);
        run(*route, withMatches, res, QByteArray());
        return httplib::Server::HandlerResponse::Handled;
    }

    /// The methods under which `path` is routed, for 405 and its Allow header.
    QByteArray allowedMethods(const std::string &path) const
    {
        QByteArray allow;
        for (const RouteEntry &r : routes) {
            if (!std::regex_match(path, r.pattern))
                continue;
            const QByteArray name(methodName(r.method));
            if (allow.contains(name))
                continue;
            if (!allow.isEmpty())
                allow += ", ";
            allow += name;
            if (r.method == Method::Get)
                allow += ", HEAD";
        }
        return allow;
    }

    void answerError(const httplib::Request &req, httplib::Response &res)
    {
        if (res.status == 404) {
            const QByteArray allow = allowedMethods(req.path);
            if (!allow.isEmpty()) {
                HttpReply reply = HttpReply::problem(
                    {ProblemCode::MethodNotAllowed,
                     QStringLiteral("%1 is not allowed here; use %2")
                         .arg(QString::fromStdString(req.method.substr(0, 16)), QString::fromLatin1(allow)),
                     {}});
                reply.headers.emplaceBack("Allow", allow);
                http::writeReply(reply, res);
                return;
            }
        }
        const ProblemCode code = problemCodeForStatus(res.status);
        QString detail;
        switch (code) {
        case ProblemCode::NotFound:
            detail = QStringLiteral("No resource at this path");
            break;
        case ProblemCode::PayloadTooLarge:
            detail = QStringLiteral("The request body exceeds the server's limit");
            break;
        default:
            break;
        }
        HttpReply reply = HttpReply::problem({code, detail, {}});
        if (httpStatus(code) != res.status) {
            // A status without a row of its own (e.g. 416 from httplib's Range handling): keep it truthful.
            QJsonObject document = QJsonDocument::fromJson(reply.body).object();
            document.insert(QStringLiteral("status"), res.status);
            reply.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
            reply.status = res.status;
        }
        http::writeReply(reply, res);
    }

    /// Reads a request body through httplib's content reader, keeping at most the route's limit in memory.
    void runWithBody(const RouteEntry &route, const httplib::Request &req, httplib::Response &res,
                     const httplib::ContentReader &reader)
    {
        const std::size_t limit = route.options.maxBodyBytes;
        // A body over the limit is read and thrown away (never kept), so that the answer can be sent and the
        // connection reused; httplib itself skips a declared body over its own (largest) limit.
        const bool declaredTooLarge =
            req.has_header("Content-Length") && req.get_header_value<uint64_t>("Content-Length") > limit;
        QByteArray body;
        std::size_t seen = 0;
        const bool read = reader([&](const char *data, std::size_t n) {
            seen += n;
            if (declaredTooLarge || seen > limit) {
                body.clear();
                return seen <= kDrainLimitBytes;
            }
            body.append(data, static_cast<qsizetype>(n));
            return true;
        });
        if (declaredTooLarge || seen > limit) {
            if (!read)
                res.set_header("Connection", "close");
            http::writeReply(tooLarge(limit), res);
            return;
        }
        if (!read) {
            res.set_header("Connection", "close");
            http::writeReply(HttpReply::problem(
                                 {ProblemCode::BadRequest, QStringLiteral("The body could not be read"), {}}),
                             res);
            return;
        }
        run(route, req, res, std::move(body));
    }

    void run(const RouteEntry &route, const httplib::Request &req, httplib::Response &res, QByteArray body)
    {
        FaultInjector::Fault fault = FaultInjector::Fault::None;
        if (faults && route.options.faultInjection) {
            if (faults->options().latencyMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(faults->options().latencyMs));
            fault = faults->decide();
            if (fault != FaultInjector::Fault::None)
                RequestLog::setFault(FaultInjector::name(fault));
        }
        switch (fault) {
        case FaultInjector::Fault::InternalError:
            http::writeReply(
                HttpReply::problem({ProblemCode::InternalError, QStringLiteral("Injected fault"), {}}), res);
            return;
        case FaultInjector::Fault::Unavailable:
            http::writeReply(HttpReply::problem(
                                 Problem(ProblemCode::ServiceUnavailable, QStringLiteral("Injected fault"))),
                             res);
            return;
        case FaultInjector::Fault::DropBeforeApplying:
            res.status = 444; // for the log only (nginx's "closed without a response"); nothing is sent
            http::dropConnection(req);
            return;
        default:
            break;
        }

        dispatch(route, req, res, std::move(body));

        if (fault == FaultInjector::Fault::DropAfterApplying)
            http::dropConnection(req);
        else if (fault == FaultInjector::Fault::Truncate && !res.body.empty())
            http::truncateBody(res);
    }

    void dispatch(const RouteEntry &route, const httplib::Request &req, httplib::Response &res,
                  QByteArray body)
    {
        std::optional<User> user;
        if (route.access == Access::Bearer) {
            const std::optional<QString> token = bearerToken(req);
            if (!token) {
                http::writeReply(
                    HttpReply::problem({ProblemCode::Unauthorized,
                                        QStringLiteral("This request needs an Authorization: Bearer token"),
                                        {}}),
                    res);
                return;
            }
            Result<User> who = authenticator(*token);
            if (!who) {
                http::writeReply(HttpReply::problem(who.problem()), res);
                return;
            }
            user = std::move(who.value());
            RequestLog::setUser(user->username);
        }
        http::writeReply(route.handler(HttpRequest(req, user ? &*user : nullptr, std::move(body))), res);
    }
};

HttpServer::HttpServer(const QString &certificateFile, const QString &privateKeyFile,
                       Authenticator authenticator)
    : d(std::make_unique<Private>(certificateFile, privateKeyFile, std::move(authenticator)))
{
    httplib::SSLServer &s = d->server;
    s.new_task_queue = [this] { return new httplib::ThreadPool(d->threads); };
    s.set_keep_alive_timeout(kKeepAliveSeconds);
    s.set_default_headers({{"Cache-Control", "no-store"}});
    s.set_payload_max_length(kDefaultMaxBodyBytes);
    s.set_pre_routing_handler(
        [this](const httplib::Request &req, httplib::Response &res) { return d->preRoute(req, res); });
    s.set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request &req, httplib::Response &res) {
            if (!res.body.empty() || res.content_provider_)
                return httplib::Server::HandlerResponse::Unhandled; // a handler's own answer
            d->answerError(req, res);
            return httplib::Server::HandlerResponse::Handled;
        }));
    s.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
        QString what = QStringLiteral("unknown exception");
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {
        }
        RequestLog::event("handler_exception", what);
        http::writeReply(HttpReply::problem({ProblemCode::InternalError, {}, {}}), res);
    });
    s.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        RequestLog::finish(toBytes(req.method.substr(0, 16)), toBytes(req.path.substr(0, 200)),
                           queryKeys(req), res.status);
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::isValid() const
{
    return d->server.is_valid();
}

void HttpServer::setThreadCount(std::size_t threads)
{
    d->threads = std::max<std::size_t>(1, threads);
}

void HttpServer::setFaultInjector(FaultInjector *injector)
{
    d->faults = injector;
}

void HttpServer::route(Method method, const QString &pathPattern, Access access, Handler handler,
                       RouteOptions options)
{
    const std::string pattern = pathPattern.toStdString();
    d->routes.push_back({method, std::regex(pattern), access, std::move(handler), options});
    const std::size_t index = d->routes.size() - 1;
    // httplib's own limit is the largest of the routes'; each route checks its own.
    d->largestBody = std::max(d->largestBody, options.maxBodyBytes);
    d->server.set_payload_max_length(d->largestBody);
    if (method == Method::Get) {
        d->server.Get(pattern, [this, index](const httplib::Request &req, httplib::Response &res) {
            d->run(d->routes[index], req, res, QByteArray());
        });
        return;
    }
    const httplib::Server::HandlerWithContentReader withBody =
        [this, index](const httplib::Request &req, httplib::Response &res,
                      const httplib::ContentReader &reader) {
            d->runWithBody(d->routes[index], req, res, reader);
        };
    switch (method) {
    case Method::Get:
        break;
    case Method::Post:
        d->server.Post(pattern, withBody);
        break;
    case Method::Put:
        d->server.Put(pattern, withBody);
        break;
    case Method::Patch:
        d->server.Patch(pattern, withBody);
        break;
    case Method::Delete:
        d->server.Delete(pattern, withBody);
        break;
    }
}

int HttpServer::bind(const QString &host, int port)
{
    const std::string h = host.toStdString();
    if (port == 0)
        return d->server.bind_to_any_port(h);
    return d->server.bind_to_port(h, port) ? port : -1;
}

bool HttpServer::serve()
{
    return d->server.listen_after_bind();
}

void HttpServer::stop()
{
    d->server.stop();
}

} // namespace pakn::server
