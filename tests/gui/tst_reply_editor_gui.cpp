#include "attachmentlist.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "petitiondetailview.h"
#include "replyeditor.h"
#include "replyeditorformat.h"
#include "replyeditorpreview.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
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
        QCOMPARE(files->model()->rowCount(), before);
        QVERIFY(DraftAttachments(*m_account->cache(), AttachmentStore(QString())).list(id).isEmpty());
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

private:
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
