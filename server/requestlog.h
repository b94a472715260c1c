#pragma once

#include <QByteArray>
#include <QString>

namespace pakn::server {

/// Writes the server's structured log lines to stderr, one `key=value` line per request or event.
///
/// Contract: never given a password, a token, a query value or petition contents — callers pass only the
/// method, the path, the names of the query parameters, the status, and the signed-in user name.
/// Threading: each request is served on one httplib worker thread from start to log line, so the
/// per-request context (start time, user) is thread-local; begin() resets it, finish() writes and clears it.
/// Lines are written whole under a mutex, so lines of concurrent requests never interleave.
class RequestLog
{
public:
    /// Marks the start of a request on this thread.
    static void begin();
    /// Records who made the request on this thread (after successful authentication).
    static void setUser(const QString &username);
    /// Records the fault injected into the request on this thread (its name, e.g. "drop_after").
    static void setFault(const char *fault);
    /// Writes the request line and forgets the context. queryKeys: the parameter names only.
    static void finish(const QByteArray &method, const QByteArray &path, const QByteArray &queryKeys,
                       int status);
    /// Writes a server event (start, stop, failures). `message` must hold no personal data.
    static void event(const char *kind, const QString &message);
};

} // namespace pakn::server
