#include "attachmentlist.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "net/wirecodec.h"
#include "outboxmodel.h"
#include "outboxpanel.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "replyeditor.h"
#include "replyeditorformat.h"
#include "replyeditorpreview.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/conflicts.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"

#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeView>

using namespace pakn;

namespace {

const QString kOfficer = QStringLiteral("chuyenvien.hk");
const QString kUnit = QStringLiteral("p-hoan-kiem");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

/// The reply editor in the officer's window, against a real pakn-server: every edit is in the cache within
/// 2 seconds and comes back after the window — or the whole account — is recreated; templates are filled
/// from the petition; files are checked against the service's policy before they are accepted; a reply
/// with problems is not submitted; the preview shows what the citizen will read.
class TestReplyEditorGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_account = std::make_unique<AccountController>(m_profile.path(), test::memorySecrets());
        error = test::signInAndSync(m_account.get(), test::demoSignIn(m_server, kOfficer));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PetitionStore store(*m_account->cache());
        for (qint64 id : store.allIds()) {
            const Petition p = *store.petition(id);
            if (p.unitId == kUnit && p.assignee == kOfficer && p.state == PetitionState::InProgress)
                m_handling << id;
        }
        QVERIFY2(m_handling.size() >= 3, "the demo data has three petitions the officer handles");
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_account.reset();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_account.get());
        m_window->attachCache();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void anEditIsSavedWithinTwoSecondsAndSurvivesTheWindow()
    {
        const qint64 id = m_handling.at(0);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        QVERIFY(editor->isEditable());

        const QString subject = QStringLiteral("V/v trả lời phản ánh về lấn chiếm vỉa hè");
        const QString body = QStringLiteral("Ủy ban nhân dân phường đã kiểm tra hiện trường và xử lý.");
        QSignalSpy saved(editor, &ReplyEditor::draftSaved);
        QElapsedTimer clock;
        clock.start();
        test::commitText(editor->subjectEdit(), subject);
        test::commitText(editor->bodyEdit(), body);
        QTRY_VERIFY_WITH_TIMEOUT(draftBody(id).contains(body), 2000);
        QVERIFY2(clock.elapsed() <= 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(ReplyDrafts(*m_account->cache()).load(id)->reply.subject, subject);
        // The editor hears of the save on its next event-loop turn (the row is in the cache already).
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 2000);
        QVERIFY(editor->statusText().contains(QLatin1Char(':'))); // "Draft saved … at hh:mm:ss."

        // The officer types one more word and closes the window at once: the pending edit is saved.
        test::commitText(editor->signerEdit(), QStringLiteral("Nguyễn Văn Ánh"));
        m_window.reset();
        QCOMPARE(ReplyDrafts(*m_account->cache()).load(id)->reply.signer, QStringLiteral("Nguyễn Văn Ánh"));

        // A new window shows the draft again.
        init();
        QVERIFY(test::selectPetition(m_window.get(), id));
        editor = openReplyTab();
        QCOMPARE(editor->subjectEdit()->text(), subject);
        QCOMPARE(editor->bodyEdit()->toPlainText(), body);
        QCOMPARE(editor->signerEdit()->text(), QStringLiteral("Nguyễn Văn Ánh"));
        QVERIFY(editor->statusText().contains(QStringLiteral("restored")) ||
                editor->statusText() != QString());
    }

    void theDraftComesBackAfterARestart()
    {
        const qint64 id = m_handling.at(1);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        const QString body = QStringLiteral("Nội dung trả lời viết trước khi máy tắt đột ngột.");
        test::commitText(editor->bodyEdit(), body);
        QTRY_VERIFY_WITH_TIMEOUT(draftBody(id).contains(body), 2000);

        // The application ends (the window and the account go), then starts again and signs in.
        m_window.reset();
        m_account.reset();
        m_account = std::make_unique<AccountController>(m_profile.path(), test::memorySecrets());
        const QString error = test::signInAndSync(m_account.get(), test::demoSignIn(m_server, kOfficer));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        init();
        QVERIFY(test::selectPetition(m_window.get(), id));
        editor = openReplyTab();
        QCOMPARE(editor->bodyEdit()->toPlainText(), body);
    }

    void aTemplateIsFilledFromThePetition()
    {
        const qint64 id = m_handling.at(2);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        QVERIFY2(!editor->templates().isEmpty(), "the demo service has reply templates");
        const Petition p = *m_window->detailView()->petition();
        for (const ReplyTemplate &t : editor->templates())
            QVERIFY(t.fieldId.isEmpty() || t.fieldId == p.fieldId);
        editor->templateBox()->setCurrentIndex(0);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyTemplate")), Qt::LeftButton);
        const QString text = editor->subjectEdit()->text() + editor->bodyEdit()->toPlainText();
        QVERIFY(!text.trimmed().isEmpty());
        for (const char *name : kReplyPlaceholders)
            QVERIFY2(!text.contains(QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}')), name);
        const ReplyTemplate &t = editor->templates().first();
        if (t.subject.contains(QLatin1String("{code}")) || t.body.contains(QLatin1String("{code}")))
            QVERIFY(text.contains(p.code));
        if (t.body.contains(QLatin1String("{submitter_name}")))
            QVERIFY(text.contains(p.submitter.name));
        // Undo brings the empty body back.
        editor->bodyEdit()->undo();
        QVERIFY(editor->bodyEdit()->toPlainText().trimmed().isEmpty() ||
                editor->bodyEdit()->toPlainText() != text);
    }

    void filesAreCheckedAgainstThePolicyBeforeTheyAreAccepted()
    {
        const qint64 id = m_handling.at(2);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        AttachmentList *files = editor->attachments();
        QTemporaryDir dir;
        const QString exe = writeFile(dir, QStringLiteral("setup.exe"), QByteArray(100, 'x'));
        const QString empty = writeFile(dir, QStringLiteral("trong.pdf"), QByteArray());
        const QString pdf = writeFile(dir, QStringLiteral("Công văn số 12.pdf"), QByteArray(4096, 'p'));
        QVERIFY(!exe.isEmpty() && !pdf.isEmpty());
        const int before = files->model()->rowCount();

        QSignalSpy finished(files, &AttachmentList::addFinished);
        files->addFiles({exe, empty});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 2);
        QCOMPARE(files->model()->rowCount(), before);
        QVERIFY2(files->message().contains(QStringLiteral("setup.exe")) &&
                     files->message().contains(QStringLiteral("PDF")),
                 qPrintable(files->message()));
        QVERIFY(files->message().contains(QStringLiteral("trong.pdf")));

        finished.clear();
        files->addFiles({pdf});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(files->model()->rowCount(), before + 1);
        QFile::remove(pdf); // it was copied: the source may go
        const AttachmentRow row = files->model()->row(before);
        QCOMPARE(row.name, QStringLiteral("Công văn số 12.pdf"));
        QCOMPARE(row.origin, AttachmentRow::Origin::Draft);
        const QJsonArray sent = editor->commandPayload()
                                    .value(QStringLiteral("reply"))
                                    .toObject()
                                    .value(QStringLiteral("attachments"))
                                    .toArray();
        QVERIFY(sent.contains(QJsonObject{{QStringLiteral("local"), row.localId}}));

        // Opening hands a copy with its own name to the system viewer.
        QString opened;
        files->setOpener([&opened](const QString &path) { opened = path; });
        files->openRow(before);
        QVERIFY(opened.endsWith(QStringLiteral("Công văn số 12.pdf")));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray(4096, 'p'));

        files->view()->setCurrentIndex(files->model()->index(before, 0));
        QTest::mouseClick(files->findChild<QPushButton *>(QStringLiteral("removeAttachment")),
                          Qt::LeftButton);
        QCOMPARE(files->model()->rowCount(), before); // gone from the list at once
        // Forgotten in the cache off the GUI thread; the record read after it lists it no more.
        QTRY_VERIFY(!files->isWriting());
        QVERIFY(DraftAttachments(*m_account->cache(), AttachmentStore(QString())).list(id).isEmpty());
        QVERIFY(test::waitForWindow(m_window.get()));
        QCOMPARE(files->model()->rowCount(), before);
    }

    void aReplyWithProblemsIsNotSubmitted()
    {
        const qint64 id = m_handling.at(2);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        editor->subjectEdit()->clear();
        editor->bodyEdit()->clear();
        QSignalSpy requested(editor, &ReplyEditor::commandRequested);
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
        QVERIFY(!m_window->findChild<ReplyPreviewDialog *>());
        QVERIFY2(editor->statusText().contains(
                     QCoreApplication::translate("pakn::ReplyChecks", "Write the subject line.")),
                 qPrintable(editor->statusText()));
        QVERIFY(editor->statusText().contains(
            QCoreApplication::translate("pakn::ReplyChecks", "Write the body of the reply.")));
    }

    void thePreviewShowsWhatTheCitizenWillRead()
    {
        const qint64 id = m_handling.at(2);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        test::commitText(editor->subjectEdit(), QStringLiteral("V/v trả lời về tiếng ồn"));
        editor->bodyEdit()->clear();
        test::commitText(editor->bodyEdit(), QStringLiteral("Đã xử lý <b>dứt điểm</b>."));
        QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
        auto *dialog = m_window->findChild<ReplyPreviewDialog *>();
        QVERIFY(dialog);
        const QString shown = dialog->browser()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("V/v trả lời về tiếng ồn")));
        QVERIFY(shown.contains(QStringLiteral("Đã xử lý <b>dứt điểm</b>."))); // typed markup stays text
        QVERIFY(shown.contains(m_window->detailView()->petition()->code));
        dialog->close();
    }

    void theBodyKeepsItsFormattingAndItsLines_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("a long paragraph is not wrapped")
            << QString(
                   QStringLiteral("Ủy ban nhân dân phường đã kiểm tra hiện trường, lập biên bản và yêu cầu ")
                       .repeated(5))
                   .trimmed();
        QTest::newRow("bold, italic and paragraphs")
            << QStringLiteral("Kính gửi ông **Nguyễn Văn A**,\n\nỦy ban đã *kiểm tra* hiện trường.");
        QTest::newRow("lists") << QStringLiteral("Kết quả:\n\n- thu gom rác;\n- kiểm tra hằng tuần.\n\n"
                                                 "1. bước một\n2. bước hai");
        QTest::newRow("a line break inside a paragraph") << QStringLiteral("Nơi nhận:\nNhư trên;\nLưu: VT.");
        QTest::newRow("markup typed as text") << QStringLiteral("Giá 5 * 3 <b>không đậm</b>");
        QTest::newRow("underscores, asterisks and backslashes the citizen must read as typed")
            << QStringLiteral("Quyết định QĐ_12/2025, tệp C:\\Tài liệu\\bien_ban.pdf, diện tích 5 * 3 m.");
        QTest::newRow("asterisks that would be emphasis are escaped") << QStringLiteral("mã a\\*b\\*c");
    }

    void theBodyKeepsItsFormattingAndItsLines()
    {
        QFETCH(QString, body);
        QTextDocument doc;
        setReplyMarkdown(&doc, body);
        QCOMPARE(toReplyMarkdown(doc), body);
    }

    void steadyTypingIsSavedWithoutWaitingForAPause()
    {
        // Found by the drafting kill campaign (tst_kill_drafting): autosave waited for a 700 ms pause, so an
        // officer typing steadily had nothing saved at all until a pause, and a crash lost all of it.
        const qint64 id = m_handling.at(1);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        QVERIFY(editor->isEditable());
        QTextEdit *body = editor->bodyEdit();
        body->setFocus();
        QTextCursor end = body->textCursor();
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(body, QStringLiteral("Kinh gui"));
        const qint64 firstEditMs = clock.elapsed();
        // Keep typing a key every 150 ms (never a 700 ms pause) for 2.5 s.
        bool savedWhileTyping = false;
        while (clock.elapsed() < 2500) {
            QTest::qWait(150);
            QTest::keyClick(body, Qt::Key_A);
            if (clock.elapsed() - firstEditMs >= ReplyEditor::kAutosaveMaxDelayMs + 500)
                savedWhileTyping = savedWhileTyping || draftBody(id).contains(QStringLiteral("Kinh gui"));
        }
        QVERIFY2(savedWhileTyping,
                 "the first words were not in the cache 1.5 s after they were typed, while the "
                 "officer kept typing");
    }

    void theDetailPaneNamesTheRelatedProcedureOrRegulation()
    {
        // The demo data names a procedure (with its national code) for most petitions, a regulation text for
        // some, and neither for the rest; the pane has a row for it in every case.
        PetitionStore store(*m_account->cache());
        std::optional<Petition> procedure, regulation, none;
        for (qint64 id : store.allIds()) {
            const Petition p = *store.petition(id);
            if (!p.adminProcedure.isEmpty() && !p.adminProcedure.isRegulation() && !procedure)
                procedure = p;
            else if (p.adminProcedure.isRegulation() && !regulation)
                regulation = p;
            else if (p.adminProcedure.isEmpty() && !none)
                none = p;
        }
        QVERIFY2(procedure && regulation && none, "the officer's demo petitions have all three kinds");
        QVERIFY(!procedure->adminProcedure.code.isEmpty());
        PetitionDetailView *detail = m_window->detailView();

        QVERIFY(test::selectPetition(m_window.get(), procedure->id));
        QVERIFY2(detail->factsText().contains(
                     QStringLiteral("Procedure or regulation: %1 (procedure code %2)")
                         .arg(procedure->adminProcedure.name, procedure->adminProcedure.code)),
                 qPrintable(detail->factsText()));
        QVERIFY(test::selectPetition(m_window.get(), regulation->id));
        QVERIFY2(detail->factsText().contains(QStringLiteral("Procedure or regulation: ") +
                                              regulation->adminProcedure.name),
                 qPrintable(detail->factsText()));
        QVERIFY(regulation->adminProcedure.name.startsWith(QStringLiteral("Quyết định")) ||
                regulation->adminProcedure.name.startsWith(QStringLiteral("Nghị quyết")));
        QVERIFY(test::selectPetition(m_window.get(), none->id));
        QVERIFY2(detail->factsText().contains(QStringLiteral("Procedure or regulation: not stated")),
                 qPrintable(detail->factsText()));
    }

    void aTemplateMayNameTheProcedure()
    {
        PetitionStore store(*m_account->cache());
        std::optional<Petition> withProcedure;
        for (qint64 id : store.allIds()) {
            const Petition p = *store.petition(id);
            if (!p.adminProcedure.isEmpty() && !p.adminProcedure.isRegulation()) {
                withProcedure = p;
                break;
            }
        }
        QVERIFY(withProcedure);
        ReferenceData reference;
        reference.replyTemplates = {ReplyTemplate{QStringLiteral("thu-tuc"), QStringLiteral("Về thủ tục"),
                                                  QString(), QStringLiteral("V/v {procedure}"),
                                                  QStringLiteral("Về thủ tục {procedure}: đã hướng dẫn.")}};
        ReplyEditor editor;
        editor.setCache(m_account->cache());
        editor.setReferenceData(reference);
        editor.showPetition(PetitionRecord{withProcedure, {}, {}, {}}, true);
        editor.applyTemplate(0);
        const QString expected =
            QStringLiteral("%1 (procedure code %2)")
                .arg(withProcedure->adminProcedure.name, withProcedure->adminProcedure.code);
        QCOMPARE(editor.subjectEdit()->text(), QStringLiteral("V/v ") + expected);
        QVERIFY2(editor.bodyEdit()->toPlainText().contains(expected),
                 qPrintable(editor.bodyEdit()->toPlainText()));
        QVERIFY(std::find(std::begin(kReplyPlaceholders), std::end(kReplyPlaceholders),
                          std::string_view("procedure")) != std::end(kReplyPlaceholders));
        // The editor saved what the template filled in: leave the cache as the other tests expect it.
        editor.flushDraft();
        ReplyDrafts(*m_account->cache()).remove(withProcedure->id);
    }

    void aRemovedServerFileStaysRemovedAfterARestart()
    {
        const qint64 id = m_handling.at(1);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        AttachmentList *files = editor->attachments();

        // A reply whose file is on the server: the officer attaches one and saves the draft there.
        QTemporaryDir dir;
        const QString pdf = writeFile(dir, QStringLiteral("Biên bản làm việc.pdf"), QByteArray(8192, 'b'));
        QSignalSpy finished(files, &AttachmentList::addFinished);
        files->addFiles({pdf});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        test::commitText(editor->subjectEdit(), QStringLiteral("V/v trả lời kèm biên bản"));
        editor->saveToServer();
        QString serverId;
        QTRY_VERIFY_WITH_TIMEOUT(!(serverId = serverFileOf(id)).isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfServerFile(files, serverId) >= 0, 10000);

        // The officer removes it from the draft (not yet saved on the server), and the app closes.
        files->view()->setCurrentIndex(files->model()->index(rowOfServerFile(files, serverId), 0));
        QTest::mouseClick(files->findChild<QPushButton *>(QStringLiteral("removeAttachment")),
                          Qt::LeftButton);
        QVERIFY(!listsFileNamed(files, QStringLiteral("Biên bản làm việc.pdf")));
        QTRY_COMPARE_WITH_TIMEOUT(ReplyDrafts(*m_account->cache()).load(id)->removedServerFiles,
                                  QStringList{serverId}, 2000);
        m_window.reset();
        m_account.reset();

        // It starts again, signs in and syncs: the file is still gone from the draft and from its command.
        m_account = std::make_unique<AccountController>(m_profile.path(), test::memorySecrets());
        const QString error = test::signInAndSync(m_account.get(), test::demoSignIn(m_server, kOfficer));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(serverFileOf(id), serverId); // the server still has it with the reply
        init();
        QVERIFY(test::selectPetition(m_window.get(), id));
        editor = openReplyTab();
        files = editor->attachments();
        QVERIFY(!listsFileNamed(files, QStringLiteral("Biên bản làm việc.pdf")));
        QVERIFY(!editor->commandPayload()
                     .value(QStringLiteral("reply"))
                     .toObject()
                     .value(QStringLiteral("attachments"))
                     .toArray()
                     .contains(QJsonValue(serverId)));

        // Saving the reply on the server sends it without the file.
        editor->saveToServer();
        QTRY_VERIFY_WITH_TIMEOUT(Outbox(*m_account->cache()).count() == 0 && serverFileOf(id).isEmpty(),
                                 60000);
        QVERIFY(!PetitionStore(*m_account->cache()).petition(id)->reply->subject.isEmpty());
        // It does not come back as the officer's own file either (it was uploaded from this computer).
        QVERIFY(!listsFileNamed(files, QStringLiteral("Biên bản làm việc.pdf")));
        QVERIFY(editor->commandPayload()
                    .value(QStringLiteral("reply"))
                    .toObject()
                    .value(QStringLiteral("attachments"))
                    .toArray()
                    .isEmpty());
    }

    void addingALargeFileShowsProgressAndCancelLeavesNothing()
    {
        const qint64 id = m_handling.at(2);
        QVERIFY(test::selectPetition(m_window.get(), id));
        ReplyEditor *editor = openReplyTab();
        AttachmentList *files = editor->attachments();
        QTemporaryDir dir;
        QByteArray chunk(1 << 20, '\0');
        for (int i = 0; i < chunk.size(); ++i)
            chunk[i] = char((i * 131 + i / 4099) & 0xff);
        const QString big = dir.filePath(QStringLiteral("Hồ sơ quét.pdf"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int mib = 0; mib < 40; ++mib)
                QVERIFY(f.write(chunk) == chunk.size());
        }
        const QString blobs = m_account->attachmentStore()->rootDir();
        const auto blobCount = [&blobs] {
            int n = 0;
            for (QDirIterator it(blobs, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
                ++n;
            return n;
        };
        const int blobsBefore = blobCount();
        const int draftFilesBefore =
            int(DraftAttachments(*m_account->cache(), *m_account->attachmentStore()).list(id).size());

        // Added whole: the percentage climbs to 100 while the GUI thread stays free.
        QSignalSpy progress(files, &AttachmentList::addProgress);
        QSignalSpy finished(files, &AttachmentList::addFinished);
        files->addFiles({big});
        QVERIFY(files->progressDialog());
        QCOMPARE(files->progressDialog()->maximum(), 100);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY2(!progress.isEmpty(), "progress arrives while the file is copied");
        QCOMPARE(progress.last().at(1).toInt(), 100);
        for (const QList<QVariant> &p : std::as_const(progress))
            QCOMPARE(p.at(0).toString(), QStringLiteral("Hồ sơ quét.pdf"));
        const QList<DraftAttachment> added =
            DraftAttachments(*m_account->cache(), *m_account->attachmentStore()).list(id);
        QCOMPARE(int(added.size()), draftFilesBefore + 1);
        QCOMPARE(added.last().size, qint64(40) << 20);
        QVERIFY(DraftAttachments(*m_account->cache(), *m_account->attachmentStore()).remove(added.last().id));
        QCOMPARE(blobCount(), blobsBefore);

        // Cancelled at the first progress: no row, no blob, no half-written file.
        progress.clear();
        finished.clear();
        connect(
            files, &AttachmentList::addProgress, this,
            [files] {
                if (QProgressDialog *d = files->progressDialog())
                    Q_EMIT d->canceled();
            },
            Qt::SingleShotConnection);
        files->addFiles({big});
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 0); // a cancel is not a refusal
        QVERIFY2(files->message().isEmpty(), qPrintable(files->message()));
        QCOMPARE(int(DraftAttachments(*m_account->cache(), *m_account->attachmentStore()).list(id).size()),
                 draftFilesBefore);
        QCOMPARE(blobCount(), blobsBefore);
        QVERIFY(QFileInfo::exists(big)); // the officer's own file is untouched
    }

    void retryingAConflictFromTheOutboxPaneClearsTheBanner()
    {
        // A note the server refused with 409 is held with a conflict: the pane shows the banner, the outbox
        // pane the item, the list's row its mark.
        const qint64 id = m_handling.at(0);
        const auto cache = m_account->cache();
        const Petition p = *PetitionStore(*cache).petition(id);
        QString error;
        Outbox outbox(*cache);
        const qint64 item = outbox.enqueue(
            id, Command::Note, {{QStringLiteral("text"), QStringLiteral("Đã gọi điện cho công dân.")}},
            p.version, wire::encode(p), &error);
        QVERIFY2(item, qPrintable(error));
        QVERIFY(outbox.markSending(item));
        Petition theirs = p;
        theirs.version = p.version + 1;
        QCOMPARE(outbox.markConflict(item, wire::encode(theirs)), QString());
        m_window.reset();
        init();
        QVERIFY(test::selectPetition(m_window.get(), id));
        PetitionDetailView *detail = m_window->detailView();
        auto *banner = detail->findChild<QWidget *>(QStringLiteral("conflictBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        OutboxPanel *panel = detail->outboxPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 5000);
        const auto rowMark = [this, id] {
            PetitionListModel *model = m_window->petitionModel();
            return model->index(model->rowOfPetition(id), 0).data(PetitionListModel::SyncStateRole);
        };
        QCOMPARE(rowMark(), QVariant(int(OutboxState::Conflict)));

        // Retry from the outbox pane: the item goes out again, and every view agrees at once.
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
        QCOMPARE(panel->view()->currentIndex().data(OutboxModel::ItemIdRole).toLongLong(), item);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("outboxRetry")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
        QVERIFY(Conflicts(*cache).unresolved(id).isEmpty());
        // The note is sent (a note does not overlap the other change, so the server takes it).
        QTRY_VERIFY_WITH_TIMEOUT(!Outbox(*cache).item(item), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowMark().isValid(), 5000);
        QVERIFY(!banner->isVisible());
    }

private:
    QString serverFileOf(qint64 id) const
    {
        const std::optional<Petition> p = PetitionStore(*m_account->cache()).petition(id);
        return p && p->reply && !p->reply->attachments.isEmpty() ? p->reply->attachments.first().id
                                                                 : QString();
    }

    /// The row of a file the server lists with the reply (not the officer's copy on its way there).
    static int rowOfServerFile(AttachmentList *files, const QString &serverId)
    {
        for (int row = 0; row < files->model()->rowCount(); ++row) {
            const AttachmentRow &r = files->model()->row(row);
            if (r.serverId == serverId && r.origin == AttachmentRow::Origin::Reply)
                return row;
        }
        return -1;
    }

    static bool listsFileNamed(AttachmentList *files, const QString &name)
    {
        for (int row = 0; row < files->model()->rowCount(); ++row) {
            if (files->model()->row(row).name == name)
                return true;
        }
        return false;
    }

    ReplyEditor *openReplyTab()
    {
        PetitionDetailView *detail = m_window->detailView();
        detail->tabs()->setCurrentWidget(detail->replyEditor());
        return detail->replyEditor();
    }

    QString draftBody(qint64 id) const
    {
        const std::optional<ReplyDraft> d = ReplyDrafts(*m_account->cache()).load(id);
        return d ? d->reply.body : QString();
    }

    test::ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_handling;
};

QTEST_MAIN(TestReplyEditorGui)
#include "tst_reply_editor_gui.moc"
