#pragma once

#include "httpsclient.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace pakn::test {

/// A signed-in demo user, as the command tests use them.
struct Actor
{
    QString username;
    QString token;
    User user;
};

/// Helpers for the petition endpoints over one HttpsClient: sign in once per user, send commands with a fresh
/// idempotency key and a base version, read petitions.
class CommandClient
{
public:
    explicit CommandClient(HttpsClient &client)
        : m_client(client)
    {}

    /// The user signed in (once; later calls reuse the token). Empty token on failure (see why).
    const Actor &actor(const QString &username, QString *why = nullptr);

    /// POST /api/v1/petitions/{id}/commands with `If-Match: "<baseVersion>"` and `key` (a new UUID if empty).
    HttpResult command(const QString &username, qint64 id, qint64 baseVersion, const QJsonObject &body,
                       const QString &key = {});
    HttpResult get(const QString &username, qint64 id);
    /// The petition as `username` reads it, or nullopt.
    std::optional<Petition> petition(const QString &username, qint64 id);
    /// The next_cursor after walking `username`'s whole feed.
    QString headCursor(const QString &username);

    static QString newKey();

private:
    HttpsClient &m_client;
    QMap<QString, Actor> m_actors;
};

} // namespace pakn::test
