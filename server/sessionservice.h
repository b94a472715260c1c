#pragma once

#include "net/wirecodec.h"
#include "problem.h"
#include "serverdb.h"
#include "signinthrottle.h"

#include <QString>

namespace pakn::server {

/// Sign-in, token refresh, sign-out and bearer-token checks (table `sessions`).
///
/// Tokens are 32 random bytes in base64url; only their SHA-256 is stored, so a copy of the database grants
/// nothing. Access tokens live `accessTokenSeconds` (900 by default), refresh tokens kRefreshTokenSeconds
/// from when they were issued. A refresh rotates both tokens: the old ones stop working at once. A refresh
/// token that was already rotated away and is presented again ends the whole session (it was probably
/// stolen). Failed sign-ins are limited by SignInThrottle. Threading: thread-safe; each call uses the calling
/// thread's connection of `db`, which must outlive this. Failure behaviour: wrong credentials →
/// invalid_credentials (the same answer, after the same work, for an unknown user and a wrong password); too
/// many failures → too_many_attempts with Retry-After; a bad access token → unauthorized; a bad refresh token
/// → invalid_refresh_token; database trouble → the problem from ServerDb::problemFor().
class SessionService
{
public:
    static constexpr qint64 kRefreshTokenSeconds = 12 * 3600;

    SessionService(ServerDb &db, qint64 accessTokenSeconds);

    Result<SessionGrant> signIn(const QString &username, const QString &password, const QString &address);
    Result<SessionGrant> refresh(const QString &refreshToken);
    /// Ends the session of this access token (both of its tokens stop working).
    Result<bool> signOut(const QString &accessToken);
    /// The user an unexpired access token was issued to.
    Result<User> authenticate(const QString &accessToken);

    /// Ends every session of `username` (after its password or roles changed).
    static bool endSessionsOf(QSqlDatabase &db, const QString &username, QString *error);

private:
    Result<SessionGrant> issue(QSqlDatabase &db, const User &user, const QString &replacedRefreshHash);

    ServerDb &m_db;
    qint64 m_accessTokenSeconds;
    SignInThrottle m_throttle;
};

} // namespace pakn::server
