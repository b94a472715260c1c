#include "sha256.h"

#include <QIODevice>

#ifdef PAKN_HAVE_OPENSSL_CRYPTO
#include <openssl/crypto.h>
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace pakn {

#ifdef PAKN_HAVE_OPENSSL_CRYPTO

struct Sha256::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    reset();
}

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_state->context, bytes.data(), size_t(bytes.size()));
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr);
}

QByteArray Sha256::result() const
{
    // Finalising a copy leaves the running state as it is, as QCryptographicHash::result() does.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    EVP_MD_CTX_copy_ex(copy, m_state->context);
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &length);
    EVP_MD_CTX_free(copy);
    digest.resize(int(length));
    return digest;
}

void Sha256::endThread()
{
    OPENSSL_thread_stop();
}

#else

void Sha256::endThread() {}

struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{}

void Sha256::addData(QByteArrayView bytes)
{
    m_state->hash.addData(bytes);
}

void Sha256::reset()
{
    m_state->hash.reset();
}

QByteArray Sha256::result() const
{
    return m_state->hash.result();
}

#endif

Sha256::~Sha256() = default;

bool Sha256::addData(QIODevice *device)
{
    if (!device || !device->isReadable())
        return false;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

} // namespace pakn
