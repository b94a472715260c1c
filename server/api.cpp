#include "api.h"

#include "changefeed.h"
#include "net/wirecodec.h"
#include "referenceservice.h"
#include "requestlog.h"
#include "sessionservice.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pakn::server {
namespace {

using Method = HttpServer::Method;
using Access = HttpServer::Access;

Problem invalidRequest(const char *field, const QString &why)
{
    return {ProblemCode::InvalidRequest, QStringLiteral("%1: %2").arg(QLatin1String(field), why),
            QString::fromLatin1(field)};
}

HttpReply health(const HttpRequest &)
{
    return HttpReply::json({{QStringLiteral("status"), QStringLiteral("ok")}});
}

HttpReply signIn(SessionService &sessions, const HttpRequest &request)
{
    Result<QJsonObject> body = parseJsonObject(request.body());
    if (!body)
        return HttpReply::problem(body.problem());
    Result<QString> username = requiredString(body.value(), "username", 64);
    if (!username)
        return HttpReply::problem(username.problem());
    Result<QString> password = requiredString(body.value(), "password", 1024);
    if (!password)
        return HttpReply::problem(password.problem());

    Result<SessionGrant> grant = sessions.signIn(username.value(), password.value(), request.remoteAddress());
    if (!grant)
        return HttpReply::problem(grant.problem());
    RequestLog::setUser(grant.value().user.username);
    return HttpReply::json(wire::encode(grant.value()));
}

HttpReply refreshSession(SessionService &sessions, const HttpRequest &request)
{
    Result<QJsonObject> body = parseJsonObject(request.body());
    if (!body)
        return HttpReply::problem(body.problem());
    Result<QString> token = requiredString(body.value(), "refresh_token", 256);
    if (!token)
        return HttpReply::problem(token.problem());
    Result<SessionGrant> grant = sessions.refresh(token.value());
    if (!grant)
        return HttpReply::problem(grant.problem());
    RequestLog::setUser(grant.value().user.username);
    return HttpReply::json(wire::encode(grant.value()));
}

HttpReply signOut(SessionService &sessions, const HttpRequest &request)
{
    // The route is authenticated, so the header holds a valid "Bearer <token>".
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QString token = QString::fromLatin1(authorization.mid(authorization.indexOf(' ') + 1).trimmed());
    Result<bool> ended = sessions.signOut(token);
    if (!ended)
        return HttpReply::problem(ended.problem());
    return HttpReply::empty(204);
}

HttpReply changes(ChangeFeed &feed, const HttpRequest &request)
{
    Result<ChangeFeed::Query> query = ChangeFeed::parseQuery(request.query("cursor"), request.query("limit"));
    if (!query)
        return HttpReply::problem(query.problem());
    Result<QByteArray> body = feed.encodedPage(request.user(), query.value());
    if (!body)
        return HttpReply::problem(body.problem());
    HttpReply reply;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = std::move(body.value());
    return reply;
}

HttpReply reference(const ReferenceService &service, const HttpRequest &request)
{
    if (service.matches(request.header("If-None-Match"))) {
        HttpReply notModified = HttpReply::empty(304);
        notModified.headers.emplaceBack("ETag", service.etag());
        return notModified;
    }
    HttpReply reply;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = service.body();
    reply.headers.emplaceBack("ETag", service.etag());
    return reply;
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Problem{ProblemCode::MalformedJson,
                       QStringLiteral("The body is not valid JSON: %1 at offset %2")
                           .arg(error.errorString())
                           .arg(error.offset),
                       {}};
    }
    if (!doc.isObject())
        return Problem{ProblemCode::InvalidRequest, QStringLiteral("The body must be a JSON object"), {}};
    return doc.object();
}

Result<QString> requiredString(const QJsonObject &object, const char *field, int maxLength)
{
    const QJsonValue v = object.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return invalidRequest(field, QStringLiteral("missing"));
    if (!v.isString())
        return invalidRequest(field, QStringLiteral("expected a string"));
    const QString s = v.toString();
    if (s.isEmpty())
        return invalidRequest(field, QStringLiteral("must not be empty"));
    if (s.size() > maxLength)
        return invalidRequest(field, QStringLiteral("longer than %1 characters").arg(maxLength));
    return s;
}

void registerApiV1(HttpServer &server, ApiServices services)
{
    server.route(Method::Get, QStringLiteral("/api/v1/health"), Access::Public, health,
                 RouteOptions{HttpServer::kDefaultMaxBodyBytes, false});
    server.route(Method::Post, QStringLiteral("/api/v1/session"), Access::Public,
                 [&sessions = services.sessions](const HttpRequest &r) { return signIn(sessions, r); });
    server.route(
        Method::Post, QStringLiteral("/api/v1/session/refresh"), Access::Public,
        [&sessions = services.sessions](const HttpRequest &r) { return refreshSession(sessions, r); });
    server.route(Method::Delete, QStringLiteral("/api/v1/session"), Access::Bearer,
                 [&sessions = services.sessions](const HttpRequest &r) { return signOut(sessions, r); });
    server.route(Method::Get, QStringLiteral("/api/v1/reference"), Access::Bearer,
                 [&service = services.reference](const HttpRequest &r) { return reference(service, r); });
    server.route(Method::Get, QStringLiteral("/api/v1/changes"), Access::Bearer,
                 [&feed = services.changes](const HttpRequest &r) { return changes(feed, r); });
    registerPetitionRoutes(server, services.petitions);
    registerUploadRoutes(server, services.uploads,
                         static_cast<std::size_t>(services.reference.data().attachmentPolicy.maxChunkBytes));
}

} // namespace pakn::server
