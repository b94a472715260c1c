// A full first sync leaves its full-text rows to one pass at the end (core/store/searchbacklog.h): the pass
// must write exactly the rows that indexing page by page writes, and a pass stopped at any batch must go on
// from its marker after a restart, with the petitions written meanwhile indexed too.

#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/searchbacklog.h"
#include "store/searchindexpass.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

/// Varied enough to exercise every indexed column: organisation or not, a reply or not, timeline comments
/// (some empty), đ/Đ and other diacritics.
Petition petition(qint64 id, qint64 version = 1)
{
    Petition p;
    p.id = id;
    p.version = version;
    p.code = QStringLiteral("PAKN.20250101.%1").arg(id, 4, 10, QLatin1Char('0'));
    p.title = QStringLiteral("Đường ngõ %1 hư hỏng, phiên bản %2").arg(id).arg(version);
    p.content = QStringLiteral("Người dân phản ánh đoạn đường số %1 đọng nước sau mưa.").arg(id);
    p.submitter.name = QStringLiteral("Đỗ Thị Hằng %1").arg(id);
    if (id % 2 == 0)
        p.submitter.organisation = QStringLiteral("Công ty Điện lực");
    p.fieldId = QStringLiteral("giao_thong");
    p.unitId = QStringLiteral("p-hoan-kiem");
    p.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(2, 0), Qt::UTC).addDays(id);
    p.updatedAt = p.receivedAt.addDays(1);
    for (int i = 0; i < int(id % 4); ++i) {
        TimelineEntry e;
        e.id = id * 10 + i;
        e.kind = QStringLiteral("note");
        e.actor = QStringLiteral("chuyenvien.hk");
        e.at = p.receivedAt.addSecs(60 * (i + 1));
        e.comment = i == 1 ? QString() : QStringLiteral("Ghi chú %1: đã liên hệ đơn vị thi công").arg(i);
        p.timeline.append(e);
    }
    if (id % 3 == 0) {
        Reply r;
        r.subject = QStringLiteral("Trả lời phản ánh %1").arg(id);
        r.body = QStringLiteral("Ủy ban nhân dân phường đã chỉ đạo khắc phục đường điện.");
        p.reply = r;
    }
    return p;
}

ChangePage page(qint64 firstId, qint64 lastId, const QString &cursor, qint64 version = 1)
{
    ChangePage page;
    for (qint64 id = firstId; id <= lastId; ++id)
        page.petitions.append(petition(id, version));
    page.nextCursor = cursor;
    page.hasMore = true;
    return page;
}

using FtsRows = QList<QStringList>;

FtsRows ftsRows(const CacheDatabase &db)
{
    FtsRows rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT rowid, code, title, content, submitter, reply, notes FROM petition_fts"
                          " ORDER BY rowid"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7;
             ++i) // NULL apart from '': the pass must store what page-by-page indexing stores
            row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows.append(row);
    }
    return rows;
}

QList<qint64> matches(const CacheDatabase &db, const QString &expression)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM petition_fts WHERE petition_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(expression);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

