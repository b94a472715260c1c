#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

namespace pakn::server {

/// The stable error codes of the service (docs/api.md, "Problem documents"). One table in problem.cpp maps
/// each code to its HTTP status and title; every error answer of the server is built by problemDocument().
enum class ProblemCode {
    BadRequest,          ///< the HTTP request itself could not be parsed
    MalformedJson,       ///< the body is not JSON
    InvalidRequest,      ///< the JSON lacks a field or has a field of the wrong type or value
    InvalidParameter,    ///< a query parameter is malformed or out of range
    InvalidHeader,       ///< a request header is malformed (If-Match, Idempotency-Key, ...)
    InvalidCredentials,  ///< sign-in with an unknown user name or a wrong password
    InvalidRefreshToken, ///< refresh with an unknown, expired, revoked or already used refresh token
    Unauthorized,        ///< no bearer token, or an unknown or expired one
    Forbidden,           ///< the caller's roles or standing do not allow this
    NotFound,
    MethodNotAllowed,
    VersionConflict,  ///< the petition moved past the command's base version; "current" holds it
    WrongOffset,      ///< an upload chunk does not start where the received bytes end
    UploadIncomplete, ///< complete before every byte was received
    PayloadTooLarge,
    UriTooLong,
    UnsupportedMediaType,
    RangeNotSatisfiable,
    InvalidCommand,       ///< a command's members are wrong; "errors" lists them
    IdempotencyKeyReused, ///< the key was used before for a different request
    FileTooLarge,         ///< the declared file is larger than the attachment policy allows
    FileTypeNotAllowed,   ///< the MIME type or the extension is not in the attachment policy
    ChunkExceedsSize,     ///< a chunk would go past the declared size
    HashMismatch,         ///< the received bytes do not have the declared SHA-256
    PreconditionRequired, ///< a command without If-Match
    TooManyAttempts,      ///< too many failed sign-ins; retry after Retry-After
    InternalError,
    ServiceUnavailable, ///< a transient condition (e.g. the database is busy); retry after Retry-After
};

/// One error answer: what went wrong, in words for a developer (never personal data), and the request
/// field or parameter at fault when there is one.
struct Problem
{
    Problem() = default;
    Problem(ProblemCode c, QString d = {}, QString f = {})
        : code(c)
        , detail(std::move(d))
        , field(std::move(f))
    {}

    ProblemCode code = ProblemCode::InternalError;
    QString detail;
    QString field;
    QJsonObject extra;         ///< further members of the document ("current", "errors", "expected_offset")
    int retryAfterSeconds = 0; ///< > 0: sent as Retry-After (503 always carries one)
};

int httpStatus(ProblemCode code);
/// The wire code, e.g. "invalid_credentials"; the document's type is "urn:pakn:problem:" + this.
QString wireCode(ProblemCode code);
QString title(ProblemCode code);
/// The RFC 9457 document: type, title, status, detail, code, and field when set.
QJsonObject problemDocument(const Problem &problem);
/// The code for an error status that the HTTP layer produced without a handler (404, 413, ...).
ProblemCode problemCodeForStatus(int status);

/// A value or the problem that prevented it. Cheap to move; implicit from either side so that functions
/// can `return value;` and `return Problem{...};`.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Problem problem)
        : m_problem(std::move(problem))
    {}

    explicit operator bool() const { return m_value.has_value(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    const Problem &problem() const { return m_problem; }

private:
    std::optional<T> m_value;
    Problem m_problem;
};

} // namespace pakn::server
