#include "net/wirecodec.h"
#include "store/cachedatabase.h"
#include "store/conflicts.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "testpetitions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

QJsonObject replyPayload(const QString &subject, const QString &body)
{
    return {{QStringLiteral("reply"),
             QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}}}};
}

} // namespace

/// Conflicts held for the officer: listed until resolved, and each choice — keep mine, take theirs, merge —
/// changes the outbox item, the reply draft and the conflict together, discarding nothing else.
class TestConflicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("conflicts.sqlite")));
        QVERIFY(m_db->open());
        Petition p = test::makePetition(1, QStringLiteral("Một"));
        ChangePage page;
        page.petitions = {p, test::makePetition(2, QStringLiteral("Hai"))};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());

        // The officer saved a reply on version 1; someone else saved theirs meanwhile (version 2).
        QString error;
        m_item = Outbox(*m_db).enqueue(1, Command::SaveReply,
                                       replyPayload(QStringLiteral("Của tôi"), QStringLiteral("Bản của tôi")),
                                       1, wire::encode(p), &error);
        QVERIFY2(m_item, qPrintable(error));
        QCOMPARE(ReplyDrafts(*m_db).save(
                     {1,
                      1,
                      Reply{{}, {}, {}, {}, QStringLiteral("Của tôi"), QStringLiteral("Bản của tôi"), {}},
                      {},
                      {}}),
                 QString());
        Petition theirs = p;
        theirs.version = 2;
        theirs.reply = Reply{QStringLiteral("9/UBND"),     {}, {}, {}, QStringLiteral("Của họ"),
                             QStringLiteral("Bản của họ"), {}};
        m_theirs = wire::encode(theirs);
        QCOMPARE(Outbox(*m_db).markConflict(m_item, m_theirs), QString());
    }

    void cleanup()
    {
        m_db->releaseThreadConnection();
        m_db.reset();
        m_dir.reset();
    }

    void aHeldConflictIsListedWithBaseMineAndTheirs()
    {
        const QList<ConflictRecord> all = Conflicts(*m_db).unresolved();
        QCOMPARE(all.size(), 1);
        const ConflictRecord &c = all.first();
        QCOMPARE(c.petitionId, 1);
        QCOMPARE(c.outboxItemId, m_item);
        QCOMPARE(c.command(), std::optional<Command>(Command::SaveReply));
        QCOMPARE(c.theirsVersion(), 2);
        QCOMPARE(c.base.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(c.mine.value(QStringLiteral("reply")).toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Của tôi"));
        QCOMPARE(c.theirs, m_theirs);
        QCOMPARE(Conflicts(*m_db).unresolved(1).size(), 1);
        QVERIFY(Conflicts(*m_db).unresolved(2).isEmpty());
    }

    void keepMineQueuesTheSameCommandOnTheirVersion()
    {
        const OutboxItem before = *Outbox(*m_db).item(m_item);
        QCOMPARE(Conflicts(*m_db).resolve(m_item, ConflictChoice::KeepMine), QString());
        const std::optional<OutboxItem> after = Outbox(*m_db).item(m_item);
        QVERIFY(after);
        QCOMPARE(after->state, OutboxState::Queued);
        QCOMPARE(after->baseVersion, 2);
        QCOMPARE(after->payload, before.payload);
        QCOMPARE(after->baseRecord, m_theirs);
        QVERIFY(after->idempotencyKey != before.idempotencyKey);
        QCOMPARE(ReplyDrafts(*m_db).load(1)->reply.subject, QStringLiteral("Của tôi"));
        QVERIFY(Conflicts(*m_db).unresolved().isEmpty());
    }

    void retryingTheItemFromTheOutboxSettlesItsConflict()
    {
        // The outbox pane's Retry (and pakn-cli outbox retry) sends the item again: the held conflict must
        // not stay open beside a queued item, or the detail pane keeps its banner.
        QVERIFY(Outbox(*m_db).retryNow(m_item));
        QCOMPARE(Outbox(*m_db).item(m_item)->state, OutboxState::Queued);
        QVERIFY(Conflicts(*m_db).unresolved().isEmpty());
        QVERIFY(!Conflicts(*m_db).forOutboxItem(m_item));
        // Nothing the officer wrote is lost by it.
        QCOMPARE(ReplyDrafts(*m_db).load(1)->reply.subject, QStringLiteral("Của tôi"));
        // The server refuses it again: a new conflict is held, and only that one is listed.
        QVERIFY(Outbox(*m_db).markSending(m_item));
        QCOMPARE(Outbox(*m_db).markConflict(m_item, m_theirs), QString());
        QCOMPARE(Conflicts(*m_db).unresolved().size(), 1);
    }

    void droppingTheItemFromTheOutboxSettlesItsConflict()
    {
        QVERIFY(Outbox(*m_db).drop(m_item));
        QVERIFY(!Outbox(*m_db).item(m_item));
        QVERIFY(Conflicts(*m_db).unresolved().isEmpty());
    }

    void takeTheirsDropsMineAndTheDraftBecomesTheirs()
    {
        QCOMPARE(Conflicts(*m_db).resolve(m_item, ConflictChoice::TakeTheirs), QString());
        QVERIFY(!Outbox(*m_db).item(m_item));
        const std::optional<ReplyDraft> draft = ReplyDrafts(*m_db).load(1);
        QVERIFY(draft);
        QCOMPARE(draft->reply.subject, QStringLiteral("Của họ"));
        QCOMPARE(draft->reply.body, QStringLiteral("Bản của họ"));
        QCOMPARE(draft->reply.docNumber, QStringLiteral("9/UBND"));
        QCOMPARE(draft->baseVersion, 2);
        QVERIFY(Conflicts(*m_db).unresolved().isEmpty());
    }

    void aMergeReplacesThePayloadAndTheDraft()
    {
        const QJsonObject merged = replyPayload(QStringLiteral("Chung"), QStringLiteral("Bản gộp"));
        QCOMPARE(Conflicts(*m_db).resolve(m_item, ConflictChoice::Merged, merged), QString());
        const std::optional<OutboxItem> after = Outbox(*m_db).item(m_item);
        QVERIFY(after);
        QCOMPARE(after->state, OutboxState::Queued);
        QCOMPARE(after->payload, merged);
        QCOMPARE(after->baseVersion, 2);
        QCOMPARE(ReplyDrafts(*m_db).load(1)->reply.body, QStringLiteral("Bản gộp"));
    }

    void aConflictResolvedOnceCannotBeResolvedAgain()
    {
        QCOMPARE(Conflicts(*m_db).resolve(m_item, ConflictChoice::KeepMine), QString());
        QVERIFY(!Conflicts(*m_db).resolve(m_item, ConflictChoice::TakeTheirs).isEmpty());
        // The second attempt changed nothing: the item is still queued with my payload.
        QCOMPARE(Outbox(*m_db).item(m_item)->state, OutboxState::Queued);
    }

    void anItemNoLongerInConflictLeavesEverythingAsItWas()
    {
        // The item was sent meanwhile (e.g. retried from the outbox pane, which settles its conflict): a
        // choice made in a dialog still open must not apply.
        QVERIFY(Outbox(*m_db).retryNow(m_item));
        QVERIFY(!Conflicts(*m_db).resolve(m_item, ConflictChoice::TakeTheirs).isEmpty());
        QVERIFY(Outbox(*m_db).item(m_item));
        QCOMPARE(Outbox(*m_db).item(m_item)->state, OutboxState::Queued);
        QCOMPARE(ReplyDrafts(*m_db).load(1)->reply.subject, QStringLiteral("Của tôi"));
        QVERIFY(Conflicts(*m_db).unresolved().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    qint64 m_item = 0;
    QJsonObject m_theirs;
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
