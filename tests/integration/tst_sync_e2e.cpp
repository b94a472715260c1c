#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QString kPassword = QStringLiteral("pakn-demo");

/// Everything the server holds for a user, read straight from the change feed with a plain QNAM — an
/// independent path from the client's ApiClient and SyncEngine.
QMap<qint64, Petition> serverPetitions(const test::ServerProcess &server, const QString &user)
{
    QMap<qint64, Petition> all;
    QNetworkAccessManager nam;
    auto request = [&](const QString &path) {
        QNetworkRequest r(server.baseUrl().resolved(QUrl(path)));
        r.setSslConfiguration(server.sslConfiguration());
        return r;
    };
    QNetworkRequest signIn = request(QStringLiteral("/api/v1/session"));
    signIn.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.post(signIn, QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                   {QStringLiteral("password"), kPassword}})
                             .toJson());
    if (!QSignalSpy(reply, &QNetworkReply::finished).wait(30000))
        return all;
    const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toUtf8();
    delete reply;

    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        QNetworkRequest r = request(QStringLiteral("/api/v1/changes?limit=1000") +
                                    (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        r.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *page = nam.get(r);
        if (!QSignalSpy(page, &QNetworkReply::finished).wait(30000))
            return {};
        const QJsonObject json = QJsonDocument::fromJson(page->readAll()).object();
        delete page;
        for (const QJsonValue &v : json.value(QStringLiteral("petitions")).toArray()) {
            const Decoded<Petition> p = wire::decodePetition(v.toObject());
            if (p)
                all.insert(p.value->id, *p.value);
        }
        cursor = json.value(QStringLiteral("next_cursor")).toString();
        if (!json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return all;
}

} // namespace

/// The whole path from the reference server to the cache, over real HTTPS with a certificate made at test
/// time.
class TestSyncEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void signInAndFullSyncMirrorTheServer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("city office, big pages") << QStringLiteral("vanphong") << 500;
        QTest::newRow("officer, small pages") << QStringLiteral("chuyenvien.xd") << 7;
    }

    void signInAndFullSyncMirrorTheServer()
    {
        QFETCH(QString, user);
        QFETCH(int, pageSize);
        QTemporaryDir profile;
        CacheDatabase cache(profile.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());

        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
        options.extraCaCertificates = m_server.caCertificates();
        options.trustSystemCas = false;
        ApiClient api(options);

        bool done = false;
        SessionGrant grant;
        ApiError signInError;
        api.signIn(user, kPassword, [&](const ApiError &e, const SessionGrant &g) {
            signInError = e;
            grant = g;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(!signInError.isError(), qPrintable(signInError.message));
        QCOMPARE(grant.user.username, user);
        api.setAccessToken(grant.accessToken);

        SyncEngine engine(&api, cache);
        engine.setPageSize(pageSize);
        // A first sync runs without the table's indexes: the lists are told of the first page, then (with an
        // interval no run reaches) only once more, when the indexes are built.
        engine.setQuietPageSignalMs(24 * 3600 * 1000);
        QList<std::pair<qint64, bool>> pageSignals; // (received, indexes still missing)
        // The bulk-load settings (store/bulkload.h) hold while the pages are stored, and are undone at the
        // end.
        auto walAutocheckpoint = [&cache] {
            QSqlQuery q(cache.connection());
            return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt() : -1;
        };
        QList<int> checkpointEvery;
        connect(&engine, &SyncEngine::pageStored, this, [&](qint64 received) {
            pageSignals.append({received, PetitionStore(cache).hasIndexBacklog()});
            checkpointEvery.append(walAutocheckpoint());
        });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy statuses(&engine, &SyncEngine::statusChanged);
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(engine.status(), SyncEngine::Status::Idle);

        const QMap<qint64, Petition> expected = serverPetitions(m_server, user);
        QVERIFY(!expected.isEmpty());
        PetitionStore store(cache);
        QCOMPARE(store.allIds(), expected.keys());

        // Progress says "n of m" after every page but the last, m being what the server holds for the user.
        QStringList progress;
        for (const QList<QVariant> &status : std::as_const(statuses)) {
            if (status.at(1).toString().contains(QStringLiteral("receiving")))
                progress << status.at(1).toString();
        }
        const qint64 total = expected.size();
        QCOMPARE(progress.size(), int((total - 1) / pageSize));
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i), QStringLiteral("Synchronising… receiving %1 of %2 petitions")
                                         .arg(qint64(i + 1) * pageSize)
                                         .arg(total));
        }

        QVERIFY(total > pageSize);
        QCOMPARE(pageSignals.size(), 2);
        QCOMPARE(pageSignals.first(), std::make_pair(qint64(pageSize), true));
        QCOMPARE(pageSignals.last(), std::make_pair(total, false));
        QVERIFY(checkpointEvery.first() > 1000);
        QCOMPARE(walAutocheckpoint(), 1000);
        QVERIFY(!store.hasIndexBacklog());
        {
            // Every index the schema has: as in a cache that never deferred them.
            CacheDatabase fresh(profile.filePath(QStringLiteral("fresh.sqlite")));
            QVERIFY(fresh.open());
            const QString sql =
                QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master"
                               " WHERE type = 'index' AND tbl_name = 'petitions' ORDER BY name)");
            QSqlQuery built(cache.connection());
            QSqlQuery schema(fresh.connection());
            QVERIFY(built.exec(sql) && built.next() && schema.exec(sql) && schema.next());
            QVERIFY(schema.value(0).toString().count(QLatin1String("CREATE INDEX")) >= 10);
            QCOMPARE(built.value(0).toString(), schema.value(0).toString());
            // Schema 7's count triggers, dropped for the pages, are back as the schema has them, and the
            // counts they keep were refilled: the petitions per unit and state.
            const QString triggers =
                QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master"
                               " WHERE type = 'trigger' AND tbl_name = 'petitions' ORDER BY name)");
            QVERIFY(built.exec(triggers) && built.next() && schema.exec(triggers) && schema.next());
            QCOMPARE(schema.value(0).toString().count(QLatin1String("CREATE TRIGGER petition_counts_")), 3);
            QCOMPARE(built.value(0).toString(), schema.value(0).toString());
            const QString counts = QStringLiteral("SELECT group_concat(c, ';') FROM (SELECT unit_id || '/' ||"
                                                  " state || '=' || n AS c FROM petition_counts WHERE n > 0"
                                                  " ORDER BY 1)");
            const QString grouped = QStringLiteral(
                "SELECT group_concat(c, ';') FROM (SELECT unit_id || '/' || state || '=' || COUNT(*) AS c"
                " FROM petitions GROUP BY unit_id, state ORDER BY 1)");
            QSqlQuery counted(cache.connection());
            QVERIFY(built.exec(counts) && built.next() && counted.exec(grouped) && counted.next());
            QVERIFY(!counted.value(0).toString().isEmpty());
            QCOMPARE(built.value(0).toString(), counted.value(0).toString());
            counted.finish();
            built.finish();
            schema.finish();
            fresh.releaseThreadConnection();
        }

        // A first sync builds the search index in one pass at the end: complete, one row per petition.
        QVERIFY(!store.hasSearchIndexBacklog());
        {
            QSqlQuery fts(cache.connection());
            QVERIFY(fts.exec(QStringLiteral("SELECT COUNT(*) FROM petition_fts")) && fts.next());
            QCOMPARE(fts.value(0).toLongLong(), total);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const std::optional<Petition> cached = store.petition(it.key());
            QVERIFY(cached);
            QCOMPARE(*cached, it.value());
        }
        if (user == QLatin1String("chuyenvien.xd")) {
            for (const Petition &p : expected)
                QCOMPARE(p.unitId, QStringLiteral("so-xay-dung"));
        }

        // The reference data came along, with its ETag; the unit tree is server data.
        const std::optional<ReferenceData> reference = ReferenceStore(cache).load();
        QVERIFY(reference);
        QVERIFY(reference->unit(QStringLiteral("so-xay-dung")));
        QVERIFY(reference->subtree(QStringLiteral("so-xay-dung")).contains(QStringLiteral("so-xay-dung")));
        const QString etag = ReferenceStore(cache).etag();
        QVERIFY(!etag.isEmpty());

        // A second sync starts from the stored cursor and changes nothing (the reference data answers 304).
        QSignalSpy referenceChanged(&engine, &SyncEngine::referenceDataChanged);
        const QString cursor = store.syncCursor();
        QVERIFY(!cursor.isEmpty());
        QSignalSpy pages(&engine, &SyncEngine::pageStored);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toString(), QString());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toLongLong(), 0);
        QCOMPARE(store.count(), expected.size());
        QCOMPARE(referenceChanged.size(), 0);
        QCOMPARE(ReferenceStore(cache).etag(), etag);
        cache.releaseThreadConnection();
    }

    void aCancelDuringTheSearchIndexPassKeepsTheMarkerAndTheNextRunFinishesIt()
    {
        QTemporaryDir profile;
        CacheDatabase cache(profile.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        // A first sync that was killed after storing 12,000 petitions (numbered above the server's), its
        // search index still to be built: more than two turns of the pass.
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        ChangePage stored;
        for (qint64 id = 1000001; id <= 1012000; ++id) {
            Petition p;
            p.id = id;
            p.version = 1;
            p.code = QStringLiteral("PAKN.20990101.%1").arg(id);
            p.title = QStringLiteral("Đường ngõ %1").arg(id);
            p.content = QStringLiteral("Nội dung %1").arg(id);
            p.submitter.name = QStringLiteral("Người dân");
            p.fieldId = QStringLiteral("giao_thong");
            p.unitId = QStringLiteral("so-xay-dung");
            p.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(2, 0), Qt::UTC);
            p.updatedAt = p.receivedAt;
            stored.petitions.append(p);
        }
        stored.nextCursor = QStringLiteral("s0");
        stored.hasMore = true;
        QCOMPARE(store.applyChangePage(stored), QString());
        QVERIFY(store.hasSearchIndexBacklog());

        ApiClient api(serverOptions());
        QCOMPARE(signIn(api, QStringLiteral("vanphong")), QString());

        // The officer cancels as soon as the pass starts: one turn is done, the rest waits for the next run.
        SyncEngine engine(&api, cache);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        connect(&engine, &SyncEngine::statusChanged, &engine,
                [&engine](SyncEngine::Status, const QString &message) {
                    if (message.contains(QStringLiteral("search index")))
                        QMetaObject::invokeMethod(&engine, &SyncEngine::cancel, Qt::QueuedConnection);
                });
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QTest::qWait(100); // a turn of the pass that was already queued must not run or report again
        QCOMPARE(finished.size(), 1);
        QVERIFY(engine.wasCancelled());
        QVERIFY(store.hasSearchIndexBacklog());
        auto ftsCount = [&cache] {
            QSqlQuery q(cache.connection());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM petition_fts")) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        };
        const qint64 afterCancel = ftsCount();
        QVERIFY2(afterCancel > 0 && afterCancel < store.count(), qPrintable(QString::number(afterCancel)));

        engine.disconnect(&engine);
        finished.clear();
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        QCOMPARE(ftsCount(), store.count());
        cache.releaseThreadConnection();
    }

    void aPageThatCannotBeStoredEndsTheRunWithoutLaterPagesAndTheNextRunConverges()
    {
        QTemporaryDir profile;
        CacheDatabase cache(profile.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        ApiClient api(serverOptions());
        QCOMPARE(signIn(api, QStringLiteral("vanphong")), QString());

        // The feed's first four pages, read beside the engine: the third one will not store (a full disk, as
        // a trigger says), while the fourth would.
        constexpr int kPage = 40;
        QList<ChangePage> pages;
        QString cursor;
        for (int i = 0; i < 4; ++i) {
            bool answered = false;
            api.fetchChanges(cursor, kPage, [&](const ApiError &e, const ChangePage &p) {
                QVERIFY(!e.isError());
                pages.append(p);
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
            QVERIFY(pages.last().hasMore);
            cursor = pages.last().nextCursor;
        }
        QSqlQuery trigger(cache.connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON petitions WHEN NEW.id = %1"
                                            " BEGIN SELECT RAISE(ABORT, 'disk is full (test)'); END")
                                 .arg(pages.at(2).petitions.first().id)));

        SyncEngine engine(&api, cache);
        engine.setPageSize(kPage);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QTest::qWait(200); // nothing of the failed run may arrive later
        QCOMPARE(finished.size(), 1);
        const QString error = finished.first().at(0).toString();
        QVERIFY2(error.startsWith(QStringLiteral("Could not save to the local cache:")) &&
                     error.contains(QStringLiteral("disk is full (test)")),
                 qPrintable(error));
        QCOMPARE(engine.status(), SyncEngine::Status::Offline);
        PetitionStore store(cache);
        QCOMPARE(store.count(), 2 * kPage);
        QCOMPARE(store.syncCursor(), pages.at(1).nextCursor);
        QVERIFY(!store.petition(pages.at(3).petitions.first().id));

        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER full")));
        finished.clear();
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(store.allIds(), serverPetitions(m_server, QStringLiteral("vanphong")).keys());
        cache.releaseThreadConnection();
    }

    void aCancelWhilePagesAreStoredKeepsWholePagesAndTheNextRunConverges()
    {
        QTemporaryDir profile;
        CacheDatabase cache(profile.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        ApiClient api(serverOptions());
        QCOMPARE(signIn(api, QStringLiteral("vanphong")), QString());

        constexpr int kPage = 25;
        SyncEngine engine(&api, cache);
        engine.setPageSize(kPage);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy stored(&engine, &SyncEngine::pageStored);
        connect(&engine, &SyncEngine::pageStored, &engine,
                [&engine] { QMetaObject::invokeMethod(&engine, &SyncEngine::cancel, Qt::QueuedConnection); });
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QTest::qWait(300); // the writer finishes the page it had begun, and skips the rest unreported
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stored.size(), 1);
        QVERIFY(engine.wasCancelled());
        PetitionStore store(cache);
        const qint64 kept = store.count();
        QVERIFY2(kept % kPage == 0 && kept >= kPage && kept <= 3 * kPage, qPrintable(QString::number(kept)));

        engine.disconnect(&engine);
        finished.clear();
        engine.syncNow();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(store.allIds(), serverPetitions(m_server, QStringLiteral("vanphong")).keys());
        QVERIFY(!store.hasIndexBacklog());
        QVERIFY(!store.hasSearchIndexBacklog());
        cache.releaseThreadConnection();
    }

    void wrongPasswordIsRefusedClearly()
    {
        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
        options.extraCaCertificates = m_server.caCertificates();
        options.trustSystemCas = false;
        ApiClient api(options);
        bool done = false;
        ApiError error;
        api.signIn(QStringLiteral("vanphong"), QStringLiteral("wrong"),
                   [&](const ApiError &e, const SessionGrant &) {
                       error = e;
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.errorClass, ErrorClass::Permanent);
        QCOMPARE(error.problemCode, QStringLiteral("invalid_credentials"));
    }

    void untrustedCertificateIsRefusedWithAClearMessage()
    {
        // Trust only the system CAs: the server's self-signed certificate must be refused.
        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
        ApiClient api(options);
        bool done = false;
        ApiError error;
        api.signIn(QStringLiteral("vanphong"), kPassword, [&](const ApiError &e, const SessionGrant &) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.errorClass, ErrorClass::Permanent);
        QCOMPARE(error.httpStatus, 0);
        QVERIFY2(error.message.contains(QStringLiteral("not issued by an authority this computer trusts")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("self-signed")), qPrintable(error.message));
    }

    void plainHttpIsNotAllowed()
    {
        QUrl url = m_server.baseUrl();
        url.setScheme(QStringLiteral("http"));
        QVERIFY(ApiClient::validateBaseUrl(url).contains(QStringLiteral("https://")));
        QVERIFY(ApiClient::validateBaseUrl(m_server.baseUrl()).isEmpty());
    }

private:
    /// A client of the test server that trusts its certificate only.
    ApiClient::Options serverOptions() const
    {
        ApiClient::Options options;
        options.baseUrl = m_server.baseUrl();
        options.extraCaCertificates = m_server.caCertificates();
        options.trustSystemCas = false;
        return options;
    }

    /// Signs `api` in as `user` with the demo password and gives it the access token; empty, or the reason.
    static QString signIn(ApiClient &api, const QString &user)
    {
        bool done = false;
        ApiError error;
        SessionGrant grant;
        api.signIn(user, kPassword, [&](const ApiError &e, const SessionGrant &g) {
            error = e;
            grant = g;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            return QStringLiteral("no answer to the sign-in");
        if (error.isError())
            return error.message;
        api.setAccessToken(grant.accessToken);
        return {};
    }

    test::ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"
