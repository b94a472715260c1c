#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

namespace pakn::server {

/// The stable error codes of the service (docs/api.md, "Problem documents"). One table in problem.cpp maps
/// each code to its HTTP status and title; every error answer of the server is built by problemDocument().
enum class ProblemCode {
    BadRequest,         ///< the HTTP request itself could not be parsed
    MalformedJson,      ///< the body is not JSON
    InvalidRequest,     ///< the JSON lacks a field or has a field of the wrong type or value
    InvalidParameter,   ///< a query parameter is malformed or out of range
    InvalidCredentials, ///< sign-in with an unknown user name or a wrong password
    Unauthorized,       ///< no bearer token, or an unknown or expired one
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UriTooLong,
    RangeNotSatisfiable,
    InternalError,
    ServiceUnavailable, ///< a transient condition (e.g. the database is busy); retry after Retry-After
};

/// One error answer: what went wrong, in words for a developer (never personal data), and the request
/// field or parameter at fault when there is one.
struct Problem
{
    ProblemCode code = ProblemCode::InternalError;
    QString detail;
    QString field;
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
