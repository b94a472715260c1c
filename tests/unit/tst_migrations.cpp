#include "store/cachedatabase.h"
#include "store/migrations.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "testpetitions.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

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
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
