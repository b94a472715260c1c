#include "domain/filenames.h"
#include "store/attachmentstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace pakn;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

/// Attachments are copied in by content hash the moment they are added, so nothing is lost when the source
/// goes away; damage is detected by hash; names from outside are made safe.
class TestAttachmentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addedFilesSurviveTheirSource()
    {
        QTemporaryDir dir;
        AttachmentStore store(dir.filePath(QStringLiteral("blobs")));
        QByteArray content;
        for (int i = 0; i < 300000; ++i) // 2.3 MB: several chunks
            content += QByteArray::number(i) + ' ';
        const QString source = writeFile(dir.filePath(QStringLiteral("scan.pdf")), content);
        const AttachmentStore::Added added = store.addFile(source);
        QVERIFY2(added, qPrintable(added.error));
        QCOMPARE(added.sha256, sha(content));
        QCOMPARE(added.size, content.size());
        QVERIFY(QFile::remove(source));
        auto blob = store.open(added.sha256);
        QVERIFY(blob);
        QCOMPARE(blob->readAll(), content);
        QCOMPARE(store.verify(added.sha256), AttachmentStore::Health::Ok);
        // Private to the user.
        QCOMPARE(QFile::permissions(store.blobPath(added.sha256)) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("blobs"))) & 0x0077,
                 QFileDevice::Permissions());
        // Nothing left over from staging.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("blobs"))).entryList(QDir::Files), QStringList());
    }

    void aFinishedDownloadIsAdoptedFromItsPartialFile()
    {
        QTemporaryDir dir;
        AttachmentStore store(dir.filePath(QStringLiteral("blobs")));
        const QByteArray content(100000, 'z');
        const QString partial = store.partialPath(sha(content));
        QVERIFY(partial.startsWith(store.rootDir() + QStringLiteral("/partial/")));
        QVERIFY(store.partialPath(QStringLiteral("../../etc")).isEmpty()); // not a hash: no path at all
        QVERIFY(!writeFile(partial, content).isEmpty());
        const AttachmentStore::Added adopted = store.adopt(partial, sha(content));
        QVERIFY2(adopted, qPrintable(adopted.error));
        QCOMPARE(adopted.size, content.size());
        QVERIFY(!QFile::exists(partial)); // moved, not copied
        QCOMPARE(store.verify(sha(content)), AttachmentStore::Health::Ok);
        QCOMPARE(QFile::permissions(store.blobPath(sha(content))) & 0x0077, QFileDevice::Permissions());
        // The same content again: the second partial file is dropped, the blob stays.
        QVERIFY(!writeFile(partial, content).isEmpty());
        QVERIFY(store.adopt(partial, sha(content)));
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(store.verify(sha(content)), AttachmentStore::Health::Ok);
    }

    void sameContentIsStoredOnce()
    {
        QTemporaryDir dir;
        AttachmentStore store(dir.path());
        QBuffer a;
        a.setData("cùng nội dung");
        QVERIFY(a.open(QIODevice::ReadOnly));
        QBuffer b;
        b.setData("cùng nội dung");
        QVERIFY(b.open(QIODevice::ReadOnly));
        const auto first = store.addDevice(&a);
        const auto second = store.addDevice(&b);
        QVERIFY(first && second);
        QCOMPARE(first.sha256, second.sha256);
        QCOMPARE(QDir(dir.filePath(first.sha256.left(2))).entryList(QDir::Files).size(), 1);
    }

    void missingAndCorruptBlobsAreDetected()
    {
        QTemporaryDir dir;
        AttachmentStore store(dir.path());
        QBuffer data;
        data.setData("nội dung gốc");
        QVERIFY(data.open(QIODevice::ReadOnly));
        const auto added = store.addDevice(&data);
        QVERIFY(added);
        QFile blob(store.blobPath(added.sha256));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        blob.write("X");
        blob.close();
        QCOMPARE(store.verify(added.sha256), AttachmentStore::Health::Corrupt);
        QVERIFY(store.remove(added.sha256));
        QCOMPARE(store.verify(added.sha256), AttachmentStore::Health::Missing);
        QCOMPARE(store.verify(QStringLiteral("../../etc/passwd")), AttachmentStore::Health::Missing);
        QVERIFY(store.blobPath(QStringLiteral("../../etc/passwd")).isEmpty());
    }

    void tooLargeOrVanishedSourcesAreRefusedCleanly()
    {
        QTemporaryDir dir;
        AttachmentStore store(dir.filePath(QStringLiteral("blobs")));
        const QString big = writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(5000, 'x'));
        const auto refused = store.addFile(big, 4096);
        QVERIFY(!refused);
        QVERIFY(refused.error.contains(QStringLiteral("4096")));
        const auto vanished = store.addFile(dir.filePath(QStringLiteral("gone.pdf")));
        QVERIFY(!vanished);
        QVERIFY(vanished.error.contains(QStringLiteral("gone.pdf")));
        // A device that grows past the limit while streaming is refused too, and leaves nothing.
        QBuffer growing;
        growing.setData(QByteArray(3 << 20, 'y'));
        QVERIFY(growing.open(QIODevice::ReadOnly));
        QVERIFY(!store.addDevice(&growing, 2 << 20));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("blobs")))
                     .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void aFailingDiskLosesNothingAndSaysSo()
    {
        // A file-size limit makes every write past 64 KiB fail (EFBIG) exactly as a full disk would (ENOSPC),
        // without needing root to mount a small file system.
        QTemporaryDir dir;
        AttachmentStore store(dir.filePath(QStringLiteral("blobs")));
        QBuffer data;
        data.setData(QByteArray(1 << 20, 'z'));
        QVERIFY(data.open(QIODevice::ReadOnly));
        struct rlimit old
        {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto failed = store.addDevice(&data);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!failed);
        QVERIFY2(failed.error.contains(QStringLiteral("disk full")), qPrintable(failed.error));
        // Nothing half-written is left, and the store still works afterwards.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("blobs")))
                     .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList());
        data.seek(0);
        QVERIFY(store.addDevice(&data));
    }

    void namesAreSanitised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traversal") << "../../x"
                                   << "x";
        QTest::newRow("windows traversal") << "..\\..\\windows\\system32\\cmd.exe"
                                           << "cmd.exe";
        QTest::newRow("dot dot") << ".."
                                 << "attachment";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "passwd";
        QTest::newRow("control chars") << "a\nb\tc\x01.pdf"
                                       << "a_b_c_.pdf";
        QTest::newRow("windows reserved") << "CON.txt"
                                          << "CON_.txt";
        QTest::newRow("reserved lower") << "nul"
                                        << "nul_";
        QTest::newRow("forbidden chars") << "a<b>c:d\"e|f?g*h.doc"
                                         << "a_b_c_d_e_f_g_h.doc";
        QTest::newRow("trailing dots") << "report. . ."
                                       << "report";
        QTest::newRow("rtl override") << QString::fromUtf8("invoice\u202Efdp.exe") << "invoice_fdp.exe";
        QTest::newRow("vietnamese kept") << "Công văn số 12.pdf"
                                         << "Công văn số 12.pdf";
        QTest::newRow("empty") << ""
                               << "attachment";
        QTest::newRow("spaces only") << "   "
                                     << "attachment";
        // Found by fuzzing (tests/fuzz/regressions/filenames/).
        QTest::newRow("reserved before the first dot") << "CON.tar.gz"
                                                       << "CON_.tar.gz";
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x.pdf") << "_x.pdf";
        QTest::newRow("dot behind a leading space") << ". .profile"
                                                    << "profile";
        QTest::newRow("other space before a trailing dot") << QStringLiteral("report\u3000.") << "report";
        QTest::newRow("cut at a dot")
            << QString(179, QLatin1Char('a')) + QStringLiteral(".") + QString(20, QLatin1Char('b'))
            << QString(179, QLatin1Char('a'));
    }

    void namesAreSanitised()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeFileName(name), expected);
    }

    void longNamesKeepTheirExtensionWithinTheByteLimit()
    {
        const QString name = QStringLiteral("Đơn đề nghị ").repeated(40) + QStringLiteral(".pdf");
        const QString clean = sanitizeFileName(name);
        QVERIFY(clean.endsWith(QStringLiteral(".pdf")));
        QVERIFY(clean.toUtf8().size() <= 180);
        QVERIFY(clean.startsWith(QStringLiteral("Đơn đề nghị")));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