class TestSearchBacklog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void theOnePassWritesTheRowsThatPageByPageIndexingWrites()
    {
        CacheDatabase reference(m_dir.filePath(QStringLiteral("reference.sqlite")));
        QVERIFY(reference.open());
        PetitionStore(reference).applyChangePage(page(1, 40, QStringLiteral("s40")));

        CacheDatabase cache(m_dir.filePath(QStringLiteral("deferred.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QVERIFY(store.hasSearchIndexBacklog());
        QCOMPARE(store.applyChangePage(page(1, 20, QStringLiteral("s20"))), QString());
        QCOMPARE(store.applyChangePage(page(21, 40, QStringLiteral("s40"))), QString());
        QCOMPARE(store.count(), 40);
        QVERIFY(ftsRows(cache).isEmpty()); // left to the pass
        QVERIFY(matches(cache, QStringLiteral("dien")).isEmpty());

        QCOMPARE(store.completeSearchIndex(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        const FtsRows expected = ftsRows(reference);
        QCOMPARE(expected.size(), 40);
        QCOMPARE(ftsRows(cache), expected);
        // Searchable in every column: organisation, reply, a timeline note.
        QCOMPARE(matches(cache, QStringLiteral("submitter: dien")).size(), 20);
        QCOMPARE(matches(cache, QStringLiteral("reply: khac")),
                 (QList<qint64>{3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39}));
        QVERIFY(matches(cache, QStringLiteral("notes: thi")).contains(3));
    }

    void aCacheThatHoldsPetitionsIsIndexedPageByPage()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("incremental.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.applyChangePage(page(1, 3, QStringLiteral("s3"))), QString());
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        QCOMPARE(store.applyChangePage(page(4, 6, QStringLiteral("s6"))), QString());
        QCOMPARE(ftsRows(cache).size(), 6);
    }

    void aPassStoppedMidwayGoesOnFromItsMarkerAfterARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        {
            CacheDatabase cache(path);
            QVERIFY(cache.open());
            PetitionStore store(cache);
            QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
            QCOMPARE(store.applyChangePage(page(1, 30, QStringLiteral("s30"))), QString());
            // The pass gets through ids 1–10, then the process "dies".
            QCOMPARE(store.completeSearchIndex(10), QString());
            QVERIFY(store.hasSearchIndexBacklog());
            QCOMPARE(matches(cache, QStringLiteral("duong")), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
            cache.releaseThreadConnection();
        }
        // The next run: more pages change petitions on both sides of the marker before the pass goes on.
        CacheDatabase cache(path);
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QVERIFY(store.hasSearchIndexBacklog());
        ChangePage changed = page(5, 5, QStringLiteral("s31"), 2);
        changed.petitions.append(petition(25, 2));
        changed.petitions.append(petition(31, 2));
        QCOMPARE(store.applyChangePage(changed), QString());
        // Below the marker it is indexed at once: the old row is gone, the new one is there.
        QCOMPARE(matches(cache, QStringLiteral("\"phien ban 2\"")), (QList<qint64>{5}));
        QCOMPARE(store.completeSearchIndex(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());

        CacheDatabase reference(m_dir.filePath(QStringLiteral("stopped-reference.sqlite")));
        QVERIFY(reference.open());
        PetitionStore(reference).applyChangePage(page(1, 30, QStringLiteral("s30")));
        PetitionStore(reference).applyChangePage(changed);
        QCOMPARE(ftsRows(cache), ftsRows(reference));
        QCOMPARE(matches(cache, QStringLiteral("\"phien ban 2\"")), (QList<qint64>{5, 25, 31}));
    }

    void aFullReindexClearsTheBacklog()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("reindex.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QCOMPARE(store.applyChangePage(page(1, 5, QStringLiteral("s5"))), QString());
        QCOMPARE(store.reindexAll(), QString());
        QVERIFY(!store.hasSearchIndexBacklog());
        QCOMPARE(matches(cache, QStringLiteral("duong")).size(), 5);
    }

    void aBatchReadBeforeAWriteIsReadAgainInTheWritesTransaction()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("outdated.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QCOMPARE(store.applyChangePage(page(1, 30, QStringLiteral("s30"))), QString());
        QSqlDatabase db = cache.connection();
        searchbacklog::Batch first;
        QCOMPARE(searchbacklog::readBatch(db, 0, 10, &first), QString());
        QCOMPARE(first.ids.size(), 10);
        // Written after the batch was read: a new version of 5, and 7 deleted.
        ChangePage changed = page(5, 5, QStringLiteral("s31"), 2);
        changed.tombstones.append(Tombstone{7});
        QCOMPARE(store.applyChangePage(changed), QString());
        int written = -1;
        QCOMPARE(searchbacklog::writeBatch(db, first, &written), QString());
        QCOMPARE(written, 10); // 1-11 without 7, as the table holds them now
        QCOMPARE(searchbacklog::pendingFrom(db), std::optional<qint64>(12));
        QCOMPARE(matches(cache, QStringLiteral("\"phien ban 2\"")), (QList<qint64>{5}));
        QVERIFY(!matches(cache, QStringLiteral("duong")).contains(7));

        // The last batch as read, then more petitions after it: they are indexed before the marker goes.
        searchbacklog::Batch rest;
        QCOMPARE(searchbacklog::readBatch(db, 12, 100, &rest), QString());
        QVERIFY(rest.last());
        QCOMPARE(store.applyChangePage(page(31, 33, QStringLiteral("s33"))), QString());
        QCOMPARE(searchbacklog::writeBatch(db, rest, &written), QString());
        QCOMPARE(written, 22);
        QVERIFY(!searchbacklog::pendingFrom(db));

        CacheDatabase reference(m_dir.filePath(QStringLiteral("outdated-reference.sqlite")));
        QVERIFY(reference.open());
        PetitionStore(reference).applyChangePage(page(1, 30, QStringLiteral("s30")));
        PetitionStore(reference).applyChangePage(changed);
        PetitionStore(reference).applyChangePage(page(31, 33, QStringLiteral("s33")));
        QCOMPARE(ftsRows(cache), ftsRows(reference));
    }

    void aBatchWrittenAfterTheMarkerMovedIsDropped()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("moved.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QCOMPARE(store.applyChangePage(page(1, 20, QStringLiteral("s20"))), QString());
        QSqlDatabase db = cache.connection();
        searchbacklog::Batch stale;
        QCOMPARE(searchbacklog::readBatch(db, 0, 10, &stale), QString());
        QCOMPARE(store.completeSearchIndex(10), QString()); // another pass wrote 1-10 meanwhile
        int written = -1;
        QCOMPARE(searchbacklog::writeBatch(db, stale, &written), QString());
        QCOMPARE(written, 0);
        QCOMPARE(searchbacklog::pendingFrom(db), std::optional<qint64>(11));
    }

    void thePassReadsAheadAndStillIndexesWhatWasWrittenBetweenItsSteps()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("ahead.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QCOMPARE(store.applyChangePage(page(1, 30, QStringLiteral("s30"))), QString());
        ChangePage changed = page(15, 15, QStringLiteral("s31"), 2);
        changed.petitions.append(petition(28, 2));
        changed.tombstones.append(Tombstone{12});
        {
            SearchIndexPass pass(cache, 10);
            QCOMPARE(pass.step(), QString()); // 1-10 written; 11-20 being read on the pass's connection
            QVERIFY(!pass.done());
            QCOMPARE(store.applyChangePage(changed), QString());
            int batches = 1;
            while (store.hasSearchIndexBacklog() && batches < 10) {
                QCOMPARE(pass.step(), QString());
                ++batches;
            }
            QCOMPARE(batches, 3); // 1-10, 11-21 (12 deleted), 22-30 (fewer than 10: the marker goes)
            for (int settling = 0; !pass.done() && settling < 10; ++settling)
                QCOMPARE(pass.step(), QString());
            QVERIFY(pass.done());
        }
        QVERIFY(!store.hasSearchIndexBacklog());
        CacheDatabase reference(m_dir.filePath(QStringLiteral("ahead-reference.sqlite")));
        QVERIFY(reference.open());
        PetitionStore(reference).applyChangePage(page(1, 30, QStringLiteral("s30")));
        PetitionStore(reference).applyChangePage(changed);
        QCOMPARE(ftsRows(cache), ftsRows(reference));
    }

    void theIndexHasItsBulkSettingsDuringAPassAndTheUsualOnesAfter()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("settings.sqlite")));
        QVERIFY(cache.open());
        PetitionStore store(cache);
        QCOMPARE(store.deferSearchIndexIfEmpty(), QString());
        QCOMPARE(store.applyChangePage(page(1, 20, QStringLiteral("s20"))), QString());
        auto setting = [&cache](const char *name) {
            QSqlQuery q(cache.connection());
            q.prepare(QStringLiteral("SELECT v FROM petition_fts_config WHERE k = ?"));
            q.addBindValue(QString::fromLatin1(name));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        {
            SearchIndexPass pass(cache, 10);
            QCOMPARE(pass.step(), QString());
            QCOMPARE(setting("automerge"), 8);
            while (!pass.done())
                QCOMPARE(pass.step(), QString());
        }
        QCOMPARE(setting("automerge"), 4);
        QCOMPARE(matches(cache, QStringLiteral("duong")).size(), 20);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSearchBacklog)
#include "tst_searchbacklog.moc"
