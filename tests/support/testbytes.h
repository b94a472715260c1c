#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace pakn::test {

/// `size` bytes that do not compress, the same for the same seed (a linear congruential generator).
inline QByteArray pseudoRandomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

/// Lower-case hex SHA-256, as the service describes attachments.
inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace pakn::test
