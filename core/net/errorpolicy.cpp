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

} // namespace

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
