#include "commandclient.h"

#include <QJsonDocument>
#include <QUuid>

namespace pakn::test {

const Actor &CommandClient::actor(const QString &username, QString *why)
{
    auto it = m_actors.find(username);
    if (it == m_actors.end()) {
        QString error;
        const std::optional<SessionGrant> grant = signIn(m_client, username, &error);
        Actor a{username, grant ? grant->accessToken : QString(), grant ? grant->user : User{}};
        if (why)
            *why = error;
        if (!grant)
            return *m_actors.insert(QStringLiteral("!failed"), a);
        it = m_actors.insert(username, a);
    }
    return *it;
}

QString CommandClient::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResult CommandClient::command(const QString &username, qint64 id, qint64 baseVersion,
                                  const QJsonObject &body, const QString &key)
{
    return m_client.postJson(QStringLiteral("/api/v1/petitions/%1/commands").arg(id), body,
                             actor(username).token,
                             {{"Idempotency-Key", (key.isEmpty() ? newKey() : key).toLatin1()},
                              {"If-Match", '"' + QByteArray::number(baseVersion) + '"'}});
}

HttpResult CommandClient::get(const QString &username, qint64 id)
{
    return m_client.get(QStringLiteral("/api/v1/petitions/%1").arg(id), actor(username).token);
}

std::optional<Petition> CommandClient::petition(const QString &username, qint64 id)
{
    const HttpResult r = get(username, id);
    if (r.status != 200)
        return std::nullopt;
    Decoded<Petition> p = wire::decodePetition(r.json);
    return p ? p.value : std::nullopt;
}

QString CommandClient::headCursor(const QString &username)
{
    const Walk w = walkChanges(m_client, actor(username).token, 1000);
    return w.error.isEmpty() ? w.finalCursor : QString();
}

} // namespace pakn::test
