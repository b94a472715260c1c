#pragma once

#include "commandclient.h"
#include "httpsclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pakn::test {

inline constexpr qint64 kMiB = 1024 * 1024;

/// `n` bytes from a seeded generator (the same seed gives the same bytes).
QByteArray randomBytes(qint64 n, quint32 seed);
QString sha256Hex(const QByteArray &data);
/// The body of POST /api/v1/uploads for `content`.
QJsonObject declaration(const QString &name, const QByteArray &content,
                        const QString &mime = QStringLiteral("application/pdf"));

/// The upload and attachment endpoints for tests, as the demo users of a CommandClient.
class UploadClient
{
public:
    UploadClient(HttpsClient &client, CommandClient &commands, QString dataDir)
        : m_client(client)
        , m_commands(commands)
        , m_dataDir(std::move(dataDir))
    {}

    /// Creates an upload of `content` as `user`; returns its id (empty on failure, reported).
    QString create(const QString &user, const QString &name, const QByteArray &content);
    HttpResult put(const QString &user, const QString &id, qint64 offset, const QByteArray &chunk,
                   const QByteArray &contentType = "application/octet-stream");
    HttpResult complete(const QString &user, const QString &id);
    HttpResult state(const QString &user, const QString &id);
    HttpResult download(const QString &user, const QString &attachmentId, const QByteArray &range = {});
    /// Uploads `content` whole in 1 MiB chunks; returns the attachment (empty id on failure, reported).
    AttachmentRef uploadAll(const QString &user, const QString &name, const QByteArray &content);
    /// The files under the data folder's attachments/, relative to the data folder, sorted.
    QStringList storedFiles() const;

private:
    HttpsClient &m_client;
    CommandClient &m_commands;
    QString m_dataDir;
};

} // namespace pakn::test
