// The petition endpoints of /api/v1 (docs/api.md §Petitions, §Commands): HTTP in and out, around
// PetitionService.

#include "api.h"
#include "net/wirecodec.h"
#include "petitionservice.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace pakn::server {
namespace {

using Method = HttpServer::Method;
using Access = HttpServer::Access;

std::optional<qint64> petitionId(const HttpRequest &request)
{
    bool ok = false;
    const qint64 id = request.pathMatch(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Problem notFound()
{
    return {ProblemCode::NotFound, QStringLiteral("No petition with this id in your scope")};
}

QByteArray versionTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpReply getPetition(PetitionService &service, const HttpRequest &request)
{
    const std::optional<qint64> id = petitionId(request);
    if (!id)
        return HttpReply::problem(notFound());
    Result<Petition> petition = service.get(request.user(), *id);
    if (!petition)
        return HttpReply::problem(petition.problem());
    HttpReply reply = HttpReply::json(wire::encode(petition.value()));
    reply.headers.emplaceBack("ETag", versionTag(petition.value().version));
    return reply;
}

/// `Idempotency-Key`: 1 to 64 characters of A–Z, a–z, 0–9, '-' and '_' (a UUID fits).
Result<QString> idempotencyKey(const HttpRequest &request)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString key = QString::fromLatin1(request.header("Idempotency-Key").trimmed());
    if (!request.hasHeader("Idempotency-Key") || key.isEmpty())
        return Problem(ProblemCode::InvalidHeader,
                       QStringLiteral("Idempotency-Key: required on every command"),
                       QStringLiteral("Idempotency-Key"));
    if (!pattern.match(key).hasMatch())
        return Problem(ProblemCode::InvalidHeader,
                       QStringLiteral("Idempotency-Key: 1 to 64 characters of A-Z, a-z, 0-9, '-' and '_'"),
                       QStringLiteral("Idempotency-Key"));
    return key;
}

/// `If-Match: "<version>"`: the version the command was decided on.
Result<qint64> baseVersion(const HttpRequest &request)
{
    if (!request.hasHeader("If-Match"))
        return Problem(ProblemCode::PreconditionRequired,
                       QStringLiteral("If-Match: the petition's version the command is based on is required"),
                       QStringLiteral("If-Match"));
    static const QRegularExpression pattern(QStringLiteral("^\\s*\"?([1-9][0-9]{0,15})\"?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(request.header("If-Match")));
    if (!m.hasMatch())
        return Problem(ProblemCode::InvalidHeader,
                       QStringLiteral("If-Match: expected a version such as \"7\""),
                       QStringLiteral("If-Match"));
    return m.captured(1).toLongLong();
}

HttpReply postCommand(PetitionService &service, const HttpRequest &request)
{
    const std::optional<qint64> id = petitionId(request);
    if (!id)
        return HttpReply::problem(notFound());
    Result<QString> key = idempotencyKey(request);
    if (!key)
        return HttpReply::problem(key.problem());
    Result<qint64> version = baseVersion(request);
    if (!version)
        return HttpReply::problem(version.problem());
    Result<QJsonObject> body = parseJsonObject(request.body());
    if (!body)
        return HttpReply::problem(body.problem());
    Result<PetitionService::Answer> answer =
        service.command(request.user(), *id, key.value(), version.value(), request.body(), body.value());
    if (!answer)
        return HttpReply::problem(answer.problem());
    HttpReply reply;
    reply.status = answer.value().status;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = answer.value().body;
    reply.headers.emplaceBack("ETag", versionTag(answer.value().version));
    if (answer.value().replayed)
        reply.headers.emplaceBack("Idempotent-Replayed", "true");
    return reply;
}

} // namespace

void registerPetitionRoutes(HttpServer &server, PetitionService &service)
{
    server.route(Method::Get, QStringLiteral("/api/v1/petitions/([0-9]{1,18})"), Access::Bearer,
                 [&service](const HttpRequest &r) { return getPetition(service, r); });
    server.route(Method::Post, QStringLiteral("/api/v1/petitions/([0-9]{1,18})/commands"), Access::Bearer,
                 [&service](const HttpRequest &r) { return postCommand(service, r); });
}

} // namespace pakn::server
