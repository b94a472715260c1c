#include "store/cachedatabase.h"
#include "store/cacheseal.h"
#include "store/petitionstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

Petition petition(qint64 id, qint64 version, const QString &title)
{
    Petition p;
    p.id = id;
    p.version = version;
    p.code = QStringLiteral("PAKN.20250101.%1").arg(id, 4, 10, QLatin1Char('0'));
    p.title = title;
    p.content = QStringLiteral("Nội dung %1").arg(id);
    p.submitter.name = QStringLiteral("Lê Văn Đức");
    p.fieldId = QStringLiteral("dat_dai");
    p.unitId = QStringLiteral("p-hoan-kiem");
    p.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(2, 0), Qt::UTC).addDays(id);
    p.updatedAt = p.receivedAt.addDays(1);
    return p;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/// The local cache: created private, migrated by user_version, refusing newer caches, and writing each
/// change-feed page atomically with its cursor.
class TestCacheStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void newCacheIsPrivateAndAtTheCurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/cache.sqlite"));
        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.schemaVersion, CacheDatabase::currentSchemaVersion());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // Opening again is a no-op.
        CacheDatabase again(path);
        QVERIFY(again.open());
    }

    void cacheFromANewerVersionIsRefusedAndLeftUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            CacheDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QCOMPARE(r.error, CacheOpenError::NewerVersion);
        QVERIFY(r.message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(path), before);
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY(!r);
        QCOMPARE(r.error, CacheOpenError::NotADatabase);
    }

    void aDamagedCacheIsSetAsideAndReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            CacheDatabase db(path);
            QVERIFY(db.open());
            PetitionStore store(db);
            ChangePage page;
            for (int i = 1; i <= 300; ++i)
                page.petitions << petition(i, 1, QStringLiteral("Phản ánh %1 ").arg(i).repeated(20));
            page.nextCursor = QStringLiteral("s300");
            QCOMPARE(store.applyChangePage(page), QString());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.releaseThreadConnection();
        }
        // Scribble over pages in the middle of the file, as a failing disk or a killed copy would.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 64 * 1024);
        f.seek(f.size() / 2);
        f.write(QByteArray(16 * 1024, '\x5a'));
        // A write gives the file a new modification time; the file system's clock may be coarser than the
        // time between the clean close above and this write, so set it as a later write would.
        const QDateTime sealedTime = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
        QVERIFY(f.setFileTime(sealedTime.addSecs(2), QFileDevice::FileModificationTime));
        f.close();
        const QByteArray damaged = fileHash(path);

        CacheDatabase plain(path);
        const CacheOpenResult refused = plain.open();
        QCOMPARE(refused.error, CacheOpenError::Corrupt);
        QCOMPARE(refused.integrityCheckReason, QStringLiteral("the file changed after it was sealed"));
        plain.releaseThreadConnection();

        CacheDatabase db(path);
        const CacheOpenResult r = db.openOrRecover();
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(r.setAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(fileHash(r.setAsidePath), damaged); // kept exactly as it was
        PetitionStore store(db);
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.syncCursor(), QString()); // the next sync is a full one
    }

    // The seal (store/cacheseal.h): a cache closed cleanly and unchanged since opens without reading it all.
    void aCleanlyClosedCacheOpensWithoutTheFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("sealed.sqlite"));
        {
            CacheDatabase db(path);
            const CacheOpenResult first = db.open();
            QVERIFY2(first, qPrintable(first.message));
            QCOMPARE(first.integrityCheckReason, QString()); // a new file: nothing to check
            ChangePage page;
            page.petitions << petition(1, 1, QStringLiteral("Đường hỏng"));
            page.nextCursor = QStringLiteral("s1");
            QCOMPARE(PetitionStore(db).applyChangePage(page), QString());
        }
        QVERIFY(QFile::exists(CacheSeal::pathFor(path)));
        QCOMPARE(QFileInfo(CacheSeal::pathFor(path)).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        {
            CacheDatabase db(path);
            const CacheOpenResult again = db.open();
            QVERIFY2(again, qPrintable(again.message));
            QCOMPARE(again.integrityCheckReason, QString());
            // Open: no seal, so a process that dies now leaves the next open to check the file.
            QVERIFY(!QFile::exists(CacheSeal::pathFor(path)));
            CacheDatabase second(path);
            const CacheOpenResult beside = second.open();
            QVERIFY2(beside, qPrintable(beside.message));
            QCOMPARE(beside.integrityCheckReason,
                     QStringLiteral("the cache was not closed cleanly last time (no seal)"));
            QCOMPARE(PetitionStore(second).count(), 1);
        }
    }

    void aChangedOrLongUncheckedCacheIsCheckedAgain_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("reason");
        QTest::newRow("modified after the seal") << "touch"
                                                 << "the file changed after it was sealed";
        QTest::newRow("grown after the seal") << "grow"
                                              << "the file changed after it was sealed";
        QTest::newRow("last full check 8 days ago") << "old-check"
                                                    << "the last full check is a week old or more";
        QTest::newRow("seal unreadable") << "garble"
                                         << "the seal is unreadable";
        QTest::newRow("seal missing (a crash)") << "no-seal"
                                                << "the cache was not closed cleanly last time (no seal)";
        QTest::newRow("a write-ahead log left behind") << "wal"
                                                       << "a write-ahead log was left behind";
    }

    void aChangedOrLongUncheckedCacheIsCheckedAgain()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("tamper-%1.sqlite").arg(tamper));
        {
            CacheDatabase db(path);
            QVERIFY(db.open());
            ChangePage page;
            page.petitions << petition(1, 1, QStringLiteral("Đất đai"));
            page.nextCursor = QStringLiteral("s1");
            QCOMPARE(PetitionStore(db).applyChangePage(page), QString());
        }
        const QString sealPath = CacheSeal::pathFor(path);
        QFile sealFile(sealPath);
        QVERIFY(sealFile.open(QIODevice::ReadOnly));
        CacheSeal seal = CacheSeal::parse(sealFile.readAll());
        sealFile.close();
        QVERIFY(seal.size > 0);
        QFile file(path);
        if (tamper == QLatin1String("touch")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(seal.modifiedMs).addSecs(5),
                                     QFileDevice::FileModificationTime));
        } else if (tamper == QLatin1String("grow")) {
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(4096, '\0'));
            file.close();
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(seal.modifiedMs),
                                     QFileDevice::FileModificationTime)); // same time, other size
        } else if (tamper == QLatin1String("old-check")) {
            seal.checkedMs = QDateTime::currentMSecsSinceEpoch() - 8 * 24 * 3600 * qint64(1000);
            QVERIFY(sealFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sealFile.write(seal.serialize());
        } else if (tamper == QLatin1String("garble")) {
            QVERIFY(sealFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sealFile.write("12 abc");
        } else if (tamper == QLatin1String("no-seal")) {
            QVERIFY(QFile::remove(sealPath));
        } else if (tamper == QLatin1String("wal")) {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(32, '\0')); // not a valid log: SQLite ignores it, the opener must not
        }
        file.close();
        sealFile.close();
        CacheDatabase db(path);
        const CacheOpenResult r = db.open();
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.integrityCheckReason, reason);
        QCOMPARE(PetitionStore(db).count(), 1);
    }

    void garbageIsSetAsideToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage2.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        CacheDatabase db(path);
        const CacheOpenResult r = db.openOrRecover();
        QVERIFY2(r, qPrintable(r.message));
        QVERIFY(QFile::exists(r.setAsidePath));
        QCOMPARE(QFileInfo(r.setAsidePath).size(), 8192);
    }

    void aNewerCacheIsNotSetAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer2.sqlite"));
        {
            CacheDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        CacheDatabase db(path);
        const CacheOpenResult r = db.openOrRecover();
        QCOMPARE(r.error, CacheOpenError::NewerVersion);
        QVERIFY(r.setAsidePath.isEmpty());
        QVERIFY(QFile::exists(path));
    }

    void pagesAreUpsertedWithTheirCursor()
    {
        CacheDatabase db(m_dir.filePath(QStringLiteral("pages.sqlite")));
        QVERIFY(db.open());
        PetitionStore store(db);
        QCOMPARE(store.syncCursor(), QString());

        ChangePage first;
        first.petitions = {petition(1, 1, QStringLiteral("Đường hỏng")),
                           petition(2, 1, QStringLiteral("Đất đai"))};
        first.nextCursor = QStringLiteral("s2");
        QCOMPARE(store.applyChangePage(first), QString());
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.syncCursor(), QStringLiteral("s2"));
        QCOMPARE(*store.petition(2), first.petitions.at(1));

        ChangePage second;
        second.petitions = {petition(2, 2, QStringLiteral("Đất đai (đã sửa)"))};
        second.tombstones = {Tombstone{1}};
        second.nextCursor = QStringLiteral("s5");
        QCOMPARE(store.applyChangePage(second), QString());
        QCOMPARE(store.allIds(), (QList<qint64>{2}));
        QCOMPARE(store.petition(2)->title, QStringLiteral("Đất đai (đã sửa)"));
        QCOMPARE(store.syncCursor(), QStringLiteral("s5"));
    }

    void anOlderVersionNeverOverwritesANewerOne()
    {
        CacheDatabase db(m_dir.filePath(QStringLiteral("versions.sqlite")));
        QVERIFY(db.open());
        PetitionStore store(db);
        ChangePage page;
        page.petitions = {petition(1, 5, QStringLiteral("v5"))};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(store.applyChangePage(page), QString());
        page.petitions = {petition(1, 4, QStringLiteral("v4"))};
        page.nextCursor = QStringLiteral("s2");
        QCOMPARE(store.applyChangePage(page), QString());
        QCOMPARE(store.petition(1)->title, QStringLiteral("v5"));
        QCOMPARE(store.syncCursor(), QStringLiteral("s2"));
    }

    void aFailingPageKeepsNothingAndTheOldCursor()
    {
        CacheDatabase db(m_dir.filePath(QStringLiteral("atomic.sqlite")));
        QVERIFY(db.open());
        PetitionStore store(db);
        ChangePage good;
        good.petitions = {petition(1, 1, QStringLiteral("one"))};
        good.nextCursor = QStringLiteral("s1");
        QCOMPARE(store.applyChangePage(good), QString());

        ChangePage bad;
        Petition clash = petition(3, 1, QStringLiteral("three"));
        clash.code = good.petitions.first().code; // violates the unique code index
        bad.petitions = {petition(2, 1, QStringLiteral("two")), clash};
        bad.nextCursor = QStringLiteral("s3");
        QVERIFY(!store.applyChangePage(bad).isEmpty());
        QCOMPARE(store.allIds(), (QList<qint64>{1}));
        QCOMPARE(store.syncCursor(), QStringLiteral("s1"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
