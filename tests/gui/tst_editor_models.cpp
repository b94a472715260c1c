#include "attachmentmodel.h"
#include "conflictmodel.h"
#include "net/wirecodec.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionrecord.h"
#include "store/petitionstore.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

Petition makePetition(qint64 id)
{
    Petition p;
    p.id = id;
    p.version = 1;
    p.code = QStringLiteral("PAKN.20260101.%1").arg(id, 4, 10, QLatin1Char('0'));
    p.title = QStringLiteral("Phản ánh %1").arg(id);
    p.content = QStringLiteral("Nội dung");
    p.submitter.name = QStringLiteral("Trần Thị Bình");
    p.fieldId = QStringLiteral("dat_dai");
    p.unitId = QStringLiteral("p-hoan-kiem");
    p.receivedAt = QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC);
    p.updatedAt = p.receivedAt;
    return p;
}

TimelineEntry entry(qint64 id, const QString &kind, const QString &actor, const QString &comment,
                    const QJsonObject &data = {})
{
    return {id,      kind, actor, QDateTime(QDate(2026, 1, 5), QTime(1, 30), Qt::UTC).addSecs(id * 60),
            comment, data};
}

} // namespace

/// The detail side's models — timeline, attachments, conflicts — each under QAbstractItemModelTester, showing
/// names rather than ids and re-reading without needless resets.
class TestEditorModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timelineNamesUnitsAndFieldsAndLabelsEachStep()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReferenceData ref;
        ref.units = {{QStringLiteral("p-hoan-kiem"),
                      {},
                      QStringLiteral("UBND phường Hoàn Kiếm"),
                      QStringLiteral("ward")}};
        ref.fields = {{QStringLiteral("dat_dai"), QStringLiteral("Đất đai")}};
        model.setReferenceData(ref);
        model.setTimeline({entry(1, QStringLiteral("submitted"), {}, {}),
                           entry(2, QStringLiteral("transfer"), QStringLiteral("vanphong"), {},
                                 {{QStringLiteral("unit"), QStringLiteral("p-hoan-kiem")}}),
                           entry(3, QStringLiteral("classify"), QStringLiteral("vanphong"), {},
                                 {{QStringLiteral("field"), QStringLiteral("dat_dai")}}),
                           entry(4, QStringLiteral("note"), QStringLiteral("chuyenvien.hk"),
                                 QStringLiteral("Đã gọi điện cho người dân"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
        QCOMPARE(model.index(0, TimelineModel::WhatColumn).data().toString(),
                 TimelineModel::kindLabel(QStringLiteral("submitted")));
        QCOMPARE(model.index(0, TimelineModel::WhoColumn).data().toString(),
                 TimelineModel::tr("the citizen"));
        QVERIFY(model.index(1, TimelineModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("UBND phường Hoàn Kiếm")));
        QVERIFY(model.index(2, TimelineModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Đất đai")));
        QCOMPARE(model.index(3, TimelineModel::DetailColumn).data().toString(),
                 QStringLiteral("Đã gọi điện cho người dân"));
        QCOMPARE(model.index(3, 0).data(TimelineModel::KindRole).toString(), QStringLiteral("note"));
        // 01:31 UTC is 08:31 in Hà Nội.
        QCOMPARE(model.index(0, TimelineModel::WhenColumn).data().toString(),
                 QStringLiteral("05/01/2026 08:31"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTimeline(
            QList<TimelineEntry>{model.entry(0), model.entry(1), model.entry(2), model.entry(3)});
        QCOMPARE(resets.size(), 0); // the same timeline again: nothing moves
        model.setTimeline({});
        QCOMPARE(model.rowCount(), 0);
    }

    void attachmentsListServerAndDraftFilesWithWhatACommandSends()
    {
        AttachmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<AttachmentRef> refs = {{QStringLiteral("a1"), QStringLiteral("anh-hien-truong.jpg"), 2048,
                                            QStringLiteral("ab"), QStringLiteral("image/jpeg")}};
        DraftAttachment draft;
        draft.id = 7;
        draft.name = QStringLiteral("công văn.pdf");
        draft.mime = QStringLiteral("application/pdf");
        draft.size = 3 * 1024 * 1024;
        draft.state = DraftAttachmentState::Local;
        model.setRows(AttachmentModel::rowsFor(refs, AttachmentRow::Origin::Reply) +
                      AttachmentModel::rowsFor({draft}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AttachmentModel::NameColumn).data().toString(),
                 QStringLiteral("anh-hien-truong.jpg"));
        QCOMPARE(model.index(0, 0).data(AttachmentModel::IsImageRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(AttachmentModel::ServerIdRole).toString(), QStringLiteral("a1"));
        QCOMPARE(model.index(1, AttachmentModel::TypeColumn).data().toString(), QStringLiteral("PDF"));
        QCOMPARE(model.index(1, 0).data(AttachmentModel::LocalIdRole).toLongLong(), 7);
        QCOMPARE(model.index(1, AttachmentModel::StateColumn).data().toString(),
                 AttachmentModel::tr("waiting to upload"));
        QCOMPARE(model.index(1, 0).data(AttachmentModel::SizeBytesRole).toLongLong(), 3 * 1024 * 1024);
        QVERIFY(!model.index(1, AttachmentModel::SizeColumn).data().toString().isEmpty());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows(model.rows());
        QCOMPARE(resets.size(), 0);
    }

    void conflictsFollowTheCacheUntilResolved()
    {
        QTemporaryDir dir;
        auto db = std::make_shared<CacheDatabase>(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db->open());
        ChangePage page;
        page.petitions = {makePetition(1), makePetition(2)};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*db).applyChangePage(page), QString());

        ConflictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // What the detail pane does: the record read (here on this thread), its conflicts set as the rows.
        auto rowsOf = [&db](qint64 id) { return PetitionRecord::read(*db, nullptr, id).conflicts; };
        model.setRows(rowsOf(1));
        QCOMPARE(model.rowCount(), 0);

        QString error;
        Outbox outbox(*db);
        const qint64 item = outbox.enqueue(1, Command::SaveReply, {{QStringLiteral("reply"), QJsonObject{}}},
                                           1, wire::encode(makePetition(1)), &error);
        QVERIFY2(item, qPrintable(error));
        Petition theirs = makePetition(1);
        theirs.version = 2;
        QCOMPARE(outbox.markConflict(item, wire::encode(theirs)), QString());
        model.setRows(rowsOf(1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ConflictModel::PetitionColumn).data().toString(), theirs.code);
        QCOMPARE(model.index(0, ConflictModel::ActionColumn).data().toString(),
                 displayLabel(Command::SaveReply));
        QCOMPARE(model.index(0, 0).data(ConflictModel::OutboxItemIdRole).toLongLong(), item);

        model.setRows(rowsOf(2));
        QCOMPARE(model.rowCount(), 0);
        model.setRows(rowsOf(1));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(PetitionRecord::read(*db, nullptr, 1).conflicts.first().outboxItemId, item);
        QCOMPARE(Conflicts(*db).resolve(item, ConflictChoice::KeepMine), QString());
        model.setRows(rowsOf(1));
        QCOMPARE(model.rowCount(), 0);
        db->releaseThreadConnection();
    }

    void petitionRecordHoldsDraftFilesAndConflictsOfItsPetitionOnly()
    {
        QTemporaryDir dir;
        auto db = std::make_shared<CacheDatabase>(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db->open());
        AttachmentStore store(dir.filePath(QStringLiteral("files")));
        ChangePage page;
        page.petitions = {makePetition(1), makePetition(2)};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*db).applyChangePage(page), QString());

        QCOMPARE(PetitionRecord::read(*db, &store, 3).petition.has_value(), false); // not cached
        PetitionRecord empty = PetitionRecord::read(*db, &store, 2);
        QCOMPARE(empty.petition, std::optional<Petition>(makePetition(2)));
        QVERIFY(!empty.draft);
        QVERIFY(empty.draftFiles.isEmpty());
        QVERIFY(empty.conflicts.isEmpty());

        ReplyDraft draft;
        draft.petitionId = 1;
        draft.baseVersion = 1;
        draft.reply.subject = QStringLiteral("Trả lời về việc cấp giấy phép");
        QCOMPARE(ReplyDrafts(*db).save(draft), QString());
        const QString file = dir.filePath(QStringLiteral("công văn.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 test");
        }
        AttachmentPolicy policy;
        policy.maxFileBytes = 1 << 20;
        policy.types = {AllowedFileType{QStringLiteral("application/pdf"), {QStringLiteral(".pdf")}}};
        const DraftAttachments::Added added = DraftAttachments(*db, store).add(1, file, policy);
        QVERIFY2(added, qPrintable(added.error));

        const PetitionRecord one = PetitionRecord::read(*db, &store, 1);
        QVERIFY(one.draft);
        QCOMPARE(one.draft->reply.subject, draft.reply.subject);
        QCOMPARE(one.draftFiles.size(), 1);
        QCOMPARE(one.draftFiles.first().id, added.id);
        QCOMPARE(one.draftFiles.first().name, QStringLiteral("công văn.pdf"));
        // Without a store the files are not read; the rest is.
        const PetitionRecord noStore = PetitionRecord::read(*db, nullptr, 1);
        QVERIFY(noStore.draftFiles.isEmpty());
        QVERIFY(noStore.draft);
        // The other petition still has nothing.
        QVERIFY(!PetitionRecord::read(*db, &store, 2).draft);
        QVERIFY(PetitionRecord::read(*db, &store, 2).draftFiles.isEmpty());
        db->releaseThreadConnection();
    }
};

QTEST_MAIN(TestEditorModels)
#include "tst_editor_models.moc"
