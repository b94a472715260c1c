#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "testpetitions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

/// Reply drafts: what the officer typed is kept per petition, survives reopening the cache, and the last
/// save wins.
class TestReplyDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("drafts.sqlite"));
        m_db = std::make_unique<CacheDatabase>(m_path);
        QVERIFY(m_db->open());
        ChangePage page;
        page.petitions = {test::makePetition(1, QStringLiteral("Một")),
                          test::makePetition(2, QStringLiteral("Hai"))};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
    }

    void cleanup()
    {
        m_db->releaseThreadConnection();
        m_db.reset();
        m_dir.reset();
    }

    void aDraftSurvivesReopeningTheCache()
    {
        ReplyDraft draft;
        draft.petitionId = 1;
        draft.baseVersion = 7;
        draft.reply.docNumber = QStringLiteral("12/UBND-VP");
        draft.reply.issueDate = QDate(2026, 11, 28);
        draft.reply.signer = QStringLiteral("Nguyễn Văn Ánh");
        draft.reply.signerPosition = QStringLiteral("Phó Chủ tịch");
        draft.reply.subject = QStringLiteral("V/v trả lời phản ánh về đường Điện Biên Phủ");
        draft.reply.body = QStringLiteral("Kính gửi ông **Đặng**,\n\nỦy ban đã kiểm tra.");
        draft.removedServerFiles = {QStringLiteral("att-3f2a"), QStringLiteral("att-77c1")};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(ReplyDrafts(*m_db).save(draft), QString());

        m_db->releaseThreadConnection();
        m_db = std::make_unique<CacheDatabase>(m_path);
        QVERIFY(m_db->open());
        const std::optional<ReplyDraft> loaded = ReplyDrafts(*m_db).load(1);
        QVERIFY(loaded);
        QCOMPARE(loaded->reply, draft.reply);
        QCOMPARE(loaded->baseVersion, 7);
        // The server's files the officer removed from the draft stay removed.
        QCOMPARE(loaded->removedServerFiles, draft.removedServerFiles);
        QVERIFY(loaded->updatedAt >= before);
        QVERIFY(!ReplyDrafts(*m_db).load(2));
    }

    void theLastSaveWinsAndEmptyFieldsStayEmpty()
    {
        ReplyDrafts drafts(*m_db);
        ReplyDraft draft;
        draft.petitionId = 2;
        draft.baseVersion = 1;
        draft.reply.subject = QStringLiteral("Bản đầu");
        draft.reply.body = QStringLiteral("Nội dung đầu");
        QCOMPARE(drafts.save(draft), QString());
        draft.reply.subject = QStringLiteral("Bản sau");
        draft.reply.body.clear();
        QCOMPARE(drafts.save(draft), QString());
        const std::optional<ReplyDraft> loaded = drafts.load(2);
        QVERIFY(loaded);
        QCOMPARE(loaded->reply.subject, QStringLiteral("Bản sau"));
        QVERIFY(loaded->reply.body.isEmpty());
        QVERIFY(!loaded->reply.issueDate.isValid());
    }

    void removeForgetsOnlyThatPetitionsDraft()
    {
        ReplyDrafts drafts(*m_db);
        QCOMPARE(drafts.save({1, 1, Reply{QString(), {}, {}, {}, QStringLiteral("Một"), {}, {}}, {}, {}}),
                 QString());
        QCOMPARE(drafts.save({2, 1, Reply{QString(), {}, {}, {}, QStringLiteral("Hai"), {}, {}}, {}, {}}),
                 QString());
        QVERIFY(drafts.remove(1));
        QVERIFY(!drafts.load(1));
        QCOMPARE(drafts.load(2)->reply.subject, QStringLiteral("Hai"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<CacheDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestReplyDrafts)
#include "tst_replydrafts.moc"
