// The outbox against a real pakn-server over HTTPS: actions queued while the server cannot be reached are all
// applied once, in order, when it can; a 409 whose changes do not overlap is rebased by itself; one that does
// becomes a conflict holding base, mine and theirs — and nothing is lost.

#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QString kPassword = QStringLiteral("pakn-demo");

/// One client: its own cache, API client and sync engine, signed in as `user`.
struct Client
{
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;

    QString sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        if (!finished.wait(60000))
            return QStringLiteral("timeout");
        return finished.first().at(0).toString();
    }
};

std::unique_ptr<ApiClient> makeApi(const QUrl &url, const test::ServerProcess &server)
{
    ApiClient::Options options;
    options.baseUrl = url;
    options.extraCaCertificates = server.caCertificates();
    options.trustSystemCas = false;
    options.timeoutMs = 5000;
    return std::make_unique<ApiClient>(options);
}

QString signIn(ApiClient &api, const QString &user)
{
    bool done = false;
    QString token;
    api.signIn(user, kPassword, [&](const ApiError &, const SessionGrant &g) {
        token = g.accessToken;
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return token;
}

} // namespace

class TestOutboxEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The officers who have petitions in progress, from the city office's view of everything.
        Client office = client(QStringLiteral("office"), QStringLiteral("vanphong"));
        QCOMPARE(office.sync(), QString());
        QSqlQuery q(office.cache->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, assignee FROM petitions WHERE state = 'in_progress' AND assignee IS"
                           " NOT NULL ORDER BY id LIMIT 3")));
        while (q.next())
            m_work << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
        QCOMPARE(m_work.size(), 3);
    }

    void actionsQueuedOfflineAreAppliedOnceInOrder()
    {
        const auto [id, officer] = m_work.at(0);
        Client a = client(QStringLiteral("a"), officer);
        QCOMPARE(a.sync(), QString());
        const Petition before = *PetitionStore(*a.cache).petition(id);

        // Offline: the same cache, an API client pointed at a port where nothing listens.
        QUrl dead = m_server.baseUrl();
        dead.setPort(1);
        auto deadApi = makeApi(dead, m_server);
        deadApi->setAccessToken(QStringLiteral("x"));
        SyncEngine offline(deadApi.get(), *a.cache);
        Outbox outbox(*a.cache);
        const QStringList texts = {QStringLiteral("Ghi chú 1: đã liên hệ"),
                                   QStringLiteral("Ghi chú 2: đã kiểm tra")};
        for (const QString &t : texts)
            QVERIFY(outbox.enqueue(id, Command::Note, {{QStringLiteral("text"), t}}, before.version,
                                   wire::encode(before), nullptr));
        QVERIFY(outbox.enqueue(id, Command::ProgressUpdate,
                               {{QStringLiteral("text"), QStringLiteral("Tiến độ: 50%")}}, before.version,
                               wire::encode(before), nullptr));
        QSignalSpy offlineDone(&offline, &SyncEngine::finished);
        offline.syncNow();
        QVERIFY(offlineDone.wait(30000));
        QVERIFY(!offlineDone.first().at(0).toString().isEmpty());
        QCOMPARE(offline.status(), SyncEngine::Status::Offline);
        QCOMPARE(outbox.count(), 3); // nothing lost, nothing sent
        QVERIFY(outbox.item(outbox.all().first().id)->nextAttemptAt > QDateTime::currentDateTimeUtc());

        // Back online, once the back-off has passed.
        a.engine->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outbox.count(), 0);

        // On the server: each action once, in the order made.
        const Petition after = serverPetition(id);
        QStringList comments;
        for (const TimelineEntry &e : after.timeline) {
            if (e.kind == QLatin1String("note") || e.kind == QLatin1String("progress_update"))
                comments << e.comment;
        }
        QCOMPARE(comments.mid(comments.size() - 3), texts + QStringList{QStringLiteral("Tiến độ: 50%")});
        QCOMPARE(comments.count(texts.first()), 1);
        QCOMPARE(after.version, before.version + 3);
        QCOMPARE(*PetitionStore(*a.cache).petition(id), after); // the cache holds the server's answer
    }

    void nonOverlappingChangesRebaseOverlappingOnesConflict()
    {
        const auto [id, officer] = m_work.at(1);
        Client a = client(QStringLiteral("b1"), officer);
        Client b = client(QStringLiteral("b2"), officer);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        const Petition base = *PetitionStore(*a.cache).petition(id);

        // B adds a note first; A's reply, made on the older base, does not overlap: rebased and applied.
        QVERIFY(Outbox(*b.cache).enqueue(id, Command::Note,
                                         {{QStringLiteral("text"), QStringLiteral("B ghi chú")}},
                                         base.version, wire::encode(base), nullptr));
        QCOMPARE(b.sync(), QString());
        const QJsonObject replyA{{QStringLiteral("subject"), QStringLiteral("Trả lời A")},
                                 {QStringLiteral("body"), QStringLiteral("Nội dung A")}};
        Outbox outboxA(*a.cache);
        QVERIFY(outboxA.enqueue(id, Command::SaveReply, {{QStringLiteral("reply"), replyA}}, base.version,
                                wire::encode(base), nullptr));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outboxA.count(), 0);
        Petition server = serverPetition(id);
        QVERIFY(server.reply);
        QCOMPARE(server.reply->body, QStringLiteral("Nội dung A"));

        // Now both edit the reply from the same base: B wins the race, A's change is held as a conflict.
        QCOMPARE(b.sync(), QString());
        const Petition base2 = *PetitionStore(*b.cache).petition(id);
        const QJsonObject replyB{{QStringLiteral("subject"), QStringLiteral("Trả lời B")},
                                 {QStringLiteral("body"), QStringLiteral("Nội dung B")}};
        QVERIFY(Outbox(*b.cache).enqueue(id, Command::SaveReply, {{QStringLiteral("reply"), replyB}},
                                         base2.version, wire::encode(base2), nullptr));
        QCOMPARE(b.sync(), QString());
        const QJsonObject replyA2{{QStringLiteral("subject"), QStringLiteral("Trả lời A2")},
                                  {QStringLiteral("body"), QStringLiteral("Nội dung A2")}};
        const qint64 item = outboxA.enqueue(id, Command::SaveReply, {{QStringLiteral("reply"), replyA2}},
                                            base2.version, wire::encode(base2), nullptr);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outboxA.item(item)->state, OutboxState::Conflict);
        QSqlQuery q(a.cache->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT base, mine, theirs FROM conflicts WHERE outbox_id = %1").arg(item)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("Nội dung A")));  // base: A's first reply
        QVERIFY(q.value(1).toString().contains(QStringLiteral("Nội dung A2"))); // mine
        QVERIFY(q.value(2).toString().contains(QStringLiteral("Nội dung B")));  // theirs
        q.finish();
        QCOMPARE(serverPetition(id).reply->body,
                 QStringLiteral("Nội dung B")); // nothing overwritten silently

        // The officer keeps theirs' version as base and sends mine again: applied.
        QVERIFY(outboxA.retryNow(item, serverPetition(id).version));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outboxA.count(), 0);
        QCOMPARE(serverPetition(id).reply->body, QStringLiteral("Nội dung A2"));
    }

    void refusedActionsAreHeldWithTheReason()
    {
        const auto [id, officer] = m_work.at(2);
        Client a = client(QStringLiteral("c"), officer);
        QCOMPARE(a.sync(), QString());
        const Petition p = *PetitionStore(*a.cache).petition(id);
        // An officer may not approve: the server refuses (403) and the item is kept, failed, with the reason.
        Outbox outbox(*a.cache);
        const qint64 item = outbox.enqueue(id, Command::Approve, {}, p.version, wire::encode(p), nullptr);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outbox.item(item)->state, OutboxState::Failed);
        QVERIFY(!outbox.item(item)->lastError.isEmpty());
    }

    void anActionOnAPetitionOutsideTheScopeIsDroppedWithANoticeKept()
    {
        const auto [id, officer] = m_work.at(2);
        Client a = client(QStringLiteral("d"), officer);
        QCOMPARE(a.sync(), QString());
        // A petition of another unit, as if it had been in this officer's scope when the action was made.
        Client office = client(QStringLiteral("d-office"), QStringLiteral("vanphong"));
        QCOMPARE(office.sync(), QString());
        const Petition mine = *PetitionStore(*a.cache).petition(id);
        QSqlQuery q(office.cache->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM petitions WHERE unit_id != '%1' ORDER BY id LIMIT 1")
                           .arg(mine.unitId)));
        QVERIFY(q.next());
        const Petition foreign = *PetitionStore(*office.cache).petition(q.value(0).toLongLong());
        q.finish();
        ChangePage page;
        page.petitions.append(foreign);
        page.nextCursor = PetitionStore(*a.cache).syncCursor();
        QCOMPARE(PetitionStore(*a.cache).applyChangePage(page), QString());

        Outbox outbox(*a.cache);
        QVERIFY(outbox.enqueue(foreign.id, Command::Note,
                               {{QStringLiteral("text"), QStringLiteral("Ngoài phạm vi")}}, foreign.version,
                               wire::encode(foreign), nullptr));
        const qint64 kept =
            outbox.enqueue(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("Trong phạm vi")}},
                           mine.version, wire::encode(mine), nullptr);
        QSignalSpy notices(a.engine.get(), &SyncEngine::notice);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outbox.count(), 0); // the foreign one dropped, the other one sent
        QVERIFY(!outbox.item(kept));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().at(0).toString().contains(foreign.code));
        const QStringList keptNotices = SyncEngine::droppedNotices(*a.cache);
        QCOMPARE(keptNotices.size(), 1);
        QCOMPARE(keptNotices.first(), notices.first().at(0).toString());
        QVERIFY(!PetitionStore(*a.cache).petition(foreign.id));        // no longer shown as the officer's
        QCOMPARE(serverPetition(foreign.id).version, foreign.version); // and nothing applied on the server
    }

    void aCommandTheServerFindsInvalidFailsWithTheServersReasons()
    {
        const auto [id, officer] = m_work.at(2);
        Client a = client(QStringLiteral("e"), officer);
        QCOMPARE(a.sync(), QString());
        const Petition p = *PetitionStore(*a.cache).petition(id);
        Outbox outbox(*a.cache);
        // A blank note: 422 invalid_command, held as failed with what the server said.
        const qint64 item =
            outbox.enqueue(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("   ")}}, p.version,
                           wire::encode(p), nullptr);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(outbox.item(item)->state, OutboxState::Failed);
        QVERIFY2(outbox.item(item)->lastError.contains(QStringLiteral("422")),
                 qPrintable(outbox.item(item)->lastError));
        QCOMPARE(serverPetition(id).version, p.version);
    }

private:
    Client client(const QString &name, const QString &user)
    {
        Client c;
        c.cache = std::make_unique<CacheDatabase>(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!c.cache->open())
            return c;
        c.api = makeApi(m_server.baseUrl(), m_server);
        c.api->setAccessToken(signIn(*c.api, user));
        c.engine = std::make_unique<SyncEngine>(c.api.get(), *c.cache);
        return c;
    }

    /// The petition as the server has it, read with a fresh client (GET /petitions/{id} through the feed).
    Petition serverPetition(qint64 id)
    {
        Client reader =
            client(QStringLiteral("reader-") + QString::number(++m_readers), QStringLiteral("vanphong"));
        reader.sync();
        return PetitionStore(*reader.cache).petition(id).value_or(Petition{});
    }

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    int m_readers = 0;
    QList<QPair<qint64, QString>> m_work; ///< in-progress petitions and their assignees
};

QTEST_GUILESS_MAIN(TestOutboxEndToEnd)
#include "tst_outbox_e2e.moc"
