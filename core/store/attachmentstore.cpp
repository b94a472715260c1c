#include "attachmentstore.h"

#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace pakn {
namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerFile | QFileDevice::ExeOwner;

bool makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, kOwnerDir);
    return true;
}

} // namespace

AttachmentStore::AttachmentStore(QString rootDir)
    : m_root(std::move(rootDir))
{}

bool AttachmentStore::isValidHash(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

QString AttachmentStore::blobPath(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return {};
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool AttachmentStore::contains(const QString &sha256) const
{
    const QString path = blobPath(sha256);
    return !path.isEmpty() && QFile::exists(path);
}

AttachmentStore::Added AttachmentStore::addFile(const QString &sourcePath, qint64 maxSize,
                                                const std::atomic_bool *cancel,
                                                const Progress &progress) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return {{}, 0, QStringLiteral("cannot read %1: %2").arg(sourcePath, source.errorString())};
    if (maxSize >= 0 && source.size() > maxSize)
        return {
            {},
            0,
            QStringLiteral("the file is %1 bytes, more than the %2 allowed").arg(source.size()).arg(maxSize)};
    return addDevice(&source, maxSize, cancel, progress);
}

AttachmentStore::Added AttachmentStore::addDevice(QIODevice *source, qint64 maxSize,
                                                  const std::atomic_bool *cancel,
                                                  const Progress &progress) const
{
    if (!makePrivateDir(m_root))
        return {{}, 0, QStringLiteral("cannot create the attachment folder %1").arg(m_root)};

    // QSaveFile writes to a temporary file next to the target and renames only on commit(); the target name
    // is known only at the end, so write into a staging name and rename by hash afterwards.
    const QString staging =
        m_root + QStringLiteral("/incoming-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile out(staging);
    if (!out.open(QIODevice::WriteOnly))
        return {{}, 0, QStringLiteral("cannot write in %1: %2").arg(m_root, out.errorString())};
    out.setPermissions(kOwnerFile);

    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            out.cancelWriting();
            return {{}, 0, QStringLiteral("cancelled")};
        }
        const qint64 n = source->read(buffer.data(), kChunk);
        if (n < 0) {
            out.cancelWriting();
            return {{}, 0, QStringLiteral("reading failed: %1").arg(source->errorString())};
        }
        if (n == 0) {
            if (source->isSequential() && !source->atEnd() && source->waitForReadyRead(30000))
                continue;
            break;
        }
        total += n;
        if (maxSize >= 0 && total > maxSize) {
            out.cancelWriting();
            return {{}, 0, QStringLiteral("more than the %1 bytes allowed").arg(maxSize)};
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n) {
            const QString why = out.errorString();
            out.cancelWriting();
            return {{}, 0, QStringLiteral("writing failed (is the disk full?): %1").arg(why)};
        }
        if (progress)
            progress(total);
    }
    if (!out.commit())
        return {{}, 0, QStringLiteral("writing failed (is the disk full?): %1").arg(out.errorString())};

    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = blobPath(sha);
    if (!makePrivateDir(QFileInfo(target).path())) {
        QFile::remove(staging);
        return {{}, 0, QStringLiteral("cannot create %1").arg(QFileInfo(target).path())};
    }
    if (QFile::exists(target)) {
        QFile::remove(staging); // same content already stored
    } else if (!QFile::rename(staging, target)) {
        QFile::remove(staging);
        return {{}, 0, QStringLiteral("cannot move the attachment into place")};
    }
    return {sha, total, {}};
}

QString AttachmentStore::partialPath(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return {};
    const QString dir = m_root + QStringLiteral("/partial");
    if (!makePrivateDir(dir))
        return {};
    return dir + QLatin1Char('/') + sha256;
}

AttachmentStore::Added AttachmentStore::adopt(const QString &filePath, const QString &sha256) const
{
    const QString target = blobPath(sha256);
    if (target.isEmpty())
        return {{}, 0, QStringLiteral("not a SHA-256: %1").arg(sha256)};
    const qint64 size = QFileInfo(filePath).size();
    if (!makePrivateDir(QFileInfo(target).path()))
        return {{}, 0, QStringLiteral("cannot create %1").arg(QFileInfo(target).path())};
    QFile::setPermissions(filePath, kOwnerFile);
    if (QFile::exists(target)) {
        QFile::remove(filePath); // same content already stored
    } else if (!QFile::rename(filePath, target)) {
        return {{}, 0, QStringLiteral("cannot move the attachment into place")};
    }
    return {sha256, size, {}};
}

AttachmentStore::Health AttachmentStore::verify(const QString &sha256) const
{
    auto file = open(sha256);
    if (!file)
        return Health::Missing;
    Sha256 hash;
    if (!hash.addData(file.get()))
        return Health::Corrupt;
    return QString::fromLatin1(hash.result().toHex()) == sha256 ? Health::Ok : Health::Corrupt;
}

bool AttachmentStore::remove(const QString &sha256) const
{
    const QString path = blobPath(sha256);
    return !path.isEmpty() && QFile::remove(path);
}

std::unique_ptr<QFile> AttachmentStore::open(const QString &sha256) const
{
    const QString path = blobPath(sha256);
    if (path.isEmpty())
        return nullptr;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

} // namespace pakn
