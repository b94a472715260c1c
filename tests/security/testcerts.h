#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace pakn::test {

/// Certificates for the TLS refusal tests, made with OpenSSL in memory: a CA, and server certificates it
/// signs with any validity period and any subjectAltName. EC P-256 keys, SHA-256 signatures.
///
/// Contract: a value owning its OpenSSL objects; not thread-safe; `writeFiles` writes PEM files a
/// pakn-server can be started with (--cert/--key).
class TestCa
{
public:
    /// A new CA with a fresh key; two CAs with the same `commonName` are still different CAs.
    explicit TestCa(const QString &commonName);
    ~TestCa();
    TestCa(const TestCa &) = delete;
    TestCa &operator=(const TestCa &) = delete;

    bool isValid() const;
    QByteArray certificatePem() const;

    struct Leaf
    {
        QByteArray certificatePem; ///< the leaf followed by the CA (the chain a server sends)
        QByteArray keyPem;
    };
    /// A server certificate for `subjectAltNames` (e.g. "IP:127.0.0.1"), valid from `notBeforeDays` to
    /// `notAfterDays` relative to now (negative: in the past). Empty PEMs on failure.
    Leaf issue(const QStringList &subjectAltNames, int notBeforeDays, int notAfterDays) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Writes `leaf` as cert.pem and key.pem (0600) under `dir`; returns false when it cannot.
bool writeLeafFiles(const TestCa::Leaf &leaf, const QString &dir, QString *certFile, QString *keyFile);

} // namespace pakn::test
