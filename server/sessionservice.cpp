#include "sessionservice.h"

#include "directory.h"
#include "passwordhash.h"
#include "requestlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {
namespace {

constexpr int kTokenBytes = 32;

std::optional<QString> newToken()
{
    const std::optional<QByteArray> bytes = passwords::randomBytes(kTokenBytes);
    if (!bytes)
        return std::nullopt;
    return QString::fromLatin1(
        bytes->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

Problem invalidCredentials()
{
    return {ProblemCode::InvalidCredentials, QStringLiteral("The user name or the password is wrong")};
}

Problem unauthorized(const QString &why)
{
    return {ProblemCode::Unauthorized, why};
}

Problem invalidRefreshToken()
{
    return {ProblemCode::InvalidRefreshToken,
            QStringLiteral("The refresh token is unknown, expired or already used; sign in again")};
}

bool looksLikeToken(const QString &token)
{
    if (token.size() != 43)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

SessionService::SessionService(ServerDb &db, qint64 accessTokenSeconds)
    : m_db(db)
    , m_accessTokenSeconds(accessTokenSeconds)
{}

Result<SessionGrant> SessionService::signIn(const QString &username, const QString &password,
                                            const QString &address)
{
    const qint64 started = QDateTime::currentSecsSinceEpoch();
    if (const qint64 wait = m_throttle.retryAfter(username, address, started); wait > 0) {
        Problem p(
            ProblemCode::TooManyAttempts,
            QStringLiteral("Too many failed sign-ins for this account or from this address; retry later"));
        p.retryAfterSeconds = static_cast<int>(wait);
        RequestLog::event("sign_in_throttled", QStringLiteral("retry after %1 s").arg(wait));
        return p;
    }
    QSqlDatabase db = m_db.connection();
    Result<std::optional<Account>> found = directory::findAccount(db, username);
    if (!found)
        return found.problem();
    bool verified = false;
    if (found.value())
        verified = passwords::verify(password, found.value()->password);
    else
        passwords::burnVerifyTime(password);
    if (!verified) {
        m_throttle.recordFailure(username, address, QDateTime::currentSecsSinceEpoch());
        return invalidCredentials();
    }
    m_throttle.recordSuccess(username);

    QSqlQuery q(db);
    // Forget sessions that can no longer be refreshed, so the table stays small.
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE refresh_expires_at < ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "prune sessions");
    return issue(db, found.value()->user, QString());
}

Result<SessionGrant> SessionService::issue(QSqlDatabase &db, const User &user,
                                           const QString &replacedRefreshHash)
{
    const std::optional<QString> access = newToken();
    const std::optional<QString> refresh = newToken();
    if (!access || !refresh)
        return Problem{ProblemCode::InternalError, QStringLiteral("No random bytes for a token")};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    if (replacedRefreshHash.isEmpty()) {
        q.prepare(
            QStringLiteral("INSERT INTO sessions (access_hash, refresh_hash, username, access_expires_at, "
                           "refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(tokenHash(*access));
        q.addBindValue(tokenHash(*refresh));
        q.addBindValue(user.username);
        q.addBindValue(now + m_accessTokenSeconds);
        q.addBindValue(now + kRefreshTokenSeconds);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE sessions SET access_hash = ?, refresh_hash = ?, previous_refresh_hash = ?, "
            "access_expires_at = ?, refresh_expires_at = ? WHERE refresh_hash = ?"));
        q.addBindValue(tokenHash(*access));
        q.addBindValue(tokenHash(*refresh));
        q.addBindValue(replacedRefreshHash);
        q.addBindValue(now + m_accessTokenSeconds);
        q.addBindValue(now + kRefreshTokenSeconds);
        q.addBindValue(replacedRefreshHash);
    }
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "store session");

    SessionGrant grant;
    grant.accessToken = *access;
    grant.refreshToken = *refresh;
    grant.expiresInSeconds = m_accessTokenSeconds;
    grant.user = user;
    return grant;
}

Result<SessionGrant> SessionService::refresh(const QString &refreshToken)
{
    if (!looksLikeToken(refreshToken))
        return invalidRefreshToken();
    const QString hash = tokenHash(refreshToken);
    QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin refresh");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT username, refresh_expires_at FROM sessions WHERE refresh_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find session");
    if (!q.next()) {
        q.finish();
        // A refresh token presented after it was rotated away: whoever holds the current one may be a thief.
        q.prepare(QStringLiteral("DELETE FROM sessions WHERE previous_refresh_hash = ?"));
        q.addBindValue(hash);
        if (!q.exec())
            return ServerDb::problemFor(q.lastError(), "end reused session");
        if (q.numRowsAffected() > 0) {
            RequestLog::event("refresh_token_reused", QStringLiteral("the session was ended"));
            if (!transaction.commit())
                return ServerDb::problemFor(transaction.error(), "commit");
        }
        return invalidRefreshToken();
    }
    const QString username = q.value(0).toString();
    const bool expired = q.value(1).toLongLong() <= QDateTime::currentSecsSinceEpoch();
    q.finish();
    if (expired)
        return invalidRefreshToken();
    Result<std::optional<User>> user = directory::findUser(db, username);
    if (!user)
        return user.problem();
    if (!user.value())
        return invalidRefreshToken();
    Result<SessionGrant> grant = issue(db, *user.value(), hash);
    if (grant && !transaction.commit())
        return ServerDb::problemFor(transaction.error(), "commit refresh");
    return grant;
}

Result<bool> SessionService::signOut(const QString &accessToken)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE access_hash = ?"));
    q.addBindValue(tokenHash(accessToken));
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "end session");
    return q.numRowsAffected() > 0;
}

Result<User> SessionService::authenticate(const QString &accessToken)
{
    if (!looksLikeToken(accessToken))
        return unauthorized(QStringLiteral("The access token is not valid"));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT username, access_expires_at FROM sessions WHERE access_hash = ?"));
    q.addBindValue(tokenHash(accessToken));
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find session");
    if (!q.next())
        return unauthorized(QStringLiteral("The access token is not valid"));
    if (q.value(1).toLongLong() <= QDateTime::currentSecsSinceEpoch())
        return unauthorized(QStringLiteral("The access token has expired"));
    const QString username = q.value(0).toString();
    q.finish();

    Result<std::optional<User>> user = directory::findUser(db, username);
    if (!user)
        return user.problem();
    if (!user.value())
        return unauthorized(QStringLiteral("The access token is not valid"));
    return *user.value();
}

bool SessionService::endSessionsOf(QSqlDatabase &db, const QString &username, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE username = ?"));
    q.addBindValue(username);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace pakn::server
