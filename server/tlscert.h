#pragma once

#include <QString>

namespace pakn::server {

/// The server's TLS certificate and key files.
struct TlsFiles
{
    QString certificate; ///< PEM; also the CA file clients pin
    QString privateKey;  ///< PEM, mode 0600
};

/// Makes the self-signed loopback certificate pakn-server uses when none is given.
///
/// The certificate: EC P-256 key, CN=localhost, subjectAltName DNS:localhost, IP:127.0.0.1, IP:::1, valid
/// 825 days from an hour ago, basicConstraints CA:TRUE so that clients can pin it as their only CA.
/// Created once in `dir` (cert.pem + key.pem) and reused while both files exist.
/// Threading: call from one thread at start-up. Failure behaviour: returns false with a reason; never
/// leaves a certificate without its key (the key is written first, the certificate last).
bool ensureSelfSignedCertificate(const QString &dir, TlsFiles *files, QString *error);

} // namespace pakn::server
