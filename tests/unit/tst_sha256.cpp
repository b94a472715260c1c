// store/sha256.h gives the digests of FIPS 180-2, in one go, in pieces and from a device, like
// QCryptographicHash (which it replaces for attachments), and result() does not end the stream;
// store/sha256pipe.h gives the same digests while hashing on its own thread, in the order the pieces were
// added, whatever its bound.

#include "store/sha256.h"
#include "store/sha256pipe.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace pakn;

namespace {

QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return data;
}

} // namespace

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

    void pipeAgreesWithTheDirectHashInOrder_data()
    {
        QTest::addColumn<qint64>("bound");
        QTest::newRow("one byte: every piece waits for the one before") << qint64(1);
        QTest::newRow("64 KiB") << qint64(64 * 1024);
        QTest::newRow("larger than the data: nothing waits") << qint64(64 * 1024 * 1024);
    }

    void pipeAgreesWithTheDirectHashInOrder()
    {
        QFETCH(qint64, bound);
        const QByteArray data = pseudoRandom(5 * 1024 * 1024 + 3, 11);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

        Sha256Pipe pipe(bound);
        QCOMPARE(pipe.result(), Sha256::hash(QByteArray())); // nothing added yet
        // Uneven pieces (a download's reads are), each a separate array the pipe keeps until it hashed it.
        qsizetype at = 0;
        for (qsizetype length = 1; at < data.size(); length = length * 3 + 1) {
            const qsizetype piece = std::min(length, data.size() - at);
            pipe.addData(data.mid(at, piece));
            at += piece;
            if (at == 40) // result() waits for what was queued and ends nothing
                QCOMPARE(pipe.result(), Sha256::hash(QByteArrayView(data).first(40)));
        }
        QCOMPARE(pipe.result(), expected);

        // reset() forgets everything queued before it, not what comes after.
        pipe.addData(data.first(1000));
        pipe.reset();
        pipe.addData(data.first(100));
        // A device is read after the pieces queued before it.
        QBuffer device;
        device.setData(data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(device.seek(100));
        QVERIFY(pipe.addData(&device));
        QCOMPARE(pipe.result(), expected);

        QBuffer closed;
        QVERIFY(!pipe.addData(&closed));
    }

    void pipeEndsWithPiecesStillQueued()
    {
        // The owner may go away mid-download: the destructor finishes the queue and joins, without hanging,
        // and a pipe made at the same time still gets its own digest.
        const QByteArray piece = pseudoRandom(64 * 1024, 5);
        Sha256 direct;
        Sha256Pipe kept(1);
        for (int i = 0; i < 20; ++i) {
            Sha256Pipe dropped(1);
            for (int j = 0; j < 8; ++j) {
                dropped.addData(piece);
                kept.addData(piece);
                direct.addData(piece);
            }
        }
        QCOMPARE(kept.result(), direct.result());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
