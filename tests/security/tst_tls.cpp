// TLS refusals (docs/security.md, "a hostile network"): the client talks to a real pakn-server over real
// HTTPS and refuses an expired certificate, a certificate for another host, an untrusted self-signed
// certificate and a certificate from a CA other than the one it trusts (the organisation's CA was replaced by
// an attacker's with the same name) — each with a message that names the reason. And no product source can
// turn verification off.
#include "net/apiclient.h"
#include "serverprocess.h"
#include "testcerts.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

struct Outcome
{
    bool finished = false;
    ApiError error;
};

/// Signs in as the demo user through a fresh ApiClient (its own QNAM: no connection is reused).
Outcome signIn(const QUrl &url, const QList<QSslCertificate> &trusted, bool trustSystemCas)
{
    ApiClient::Options options;
    options.baseUrl = url;
    options.extraCaCertificates = trusted;
    options.trustSystemCas = trustSystemCas;
    options.timeoutMs = 20000;
    ApiClient client(options);
    Outcome outcome;
    client.signIn(QStringLiteral("vanphong"), QStringLiteral("pakn-demo"),
                  [&](const ApiError &error, const SessionGrant &) {
                      outcome.finished = true;
                      outcome.error = error;
                  });
    QDeadlineTimer deadline(30000);
    while (!outcome.finished && !deadline.hasExpired())
        QTest::qWait(20);
    return outcome;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void noSourceIgnoresTlsErrors();

private:
    /// A server presenting `leaf`, started in its own data folder.
    std::unique_ptr<test::ServerProcess> serverWith(const test::TestCa::Leaf &leaf, const QString &name);

    QTemporaryDir m_dir;
    test::TestCa m_orgCa{QStringLiteral("PAKN Test Organisation CA")};
    test::TestCa m_otherCa{QStringLiteral("PAKN Test Organisation CA")}; // same name, another key
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_orgCa.isValid() && m_otherCa.isValid());
}

std::unique_ptr<test::ServerProcess> TestTls::serverWith(const test::TestCa::Leaf &leaf, const QString &name)
{
    QString cert;
    QString key;
    if (!test::writeLeafFiles(leaf, m_dir.filePath(name + QStringLiteral("-tls")), &cert, &key))
        return nullptr;
    auto server = std::make_unique<test::ServerProcess>(
        QStringList{QStringLiteral("--cert"), cert, QStringLiteral("--key"), key,
                    QStringLiteral("--petitions"), QStringLiteral("5")});
    QString error;
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

void TestTls::refusals_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("reason"); // a regular expression the message must match
    QTest::newRow("valid, issued by the trusted CA") << "valid" << false << "";
    QTest::newRow("expired") << "expired" << true << "certificate has expired";
    QTest::newRow("not yet valid") << "future" << true << "not valid yet";
    QTest::newRow("wrong host") << "wrong-host" << true << "another host name";
    QTest::newRow("self-signed, not trusted") << "self-signed" << true << "self-signed";
    QTest::newRow("issued by another CA of the same name")
        << "other-ca" << true << "not issued by an authority";
}

void TestTls::refusals()
{
    QFETCH(QString, certificate);
    QFETCH(bool, refused);
    QFETCH(QString, reason);

    const QStringList loopback{QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")};
    std::unique_ptr<test::ServerProcess> server;
    QList<QSslCertificate> trusted = QSslCertificate::fromData(m_orgCa.certificatePem(), QSsl::Pem);
    bool trustSystemCas = false;
    if (certificate == QLatin1String("valid"))
        server = serverWith(m_orgCa.issue(loopback, -1, 30), certificate);
    else if (certificate == QLatin1String("expired"))
        server = serverWith(m_orgCa.issue(loopback, -30, -1), certificate);
    else if (certificate == QLatin1String("future"))
        server = serverWith(m_orgCa.issue(loopback, 2, 30), certificate);
    else if (certificate == QLatin1String("wrong-host"))
        server = serverWith(m_orgCa.issue({QStringLiteral("DNS:pakn.example.org")}, -1, 30), certificate);
    else if (certificate == QLatin1String("other-ca"))
        server = serverWith(m_otherCa.issue(loopback, -1, 30), certificate);
    else if (certificate == QLatin1String("self-signed")) {
        // pakn-server's own self-signed certificate, with only the system CAs trusted (the default).
        server = std::make_unique<test::ServerProcess>(
            QStringList{QStringLiteral("--petitions"), QStringLiteral("5")});
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        trusted.clear();
        trustSystemCas = true;
    }
    QVERIFY(server);

    const Outcome outcome = signIn(server->baseUrl(), trusted, trustSystemCas);
    QVERIFY2(outcome.finished, "no answer within 30 s");
    if (!refused) {
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        return;
    }
    QVERIFY(outcome.error.isError());
    qInfo("%s: %s", qPrintable(certificate), qPrintable(outcome.error.message));
    QCOMPARE(outcome.error.errorClass, ErrorClass::Permanent);
    QCOMPARE(outcome.error.httpStatus, 0); // nothing was sent: the refusal happened in the handshake
    const QRegularExpression pattern(reason, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(pattern.match(outcome.error.message).hasMatch(), qPrintable(outcome.error.message));
}

void TestTls::noSourceIgnoresTlsErrors()
{
    // Any of these in product code could accept a certificate the user never trusted.
    const QRegularExpression bypass(QStringLiteral(
        "ignoreSslErrors|VerifyNone|QueryPeer|AutoVerifyPeer|SSL_VERIFY_NONE|setPeerVerifyMode|"
        "setPeerVerifyDepth|CURLOPT_SSL_VERIFY|enable_server_certificate_verification"));
    int files = 0;
    QStringList offenders;
    for (const char *dir : {"core", "models", "ui", "app", "server"}) {
        QDirIterator it(QStringLiteral(PAKN_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = bypass.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                const int line = int(text.left(hit.capturedStart()).count(QLatin1Char('\n'))) + 1;
                const QString where =
                    QStringLiteral("%1:%2: %3").arg(f.fileName()).arg(line).arg(hit.captured());
                // The one allowed use: ApiClient insists on VerifyPeer.
                if (!(f.fileName().endsWith(QLatin1String("core/net/apiclient.cpp")) &&
                      text.mid(hit.capturedStart(), 60)
                          .startsWith(QLatin1String("setPeerVerifyMode(QSslSocket::VerifyPeer)"))))
                    offenders.append(where);
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
