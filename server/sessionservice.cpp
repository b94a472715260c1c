#include "sessionservice.h"

#include "directory.h"
#include "passwordhash.h"

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
    return {ProblemCode::InvalidCredentials, QStringLiteral("The user name or the password is wrong"), {}};
}

Problem unauthorized(const QString &why)
{
    return {ProblemCode::Unauthorized, why, {}};
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

SessionService::SessionService(ServerDb &db)
    : m_db(db)
{}

Result<SessionGrant> SessionService::signIn(const QString &username, const QString &password)
{
    QSqlDatabase db = m_db.connection();
    Result<std::optional<Account>> found = directory::findAccount(db, username);
    if (!found)
        return found.problem();
    if (!found.value()) {
        passwords::burnVerifyTime(password);
        return invalidCredentials();
    }
    const Account &account = *found.value();
    if (!passwords::verify(password, account.password))
        return invalidCredentials();

    const std::optional<QString> access = newToken();
    const std::optional<QString> refresh = newToken();
    if (!access || !refresh)
        return Problem{ProblemCode::InternalError, QStringLiteral("No random bytes for a token"), {}};

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    // Forget sessions that can no longer be refreshed, so the table stays small.
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE refresh_expires_at < ?"));
    q.addBindValue(now);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "prune sessions");
    q.prepare(QStringLiteral("INSERT INTO sessions (access_hash, refresh_hash, username, access_expires_at, "
                             "refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tokenHash(*access));
    q.addBindValue(tokenHash(*refresh));
    q.addBindValue(account.user.username);
    q.addBindValue(now + kAccessTokenSeconds);
    q.addBindValue(now + kRefreshTokenSeconds);
    q.addBindValue(now);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "store session");

    SessionGrant grant;
    grant.accessToken = *access;
    grant.refreshToken = *refresh;
    grant.expiresInSeconds = kAccessTokenSeconds;
    grant.user = account.user;
    return grant;
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

} // namespace pakn::server
