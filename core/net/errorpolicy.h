#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace pakn {

/// What the client should do about a failed request. Every failure is classified once, here.
enum class ErrorClass {
    None,       ///< not a failure
    Permanent,  ///< the request can never succeed as sent (bad request, forbidden, untrusted certificate…)
    RetryLater, ///< transient: network down, timeout, 5xx; retry with back-off
    Reauthenticate, ///< the token is missing, expired or revoked: refresh or sign in again
    Conflict,       ///< the server's version moved: hold the command and resolve
    RateLimited,    ///< 429/503 with Retry-After: wait as told
};

/// The outcome of one API request, as the rest of the client sees it.
struct ApiError
{
    ErrorClass errorClass = ErrorClass::None;
    int httpStatus = 0;  ///< 0 when no HTTP answer arrived
    QString problemCode; ///< the service's stable `code`, when it sent a problem document
    QString message;     ///< translated, one sentence, safe to show and to log (no personal data, no tokens)
    int retryAfterSeconds = -1;
    QJsonObject problem; ///< the whole problem document (e.g. "current" of a 409), when one came

    bool isError() const { return errorClass != ErrorClass::None; }
};

/// The classification table: transport error × HTTP status → ErrorClass. Pure function, tested as a table.
ErrorClass classifyFailure(QNetworkReply::NetworkError transportError, int httpStatus);

/// The service's problem codes (docs/api.md §2) → ErrorClass: one row per code with its HTTP status. A known
/// code decides over the status; an unknown one (a newer server) falls back to `classifyFailure`.
struct ProblemRow
{
    const char *code;
    int status;
    ErrorClass errorClass;
    const char *why;
};
/// The row of `code`, or null when the table has none.
const ProblemRow *problemRow(const QString &code);
ErrorClass classifyProblem(int httpStatus, const QString &code);

const char *errorClassName(ErrorClass errorClass);

} // namespace pakn
