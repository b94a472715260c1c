#include "problem.h"

#include "domain/wiretable.h"

namespace pakn::server {
namespace {

struct ProblemRow
{
    ProblemCode value;
    const char *wire;
    int status;
    const char *title;
};

// The one table of error codes. Codes are contract (docs/api.md): never rename one, only add.
constexpr ProblemRow kProblems[] = {
    {ProblemCode::BadRequest, "bad_request", 400, "Bad request"},
    {ProblemCode::MalformedJson, "malformed_json", 400, "Malformed JSON"},
    {ProblemCode::InvalidRequest, "invalid_request", 400, "Invalid request"},
    {ProblemCode::InvalidParameter, "invalid_parameter", 400, "Invalid parameter"},
    {ProblemCode::InvalidHeader, "invalid_header", 400, "Invalid header"},
    {ProblemCode::InvalidCredentials, "invalid_credentials", 401, "Invalid user name or password"},
    {ProblemCode::InvalidRefreshToken, "invalid_refresh_token", 401, "Invalid refresh token"},
    {ProblemCode::Unauthorized, "unauthorized", 401, "Authentication required"},
    {ProblemCode::Forbidden, "forbidden", 403, "Forbidden"},
    {ProblemCode::NotFound, "not_found", 404, "Not found"},
    {ProblemCode::MethodNotAllowed, "method_not_allowed", 405, "Method not allowed"},
    {ProblemCode::VersionConflict, "version_conflict", 409, "Version conflict"},
    {ProblemCode::WrongOffset, "wrong_offset", 409, "Wrong offset"},
    {ProblemCode::UploadIncomplete, "upload_incomplete", 409, "Upload incomplete"},
    {ProblemCode::PayloadTooLarge, "payload_too_large", 413, "Payload too large"},
    {ProblemCode::UriTooLong, "uri_too_long", 414, "URI too long"},
    {ProblemCode::UnsupportedMediaType, "unsupported_media_type", 415, "Unsupported media type"},
    {ProblemCode::RangeNotSatisfiable, "range_not_satisfiable", 416, "Range not satisfiable"},
    {ProblemCode::InvalidCommand, "invalid_command", 422, "Invalid command"},
    {ProblemCode::IdempotencyKeyReused, "idempotency_key_reused", 422, "Idempotency key reused"},
    {ProblemCode::FileTooLarge, "file_too_large", 422, "File too large"},
    {ProblemCode::FileTypeNotAllowed, "file_type_not_allowed", 422, "File type not allowed"},
    {ProblemCode::ChunkExceedsSize, "chunk_exceeds_size", 422, "Chunk exceeds the declared size"},
    {ProblemCode::HashMismatch, "hash_mismatch", 422, "Hash mismatch"},
    {ProblemCode::PreconditionRequired, "precondition_required", 428, "Precondition required"},
    {ProblemCode::TooManyAttempts, "too_many_attempts", 429, "Too many attempts"},
    {ProblemCode::InternalError, "internal_error", 500, "Internal server error"},
    {ProblemCode::ServiceUnavailable, "service_unavailable", 503, "Service unavailable"},
};

const ProblemRow &row(ProblemCode code)
{
    return detail::rowFor(kProblems, code);
}

} // namespace

int httpStatus(ProblemCode code)
{
    return row(code).status;
}

QString wireCode(ProblemCode code)
{
    return QString::fromLatin1(row(code).wire);
}

QString title(ProblemCode code)
{
    return QString::fromLatin1(row(code).title);
}

QJsonObject problemDocument(const Problem &problem)
{
    const ProblemRow &r = row(problem.code);
    QJsonObject doc{
        {QStringLiteral("type"), QStringLiteral("urn:pakn:problem:") + QLatin1String(r.wire)},
        {QStringLiteral("title"), QLatin1String(r.title)},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("detail"), problem.detail.isEmpty() ? QString::fromLatin1(r.title) : problem.detail},
        {QStringLiteral("code"), QLatin1String(r.wire)},
    };
    if (!problem.field.isEmpty())
        doc.insert(QStringLiteral("field"), problem.field);
    for (auto it = problem.extra.constBegin(); it != problem.extra.constEnd(); ++it) {
        if (!doc.contains(it.key()))
            doc.insert(it.key(), it.value());
    }
    return doc;
}

ProblemCode problemCodeForStatus(int status)
{
    for (const ProblemRow &r : kProblems) {
        // The first row with the status is the generic one (bad_request before malformed_json, ...).
        if (r.status == status)
            return r.value;
    }
    return status >= 500 ? ProblemCode::InternalError : ProblemCode::BadRequest;
}

} // namespace pakn::server
