#include "attachmentlist.h"
#include "commanddialog.h"
#include "conflictdialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "replyeditor.h"
#include "replyeditorpreview.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/conflicts.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/replydrafts.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUrl>

using namespace pakn;

namespace {

const QString kOfficer = QStringLiteral("chuyenvien.hk");
const QString kLeader = QStringLiteral("lanhdao.hk");
const QString kCityOffice = QStringLiteral("vanphong");
const QString kUnit = QStringLiteral("p-hoan-kiem");

QString freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return QString::number(probe.serverPort());
}

/// Syncs `account` until its outbox is empty (a back-off may hold an item for a few seconds).
bool drainOutbox(AccountController *account, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [account] {
            if (Outbox(*account->cache()).count() == 0)
                return true;
            test::syncAndWait(account);
            return Outbox(*account->cache()).count() == 0;
        },
        timeoutMs);
}

/// The petition as the server has it now, read by a fresh client of `user`.
std::optional<Petition> onServer(const test::ServerProcess &server, const QString &user, qint64 id)
{
    QTemporaryDir profile;
    AccountController account(profile.path(), test::memorySecrets());
    if (!test::signInAndSync(&account, test::demoSignIn(server, user)).isEmpty())
        return std::nullopt;
    return PetitionStore(*account.cache()).petition(id);
}

/// Runs the command `command` from the detail pane's Actions box, filling its dialog's text field if any.
bool runAction(MainWindow *window, Command command, const QString &key = QString(),
               const QString &text = QString())
{
    if (!window->detailView()->actions()->trigger(command))
        return false;
    auto *dialog = window->findChild<CommandDialog *>(QStringLiteral("commandDialog"));
    if (!dialog)
        return false;
    if (!key.isEmpty())
        test::commitText(dialog->editor(key), text);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("commandOk"));
    if (!ok || !ok->isEnabled())
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

ReplyEditor *replyTab(MainWindow *window)
{
    PetitionDetailView *detail = window->detailView();
    detail->tabs()->setCurrentWidget(detail->replyEditor());
    return detail->replyEditor();
}

/// Clicks Submit in the editor and confirms in the preview.
bool submitReply(MainWindow *window)
{
    ReplyEditor *editor = replyTab(window);
    QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
    auto *preview = window->findChild<ReplyPreviewDialog *>(QStringLiteral("replyPreview"));
    if (!preview)
        return false;
    auto *confirm = preview->findChild<QPushButton *>(QStringLiteral("confirm"));
    if (!confirm)
        return false;
    QTest::mouseClick(confirm, Qt::LeftButton);
    return true;
}

} // namespace

