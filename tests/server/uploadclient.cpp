#include "uploadclient.h"

#include "net/wirecodec.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

namespace pakn::test {

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < n; ++i)
        out[i] = static_cast<char>(rng.bounded(256));
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject declaration(const QString &name, const QByteArray &content, const QString &mime)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("size"), content.size()},
                       {QStringLiteral("sha256"), sha256Hex(content)},
                       {QStringLiteral("mime"), mime}};
}

QString UploadClient::create(const QString &user, const QString &name, const QByteArray &content)
{
    const HttpResult r = m_client.postJson(QStringLiteral("/api/v1/uploads"), declaration(name, content),
                                           m_commands.actor(user).token);
    if (r.status != 201) {
        QTest::qFail(
            qPrintable(QStringLiteral("create: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body))),
            __FILE__, __LINE__);
        return {};
    }
    return r.json.value(QStringLiteral("upload_id")).toString();
}

HttpResult UploadClient::put(const QString &user, const QString &id, qint64 offset, const QByteArray &chunk,
                             const QByteArray &contentType)
{
    return m_client.request("PUT", QStringLiteral("/api/v1/uploads/%1?offset=%2").arg(id).arg(offset), chunk,
                            contentType, m_commands.actor(user).token);
}

HttpResult UploadClient::complete(const QString &user, const QString &id)
{
    return m_client.request("POST", QStringLiteral("/api/v1/uploads/%1/complete").arg(id), {}, {},
                            m_commands.actor(user).token);
}

HttpResult UploadClient::download(const QString &user, const QString &attachmentId, const QByteArray &range)
{
    QList<QNetworkReply::RawHeaderPair> headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    return m_client.request("GET", QStringLiteral("/api/v1/attachments/%1").arg(attachmentId), {}, {},
                            m_commands.actor(user).token, headers);
}

AttachmentRef UploadClient::uploadAll(const QString &user, const QString &name, const QByteArray &content)
{
    const QString id = create(user, name, content);
    for (qint64 offset = 0; offset < content.size() && !id.isEmpty(); offset += kMiB) {
        const HttpResult r = put(user, id, offset, content.mid(offset, kMiB));
        if (r.status != 200 || r.json.value(QStringLiteral("received")).toInteger() !=
                                   std::min<qint64>(offset + kMiB, content.size())) {
            QTest::qFail(qPrintable(QStringLiteral("chunk at %1: HTTP %2 %3")
                                        .arg(offset)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body))),
                         __FILE__, __LINE__);
            return {};
        }
    }
    const HttpResult done = complete(user, id);
    const Decoded<AttachmentRef> a =
        wire::decodeAttachment(done.json.value(QStringLiteral("attachment")).toObject());
    if (done.status != 201 || !a) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("complete: HTTP %1 %2").arg(done.status).arg(QString::fromUtf8(done.body))),
            __FILE__, __LINE__);
        return {};
    }
    return *a.value;
}

HttpResult UploadClient::state(const QString &user, const QString &id)
{
    return m_client.get(QStringLiteral("/api/v1/uploads/") + id, m_commands.actor(user).token);
}

QStringList UploadClient::storedFiles() const
{
    QStringList files;
    QDirIterator it(m_dataDir + QStringLiteral("/attachments"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(m_dataDir.size() + 1));
    files.sort();
    return files;
}

} // namespace pakn::test
