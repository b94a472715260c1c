#include "testcerts.h"

#include <QDir>
#include <QFile>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace pakn::test {
namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr long kDay = 24 * 3600;

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

X509Ptr newCertificate(EVP_PKEY *key, const QByteArray &commonName, long notBefore, long notAfter)
{
    X509Ptr cert(X509_new());
    unsigned char serial[16];
    if (!cert || X509_set_version(cert.get(), 2) != 1 || RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialSet || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBefore) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfter) || X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1,
                                   0) != 1)
        return nullptr;
    return cert;
}

QByteArray toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

struct TestCa::Private
{
    PKeyPtr key;
    X509Ptr cert;
};

TestCa::TestCa(const QString &commonName)
    : d(std::make_unique<Private>())
{
    d->key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!d->key)
        return;
    X509Ptr cert = newCertificate(d->key.get(), commonName.toUtf8(), -kDay, 30 * kDay);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1 ||
        !addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(cert.get(), d->key.get(), EVP_sha256()) <= 0)
        return;
    d->cert = std::move(cert);
}

TestCa::~TestCa() = default;

bool TestCa::isValid() const
{
    return d->key && d->cert;
}

QByteArray TestCa::certificatePem() const
{
    return isValid() ? toPem(d->cert.get()) : QByteArray();
}

TestCa::Leaf TestCa::issue(const QStringList &subjectAltNames, int notBeforeDays, int notAfterDays) const
{
    if (!isValid())
        return {};
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return {};
    X509Ptr cert = newCertificate(key.get(), "localhost", notBeforeDays * kDay, notAfterDays * kDay);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(d->cert.get())) != 1 ||
        !addExtension(cert.get(), d->cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), d->cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), d->cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), d->cert.get(), NID_authority_key_identifier, "keyid:always") ||
        !addExtension(cert.get(), d->cert.get(), NID_subject_alt_name,
                      subjectAltNames.join(QLatin1Char(',')).toUtf8()) ||
        X509_sign(cert.get(), d->key.get(), EVP_sha256()) <= 0)
        return {};
    return {toPem(cert.get()) + toPem(d->cert.get()), toPem(key.get())};
}

bool writeLeafFiles(const TestCa::Leaf &leaf, const QString &dir, QString *certFile, QString *keyFile)
{
    if (leaf.certificatePem.isEmpty() || leaf.keyPem.isEmpty() || !QDir().mkpath(dir))
        return false;
    *certFile = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *keyFile = QDir(dir).filePath(QStringLiteral("key.pem"));
    QFile cert(*certFile);
    QFile key(*keyFile);
    return cert.open(QIODevice::WriteOnly) && cert.write(leaf.certificatePem) == leaf.certificatePem.size() &&
           key.open(QIODevice::WriteOnly) && key.write(leaf.keyPem) == leaf.keyPem.size() &&
           key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace pakn::test
