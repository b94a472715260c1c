// store/sha256.h gives the digests of FIPS 180-2, in one go, in pieces and from a device, like
// QCryptographicHash (which it replaces for attachments), and result() does not end the stream.

#include "store/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace pakn;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests()
    {
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hash("").toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 million;
        const QByteArray a(1000, 'a');
        for (int i = 0; i < 1000; ++i)
            million.addData(a);
        QCOMPARE(million.result().toHex(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void piecesDevicesAndResetAgreeWithQt()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        quint32 x = 7;
        for (char &c : data) {
            x = x * 1664525u + 1013904223u;
            c = char(x >> 24);
        }
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

        Sha256 pieces;
        pieces.addData(QByteArrayView(data).first(5));
        QCOMPARE(pieces.result(), Sha256::hash(QByteArrayView(data).first(5))); // result() ends nothing
        pieces.addData(QByteArrayView(data).sliced(5));
        QCOMPARE(pieces.result(), expected);

        pieces.reset();
        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(device.seek(100));
        pieces.addData(QByteArrayView(data).first(100));
        QVERIFY(pieces.addData(&device));
        QCOMPARE(pieces.result(), expected);

        QBuffer closed;
        QVERIFY(!Sha256().addData(&closed));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
