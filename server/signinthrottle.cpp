#include "signinthrottle.h"

#include <algorithm>

namespace pakn::server {
namespace {

QString accountKey(const QString &username)
{
    return QStringLiteral("user:") + username;
}

QString addressKey(const QString &address)
{
    return QStringLiteral("addr:") + address;
}

} // namespace

qint64 SignInThrottle::waitFor(const QString &key, int limit, qint64 now)
{
    const auto it = m_failures.constFind(key);
    if (it == m_failures.cend())
        return 0;
    QList<qint64> recent;
    for (qint64 t : *it) {
        if (t > now - kWindowSeconds)
            recent.append(t);
    }
    if (recent.size() < limit)
        return 0;
    // Allowed again when all but limit - 1 of the recent failures have left the window.
    const qint64 freeing = recent.at(recent.size() - limit);
    return std::max<qint64>(1, freeing + kWindowSeconds - now);
}

qint64 SignInThrottle::retryAfter(const QString &username, const QString &address, qint64 now)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return std::max(waitFor(accountKey(username), kAccountLimit, now),
                    waitFor(addressKey(address), kAddressLimit, now));
}

void SignInThrottle::recordFailure(const QString &username, const QString &address, qint64 now)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    prune(now);
    m_failures[accountKey(username)].append(now);
    m_failures[addressKey(address)].append(now);
}

void SignInThrottle::recordSuccess(const QString &username)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_failures.remove(accountKey(username));
}

void SignInThrottle::prune(qint64 now)
{
    // At most once a minute: forget failures that left the window, so guessed names cannot fill memory.
    if (now - m_lastPrune < 60)
        return;
    m_lastPrune = now;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        it->erase(
            std::remove_if(it->begin(), it->end(), [now](qint64 t) { return t <= now - kWindowSeconds; }),
            it->end());
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

} // namespace pakn::server
