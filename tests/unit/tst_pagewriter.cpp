// The writer thread of a sync (core/sync/pagewriter.h): pages of a stopped run are never written, a page that
// fails ends its run's writing so the cursor cannot pass the failed page's data, and a new run writes again.
// The writer is driven on the test's thread here; tst_sync_e2e drives it through the sync engine.

#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "sync/pagewriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

ChangePage page(qint64 firstId, qint64 lastId, const QString &cursor)
{
    ChangePage page;
    for (qint64 id = firstId; id <= lastId; ++id) {
        Petition p;
        p.id = id;
        p.version = 1;
        p.code = QStringLiteral("PAKN.20250101.%1").arg(id, 4, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Đường ngõ %1 hư hỏng").arg(id);
        p.content = QStringLiteral("Nội dung %1").arg(id);
        p.submitter.name = QStringLiteral("Người dân %1").arg(id);
        p.fieldId = QStringLiteral("giao_thong");
        p.unitId = QStringLiteral("p-hoan-kiem");
        p.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(2, 0), Qt::UTC).addDays(id);
        p.updatedAt = p.receivedAt;
        page.petitions.append(p);
    }
    page.nextCursor = cursor;
    page.hasMore = true;
    return page;
}

} // namespace

class TestPageWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache->open());
    }

    void cleanup()
    {
        m_cache->releaseThreadConnection();
        m_cache.reset();
        m_dir.reset();
    }

    void pagesOfAStoppedRunAreSkippedAndALaterRunWrites()
    {
        PageWriter writer(*m_cache);
        QSignalSpy stored(&writer, &PageWriter::stored);
        PetitionStore store(*m_cache);
        writer.stop(1);
        writer.store(1, page(1, 3, QStringLiteral("c1")));
        QCOMPARE(stored.takeFirst(), (QList<QVariant>{1, qint64(0), PageWriter::skippedReason()}));
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.syncCursor(), QString());

        writer.store(2, page(1, 3, QStringLiteral("c1")));
        QCOMPARE(stored.takeFirst(), (QList<QVariant>{2, qint64(3), QString()}));
        QCOMPARE(store.count(), 3);
        QCOMPARE(store.syncCursor(), QStringLiteral("c1"));
    }

    void aFailedPageEndsItsRunsWritingSoTheCursorStaysWithTheData()
    {
        QSqlQuery trigger(m_cache->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON petitions WHEN NEW.id = 5"
                                            " BEGIN SELECT RAISE(ABORT, 'disk is full (test)'); END")));
        PageWriter writer(*m_cache);
        QSignalSpy stored(&writer, &PageWriter::stored);
        PetitionStore store(*m_cache);
        writer.store(7, page(1, 3, QStringLiteral("c1")));
        writer.store(7, page(4, 6, QStringLiteral("c2")));
        writer.store(7, page(7, 9, QStringLiteral("c3"))); // would store, but comes after the failed page
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0), (QList<QVariant>{7, qint64(3), QString()}));
        QCOMPARE(stored.at(1).at(0).toInt(), 7);
        QVERIFY2(stored.at(1).at(2).toString().contains(QStringLiteral("disk is full (test)")),
                 qPrintable(stored.at(1).at(2).toString()));
        QCOMPARE(stored.at(2), (QList<QVariant>{7, qint64(0), PageWriter::skippedReason()}));
        QCOMPARE(store.allIds(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(store.syncCursor(), QStringLiteral("c1"));

        // The next run starts from the stored cursor and writes again.
        stored.clear();
        writer.store(8, page(7, 9, QStringLiteral("c3")));
        QCOMPARE(stored.first(), (QList<QVariant>{8, qint64(3), QString()}));
        QCOMPARE(store.allIds(), (QList<qint64>{1, 2, 3, 7, 8, 9}));
    }

    void bulkLoadSettingsAreAppliedAndUndoneOnTheWritersConnection()
    {
        PageWriter writer(*m_cache);
        auto walAutocheckpoint = [this] {
            QSqlQuery q(m_cache->connection());
            return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(walAutocheckpoint(), 1000);
        writer.setBulkLoad(true);
        QVERIFY(walAutocheckpoint() > 1000);
        writer.setBulkLoad(false);
        QCOMPARE(walAutocheckpoint(), 1000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

QTEST_GUILESS_MAIN(TestPageWriter)
#include "tst_pagewriter.moc"
