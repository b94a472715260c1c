#include "attachmentfetcher.h"

#include "net/apiclient.h"
#include "store/attachmentstore.h"
#include "store/sha256pipe.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace pakn {
namespace {
constexpr qint64 kReadBatchBytes = 1024 * 1024;
constexpr qint64 kProgressStepBytes = 4 * 1024 * 1024; ///< progress signals at most every 4 MiB
/// What may wait for the hashing thread, on top of QNAM's read buffer (ApiClient): memory stays flat.
constexpr qint64 kHashQueueBytes = 4 * 1024 * 1024;
} // namespace

struct AttachmentFetcher::Download
{
    AttachmentRef ref;
    QFile part;
    /// Hashes on its own thread while the body goes on arriving and being written.
    Sha256Pipe hash{kHashQueueBytes};
    QPointer<QNetworkReply> reply;
    int attempts = 0;
    bool accepted = false; ///< the current answer's body is the file (200/206 at the right offset)
    bool failed = false;   ///< the body could not be written
    QString failure;
};

AttachmentFetcher::AttachmentFetcher(ApiClient *api, std::shared_ptr<const AttachmentStore> store,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(std::move(store))
{}

AttachmentFetcher::~AttachmentFetcher()
{
    cancelAll();
}

void AttachmentFetcher::fetch(const AttachmentRef &attachment)
{
    if (m_downloads.contains(attachment.id))
        return; // merged with the running download
    if (!AttachmentStore::isValidHash(attachment.sha256) || attachment.size < 0) {
        Q_EMIT fetched(
            attachment.id, QString(),
            tr("The attachment \"%1\" has no valid checksum, so it cannot be checked.").arg(attachment.name));
        return;
    }
    const QString blob = m_store->blobPath(attachment.sha256);
    if (QFileInfo(blob).size() == attachment.size && QFileInfo::exists(blob)) {
        Q_EMIT fetched(attachment.id, blob, QString());
        return;
    }
    if (!m_api) {
        Q_EMIT fetched(attachment.id, QString(),
                       tr("The attachment \"%1\" is not on this computer, and there is no connection to the "
                          "server.")
                           .arg(attachment.name));
        return;
    }
    auto d = std::make_shared<Download>();
    d->ref = attachment;
    d->part.setFileName(m_store->partialPath(attachment.sha256));
    if (d->part.fileName().isEmpty() || !d->part.open(QIODevice::ReadWrite)) {
        Q_EMIT fetched(attachment.id, QString(),
                       tr("Cannot write the attachment \"%1\" to the local folder: %2")
                           .arg(attachment.name, d->part.errorString()));
        return;
    }
    // What an earlier, interrupted download left: keep it if it can be a prefix of the file, and hash it so
    // the check at the end covers every byte.
    if (d->part.size() > attachment.size)
        d->part.resize(0);
    if (!d->hash.addData(&d->part)) {
        d->part.resize(0);
        d->hash.reset();
    }
    d->part.seek(d->part.size());
    m_downloads.insert(attachment.id, d);
    start(*d);
}

void AttachmentFetcher::start(Download &d)
{
    d.accepted = false;
    ++d.attempts;
    QNetworkReply *reply = m_api->downloadAttachment(d.ref.id, d.part.size());
    d.reply = reply;
    const QString id = d.ref.id;
    auto lookup = [this, id]() -> Download * {
        auto it = m_downloads.find(id);
        return it == m_downloads.end() ? nullptr : it->get();
    };
    connect(reply, &QNetworkReply::readyRead, this, [this, lookup, reply] {
        Download *dl = lookup();
        if (dl && dl->reply == reply)
            onReadyRead(*dl);
    });
    connect(reply, &QNetworkReply::finished, this, [this, lookup, reply] {
        reply->deleteLater();
        Download *dl = lookup();
        if (dl && dl->reply == reply)
            onFinished(*dl);
    });
}

void AttachmentFetcher::onReadyRead(Download &d)
{
    QNetworkReply *reply = d.reply;
    if (!d.accepted) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            // The whole file (no range asked, or the server ignored it): start over.
            d.part.resize(0);
            d.part.seek(0);
            d.hash.reset();
            d.accepted = true;
        } else if (status == 206) {
            const QByteArray range = reply->rawHeader("Content-Range"); // bytes a-b/size
            const qint64 first = range.mid(6, range.indexOf('-') - 6).trimmed().toLongLong();
            if (first != d.part.size()) {
                d.failed = true;
                d.failure = QStringLiteral("range");
                reply->abort();
                return;
            }
            d.accepted = true;
        } else {
            return; // a problem document: read whole when finished
        }
    }
    if (d.failed)
        return;
    // Take the body in large pieces: each read lets QNAM's network thread refill its bounded buffer, and
    // small pieces would turn that into a ping-pong between the threads.
    if (reply->isRunning() && reply->bytesAvailable() < kReadBatchBytes)
        return;
    const QByteArray bytes = reply->readAll();
    if (d.part.size() + bytes.size() > d.ref.size || d.part.write(bytes) != bytes.size()) {
        d.failed = true;
        d.failure = d.part.size() + bytes.size() > d.ref.size ? QStringLiteral("size") : d.part.errorString();
        reply->abort();
        return;
    }
    d.hash.addData(bytes);
    const qint64 done = d.part.size();
    if (done / kProgressStepBytes != (done - bytes.size()) / kProgressStepBytes || done == d.ref.size)
        Q_EMIT progress(d.ref.id, done, d.ref.size);
}

