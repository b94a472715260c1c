#include "store/cachedatabase.h"
#include "store/migrations.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "store/searchbacklog.h"
#include "testpetitions.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace pakn;

namespace {

constexpr int kRebuildPetitions = 1500;
const char *const kRebuildChildVariable = "PAKN_TEST_REBUILD_CHILD";

/// Puts schema 5's full-text index (the same table without prefix indexes, filled by one pass) and its
/// single-column filter indexes back, without schema 7's counts table.
QString backToSchema5(QSqlDatabase db, const QString &schema5Fts)
{
    QSqlQuery q(db);
    for (const QString &sql :
         {QStringLiteral("DROP TRIGGER petition_counts_insert"),
          QStringLiteral("DROP TRIGGER petition_counts_delete"),
          QStringLiteral("DROP TRIGGER petition_counts_update"), QStringLiteral("DROP TABLE petition_counts"),
          QStringLiteral("DROP TABLE petition_fts"), schema5Fts,
          QStringLiteral("DROP INDEX petitions_state_received"),
          QStringLiteral("DROP INDEX petitions_channel"),
          QStringLiteral("CREATE INDEX petitions_channel ON petitions(channel)"),
          QStringLiteral("DROP INDEX petitions_field"),
          QStringLiteral("CREATE INDEX petitions_field ON petitions(field_id)"),
          QStringLiteral("DROP INDEX petitions_unit"),
          QStringLiteral("CREATE INDEX petitions_unit ON petitions(unit_id)"),
          QStringLiteral("INSERT INTO sync_state (key, value) VALUES"
                         " ('fts.pending_from', '0')")}) {
        if (!q.exec(sql))
            return sql;
    }
    if (const QString why = searchbacklog::complete(db); !why.isEmpty())
        return why;
    return q.exec(QStringLiteral("PRAGMA user_version = 5")) ? QString() : QStringLiteral("user_version");
}

/// Writes petitions 1..count into `cache`, petition 2 on "Đường Điện Biên Phủ", the others "Hồ sơ <id>".
QString writePetitions(const CacheDatabase &cache, int count)
{
    ChangePage page;
    for (qint64 id = 1; id <= count; ++id)
        page.petitions << test::makePetition(id, id == 2 ? QStringLiteral("Đường Điện Biên Phủ ngập")
                                                         : QStringLiteral("Hồ sơ %1").arg(id));
    page.nextCursor = QStringLiteral("s%1").arg(count);
    return PetitionStore(cache).applyChangePage(page);
}

/// A cache as schema 5 left it, with `count` petitions indexed (no prefix index), petition 2 on
/// "Đường Điện Biên Phủ".
QString writeSchema5Cache(const QString &path, int count)
{
    {
        CacheDatabase current(path);
        if (!current.open())
            return QStringLiteral("cannot create the cache");
        if (const QString why = writePetitions(current, count); !why.isEmpty())
            return why;
        QString schema5Fts;
        for (const QString &statement : cacheMigrations().at(1).statements) {
            if (statement.contains(QLatin1String("VIRTUAL TABLE petition_fts")))
                schema5Fts = statement;
        }
        if (const QString why = backToSchema5(current.connection(), schema5Fts); !why.isEmpty())
            return why;
        current.releaseThreadConnection();
    }
    return {};
}

/// The statement that made the full-text index at schema `version` (the last step up to it that made one).
QString ftsStatementOf(int version)
{
    QString statement;
    for (const Migration &step : cacheMigrations()) {
        if (step.toVersion > version)
            break;
        if (!step.searchIndex.isEmpty())
            statement = step.searchIndex;
        for (const QString &sql : step.statements) {
            if (sql.contains(QLatin1String("VIRTUAL TABLE petition_fts")))
                statement = sql;
        }
    }
    return statement;
}

/// A cache as schema 7 left it, with `count` petitions (petition 2 on "Đường Điện Biên Phủ"): its index
/// complete, or, with `rebuilding`, schema 6's rebuild under way — the old index complete, the new one filled
/// up to about half the petitions.
QString writeSchema7Cache(const QString &path, int count, bool rebuilding)
{
    CacheDatabase current(path);
    if (!current.open())
        return QStringLiteral("cannot create the cache");
    if (const QString why = writePetitions(current, count); !why.isEmpty())
        return why;
    QSqlDatabase db = current.connection();
    QSqlQuery q(db);
    const QString schema7Fts = ftsStatementOf(7);
    for (const QString &sql :
         {QStringLiteral("DROP TABLE petition_fts"), schema7Fts,
          QStringLiteral(
              "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('fts.pending_from', '0')")}) {
        if (!q.exec(sql))
            return sql;
    }
    if (const QString why = searchbacklog::complete(db); !why.isEmpty())
        return why;
    if (rebuilding) {
        for (const QString &sql :
             {QStringLiteral("ALTER TABLE petition_fts RENAME TO petition_fts_old"), schema7Fts,
              QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES"
                             " ('fts.pending_from', '0')")}) {
            if (!q.exec(sql))
                return sql;
        }
        if (const QString why = searchbacklog::complete(db, count / 2, 10); !why.isEmpty())
            return why;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = 7")))
        return QStringLiteral("user_version");
    q = QSqlQuery();
    db = QSqlDatabase();
    current.releaseThreadConnection();
    return {};
}

QString tableSql(const CacheDatabase &cache, const QString &name)
{
    QSqlQuery q(cache.connection());
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 scalar(const CacheDatabase &cache, const QString &sql)
{
    QSqlQuery q(cache.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QList<qint64> found(const CacheDatabase &cache, const QString &typed, bool *building = nullptr)
{
    PetitionQuery query(cache.connection(), ViewContext{});
    PetitionFilter f;
    f.search = typed;
    f.sortKey = SortKey::Received;
    QList<qint64> ids;
    for (const PetitionRow &r : query.page(f, 0, 10000))
        ids << r.id;
    if (building)
        *building = query.searchIndexBuilding();
    return ids;
}

/// The child process of schema6RebuildSurvivesAKill: opens the cache (the migration) and builds the new
/// index one petition per transaction, saying so after each, until it is killed.
int rebuildChild(const QString &path)
{
    CacheDatabase cache(path);
    if (!cache.open())
        return 3;
    PetitionStore store(cache);
    while (store.hasSearchIndexBacklog()) {
        if (!store.completeSearchIndex(1).isEmpty())
            return 4;
        std::fputs("batch\n", stdout);
        std::fflush(stdout);
        QThread::msleep(2);
    }
    return 0;
}

} // namespace

/// Every released cache schema upgrades step by step to the current one and keeps its data
/// (tests/fixtures/cache-v<N>.sqlite, one per released schema).
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradesFromSchema1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PAKN_FIXTURES_DIR "/cache-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.schemaVersion, CacheDatabase::currentSchemaVersion());

        PetitionStore store(db);
        QCOMPARE(store.allIds(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(store.syncCursor(), QStringLiteral("s42"));
        QCOMPARE(store.petition(2)->title, QStringLiteral("Đường Điện Biên Phủ ngập"));
        QVERIFY(store.stateValue(QStringLiteral("reindex.needed")).isEmpty());

        // Rows written by schema 1 are searchable and sortable after the upgrade.
        PetitionQuery query(db.connection(), ViewContext{});
        PetitionFilter f;
        f.search = QStringLiteral("duong dien bien");
        const QList<PetitionRow> found = query.page(f, 0, 10);
        QCOMPARE(query.lastError(), QString());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, 2);
        f.search.clear();
        f.sortKey = SortKey::Submitter;
        f.sortOrder = Qt::AscendingOrder;
        QStringList names;
        for (const PetitionRow &row : query.page(f, 0, 10))
            names << row.submitterName;
        QCOMPARE(names, (QStringList{QStringLiteral("Đỗ Văn Hùng"), QStringLiteral("Lê Minh Ân"),
                                     QStringLiteral("Trần Thị An")}));
    }

    void schema5KeepsTheDraftsOfSchema4AndTheirRemovedServerFiles()
    {
        // A cache as schema 4 left it, with an officer's draft in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const Migration &m : cacheMigrations()) {
                if (m.toVersion > 4)
                    break;
                for (const QString &statement : m.statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO reply_drafts (petition_id, base_version, subject, body, updated_at)"
                " VALUES (7, 3, 'V/v trả lời', 'Nội dung', '2026-11-28T10:00:00Z')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.schemaVersion, CacheDatabase::currentSchemaVersion());
        QVERIFY(r.schemaVersion >= 5);
        ChangePage page; // the draft's petition, so that the draft may be saved again
        page.petitions = {test::makePetition(7, QStringLiteral("Bảy"))};
        page.nextCursor = QStringLiteral("s7");
        QCOMPARE(PetitionStore(db).applyChangePage(page), QString());
        ReplyDrafts drafts(db);
        std::optional<ReplyDraft> draft = drafts.load(7);
        QVERIFY(draft);
        QCOMPARE(draft->reply.subject, QStringLiteral("V/v trả lời"));
        QVERIFY(draft->removedServerFiles.isEmpty()); // none removed before schema 5
        draft->removedServerFiles = {QStringLiteral("att-1"), QStringLiteral("att-9")};
        QCOMPARE(drafts.save(*draft), QString());
        QCOMPARE(drafts.load(7)->removedServerFiles, draft->removedServerFiles);
        db.releaseThreadConnection();
    }

    void schema6KeepsSearchingWhileItsIndexIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        QCOMPARE(writeSchema5Cache(path, 40), QString());

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.schemaVersion, CacheDatabase::currentSchemaVersion());
        QVERIFY(r.schemaVersion >= 6);
        // The new index (with prefix indexes) starts empty, to be filled in the background; the old one
        // still answers, đ folded as before.
        QVERIFY(tableSql(db, QStringLiteral("petition_fts")).contains(QLatin1String("prefix")));
        QVERIFY(!tableSql(db, QStringLiteral("petition_fts_old")).isEmpty());
        // The filter columns' indexes (which carry the default order after them) are not built in open(),
        // on the GUI thread: recorded as missing, for the sync thread to build (indexbacklog.h).
        const QStringList filterIndexes = {
            QStringLiteral("petitions_channel"), QStringLiteral("petitions_field"),
            QStringLiteral("petitions_unit"), QStringLiteral("petitions_state_received")};
        for (const QString &index : filterIndexes) {
            QVERIFY2(tableSql(db, index).isEmpty(), qPrintable(index));
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = 'index.deferred.%1'"
                                          " AND value LIKE 'CREATE INDEX %1 ON petitions(%%, received_at)'")
                               .arg(index)),
                1);
        }
        PetitionStore store(db);
        QVERIFY(store.hasIndexBacklog());
        QCOMPARE(store.completeIndexes(), QString());
        QVERIFY(!store.hasIndexBacklog());
        for (const QString &index : filterIndexes)
            QVERIFY2(tableSql(db, index).contains(QLatin1String("received_at)")), qPrintable(index));
        QVERIFY(store.hasSearchIndexBacklog());
        bool building = false;
        QCOMPARE(found(db, QStringLiteral("duong dien bien"), &building), (QList<qint64>{2}));
        QVERIFY(building);
        QCOMPARE(found(db, QStringLiteral("ho so")).size(), 39);

        QCOMPARE(store.completeSearchIndex(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        QVERIFY(tableSql(db, QStringLiteral("petition_fts_old")).isEmpty());
        QCOMPARE(found(db, QStringLiteral("đường điện"), &building), (QList<qint64>{2}));
        QVERIFY(!building);
        QCOMPARE(found(db, QStringLiteral("Duong Dien")), (QList<qint64>{2}));
        QCOMPARE(found(db, QStringLiteral("h")).size(), 39);
        db.releaseThreadConnection();
    }

    void aSearchKeepsItsIndexWhenTheRebuildEndsMeanwhile_data()
    {
        QTest::addColumn<bool>("counting");
        QTest::newRow("page") << false;
        QTest::newRow("count") << true;
    }

    void aSearchKeepsItsIndexWhenTheRebuildEndsMeanwhile()
    {
        // The pass that completes the rebuild drops the previous index; a search that chose it just before
        // must still read it (one snapshot), not fail with "no such table".
        QFETCH(bool, counting);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        QCOMPARE(writeSchema5Cache(path, 40), QString());
        CacheDatabase reader(path);
        QVERIFY(reader.open());
        CacheDatabase writer(path);
        QVERIFY(writer.open());
        PetitionStore store(writer);
        QVERIFY(store.hasSearchIndexBacklog());

        QString completed = QStringLiteral("not run");
        int hookRuns = 0;
        PetitionQuery::setAfterIndexChosenForTests([&] {
            if (hookRuns++ == 0)
                completed = store.completeSearchIndex();
        });
        const auto unhook = qScopeGuard([] { PetitionQuery::setAfterIndexChosenForTests({}); });
        {
            PetitionQuery query(reader.connection(), ViewContext{});
            PetitionFilter f;
            f.search = QStringLiteral("duong dien bien");
            f.sortKey = SortKey::Received;
            qint64 matches = 0;
            if (counting) {
                matches = query.count(f);
            } else {
                const QList<PetitionRow> rows = query.page(f, 0, 50);
                matches = rows.size();
                QVERIFY(rows.isEmpty() || rows.first().id == 2);
            }
            QCOMPARE(hookRuns, 1);
            QCOMPARE(completed, QString());
            QCOMPARE(query.lastError(), QString());
            QCOMPARE(matches, 1);
            QVERIFY(query.searchIndexBuilding()); // it read the snapshot taken before the rebuild ended
        }
        QVERIFY(!store.hasSearchIndexBacklog());
        QVERIFY(tableSql(writer, QStringLiteral("petition_fts_old")).isEmpty());

        // The next search reads the new index.
        bool building = true;
        QCOMPARE(found(reader, QStringLiteral("đường điện"), &building), (QList<qint64>{2}));
        QVERIFY(!building);
        reader.releaseThreadConnection();
        writer.releaseThreadConnection();
    }

    void schema6RebuildSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        QCOMPARE(writeSchema5Cache(path, kRebuildPetitions), QString());

        // A process opens the cache and builds the new index until it is killed (SIGKILL) mid-way.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kRebuildChildVariable), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int batches = 0;
        while (batches < 20 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            while (child.canReadLine()) {
                child.readLine();
                ++batches;
            }
        }
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child ended before the kill: exit code %1, %2")
                                .arg(child.exitCode())
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not finished
        QVERIFY(batches >= 20);

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QSqlDatabase connection = db.connection();
        const std::optional<qint64> from = searchbacklog::pendingFrom(connection);
        connection = QSqlDatabase();
        QVERIFY(from);
        QVERIFY(*from > 1 && *from <= kRebuildPetitions);
        // The marker's promise: every petition below it has its row in the new index.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions WHERE id < %1 AND id NOT IN"
                                           " (SELECT rowid FROM petition_fts)")
                                .arg(*from)),
                 0);
        // Searching still works, from the old index.
        QCOMPARE(found(db, QStringLiteral("điện biên")), (QList<qint64>{2}));
        QCOMPARE(found(db, QStringLiteral("ho so")).size(), kRebuildPetitions - 1);

        // The next run finishes the pass: every petition is found by its code in the new index.
        PetitionStore store(db);
        QCOMPARE(store.completeSearchIndex(), QString());
        QVERIFY(tableSql(db, QStringLiteral("petition_fts_old")).isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM petition_fts")), kRebuildPetitions);
        for (qint64 id : {qint64(1), qint64(2), qint64(kRebuildPetitions / 2), qint64(kRebuildPetitions)}) {
            const QString code = store.petition(id)->code;
            QVERIFY2(found(db, code).contains(id), qPrintable(code));
        }
        QCOMPARE(found(db, QStringLiteral("duong dien")), (QList<qint64>{2}));
        db.releaseThreadConnection();
    }

    /// Schema 8 rebuilds the index with a 4-letter prefix index in the background; searches meanwhile answer
    /// from a complete index — the current one, or the old one of a rebuild still under way, never the
    /// partial one.
    void schema8RebuildsTheIndexWithFourLetterPrefixes_data()
    {
        QTest::addColumn<bool>("rebuilding");
        QTest::newRow("index complete") << false;
        QTest::newRow("schema 6's rebuild under way") << true;
    }
    void schema8RebuildsTheIndexWithFourLetterPrefixes()
    {
        QFETCH(bool, rebuilding);
        const int count = 60;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        QCOMPARE(writeSchema7Cache(path, count, rebuilding), QString());

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(r.schemaVersion >= 8);
        QVERIFY(tableSql(db, QStringLiteral("petition_fts")).contains(QLatin1String("prefix = '1 2 3 4'")));
        QVERIFY(tableSql(db, QStringLiteral("petition_fts_old")).contains(QLatin1String("prefix = '1 2 3'")));
        QSqlDatabase connection = db.connection();
        QCOMPARE(searchbacklog::pendingFrom(connection), std::optional<qint64>(0));
        connection = QSqlDatabase();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM petition_fts")), 0);
        // Every petition is still found, from a complete index.
        bool building = false;
        QCOMPARE(found(db, QStringLiteral("duong dien bien"), &building), (QList<qint64>{2}));
        QVERIFY(building);
        QCOMPARE(found(db, QStringLiteral("ho so")).size(), count - 1);

        PetitionStore store(db);
        QCOMPARE(store.completeSearchIndex(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        QVERIFY(tableSql(db, QStringLiteral("petition_fts_old")).isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM petition_fts")), count);
        QCOMPARE(found(db, QStringLiteral("Đườn Điện"), &building), (QList<qint64>{2}));
        QVERIFY(!building);
        QCOMPARE(found(db, QStringLiteral("ho so")).size(), count - 1);
        db.releaseThreadConnection();
    }

    /// A step that fails says which schema it was upgrading to and why, and leaves the cache as it was: at
    /// the version before, every petition there, searches answering.
    void aFailedStepLeavesTheCacheAtTheVersionBefore()
    {
        const int count = 30;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        QCOMPARE(writeSchema7Cache(path, count, false), QString());
        {
            // Something schema 8 does not expect: a view under the name its rebuild renames the index to.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE VIEW petition_fts_old AS SELECT 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QCOMPARE(r.error, CacheOpenError::MigrationFailed);
        QVERIFY2(r.message.startsWith(QLatin1String("Upgrading the cache to schema 8 failed: ")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("petition_fts_old")), qPrintable(r.message));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), 7);
        QVERIFY(tableSql(db, QStringLiteral("petition_fts")).contains(QLatin1String("prefix = '1 2 3'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions")), count);
        QCOMPARE(found(db, QStringLiteral("duong dien")), (QList<qint64>{2}));
        db.releaseThreadConnection();
    }

    void schema7CountsPetitionsPerUnitAndState()
    {
        // What the counts table must always equal: the petitions grouped by unit and state.
        auto grouped = [](const CacheDatabase &db) {
            QStringList rows;
            QSqlQuery q(db.connection());
            q.exec(
                QStringLiteral("SELECT unit_id, state, COUNT(*) FROM petitions GROUP BY 1, 2 ORDER BY 1, 2"));
            while (q.next())
                rows << QStringLiteral("%1/%2=%3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            return rows;
        };
        auto tallied = [](const CacheDatabase &db) {
            QStringList rows;
            QSqlQuery q(db.connection());
            q.exec(
                QStringLiteral("SELECT unit_id, state, n FROM petition_counts WHERE n <> 0 ORDER BY 1, 2"));
            while (q.next())
                rows << QStringLiteral("%1/%2=%3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            return rows;
        };
        // A cache of schema 1 with petitions: the upgrade fills the table from them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PAKN_FIXTURES_DIR "/cache-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(r.schemaVersion >= 7);
        QVERIFY(!grouped(db).isEmpty());
        QCOMPARE(tallied(db), grouped(db));

        // New petitions, a change of state, a transfer to another unit, an edit of neither, removals.
        PetitionStore store(db);
        ChangePage page;
        for (qint64 id = 100; id < 160; ++id) {
            Petition p = test::makePetition(id, QStringLiteral("Hồ sơ %1").arg(id));
            p.state = id % 3 == 0 ? PetitionState::Submitted : PetitionState::InProgress;
            p.unitId = id % 2 ? QStringLiteral("p-hoan-kiem") : QStringLiteral("so-xay-dung");
            page.petitions << p;
        }
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(store.applyChangePage(page), QString());
        QCOMPARE(tallied(db), grouped(db));
        ChangePage changes;
        for (qint64 id = 100; id < 110; ++id) {
            Petition p = *store.petition(id);
            p.version += 1;
            if (id < 104)
                p.state = PetitionState::Published;
            else if (id < 107)
                p.unitId = QStringLiteral("vp-ubnd");
            else
                p.title = QStringLiteral("Sửa tiêu đề %1").arg(id); // neither unit nor state
            changes.petitions << p;
        }
        changes.tombstones = {Tombstone{150}, Tombstone{151}, Tombstone{152}};
        changes.nextCursor = QStringLiteral("s2");
        QCOMPARE(store.applyChangePage(changes), QString());
        QCOMPARE(tallied(db), grouped(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(n) FROM petition_counts")),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM petitions")));
        db.releaseThreadConnection();
    }

    void everyStepIsAppliedOnceInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            CacheDatabase db(path);
            QVERIFY(db.open());
        }
        CacheDatabase again(path);
        const CacheOpenResult r = again.open();
        QVERIFY2(r, qPrintable(r.message));
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'petition_fts'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // An empty cache gets every index of its steps at once: nothing is left for later.
        QVERIFY(!PetitionStore(again).hasIndexBacklog());
        for (const Migration &step : cacheMigrations()) {
            for (const PetitionIndex &index : step.petitionIndexes)
                QCOMPARE(tableSql(again, index.name), index.sql);
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kRebuildChildVariable))
        return rebuildChild(qEnvironmentVariable(kRebuildChildVariable));
    TestMigrations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_migrations.moc"
