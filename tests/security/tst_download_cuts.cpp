// Downloads whose answer is cut by the network right after the HTTP header, against a small TLS server of
// the test's own (QSslServer) that cuts the first answers there and then serves the file whole. Found by the
// attachment proxy campaign (tst_proxy_attachments): Qt often ends such a reply *without* an error and
// without a readyRead, and AttachmentFetcher then gave up at once with an empty reason ("Could not download
// "x": ") instead of retrying. The fetch must retry, store the file whole, and never keep a partial blob.
#include "net/apiclient.h"
#include "store/attachmentstore.h"
#include "sync/attachmentfetcher.h"
#include "testbytes.h"
#include "testcerts.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using pakn::test::TestCa;

namespace {

/// Answers every GET with `body`: the first `cuts` answers stop right after the header.
class CuttingServer : public QObject
{
public:
    CuttingServer(const TestCa::Leaf &leaf, QByteArray body, int cuts)
        : m_body(std::move(body))
        , m_cuts(cuts)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(leaf.certificatePem, QSsl::Pem);
        conf.setLocalCertificate(chain.first());
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QSslSocket *s = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(s);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int answers() const { return m_answers; }

private:
    void serve(QSslSocket *socket)
    {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            m_requests[socket] += socket->readAll();
            if (!m_requests[socket].contains("\r\n\r\n"))
                return;
            m_requests.remove(socket);
            const bool cut = m_answers++ < m_cuts;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n");
            if (!cut)
                socket->write(m_body);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QByteArray m_body;
    int m_cuts;
    int m_answers = 0;
    QHash<QSslSocket *, QByteArray> m_requests;
};

/// A client that trusts only the test CA, for the cutting server on `port`.
ApiClient::Options clientOptions(const TestCa &ca, quint16 port)
{
    ApiClient::Options options;
    options.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    options.extraCaCertificates = QSslCertificate::fromData(ca.certificatePem(), QSsl::Pem);
    options.trustSystemCas = false;
    return options;
}

AttachmentRef refTo(const QString &id, const QString &name, const QByteArray &content)
{
    AttachmentRef ref;
    ref.id = id;
    ref.name = name;
    ref.size = content.size();
    ref.sha256 = test::sha256Hex(content);
    return ref;
}

} // namespace

class TestDownloadCuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anAnswerCutAfterItsHeaderIsRetriedAndTheFileStoredWhole()
    {
        TestCa ca(QStringLiteral("PAKN test CA"));
        QVERIFY(ca.isValid());
        const TestCa::Leaf leaf = ca.issue({QStringLiteral("IP:127.0.0.1")}, -1, 10);
        const QByteArray content = test::pseudoRandomBytes(300 * 1024 + 5, 31);
        CuttingServer server(leaf, content, 2); // two cut answers, then the whole file (4 attempts allowed)
        QVERIFY(server.listen());

        ApiClient api(clientOptions(ca, server.port()));
        api.setAccessToken(QStringLiteral("token"));
        QTemporaryDir dir;
        auto store = std::make_shared<AttachmentStore>(dir.filePath(QStringLiteral("attachments")));
        AttachmentFetcher fetcher(&api, store);
        fetcher.setRetryDelayMs(20);

        AttachmentRef ref = refTo(QStringLiteral("a1"), QStringLiteral("Biên bản.pdf"), content);
        ref.mime = QStringLiteral("application/pdf");
        QSignalSpy fetched(&fetcher, &AttachmentFetcher::fetched);
        fetcher.fetch(ref);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(fetched.first().at(2).toString(), QString()); // no error
        QCOMPARE(server.answers(), 3);
        QCOMPARE(store->verify(ref.sha256), AttachmentStore::Health::Ok);
        QFile blob(fetched.first().at(1).toString());
        QVERIFY(blob.open(QIODevice::ReadOnly));
        QVERIFY(blob.readAll() == content);
    }

    void answersCutEveryTimeFailWithAReason()
    {
        TestCa ca(QStringLiteral("PAKN test CA"));
        const TestCa::Leaf leaf = ca.issue({QStringLiteral("IP:127.0.0.1")}, -1, 10);
        const QByteArray content = test::pseudoRandomBytes(50000, 32);
        CuttingServer server(leaf, content, 100);
        QVERIFY(server.listen());
        ApiClient api(clientOptions(ca, server.port()));
        api.setAccessToken(QStringLiteral("token"));
        QTemporaryDir dir;
        auto store = std::make_shared<AttachmentStore>(dir.filePath(QStringLiteral("attachments")));
        AttachmentFetcher fetcher(&api, store);
        fetcher.setRetryDelayMs(20);
        const AttachmentRef ref = refTo(QStringLiteral("a2"), QStringLiteral("Tờ trình.pdf"), content);
        QSignalSpy fetched(&fetcher, &AttachmentFetcher::fetched);
        fetcher.fetch(ref);
        QVERIFY(fetched.wait(30000));
        const QString error = fetched.first().at(2).toString();
        QVERIFY2(error.contains(QStringLiteral("Tờ trình.pdf")) &&
                     !error.trimmed().endsWith(QLatin1Char(':')),
                 qPrintable(error));
        QCOMPARE(server.answers(), AttachmentFetcher::kAttempts);
        QVERIFY(!store->contains(ref.sha256));
    }
};

QTEST_GUILESS_MAIN(TestDownloadCuts)
#include "tst_download_cuts.moc"
