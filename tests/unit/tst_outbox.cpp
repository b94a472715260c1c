#include "net/retrypolicy.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "testpetitions.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

/// The persistent outbox: nothing the officer did offline is lost, commands of one petition go in order, and
/// an item leaves only together with the server's answer.
class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
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

    void commandsOfOnePetitionGoInOrderOthersDoNotWait()
    {
        Outbox outbox(*m_db);
        QString error;
        const qint64 a1 = outbox.enqueue(1, Command::Note, {{QStringLiteral("text"), QStringLiteral("một")}},
                                         1, {}, &error);
        const qint64 a2 = outbox.enqueue(1, Command::SubmitReply, {}, 1, {}, &error);
        const qint64 b1 = outbox.enqueue(2, Command::Note, {{QStringLiteral("text"), QStringLiteral("hai")}},
                                         1, {}, &error);
        QVERIFY2(a1 && a2 && b1, qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QList<qint64> ready;
        for (const OutboxItem &i : outbox.ready(now))
            ready << i.id;
        QCOMPARE(ready, (QList<qint64>{a1, b1}));

        // While a1 is sending, a2 waits; b1 is unaffected.
        QVERIFY(outbox.markSending(a1));
        ready.clear();
        for (const OutboxItem &i : outbox.ready(now))
            ready << i.id;
        QCOMPARE(ready, (QList<qint64>{b1}));

        // a1 done: its answer is stored and a2 is next.
        Petition answered = test::makePetition(1, QStringLiteral("Một (đã ghi chú)"));
        answered.version = 2;
        QCOMPARE(outbox.complete(a1, answered), QString());
        QCOMPARE(PetitionStore(*m_db).petition(1)->title, QStringLiteral("Một (đã ghi chú)"));
        QVERIFY(!outbox.item(a1));
        QCOMPARE(outbox.ready(now).first().id, a2);
    }

    void idempotencyKeysAreUniqueAndStable()
    {
        Outbox outbox(*m_db);
        const qint64 a = outbox.enqueue(1, Command::Note, {}, 1, {}, nullptr);
        const qint64 b = outbox.enqueue(1, Command::Note, {}, 1, {}, nullptr);
        const QString keyA = outbox.item(a)->idempotencyKey;
        QVERIFY(!keyA.isEmpty());
        QVERIFY(keyA != outbox.item(b)->idempotencyKey);
        QVERIFY(outbox.markSending(a));
        QVERIFY(outbox.retryLater(a, QStringLiteral("timeout"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(outbox.item(a)->idempotencyKey, keyA); // a resend uses the same key
        QCOMPARE(outbox.item(a)->attempts, 1);
    }

    void retryWaitsForItsTime()
    {
        Outbox outbox(*m_db);
        const qint64 a = outbox.enqueue(1, Command::Note, {}, 1, {}, nullptr);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(outbox.markSending(a));
        QVERIFY(outbox.retryLater(a, QStringLiteral("503"), now.addSecs(60)));
        QVERIFY(outbox.ready(now).isEmpty());
        QCOMPARE(outbox.ready(now.addSecs(61)).size(), 1);
        QCOMPARE(outbox.item(a)->lastError, QStringLiteral("503"));
    }

    void whenTheNetworkComesBackWaitingItemsAreDueAtOnce()
    {
        Outbox outbox(*m_db);
        const qint64 a = outbox.enqueue(1, Command::Note, {}, 1, {}, nullptr);
        const qint64 b = outbox.enqueue(2, Command::Note, {}, 1, {}, nullptr);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(outbox.markSending(a));
        QVERIFY(outbox.retryLater(a, QStringLiteral("offline"), now.addSecs(900)));
        QVERIFY(outbox.markSending(b));
        QVERIFY(outbox.markFailed(b, QStringLiteral("403")));
        QVERIFY(outbox.ready(now).isEmpty());
        QCOMPARE(outbox.makeDueNow(), 1); // only the queued one; a failed item waits for the officer
        QCOMPARE(outbox.ready(now).size(), 1);
        QCOMPARE(outbox.ready(now).first().id, a);
        QCOMPARE(outbox.item(b)->state, OutboxState::Failed);
        QCOMPARE(outbox.makeDueNow(), 0);
    }

    void failedAndConflictingItemsHoldTheirPetitionUntilRetriedOrDropped()
    {
        Outbox outbox(*m_db);
        const QJsonObject base{{QStringLiteral("version"), 1},
                               {QStringLiteral("title"), QStringLiteral("Một")}};
        const qint64 a = outbox.enqueue(1, Command::SaveReply,
                                        {{QStringLiteral("body"), QStringLiteral("mine")}}, 1, base, nullptr);
        const qint64 b = outbox.enqueue(1, Command::SubmitReply, {}, 1, base, nullptr);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(outbox.markSending(a));
        const QJsonObject theirs{{QStringLiteral("version"), 3}};
        QCOMPARE(outbox.markConflict(a, theirs), QString());
        QCOMPARE(outbox.item(a)->state, OutboxState::Conflict);
        QVERIFY(outbox.ready(now).isEmpty()); // b waits behind the conflict

        // Resolved: keep mine on the new base — a new request, so a new idempotency key.
        const QString firstKey = outbox.item(a)->idempotencyKey;
        QVERIFY(outbox.retryNow(a, 3));
        QCOMPARE(outbox.item(a)->baseVersion, 3);
        QVERIFY(outbox.item(a)->idempotencyKey != firstKey);
        QCOMPARE(outbox.ready(now).first().id, a);

        QVERIFY(outbox.markSending(a));
        QVERIFY(outbox.markFailed(a, QStringLiteral("403 forbidden")));
        QVERIFY(outbox.ready(now).isEmpty());
        QVERIFY(!outbox.drop(12345));
        QVERIFY(outbox.drop(a));
        QCOMPARE(outbox.ready(now).first().id, b);
    }

    /// The list's marks read only each item's petition and state: the same, in the same order, as all() — a
    /// command this version does not know (written by a newer one) included, as failed.
    void petitionStatesAgreeWithTheItems()
    {
        Outbox outbox(*m_db);
        const QJsonObject base{{QStringLiteral("version"), 1}};
        const qint64 a = outbox.enqueue(1, Command::Note, {{QStringLiteral("text"), QStringLiteral("x")}}, 1,
                                        base, nullptr);
        const qint64 b = outbox.enqueue(2, Command::SaveReply, {}, 1, base, nullptr);
        const qint64 c = outbox.enqueue(1, Command::SubmitReply, {}, 1, base, nullptr);
        QVERIFY(a > 0 && b > 0 && c > 0);
        QVERIFY(outbox.markSending(b));
        QVERIFY(outbox.markSending(a));
        QVERIFY(outbox.markFailed(a, QStringLiteral("403")));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET command = 'future_command' WHERE id = %1").arg(c)));
        QList<QPair<qint64, OutboxState>> fromItems;
        for (const OutboxItem &item : outbox.all())
            fromItems.append({item.petitionId, item.state});
        const QList<QPair<qint64, OutboxState>> expected = {
            {1, OutboxState::Failed}, {2, OutboxState::Sending}, {1, OutboxState::Failed}};
        QCOMPARE(fromItems, expected);
        QCOMPARE(outbox.petitionStates(), expected);
    }

    void sendingItemsComeBackAfterACrash()
    {
        Outbox outbox(*m_db);
        const qint64 a = outbox.enqueue(2, Command::Note, {}, 1, {}, nullptr);
        QVERIFY(outbox.markSending(a));
        QVERIFY(!outbox.drop(a)); // never drop what may be on the wire
        QCOMPARE(outbox.recoverAfterCrash(), 1);
        QCOMPARE(outbox.item(a)->state, OutboxState::Queued);
    }

    void itemsSurviveReopening()
    {
        qint64 id = 0;
        {
            Outbox outbox(*m_db);
            id = outbox.enqueue(2, Command::ProgressUpdate,
                                {{QStringLiteral("text"), QStringLiteral("đang làm")}}, 1, {}, nullptr);
        }
        m_db->releaseThreadConnection();
        CacheDatabase again(m_db->filePath());
        QVERIFY(again.open());
        const std::optional<OutboxItem> item = Outbox(again).item(id);
        QVERIFY(item);
        QCOMPARE(item->command, Command::ProgressUpdate);
        QCOMPARE(item->payload.value(QStringLiteral("text")).toString(), QStringLiteral("đang làm"));
        again.releaseThreadConnection();
    }

    void backOffScheduleAndRetryAfter()
    {
        QCOMPARE(retrypolicy::delayMs(1), 5000);
        QCOMPARE(retrypolicy::delayMs(2), 15000);
        QCOMPARE(retrypolicy::delayMs(3), 60000);
        QCOMPARE(retrypolicy::delayMs(6), 30 * 60 * 1000);
        QCOMPARE(retrypolicy::delayMs(60), 30 * 60 * 1000);
        QCOMPARE(retrypolicy::delayMs(1, -1, 0.0), 4000); // -20 %
        QCOMPARE(retrypolicy::delayMs(1, -1, 1.0), 6000); // +20 %
        QCOMPARE(retrypolicy::delayMs(1, 42), 42000);     // the server said so
        QCOMPARE(retrypolicy::delayMs(1, 999999), 3600000);
    }

    void anAcceptedReplyForgetsTheDraftThatHeldIt_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<bool>("editedAfterQueueing");
        QTest::addColumn<bool>("draftKept");
        QTest::newRow("submit, unchanged") << int(Command::SubmitReply) << false << false;
        QTest::newRow("save, unchanged") << int(Command::SaveReply) << false << false;
        QTest::newRow("submit, typed on") << int(Command::SubmitReply) << true << true;
        QTest::newRow("a note") << int(Command::Note) << false << true;
    }

    void anAcceptedReplyForgetsTheDraftThatHeldIt()
    {
        // The "Drafts" view lists petitions with a draft: a reply the server accepted leaves it, unless the
        // officer went on typing after queueing it (that text would be lost).
        QFETCH(int, command);
        QFETCH(bool, editedAfterQueueing);
        QFETCH(bool, draftKept);
        ReplyDrafts drafts(*m_db);
        ReplyDraft draft;
        draft.petitionId = 1;
        draft.baseVersion = 1;
        draft.reply.docNumber = QStringLiteral("12/SXD-QLN");
        draft.reply.issueDate = QDate(2026, 11, 27);
        draft.reply.signer = QStringLiteral("Nguyễn Văn \"A\"");
        draft.reply.subject = QStringLiteral("V/v trả lời phản ánh");
        draft.reply.body = QStringLiteral("Sở Xây dựng trả lời…");
        QCOMPARE(drafts.save(draft), QString());
        ReplyDraft other = draft;
        other.petitionId = 2;
        QCOMPARE(drafts.save(other), QString());
        const QJsonObject reply{
            {QStringLiteral("doc_number"), draft.reply.docNumber},
            {QStringLiteral("issue_date"), QStringLiteral("2026-11-27")},
            {QStringLiteral("signer"), draft.reply.signer},
            {QStringLiteral("signer_position"), QJsonValue()},
            {QStringLiteral("subject"), draft.reply.subject},
            {QStringLiteral("body"), draft.reply.body},
            {QStringLiteral("attachments"), QJsonArray()},
        };
        Outbox outbox(*m_db);
        QString error;
        const qint64 id =
            outbox.enqueue(1, Command(command), {{QStringLiteral("reply"), reply}}, 1, {}, &error);
        QVERIFY2(id, qPrintable(error));
        if (editedAfterQueueing) {
            draft.reply.body += QStringLiteral(" Trân trọng.");
            QCOMPARE(drafts.save(draft), QString());
        }
        QVERIFY(outbox.markSending(id));
        Petition answered = test::makePetition(1, QStringLiteral("Một"));
        answered.version = 2;
        QCOMPARE(outbox.complete(id, answered), QString());
        QCOMPARE(outbox.count(), 0);
        const std::optional<ReplyDraft> left = drafts.load(1);
        QCOMPARE(left.has_value(), draftKept);
        if (left)
            QCOMPARE(left->reply.body, draft.reply.body);
        QVERIFY(drafts.load(2)); // another petition's draft is never touched
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
