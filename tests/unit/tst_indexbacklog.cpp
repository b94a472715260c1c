// A full first sync drops the petitions table's secondary indexes and builds them once at the end
// (core/store/indexbacklog.h): the indexes built must be exactly the schema's, a build stopped at any index
// must go on after a restart, and while they are missing every list query must answer exactly as with them.

#include "store/cachedatabase.h"
#include "store/migrations.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "testpetitions.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

const QDate kToday(2025, 6, 10);

/// Two pages of varied petitions: every state, channel, some units, assignees, deadlines and names.
QList<ChangePage> pages()
{
    QRandomGenerator rng(20251129);
    QList<ChangePage> result(2);
    for (qint64 id = 1; id <= 300; ++id) {
        Petition p = test::makePetition(id, QStringLiteral("Tiêu đề %1").arg(rng.bounded(1000)));
        test::varyForLists(&p, rng, kToday);
        result[id <= 150 ? 0 : 1].petitions << p;
    }
    result[0].nextCursor = QStringLiteral("s150");
    result[0].hasMore = true;
    result[1].nextCursor = QStringLiteral("s300");
    return result;
}

/// The petitions table's indexes as the schema has them: name and statement.
QStringList indexes(const CacheDatabase &db)
{
    QStringList result;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index'"
                          " AND tbl_name = 'petitions' ORDER BY name"));
    while (q.next())
        result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return result;
}

qint64 recorded(const CacheDatabase &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key LIKE 'index.deferred.%'"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

/// Schema 7's count triggers on petitions: name and statement.
QStringList countTriggers(const CacheDatabase &db)
{
    QStringList result;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                          " AND name LIKE 'petition_counts%' ORDER BY name"));
    while (q.next())
        result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return result;
}

/// petition_counts as it stands, and as the table counts: "unit/state=n", ordered.
QStringList countsTable(const CacheDatabase &db, bool fromPetitions)
{
    QStringList result;
    QSqlQuery q(db.connection());
    q.exec(fromPetitions ? QStringLiteral("SELECT unit_id || '/' || state || '=' || COUNT(*) FROM petitions"
                                          " GROUP BY unit_id, state ORDER BY 1")
                         : QStringLiteral("SELECT unit_id || '/' || state || '=' || n FROM petition_counts"
                                          " WHERE n > 0 ORDER BY 1"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

/// The indexes on petitions the schema steps create (migrations.h), as indexes() lists them.
QStringList deferredBySteps()
{
    QStringList result;
    for (const Migration &step : cacheMigrations()) {
        for (const PetitionIndex &index : step.petitionIndexes)
            result << index.name + QLatin1Char('|') + index.sql;
    }
    return result;
}

ViewContext context()
{
    ViewContext c;
    c.username = QStringLiteral("an");
    c.unitId = QStringLiteral("p-hoan-kiem");
    c.unitSubtree = {QStringLiteral("p-hoan-kiem"), QStringLiteral("p-hoan-kiem-to-1")};
    c.today = kToday;
    c.dueSoonUntil = kToday.addDays(3);
    return c;
}

/// Everything the list panes ask, flattened to text for one comparison: the saved-view counts, then for
/// every saved view and every sort order (both directions) the row count and the ids of the first rows,
/// then some column filters.
QStringList listAnswers(const CacheDatabase &db)
{
    PetitionQuery query(db.connection(), context());
    QStringList answers;
    QStringList counts;
    for (qint64 n : query.savedViewCounts())
        counts << QString::number(n);
    answers << counts.join(QLatin1Char(','));
    const SortKey sorts[] = {SortKey::Received,  SortKey::Deadline, SortKey::Code,  SortKey::Title,
                             SortKey::Submitter, SortKey::Channel,  SortKey::Field, SortKey::State,
                             SortKey::Unit,      SortKey::Assignee};
    for (SavedView view : kAllSavedViews) {
        for (SortKey sort : sorts) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                PetitionFilter filter;
                filter.view = view;
                filter.sortKey = sort;
                filter.sortOrder = order;
                QStringList ids;
                for (const PetitionRow &row : query.page(filter, 5, 40))
                    ids << QString::number(row.id);
                answers << QStringLiteral("%1/%2/%3: %4 [%5]")
                               .arg(savedViewId(view))
                               .arg(int(sort))
                               .arg(int(order))
                               .arg(query.count(filter))
                               .arg(ids.join(QLatin1Char(',')));
            }
        }
    }
    PetitionFilter narrowed;
    narrowed.states = {PetitionState::Received, PetitionState::InProgress};
    narrowed.unitIds = {QStringLiteral("p-hoan-kiem")};
    narrowed.assignees = {QString(), QStringLiteral("binh")};
    narrowed.dueFrom = kToday.addDays(-5);
    narrowed.dueTo = kToday.addDays(5);
    narrowed.sortKey = SortKey::Deadline;
    QStringList ids;
    for (const PetitionRow &row : query.page(narrowed, 0, 1000))
        ids << QString::number(row.id);
    answers << QStringLiteral("narrowed: %1 [%2]").arg(query.count(narrowed)).arg(ids.join(QLatin1Char(',')));
    answers << query.lastError();
    return answers;
}

} // namespace

