#include "passwordhash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pakn::server::passwords {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

std::optional<QByteArray> derive(const QString &password, const QByteArray &salt, int iterations)
{
    if (iterations <= 0 || salt.isEmpty())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes,
                                     reinterpret_cast<unsigned char *>(out.data()));
    if (ok != 1)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QByteArray> randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        return std::nullopt;
    return out;
}

std::optional<PasswordHash> hash(const QString &password)
{
    const std::optional<QByteArray> salt = randomBytes(kSaltBytes);
    if (!salt)
        return std::nullopt;
    const std::optional<QByteArray> derived = derive(password, *salt, kIterations);
    if (!derived)
        return std::nullopt;
    return PasswordHash{*salt, *derived, kIterations};
}

bool verify(const QString &password, const PasswordHash &stored)
{
    const std::optional<QByteArray> derived = derive(password, stored.salt, stored.iterations);
    return derived && derived->size() == stored.hash.size() &&
           CRYPTO_memcmp(derived->constData(), stored.hash.constData(),
                         static_cast<size_t>(derived->size())) == 0;
}

void burnVerifyTime(const QString &password)
{
    static const QByteArray dummySalt(kSaltBytes, '\x5a');
    derive(password, dummySalt, kIterations);
}

} // namespace pakn::server::passwords