void AttachmentFetcher::onFinished(Download &d)
{
    QNetworkReply *reply = d.reply;
    // Whatever is left in the buffer; and an answer that ended right after its status line (a connection cut
    // there often finishes without an error, and with no readyRead) is taken now, so that it is retried.
    if (!d.failed && (d.accepted || reply->error() == QNetworkReply::NoError))
        onReadyRead(d);
    const QString id = d.ref.id;
    const QString name = d.ref.name;
    if (d.failed) {
        const QString why = d.failure;
        d.part.resize(0);
        d.part.close();
        d.part.remove();
        finish(
            id, QString(),
            why == QStringLiteral("size") || why == QStringLiteral("range")
                ? tr("The server sent a different file than described for \"%1\"; it was not kept.").arg(name)
                : tr("Cannot write the attachment \"%1\" to the local folder: %2").arg(name, why));
        return;
    }
    if (!d.accepted || reply->error() != QNetworkReply::NoError) {
        ApiError error;
        if (d.accepted) {
            // The body was flowing when the connection broke: a drop, whatever the status line said.
            error.errorClass = ErrorClass::RetryLater;
            error.message = tr("Cannot reach the server: %1").arg(reply->errorString());
        } else {
            error = m_api->failureOf(reply, reply->readAll());
        }
        if (!error.isError()) // finished "without an error" yet with no answer to take: the connection broke
            error.errorClass = ErrorClass::RetryLater;
        d.part.flush();
        if (error.httpStatus == 416) {
            // What we hold is not a prefix the server recognises: start the file afresh.
            d.part.resize(0);
            d.part.seek(0);
            d.hash.reset();
        }
        if (error.errorClass == ErrorClass::Reauthenticate) {
            const AttachmentRef ref = d.ref;
            d.part.close();
            m_downloads.remove(id);
            Q_EMIT needsSession(ref);
            return;
        }
        const bool transient = error.errorClass == ErrorClass::RetryLater ||
                               error.errorClass == ErrorClass::RateLimited || error.httpStatus == 416;
        if (transient && d.attempts < kAttempts) {
            retryLater(id, d.attempts);
            return;
        }
        d.part.close(); // what arrived stays for the next fetch to continue
        finish(id, QString(),
               error.message.isEmpty()
                   ? tr("Could not download \"%1\": the connection kept breaking.").arg(name)
                   : tr("Could not download \"%1\": %2").arg(name, error.message));
        return;
    }
    if (d.part.size() < d.ref.size) {
        // The connection ended cleanly but early (a cut-off body): continue from here.
        if (d.attempts < kAttempts) {
            retryLater(id, d.attempts);
            return;
        }
        d.part.close();
        finish(id, QString(), tr("Could not download \"%1\": the connection kept breaking.").arg(name));
        return;
    }
    d.part.close();
    const QString sha = QString::fromLatin1(d.hash.result().toHex());
    if (sha != d.ref.sha256) {
        d.part.remove();
        finish(id, QString(),
               tr("The downloaded file \"%1\" does not match its checksum; it was not kept.").arg(name));
        return;
    }
    const AttachmentStore::Added added = m_store->adopt(d.part.fileName(), sha);
    if (!added) {
        finish(id, QString(),
               tr("Cannot write the attachment \"%1\" to the local folder: %2").arg(name, added.error));
        return;
    }
    finish(id, m_store->blobPath(sha), QString());
}

void AttachmentFetcher::retryLater(const QString &attachmentId, int attempts)
{
    QTimer::singleShot(m_retryDelayMs * attempts, this, [this, attachmentId] {
        auto it = m_downloads.find(attachmentId);
        if (it != m_downloads.end())
            start(**it);
    });
}

void AttachmentFetcher::finish(const QString &attachmentId, const QString &path, const QString &error)
{
    m_downloads.remove(attachmentId);
    Q_EMIT fetched(attachmentId, path, error);
}

void AttachmentFetcher::cancelAll()
{
    const auto downloads = m_downloads;
    m_downloads.clear();
    for (const auto &d : downloads) {
        if (d->reply)
            d->reply->abort();
        d->part.close();
        Q_EMIT fetched(d->ref.id, QString(), tr("The download was cancelled."));
    }
}

} // namespace pakn