class TestIndexBacklog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reference = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("reference.sqlite")));
        QVERIFY(m_reference->open());
        for (const ChangePage &page : pages())
            QCOMPARE(PetitionStore(*m_reference).applyChangePage(page), QString());
        m_schemaIndexes = indexes(*m_reference);
        QVERIFY(m_schemaIndexes.size() >= 10); // the lists' indexes, from the migrations
    }

    void aFirstSyncDropsTheIndexesAndBuildsThemAsTheSchemaHasThem()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("first.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QVERIFY(!store.hasIndexBacklog());
        QCOMPARE(store.deferIndexesIfEmpty(), QString());
        QVERIFY(store.hasIndexBacklog());
        // Only the unique index on the code (and the primary key's) stay.
        const QStringList left = indexes(cache);
        QCOMPARE(recorded(cache), qint64(m_schemaIndexes.size() - left.size()));
        for (const QString &index : left)
            QVERIFY2(index.contains(QLatin1String("UNIQUE")) || index.endsWith(QLatin1Char('|')),
                     qPrintable(index));
        for (const ChangePage &page : pages())
            QCOMPARE(store.applyChangePage(page), QString());
        QCOMPARE(indexes(cache), left); // the pages did not bring them back

        QCOMPARE(store.completeIndexes(), QString());
        QVERIFY(!store.hasIndexBacklog());
        QCOMPARE(recorded(cache), 0);
        QCOMPARE(indexes(cache), m_schemaIndexes);
        QSqlQuery check(cache.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void aCacheThatHoldsPetitionsKeepsItsIndexes()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("kept.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.applyChangePage(pages().constFirst()), QString());
        QCOMPARE(store.deferIndexesIfEmpty(), QString());
        QVERIFY(!store.hasIndexBacklog());
        QCOMPARE(indexes(cache), m_schemaIndexes);
    }

    void theListsAnswerTheSameWhileTheIndexesAreMissing()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("window.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferIndexesIfEmpty(), QString());
        QList<ChangePage> all = pages();
        QCOMPARE(store.applyChangePage(all.at(0)), QString());
        QCOMPARE(store.applyChangePage(all.at(1)), QString());
        QSqlQuery q(cache.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO reply_drafts (petition_id, base_version, body, updated_at)"
            " VALUES (7, 1, 'x', '2025-06-01T00:00:00Z'), (9, 1, 'y', '2025-06-01T00:00:00Z')")));
        QSqlQuery r(m_reference->connection());
        QVERIFY(r.exec(QStringLiteral(
            "INSERT OR REPLACE INTO reply_drafts (petition_id, base_version, body, updated_at)"
            " VALUES (7, 1, 'x', '2025-06-01T00:00:00Z'), (9, 1, 'y', '2025-06-01T00:00:00Z')")));
        QVERIFY(store.hasIndexBacklog());

        const QStringList expected = listAnswers(*m_reference);
        QVERIFY(expected.constLast().isEmpty()); // no query failed
        QCOMPARE(listAnswers(cache), expected);
        QCOMPARE(store.completeIndexes(), QString());
        QCOMPARE(listAnswers(cache), expected);
    }

    void theCountTriggersWaitForTheEndAndTheCountsAreRefilled()
    {
        const QString path = m_dir.filePath(QStringLiteral("counts.sqlite"));
        QStringList schemaTriggers;
        {
            CacheDatabase cache(path);
            QVERIFY(cache.open());
            schemaTriggers = countTriggers(cache);
            QCOMPARE(schemaTriggers.size(), 3);
            PetitionStore store(cache);
            QCOMPARE(store.deferIndexesIfEmpty(), QString());
            QVERIFY(countTriggers(cache).isEmpty());
            for (const ChangePage &page : pages())
                QCOMPARE(store.applyChangePage(page), QString());
            QVERIFY(countsTable(cache, false).isEmpty()); // not kept meanwhile: the saved views count rows
            while (recorded(cache) > 0)
                QCOMPARE(store.completeIndexes(1), QString());
            QVERIFY(store.hasIndexBacklog()); // the counts are the last step; the process "dies" before it
            QVERIFY(countTriggers(cache).isEmpty());
        }
        CacheDatabase cache(path);
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QVERIFY(store.hasIndexBacklog());
        QCOMPARE(store.completeIndexes(1), QString());
        QVERIFY(!store.hasIndexBacklog());
        QCOMPARE(countTriggers(cache), schemaTriggers);
        const QStringList expected = countsTable(cache, true);
        QVERIFY(expected.size() > 5);
        QCOMPARE(countsTable(cache, false), expected);

        // An incremental page after it: the triggers are back at work (moves, new rows, tombstones).
        ChangePage next;
        next.nextCursor = QStringLiteral("s400");
        for (Petition p : pages().constFirst().petitions.mid(0, 20)) {
            p.version += 1;
            p.state = PetitionState::InProgress;
            p.unitId = QStringLiteral("p-hoan-kiem-to-1");
            next.petitions << p;
        }
        next.petitions << test::makePetition(1001, QStringLiteral("Mới"));
        next.tombstones = {Tombstone{200}, Tombstone{201}};
        QCOMPARE(store.applyChangePage(next), QString());
        QCOMPARE(countsTable(cache, false), countsTable(cache, true));
        QVERIFY(countsTable(cache, true) != expected);
    }

    void aBuildStoppedMidwayGoesOnAfterARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        qint64 before = 0;
        {
            CacheDatabase cache(path);
            QVERIFY(cache.open());
            PetitionStore store(cache);
            QCOMPARE(store.deferIndexesIfEmpty(), QString());
            for (const ChangePage &page : pages())
                QCOMPARE(store.applyChangePage(page), QString());
            before = recorded(cache);
            QCOMPARE(store.completeIndexes(3), QString()); // then the process "dies"
            QCOMPARE(recorded(cache), before - 3);
        }
        CacheDatabase cache(path);
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QVERIFY(store.hasIndexBacklog());
        QCOMPARE(recorded(cache), before - 3);
        QCOMPARE(store.completeIndexes(), QString());
        QVERIFY(!store.hasIndexBacklog());
        QCOMPARE(indexes(cache), m_schemaIndexes);
    }

    void aSchemaUpgradeFindsTheIndexesBuilt()
    {
        // A cache of schema 1 killed in the window (one of its indexes recorded as missing), opened by this
        // build: the index is built before the migrations run, so they find the schema they were written for.
        const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PAKN_FIXTURES_DIR "/cache-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString statement;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'petitions_due'")));
            QVERIFY(q.next());
            statement = q.value(0).toString();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("DROP INDEX petitions_due")));
            q.prepare(QStringLiteral(
                "INSERT INTO sync_state (key, value) VALUES ('index.deferred.petitions_due', ?)"));
            q.addBindValue(statement);
            QVERIFY(q.exec());
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        CacheDatabase cache(path);
        const CacheOpenResult opened = cache.open();
        QVERIFY2(opened, qPrintable(opened.message));
        QCOMPARE(opened.schemaVersion, CacheDatabase::currentSchemaVersion());
        QVERIFY(indexes(cache).contains(QStringLiteral("petitions_due|") + statement));
        // What is left recorded is only what the upgrade's own steps deferred (a cache with petitions).
        QCOMPARE(recorded(cache), qint64(deferredBySteps().size()));
    }

    void aSchemaUpgradeLeavesItsIndexesToTheSyncThread()
    {
        // A cache of schema 1 holding petitions, opened by this build: the steps' new indexes on petitions
        // are recorded instead of built in open() (the GUI thread's), the lists answer the same without them,
        // and once built they are exactly the schema's.
        const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PAKN_FIXTURES_DIR "/cache-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        CacheDatabase cache(path);
        const CacheOpenResult opened = cache.open();
        QVERIFY2(opened, qPrintable(opened.message));
        PetitionStore store(cache);
        for (const ChangePage &page : pages())
            QCOMPARE(store.applyChangePage(page), QString());
        const QStringList deferred = deferredBySteps();
        QVERIFY(deferred.size() >= 4);
        QCOMPARE(recorded(cache), qint64(deferred.size()));
        QStringList present;
        for (const QString &index : indexes(cache))
            present << index.section(QLatin1Char('|'), 0, 0);
        for (const QString &index : deferred)
            QVERIFY2(!present.contains(index.section(QLatin1Char('|'), 0, 0)), qPrintable(index));
        const QStringList without = listAnswers(cache);
        QVERIFY(without.constLast().isEmpty()); // no query failed

        QCOMPARE(store.completeIndexes(), QString());
        QVERIFY(!store.hasIndexBacklog());
        const QStringList built = indexes(cache);
        for (const QString &index : deferred)
            QVERIFY2(built.contains(index), qPrintable(index));
        QCOMPARE(built, m_schemaIndexes);
        QCOMPARE(listAnswers(cache), without);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_reference;
    QStringList m_schemaIndexes;
};

QTEST_GUILESS_MAIN(TestIndexBacklog)
#include "tst_indexbacklog.moc"
