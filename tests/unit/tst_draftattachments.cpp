#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/petitionstore.h"
#include "testpetitions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>

using namespace pakn;

/// An officer's reply files: accepted only within the service's policy, copied into the store so the source
/// may vanish, tracked through a resumable upload, and removed without leaving blobs behind.
class TestDraftAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("c.sqlite")));
        QVERIFY(m_db->open());
        m_store = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("blobs")));
        ChangePage page;
        page.petitions = {test::makePetition(1, QStringLiteral("Một")),
                          test::makePetition(2, QStringLiteral("Hai"))};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
        m_policy.maxFileBytes = 1000;
        m_policy.maxFilesPerReply = 2;
        m_policy.types = {{QStringLiteral("application/pdf"), {QStringLiteral(".pdf")}},
                          {QStringLiteral("image/jpeg"), {QStringLiteral(".jpg"), QStringLiteral(".jpeg")}}};
    }

    void cleanup()
    {
        m_db->releaseThreadConnection();
        m_db.reset();
        m_dir.reset();
    }

    void addCopiesTheFileSoTheSourceMayVanish()
    {
        DraftAttachments drafts(*m_db, *m_store);
        const QString source = write(QStringLiteral("Công văn.pdf"), "%PDF-1.4 hello");
        const DraftAttachments::Added added = drafts.add(1, source, m_policy);
        QVERIFY2(added, qPrintable(added.error));
        QVERIFY(QFile::remove(source));

        const std::optional<DraftAttachment> a = drafts.item(added.id);
        QVERIFY(a);
        QCOMPARE(a->petitionId, 1);
        QCOMPARE(a->name, QStringLiteral("Công văn.pdf"));
        QCOMPARE(a->mime, QStringLiteral("application/pdf"));
        QCOMPARE(a->size, 14);
        QCOMPARE(a->state, DraftAttachmentState::Local);
        QVERIFY(m_store->contains(a->sha256));
        QCOMPARE(drafts.list(1).size(), 1);
        QVERIFY(drafts.list(2).isEmpty());
    }

    void progressIsToldAndACancelStoresNothing()
    {
        m_policy.maxFileBytes = 8 << 20;
        const QString source = write(QStringLiteral("Hồ sơ.pdf"), QByteArray(3 << 20, 'h') + "x");
        DraftAttachments drafts(*m_db, *m_store);
        QList<qint64> told;
        qint64 total = 0;
        const DraftAttachments::Added whole =
            drafts.add(1, source, m_policy, nullptr, [&told, &total](qint64 copied, qint64 size) {
                told << copied;
                total = size;
            });
        QVERIFY2(whole, qPrintable(whole.error));
        QCOMPARE(total, (qint64(3) << 20) + 1);
        QVERIFY2(told.size() >= 3, "after every chunk"); // chunks of 1 MiB
        QCOMPARE(told.last(), total);
        QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
        QVERIFY(drafts.remove(whole.id));

        // Cancelled after the first chunk: a refusal of its own, no row, no blob, nothing in the folder.
        std::atomic_bool cancel = false;
        const DraftAttachments::Added cancelled =
            drafts.add(1, source, m_policy, &cancel, [&cancel](qint64, qint64) { cancel = true; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.refusal, AttachmentRefusal::Cancelled);
        QVERIFY(drafts.list(1).isEmpty());
        QVERIFY(QDir(m_store->rootDir()).entryList(QDir::Files).isEmpty());
        QDirIterator blobs(m_store->rootDir(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!blobs.hasNext(), qPrintable(blobs.hasNext() ? blobs.next() : QString()));
    }

    void refusalsNameTheReasonAndStoreNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("create");
        QTest::addColumn<int>("refusal");
        QTest::newRow("vanished") << QStringLiteral("gone.pdf") << 10 << false
                                  << int(AttachmentRefusal::SourceMissing);
        QTest::newRow("empty") << QStringLiteral("empty.pdf") << 0 << true << int(AttachmentRefusal::Empty);
        QTest::newRow("too large") << QStringLiteral("big.pdf") << 1001 << true
                                   << int(AttachmentRefusal::TooLarge);
        QTest::newRow("type") << QStringLiteral("run.exe") << 10 << true
                              << int(AttachmentRefusal::TypeNotAllowed);
        QTest::newRow("pdf renamed docx")
            << QStringLiteral("a.docx") << 10 << true << int(AttachmentRefusal::TypeNotAllowed);
    }

    void refusalsNameTheReasonAndStoreNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        QFETCH(bool, create);
        QFETCH(int, refusal);
        const QString source = create ? write(name, QByteArray(size, 'x')) : m_dir->filePath(name);
        DraftAttachments drafts(*m_db, *m_store);
        const DraftAttachments::Added added = drafts.add(1, source, m_policy);
        QCOMPARE(int(added.refusal), refusal);
        QVERIFY(!added.error.isEmpty());
        QCOMPARE(added.id, 0);
        QVERIFY(drafts.list(1).isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("blobs"))) ||
                QDir(m_dir->filePath(QStringLiteral("blobs")))
                    .entryList(QDir::AllDirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void aFolderIsNotAFile()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.pdf")));
        DraftAttachments drafts(*m_db, *m_store);
        QCOMPARE(drafts.add(1, m_dir->filePath(QStringLiteral("folder.pdf")), m_policy).refusal,
                 AttachmentRefusal::NotAFile);
    }

    void atMostTheFilesPerReplyThePolicyAllows()
    {
        DraftAttachments drafts(*m_db, *m_store);
        QVERIFY(drafts.add(1, write(QStringLiteral("a.pdf"), "a"), m_policy));
        QVERIFY(drafts.add(1, write(QStringLiteral("b.jpg"), "b"), m_policy));
        QCOMPARE(drafts.add(1, write(QStringLiteral("c.pdf"), "c"), m_policy).refusal,
                 AttachmentRefusal::TooMany);
        QVERIFY(drafts.add(2, write(QStringLiteral("c.pdf"), "c"), m_policy)); // another petition
    }

    void hostileNamesAreSanitised()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
        const QString source = write(QStringLiteral("sub/..\u202Egpj.pdf"), "x");
        DraftAttachments drafts(*m_db, *m_store);
        const DraftAttachments::Added added = drafts.add(1, source, m_policy);
        QVERIFY2(added, qPrintable(added.error));
        const QString name = drafts.item(added.id)->name;
        QVERIFY2(!name.contains(QChar(0x202E)) && !name.contains(QLatin1Char('/')), qPrintable(name));
        QVERIFY(name.endsWith(QStringLiteral(".pdf")));
    }

    void uploadProgressIsKeptUntilTheServerHoldsTheFile()
    {
        DraftAttachments drafts(*m_db, *m_store);
        const qint64 id = drafts.add(1, write(QStringLiteral("a.pdf"), "0123456789"), m_policy).id;
        QVERIFY(drafts.setUploadProgress(id, QStringLiteral("u1"), 4));
        std::optional<DraftAttachment> a = drafts.item(id);
        QCOMPARE(a->state, DraftAttachmentState::Uploading);
        QCOMPARE(a->uploadId, QStringLiteral("u1"));
        QCOMPARE(a->uploadedBytes, 4);

        QVERIFY(drafts.resetUpload(id));
        a = drafts.item(id);
        QCOMPARE(a->state, DraftAttachmentState::Local);
        QVERIFY(a->uploadId.isEmpty());
        QCOMPARE(a->uploadedBytes, 0);

        QVERIFY(drafts.setUploadProgress(id, QStringLiteral("u2"), 8));
        QVERIFY(drafts.markUploaded(id, QStringLiteral("att-9")));
        a = drafts.item(id);
        QCOMPARE(a->state, DraftAttachmentState::Uploaded);
        QCOMPARE(a->serverId, QStringLiteral("att-9"));
        QCOMPARE(a->uploadedBytes, 10);
        QVERIFY(!drafts.markUploaded(12345, QStringLiteral("x")));
    }

    void removeKeepsABlobStillUsedByAnotherRow()
    {
        DraftAttachments drafts(*m_db, *m_store);
        const qint64 one = drafts.add(1, write(QStringLiteral("a.pdf"), "same"), m_policy).id;
        const qint64 two = drafts.add(2, write(QStringLiteral("b.pdf"), "same"), m_policy).id;
        const QString sha = drafts.item(one)->sha256;
        QCOMPARE(drafts.item(two)->sha256, sha);
        QVERIFY(drafts.remove(one));
        QVERIFY(m_store->contains(sha));
        QVERIFY(drafts.remove(two));
        QVERIFY(!m_store->contains(sha));
        QVERIFY(!drafts.remove(two));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return f.fileName();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<AttachmentStore> m_store;
    AttachmentPolicy m_policy;
};

QTEST_GUILESS_MAIN(TestDraftAttachments)
#include "tst_draftattachments.moc"
