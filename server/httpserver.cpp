#include "httpserver.h"

#include "requestlog.h"

#include <QJsonDocument>
#include <exception>
#include <httplib.h>
#include <regex>
#include <string>
#include <vector>

namespace pakn::server {
namespace {

constexpr std::size_t kWorkerThreads = 8;
constexpr time_t kKeepAliveSeconds = 3; // bounds how long stop() waits for idle keep-alive connections

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

void writeReply(const HttpReply &reply, httplib::Response &res)
{
    res.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        res.set_header(name.toStdString(), value.toStdString());
    res.set_content(reply.body.toStdString(), reply.contentType.toStdString());
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

} // namespace

HttpReply HttpReply::json(const QJsonObject &document, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::problem(const Problem &problem)
{
    HttpReply reply;
    reply.status = httpStatus(problem.code);
    reply.contentType = "application/problem+json; charset=utf-8";
    reply.body = QJsonDocument(problemDocument(problem)).toJson(QJsonDocument::Compact);
    if (problem.code == ProblemCode::Unauthorized)
        reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"pakn\"");
    if (problem.code == ProblemCode::ServiceUnavailable)
        reply.headers.emplaceBack("Retry-After", "1");
    return reply;
}

HttpRequest::HttpRequest(const httplib::Request &raw, const User *user)
    : m_raw(raw)
    , m_user(user)
{}

QByteArray HttpRequest::body() const
{
    return toBytes(m_raw.body);
}

std::optional<QString> HttpRequest::query(const char *name) const
{
    if (!m_raw.has_param(name))
        return std::nullopt;
    return QString::fromStdString(m_raw.get_param_value(name));
}

QByteArray HttpRequest::header(const char *name) const
{
    return toBytes(m_raw.get_header_value(name));
}

QString HttpRequest::pathMatch(int group) const
{
    if (group < 0 || static_cast<std::size_t>(group) >= m_raw.matches.size())
        return {};
    return QString::fromStdString(m_raw.matches[static_cast<std::size_t>(group)].str());
}

struct HttpServer::Private
{
    struct RouteEntry
    {
        Method method;
        std::regex pattern;
        Access access;
        Handler handler;
    };

    httplib::SSLServer server;
    Authenticator authenticator;
    std::vector<RouteEntry> routes;

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
    /// requests with a body go on to httplib, which reads it (or refuses it as too large) and so keeps the
    /// keep-alive connection in step.
    httplib::Server::HandlerResponse preRoute(const httplib::Request &req, httplib::Response &res)
    {
        RequestLog::begin();
        // httplib applies a Range header to every response: a JSON document would come back cut short with
        // status 200. No resource of the API is ranged yet (attachments will opt in), so ranges are dropped.
        // The request object is httplib's own non-const local, handed over as const.
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
        dispatch(route->access, route->handler, withMatches, res);
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
                writeReply(reply, res);
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
        writeReply(reply, res);
    }

    void dispatch(Access access, const Handler &handler, const httplib::Request &req, httplib::Response &res)
    {
        std::optional<User> user;
        if (access == Access::Bearer) {
            const std::optional<QString> token = bearerToken(req);
            if (!token) {
                writeReply(
                    HttpReply::problem({ProblemCode::Unauthorized,
                                        QStringLiteral("This request needs an Authorization: Bearer token"),
                                        {}}),
                    res);
                return;
            }
            Result<User> who = authenticator(*token);
            if (!who) {
                writeReply(HttpReply::problem(who.problem()), res);
                return;
            }
            user = std::move(who.value());
            RequestLog::setUser(user->username);
        }
        writeReply(handler(HttpRequest(req, user ? &*user : nullptr)), res);
    }
};

HttpServer::HttpServer(const QString &certificateFile, const QString &privateKeyFile,
                       Authenticator authenticator)
    : d(std::make_unique<Private>(certificateFile, privateKeyFile, std::move(authenticator)))
{
    httplib::SSLServer &s = d->server;
    s.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    s.set_keep_alive_timeout(kKeepAliveSeconds);
    s.set_default_headers({{"Cache-Control", "no-store"}});
    s.set_pre_routing_handler(
        [this](const httplib::Request &req, httplib::Response &res) { return d->preRoute(req, res); });
    s.set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request &req, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled; // a handler's own problem document
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
        writeReply(HttpReply::problem({ProblemCode::InternalError, {}, {}}), res);
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

void HttpServer::setPayloadMaxLength(std::size_t bytes)
{
    d->server.set_payload_max_length(bytes);
}

void HttpServer::route(Method method, const QString &pathPattern, Access access, Handler handler)
{
    const std::string pattern = pathPattern.toStdString();
    d->routes.push_back({method, std::regex(pattern), access, handler});
    auto wrapped = [this, access, handler = std::move(handler)](const httplib::Request &req,
                                                                httplib::Response &res) {
        d->dispatch(access, handler, req, res);
    };
    switch (method) {
    case Method::Get:
        d->server.Get(pattern, wrapped);
        break;
    case Method::Post:
        d->server.Post(pattern, httplib::Server::Handler(wrapped));
        break;
    case Method::Put:
        d->server.Put(pattern, httplib::Server::Handler(wrapped));
        break;
    case Method::Patch:
        d->server.Patch(pattern, httplib::Server::Handler(wrapped));
        break;
    case Method::Delete:
        d->server.Delete(pattern, httplib::Server::Handler(wrapped));
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
