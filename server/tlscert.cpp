#include "tlscert.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <functional>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace pakn::server {
namespace {

constexpr long kValidDays = 825;

template<typename T, void (*Free)(T *)> struct OpenSslDeleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

X509Ptr makeCertificate(EVP_PKEY *key)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) // v3
        return nullptr;

    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return nullptr;
    serialBytes[0] &= 0x7f; // positive
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return nullptr;

    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValidDays * 24 * 3600))
        return nullptr;
    if (X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;

    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto text = [](const char *s) { return reinterpret_cast<const unsigned char *>(s); };
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, text("PAKN Desk reference server"), -1, -1, 0) !=
            1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, text("localhost"), -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1)
        return nullptr;

    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), NID_authority_key_identifier, "keyid:always") ||
        !addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"))
        return nullptr;

    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray toPem(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

/// Writes atomically. The file is created under the process umask (pakn-server sets 077 at start) and then
/// given exactly `permissions`.
bool writeFile(const QString &path, const QByteArray &contents, QFileDevice::Permissions permissions,
               QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit() ||
        !QFile::setPermissions(path, permissions)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ensureSelfSignedCertificate(const QString &dir, TlsFiles *files, QString *error)
{
    const QDir tlsDir(dir);
    files->certificate = tlsDir.absoluteFilePath(QStringLiteral("cert.pem"));
    files->privateKey = tlsDir.absoluteFilePath(QStringLiteral("key.pem"));
    if (QFile::exists(files->certificate) && QFile::exists(files->privateKey))
        return true;

    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        *error = QStringLiteral("cannot generate an EC P-256 key");
        return false;
    }
    X509Ptr cert = makeCertificate(key.get());
    if (!cert) {
        *error = QStringLiteral("cannot build the self-signed certificate");
        return false;
    }
    const QByteArray keyPem = toPem([&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    const QByteArray certPem = toPem([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
    if (keyPem.isEmpty() || certPem.isEmpty()) {
        *error = QStringLiteral("cannot encode the certificate or key as PEM");
        return false;
    }
    return writeFile(files->privateKey, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error) &&
           writeFile(files->certificate, certPem,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                         QFileDevice::ReadOther,
                     error);
}

} // namespace pakn::server
