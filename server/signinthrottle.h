#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <mutex>

namespace pakn::server {

/// Limits failed sign-ins: after kAccountLimit failures for one user name, or kAddressLimit from one
/// address, within kWindowSeconds, further attempts are refused (429 too_many_attempts with Retry-After)
/// until the oldest of those failures is older than the window. A successful sign-in clears the account's
/// failures (not the address's). Unknown user names count like known ones, so the answer tells nothing.
///
/// Kept in memory: a restart forgets the failures. Threading: thread-safe (one mutex).
class SignInThrottle
{
public:
    static constexpr int kAccountLimit = 5;
    static constexpr int kAddressLimit = 20;
    static constexpr qint64 kWindowSeconds = 15 * 60;

    /// Seconds until another attempt for this user name from this address is allowed; 0 when it is now.
    qint64 retryAfter(const QString &username, const QString &address, qint64 now);
    void recordFailure(const QString &username, const QString &address, qint64 now);
    void recordSuccess(const QString &username);

private:
    qint64 waitFor(const QString &key, int limit, qint64 now);
    void prune(qint64 now);

    std::mutex m_mutex;
    QHash<QString, QList<qint64>> m_failures; // "user:<name>" or "addr:<ip>" → times, oldest first
    qint64 m_lastPrune = 0;
};

} // namespace pakn::server
