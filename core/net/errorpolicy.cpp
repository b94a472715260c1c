#include "errorpolicy.h"

namespace pakn {
namespace {

struct StatusRow
{
    int status; ///< exact HTTP status, or a class 400/500 meaning "any other 4xx/5xx"
    ErrorClass errorClass;
    const char *why;
};

// HTTP answers, first match wins; exact statuses before their class.
constexpr StatusRow kStatusTable[] = {
    {401, ErrorClass::Reauthenticate, "token missing, expired or revoked"},
    {409, ErrorClass::Conflict, "the record moved since the base version"},
    {412, ErrorClass::Conflict, "precondition on the version failed"},
    {415, ErrorClass::Permanent, "we sent a body of the wrong type: a bug, retrying cannot help"},
    {422, ErrorClass::Permanent, "the command's members are wrong for the petition"},
    {428, ErrorClass::Permanent, "we sent no If-Match: a bug, retrying cannot help"},
    {408, ErrorClass::RetryLater, "the server timed out waiting for us"},
    {425, ErrorClass::RetryLater, "too early; replay later"},
    {429, ErrorClass::RateLimited, "too many requests; honour Retry-After"},
    {503, ErrorClass::RateLimited, "service unavailable; honour Retry-After"},
    {400, ErrorClass::Permanent, "any other 4xx: the request itself is wrong or forbidden"},
    {500, ErrorClass::RetryLater, "any other 5xx: the server failed; try again later"},
};

struct TransportRow
{
    QNetworkReply::NetworkError error;
    ErrorClass errorClass;
    const char *why;
};

// Failures below HTTP (no status line arrived, or TLS refused the peer).
constexpr TransportRow kTransportTable[] = {
    {QNetworkReply::SslHandshakeFailedError, ErrorClass::Permanent,
     "certificate not trusted: retrying cannot help"},
    {QNetworkReply::ProtocolUnknownError, ErrorClass::Permanent, "not an https URL"},
    {QNetworkReply::ProtocolInvalidOperationError, ErrorClass::Permanent,
     "request not valid for the protocol"},
    {QNetworkReply::HostNotFoundError, ErrorClass::RetryLater, "DNS may come back"},
    {QNetworkReply::ConnectionRefusedError, ErrorClass::RetryLater, "server down or restarting"},
    {QNetworkReply::RemoteHostClosedError, ErrorClass::RetryLater, "connection dropped"},
    {QNetworkReply::TimeoutError, ErrorClass::RetryLater, "no answer in time"},
    {QNetworkReply::OperationCanceledError, ErrorClass::RetryLater, "cancelled by our timeout"},
    {QNetworkReply::TemporaryNetworkFailureError, ErrorClass::RetryLater, "network went away"},
    {QNetworkReply::NetworkSessionFailedError, ErrorClass::RetryLater, "network went away"},
    {QNetworkReply::UnknownNetworkError, ErrorClass::RetryLater, "unknown transport failure"},
    {QNetworkReply::ProxyConnectionRefusedError, ErrorClass::RetryLater, "proxy down"},
    {QNetworkReply::ProxyTimeoutError, ErrorClass::RetryLater, "proxy slow"},
    {QNetworkReply::ProxyAuthenticationRequiredError, ErrorClass::Permanent, "proxy needs credentials"},
};

// Every problem code of docs/api.md §2 (tst_errorpolicy checks the document against this table).
constexpr ProblemRow kProblemTable[] = {
    {"bad_request", 400, ErrorClass::Permanent, "the HTTP request could not be parsed"},
    {"malformed_json", 400, ErrorClass::Permanent, "the body is not JSON"},
    {"invalid_request", 400, ErrorClass::Permanent, "a member is missing or wrong"},
    {"invalid_parameter", 400, ErrorClass::Permanent, "a query parameter is wrong"},
    {"invalid_header", 400, ErrorClass::Permanent, "Idempotency-Key or If-Match malformed"},
    {"invalid_credentials", 401, ErrorClass::Permanent,
     "wrong user name or password: asking again cannot help"},
    {"invalid_refresh_token", 401, ErrorClass::Reauthenticate,
     "the session is over: sign in with the password"},
    {"unauthorized", 401, ErrorClass::Reauthenticate, "the access token expired or was revoked: refresh it"},
    {"forbidden", 403, ErrorClass::Permanent, "the roles or the workflow do not allow it"},
    {"not_found", 404, ErrorClass::Permanent,
     "gone or out of scope: a command's item is dropped with a notice, an upload starts again"},
    {"method_not_allowed", 405, ErrorClass::Permanent, "a bug of ours"},
    {"version_conflict", 409, ErrorClass::Conflict, "the petition moved: rebase or hold as a conflict"},
    {"wrong_offset", 409, ErrorClass::RetryLater, "continue the upload from expected_offset"},
    {"upload_incomplete", 409, ErrorClass::RetryLater, "send the missing bytes, then complete again"},
    {"payload_too_large", 413, ErrorClass::Permanent, "the body is over the limit"},
    {"uri_too_long", 414, ErrorClass::Permanent, "the request target is too long"},
    {"unsupported_media_type", 415, ErrorClass::Permanent, "a chunk of the wrong type: a bug"},
    {"range_not_satisfiable", 416, ErrorClass::Permanent,
     "the range lies outside the file: restart the download"},
    {"invalid_command", 422, ErrorClass::Permanent, "the command is wrong for the petition: the item fails"},
    {"idempotency_key_reused", 422, ErrorClass::Permanent, "a key reused for another request: a bug"},
    {"file_too_large", 422, ErrorClass::Permanent, "over the attachment policy's size"},
    {"file_type_not_allowed", 422, ErrorClass::Permanent, "not a type of the attachment policy"},
    {"chunk_exceeds_size", 422, ErrorClass::Permanent, "a chunk past the declared size: a bug"},
    {"hash_mismatch", 422, ErrorClass::Permanent, "the bytes are not the declared content: declare anew"},
    {"precondition_required", 428, ErrorClass::Permanent, "a command without If-Match: a bug"},
    {"too_many_attempts", 429, ErrorClass::RateLimited, "wait as Retry-After says"},
    {"internal_error", 500, ErrorClass::RetryLater, "the server failed; later may work"},
    {"service_unavailable", 503, ErrorClass::RateLimited, "busy: wait as Retry-After says"},
};

} // namespace

const ProblemRow *problemRow(const QString &code)
{
    for (const ProblemRow &row : kProblemTable) {
        if (code == QLatin1String(row.code))
            return &row;
    }
    return nullptr;
}

ErrorClass classifyProblem(int httpStatus, const QString &code)
{
    if (const ProblemRow *row = problemRow(code))
        return row->errorClass;
    return classifyFailure(QNetworkReply::UnknownContentError, httpStatus);
}

ErrorClass classifyFailure(QNetworkReply::NetworkError transportError, int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ErrorClass::None;
    if (httpStatus >= 400) {
        for (const StatusRow &row : kStatusTable) {
            if (row.status == httpStatus)
                return row.errorClass;
        }
        const int family = httpStatus / 100 * 100;
        for (const StatusRow &row : kStatusTable) {
            if (row.status == family)
                return row.errorClass;
        }
        return ErrorClass::Permanent;
    }
    if (transportError == QNetworkReply::NoError)
        return httpStatus == 0 ? ErrorClass::RetryLater : ErrorClass::Permanent; // 1xx/3xx are not ours
    for (const TransportRow &row : kTransportTable) {
        if (row.error == transportError)
            return row.errorClass;
    }
    return ErrorClass::RetryLater;
}

const char *errorClassName(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None:
        return "none";
    case ErrorClass::Permanent:
        return "permanent";
    case ErrorClass::RetryLater:
        return "retry-later";
    case ErrorClass::Reauthenticate:
        return "reauthenticate";
    case ErrorClass::Conflict:
        return "conflict";
    case ErrorClass::RateLimited:
        return "rate-limited";
    }
    return "unknown";
}

} // namespace pakn
