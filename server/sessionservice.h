#pragma once

#include "net/wirecodec.h"
#include "problem.h"
#include "serverdb.h"

#include <QString>

namespace pakn::server {

/// Sign-in and bearer-token checks (table `sessions`).
///
/// Tokens are 32 random bytes in base64url; only their SHA-256 is stored, so a copy of the database
/// grants nothing. Access tokens live kAccessTokenSeconds, refresh tokens kRefreshTokenSeconds.
/// Threading: thread-safe; each call uses the calling thread's connection of `db`, which must outlive this.
/// Failure behaviour: wrong credentials → invalid_credentials (the same answer, after the same work, for
/// an unknown user and a wrong password); a bad token → unauthorized; database trouble → the problem from
/// ServerDb::problemFor().
class SessionService
{
public:
    static constexpr qint64 kAccessTokenSeconds = 15 * 60;
    static constexpr qint64 kRefreshTokenSeconds = 12 * 3600;

    explicit SessionService(ServerDb &db);

    Result<SessionGrant> signIn(const QString &username, const QString &password);
    /// The user an unexpired access token was issued to.
    Result<User> authenticate(const QString &accessToken);

private:
    ServerDb &m_db;
};

} // namespace pakn::server