/// The reply from draft to publication through the real widgets and a real pakn-server: the officer drafts
/// and submits while the server is down; it syncs when the server returns; the leader returns it with a
/// comment; the officer fixes and resubmits; the leader approves; the city office publishes — each step
/// checked in the window and on the server. And a conflict made by a second client, settled in the dialog.
class TestReplyFlowGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<test::ServerProcess>(QStringList{QStringLiteral("--port"), freePort()});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QTemporaryDir profile;
        AccountController account(profile.path(), test::memorySecrets());
        error = test::signInAndSync(&account, test::demoSignIn(*m_server, kOfficer));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PetitionStore store(*account.cache());
        for (qint64 id : store.allIds()) {
            const Petition p = *store.petition(id);
            if (p.unitId == kUnit && p.assignee == kOfficer && p.state == PetitionState::InProgress)
                m_handling << id;
        }
        QVERIFY2(m_handling.size() >= 2, "the demo data has two petitions the officer handles");
    }

    void fromDraftOfflineToPublication()
    {
        const qint64 id = m_handling.at(0);
        test::DeskSession officer(*m_server, kOfficer);
        QString error = officer.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = officer.window();
        QVERIFY(test::selectPetition(window, id));

        // The server goes down; the officer writes the whole letter and submits it.
        m_server->stop();
        ReplyEditor *editor = replyTab(window);
        QVERIFY(editor->isEditable());
        const QString subject = QStringLiteral("V/v trả lời phản ánh về rác thải tại ngõ 12");
        const QString body = QStringLiteral("Ủy ban nhân dân phường đã chỉ đạo thu gom rác trong ngày.");
        test::commitText(editor->docNumberEdit(), QStringLiteral("215/UBND-ĐT"));
        test::commitText(editor->signerEdit(), QStringLiteral("Lê Thị Hương"));
        test::commitText(editor->positionEdit(), QStringLiteral("Phó Chủ tịch"));
        test::commitText(editor->subjectEdit(), subject);
        test::commitText(editor->bodyEdit(), body);
        // A file dropped onto the editor's file list, as from a file manager.
        QTemporaryDir files;
        const QString pdfPath = files.filePath(QStringLiteral("Biên bản kiểm tra.pdf"));
        QByteArray pdf("%PDF-1.4\n");
        pdf += QByteArray(300 * 1024, 'x');
        {
            QFile f(pdfPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdf);
        }
        AttachmentList *list = editor->attachments();
        QSignalSpy added(list, &AttachmentList::addFinished);
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(pdfPath)});
        const QPoint at = list->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list, &drop);
        QVERIFY(added.wait(10000));
        QCOMPARE(added.first().at(0).toInt(), 1);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->row(0).origin, AttachmentRow::Origin::Draft);

        QVERIFY(editor->problems().isEmpty());
        QVERIFY(submitReply(window));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(*officer.account()->cache()).count(), 1, 5000);
        QVERIFY(!test::syncAndWait(officer.account()).isEmpty()); // nobody answers
        QCOMPARE(Outbox(*officer.account()->cache()).count(), 1);
        QCOMPARE(window->detailView()->petition()->state, PetitionState::InProgress);
        QVERIFY(ReplyDrafts(*officer.account()->cache()).load(id)); // kept until the server has the reply

        // The server returns: the reply syncs, and the window shows it awaiting approval, no longer editable.
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(drainOutbox(officer.account()));
        QTRY_COMPARE_WITH_TIMEOUT(window->detailView()->petition()->state, PetitionState::AwaitingApproval,
                                  10000);
        QVERIFY(!replyTab(window)->isEditable());
        // The reply the server accepted is no longer a draft here (the "Drafts" view).
        QVERIFY(!ReplyDrafts(*officer.account()->cache()).load(id));
        std::optional<Petition> server = onServer(*m_server, kLeader, id);
        QVERIFY(server);
        QCOMPARE(server->state, PetitionState::AwaitingApproval);
        QVERIFY(server->reply);
        QCOMPARE(server->reply->subject, subject);
        QCOMPARE(server->reply->body, body);
        QCOMPARE(server->reply->docNumber, QStringLiteral("215/UBND-ĐT"));
        QCOMPARE(server->reply->signerPosition, QStringLiteral("Phó Chủ tịch"));
        QCOMPARE(server->reply->attachments.size(), 1);
        QCOMPARE(server->reply->attachments.first().name, QStringLiteral("Biên bản kiểm tra.pdf"));
        QCOMPARE(server->reply->attachments.first().size, pdf.size());
        // The window lists the file once, now as the server's.
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->row(0).origin, AttachmentRow::Origin::Reply, 5000);

        // The leader returns it with a comment.
        const QString comment = QStringLiteral("Đề nghị bổ sung thời gian hoàn thành.");
        {
            test::DeskSession leader(*m_server, kLeader);
            error = leader.open();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(test::selectPetition(leader.window(), id));
            QSignalSpy queued(leader.account(), &AccountController::commandQueued);
            QVERIFY(runAction(leader.window(), Command::Return, QStringLiteral("comment"), comment));
            QVERIFY(queued.wait(10000) || !queued.isEmpty());
            QVERIFY(drainOutbox(leader.account()));
            QTRY_COMPARE_WITH_TIMEOUT(leader.window()->detailView()->petition()->state,
                                      PetitionState::InProgress, 10000);
        }
        QCOMPARE(onServer(*m_server, kOfficer, id)->state, PetitionState::InProgress);

        // The officer sees the comment in the timeline, fixes the reply and submits again.
        QCOMPARE(test::syncAndWait(officer.account()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window->detailView()->petition()->state, PetitionState::InProgress, 10000);
        TimelineModel *timeline = window->detailView()->timelineModel();
        const int last = timeline->rowCount() - 1;
        QCOMPARE(timeline->index(last, 0).data(TimelineModel::KindRole).toString(),
                 toWireName(Command::Return));
        QVERIFY(timeline->index(last, TimelineModel::DetailColumn).data().toString().contains(comment));
        editor = replyTab(window);
        QTRY_VERIFY(editor->isEditable());
        QCOMPARE(editor->subjectEdit()->text(), subject);
        const QString fix = QStringLiteral(" Việc thu gom hoàn thành trước ngày 30/11/2026.");
        QTextCursor end = editor->bodyEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor->bodyEdit()->setTextCursor(end);
        test::commitText(editor->bodyEdit(), fix);
        QSignalSpy resubmitted(officer.account(), &AccountController::commandQueued);
        QVERIFY(submitReply(window));
        QVERIFY(resubmitted.wait(10000) || !resubmitted.isEmpty());
        QVERIFY(drainOutbox(officer.account()));
        server = onServer(*m_server, kLeader, id);
        QCOMPARE(server->state, PetitionState::AwaitingApproval);
        QCOMPARE(server->reply->body, body + fix);
        QCOMPARE(server->reply->attachments.size(), 1); // resubmitted with the file kept

        // The leader approves.
        {
            test::DeskSession leader(*m_server, kLeader);
            error = leader.open();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(test::selectPetition(leader.window(), id));
            QCOMPARE(leader.window()->detailView()->petition()->reply->body, body + fix);
            QSignalSpy queued(leader.account(), &AccountController::commandQueued);
            QVERIFY(runAction(leader.window(), Command::Approve));
            QVERIFY(queued.wait(10000) || !queued.isEmpty());
            QVERIFY(drainOutbox(leader.account()));
            QTRY_COMPARE_WITH_TIMEOUT(leader.window()->detailView()->petition()->state,
                                      PetitionState::Replied, 10000);
        }
        QCOMPARE(onServer(*m_server, kOfficer, id)->state, PetitionState::Replied);

        // The city office publishes.
        {
            test::DeskSession office(*m_server, kCityOffice);
            error = office.open();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(test::selectPetition(office.window(), id));
            QSignalSpy queued(office.account(), &AccountController::commandQueued);
            QVERIFY(runAction(office.window(), Command::Publish));
            QVERIFY(queued.wait(10000) || !queued.isEmpty());
            QVERIFY(drainOutbox(office.account()));
            QTRY_COMPARE_WITH_TIMEOUT(office.window()->detailView()->petition()->state,
                                      PetitionState::Published, 10000);
        }
        server = onServer(*m_server, kOfficer, id);
        QCOMPARE(server->state, PetitionState::Published);
        QCOMPARE(server->reply->subject, subject);
        QVERIFY(server->reply->issueDate.isValid()); // set at approval
        QCOMPARE(server->reply->attachments.size(), 1);
        QCOMPARE(test::syncAndWait(officer.account()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window->detailView()->petition()->state, PetitionState::Published, 10000);
    }

    void aConflictWithASecondClientIsSettledInTheDialog()
    {
        const qint64 id = m_handling.at(1);
        test::DeskSession officer(*m_server, kOfficer);
        QString error = officer.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = officer.window();
        QVERIFY(test::selectPetition(window, id));
        officer.account()->setAutoSyncInterval(0);

        // A second client of the same officer (another computer) saves its reply first.
        QTemporaryDir otherProfile;
        AccountController other(otherProfile.path(), test::memorySecrets());
        QCOMPARE(test::signInAndSync(&other, test::demoSignIn(*m_server, kOfficer)), QString());
        const QString theirs = QStringLiteral("Bản trả lời soạn trên máy khác.");
        QSignalSpy otherQueued(&other, &AccountController::commandQueued);
        other.enqueueCommand(
            id, Command::SaveReply,
            {{QStringLiteral("reply"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("Máy khác")},
                                                   {QStringLiteral("body"), theirs}}}});
        QVERIFY(otherQueued.wait(10000) || !otherQueued.isEmpty());
        QVERIFY(drainOutbox(&other));
        QCOMPARE(PetitionStore(*other.cache()).petition(id)->reply->body, theirs);

        // This window still has the old version; the officer saves a different reply on it.
        ReplyEditor *editor = replyTab(window);
        const QString mine = QStringLiteral("Bản trả lời của tôi.");
        test::commitText(editor->subjectEdit(), QStringLiteral("Máy này"));
        test::commitText(editor->bodyEdit(), mine);
        QSignalSpy saved(officer.account(), &AccountController::commandQueued);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000) || !saved.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                test::syncAndWait(officer.account());
                return !Conflicts(*officer.account()->cache()).unresolved(id).isEmpty();
            }(),
            30000);

        // The banner says so; the dialog shows base, mine and theirs side by side.
        auto *banner = window->detailView()->findChild<QWidget *>(QStringLiteral("conflictBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("resolveConflict")),
                          Qt::LeftButton);
        auto *dialog = window->findChild<ConflictDialog *>(QStringLiteral("conflictDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->mineView()->toPlainText().contains(mine));
        QVERIFY(dialog->theirsView()->toPlainText().contains(theirs));
        QVERIFY(!dialog->baseView()->toPlainText().contains(mine));
        QVERIFY(!dialog->baseView()->toPlainText().contains(theirs));

        // Closing it decides nothing.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("decideLater")), Qt::LeftButton);
        QCOMPARE(Conflicts(*officer.account()->cache()).unresolved(id).size(), 1);
        QCOMPARE(Outbox(*officer.account()->cache()).count(), 1);

        // The officer merges both and uses the merge.
        QVERIFY(window->detailView()->openConflict());
        dialog = window->findChild<ConflictDialog *>(QStringLiteral("conflictDialog"));
        QVERIFY(dialog);
        const QString merged = mine + QLatin1Char(' ') + theirs;
        dialog->mergedBody()->clear();
        test::commitText(dialog->mergedBody(), merged);
        QTest::mouseClick(dialog->useMergeButton(), Qt::LeftButton);
        QVERIFY(drainOutbox(officer.account()));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(Conflicts(*officer.account()->cache()).unresolved(id).isEmpty());

        // The server has the merge; the other computer gets it at its next sync; the draft here is the merge.
        const std::optional<Petition> server = onServer(*m_server, kLeader, id);
        QVERIFY(server && server->reply);
        QCOMPARE(server->reply->body, merged);
        QCOMPARE(test::syncAndWait(&other), QString());
        QCOMPARE(PetitionStore(*other.cache()).petition(id)->reply->body, merged);
        QTRY_COMPARE_WITH_TIMEOUT(replyTab(window)->bodyEdit()->toPlainText(), merged, 5000);
    }

private:
    std::unique_ptr<test::ServerProcess> m_server;
    QList<qint64> m_handling;
};

QTEST_MAIN(TestReplyFlowGui)
#include "tst_reply_flow_gui.moc"
