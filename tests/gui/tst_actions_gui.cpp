#include "commanddialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "outboxmodel.h"
#include "outboxpanel.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "syncstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace pakn;

namespace {

// Phường Hoàn Kiếm: its demo petitions are at every step of the handling.
const QString kOfficer = QStringLiteral("chuyenvien.hk");
const QString kLeader = QStringLiteral("lanhdao.hk");
const QString kFocal = QStringLiteral("daumoi.hk");
const QString kCityOffice = QStringLiteral("vanphong");
const QString kUnit = QStringLiteral("p-hoan-kiem");

QStringList wireNames(const QList<Command> &commands)
{
    QStringList names;
    for (Command c : commands)
        names << toWireName(c);
    return names;
}

} // namespace

/// The actions of the detail pane, against a real pakn-server: each role sees exactly the buttons the
/// workflow table allows on the same petition; a note typed by the officer waits in the outbox, is sent by
/// the sync and is then on the server; a command the server refuses is held with its reason until the officer
/// drops it.
class TestActionsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));

        // Petitions of the ward at four steps: one the officer works on (in progress), one awaiting the
        // leader's approval, one replied (for the city office to publish), one transferred to the ward.
        QTemporaryDir profile;
        AccountController account(profile.path(), test::memorySecrets());
        error = test::signInAndSync(&account, test::demoSignIn(m_server, kOfficer));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PetitionStore store(*account.cache());
        for (qint64 id : store.allIds()) {
            const Petition p = *store.petition(id);
            if (p.unitId != kUnit)
                continue;
            if (p.state == PetitionState::InProgress && p.assignee == kOfficer && !m_handling)
                m_handling = id;
            if (p.state == PetitionState::AwaitingApproval && !m_awaitingApproval)
                m_awaitingApproval = id;
            if (p.state == PetitionState::Replied && !m_replied)
                m_replied = id;
            if (p.state == PetitionState::Transferred && !m_transferred)
                m_transferred = id;
        }
        QVERIFY2(m_handling && m_awaitingApproval && m_replied && m_transferred,
                 "the demo data has them all");
    }

    void eachRoleSeesExactlyItsActions_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("expected");
        const QString handling = QStringLiteral("handling");
        const QString approval = QStringLiteral("approval");
        const QString replied = QStringLiteral("replied");
        const QString transferred = QStringLiteral("transferred");
        const QString note = QStringLiteral("note");
        QTest::newRow("officer, handling")
            << kOfficer << handling
            << QStringList{note, QStringLiteral("progress_update"), QStringLiteral("save_reply"),
                           QStringLiteral("submit_reply")};
        QTest::newRow("leader, handling")
            << kLeader << handling << QStringList{QStringLiteral("assign"), note};
        QTest::newRow("city office, handling") << kCityOffice << handling << QStringList{note};
        QTest::newRow("officer, awaiting approval") << kOfficer << approval << QStringList{note};
        QTest::newRow("leader, awaiting approval")
            << kLeader << approval << QStringList{note, QStringLiteral("approve"), QStringLiteral("return")};
        QTest::newRow("city office, awaiting approval") << kCityOffice << approval << QStringList{note};
        QTest::newRow("officer, replied") << kOfficer << replied << QStringList{note};
        QTest::newRow("city office, replied")
            << kCityOffice << replied
            << QStringList{note, QStringLiteral("publish"), QStringLiteral("send_back")};
        QTest::newRow("focal, transferred")
            << kFocal << transferred
            << QStringList{QStringLiteral("receive"), QStringLiteral("reject"), note};
        QTest::newRow("officer, transferred") << kOfficer << transferred << QStringList{note};
    }

    void eachRoleSeesExactlyItsActions()
    {
        QFETCH(QString, user);
        QFETCH(QString, step);
        QFETCH(QStringList, expected);
        const qint64 id = step == QLatin1String("handling")   ? m_handling
                          : step == QLatin1String("approval") ? m_awaitingApproval
                          : step == QLatin1String("replied")  ? m_replied
                                                              : m_transferred;
        test::DeskSession session(m_server, user);
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(test::selectPetition(session.window(), id));

        PetitionActions *actions = session.window()->detailView()->actions();
        QCOMPARE(wireNames(actions->shownCommands()), expected);
        // The same as the workflow table says for this user, standing worked out here from unit and assignee.
        const Petition p = *session.window()->detailView()->petition();
        Standing standing;
        standing.inUnit = p.unitId == session.account()->user().unitId;
        standing.inSubtree = standing.inUnit;
        standing.isAssignee = p.assignee == user;
        QCOMPARE(wireNames(workflow::allowedCommands(p.state, session.account()->user(), standing)),
                 expected);
        for (Command c : actions->shownCommands()) {
            QPushButton *button = actions->button(c);
            QTRY_VERIFY(button->isVisible()); // shown by the layout on the next event-loop turn
            QCOMPARE(button->text(), displayLabel(c));
            QVERIFY(!button->accessibleName().isEmpty());
        }
        QCOMPARE(actions->findChildren<QPushButton *>().size(), expected.size());
    }

    void noteWaitsInTheOutboxThenReachesTheServer()
    {
        // Every request of this server takes 700 ms: long enough to see the note wait in the outbox.
        test::ServerProcess slow({QStringLiteral("--fault-latency-ms"), QStringLiteral("700")});
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        test::DeskSession session(slow, kOfficer);
        error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(test::selectPetition(window, m_handling));
        const int versionBefore = int(window->detailView()->petition()->version);

        PetitionListModel *list = window->petitionModel();
        QAbstractItemModelTester listTester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        listTester.setUseFetchMore(false); // see tst_petition_models
        QAbstractItemModelTester outboxTester(window->detailOutboxModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(list, &QAbstractItemModel::modelReset);
        QSignalSpy queued(session.account(), &AccountController::commandQueued);

        // The officer clicks "Add internal note", types in Vietnamese and confirms.
        QPushButton *noteButton = window->detailView()->actions()->button(Command::Note);
        QVERIFY(noteButton);
        QTest::mouseClick(noteButton, Qt::LeftButton);
        auto *dialog = window->findChild<CommandDialog *>(QStringLiteral("commandDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("commandOk"));
        QVERIFY(!ok->isEnabled()); // a note needs its text
        const QString text = QStringLiteral("Đã gọi điện cho công dân, hẹn làm việc trực tiếp ngày 02/12.");
        test::commitText(dialog->editor(QStringLiteral("text")), text);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(queued.wait(10000) || !queued.isEmpty());
        QVERIFY2(queued.first().at(1).toBool(), qPrintable(queued.first().at(2).toString()));

        // It waits in the outbox, listed under the petition, and the status bar counts it.
        OutboxPanel *panel = window->detailView()->outboxPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 5000);
        const QModelIndex item = window->detailOutboxModel()->index(0, OutboxModel::ActionColumn);
        QCOMPARE(item.data().toString(), displayLabel(Command::Note));
        const QString state =
            window->detailOutboxModel()->index(0, OutboxModel::StateColumn).data().toString();
        QVERIFY2(state == OutboxModel::stateLabel(OutboxState::Queued) ||
                     state == OutboxModel::stateLabel(OutboxState::Sending),
                 qPrintable(state));
        // Counted on a reader thread (MainWindow::updatePending); every request takes 700 ms, so the note is
        // still waiting when the count arrives.
        QTRY_VERIFY_WITH_TIMEOUT(window->syncStatus()->pendingText() != SyncStatusWidget::tr("Outbox empty"),
                                 5000);

        // The sync sends it; the outbox empties and the cache holds the server's record with the note.
        QTRY_VERIFY_WITH_TIMEOUT(Outbox(*session.account()->cache()).count() == 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window->syncStatus()->pendingText(), SyncStatusWidget::tr("Outbox empty"),
                                  5000);
        const Petition after = *PetitionStore(*session.account()->cache()).petition(m_handling);
        QVERIFY(after.version > versionBefore);
        QVERIFY(!after.timeline.isEmpty());
        QCOMPARE(after.timeline.last().kind, toWireName(Command::Note));
        QCOMPARE(after.timeline.last().comment, text);
        QCOMPARE(after.timeline.last().actor, kOfficer);

        // The list took the change without a reset; the petition is still the selected one.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(window->petitionView()->currentIndex().data(PetitionListModel::PetitionIdRole).toLongLong(),
                 m_handling);
        QTRY_COMPARE(window->detailView()->petition()->version, after.version);

        // Another user's first sync brings the note from the server.
        QTemporaryDir otherProfile;
        AccountController leader(otherProfile.path(), test::memorySecrets());
        error = test::signInAndSync(&leader, test::demoSignIn(slow, kLeader));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Petition seen = *PetitionStore(*leader.cache()).petition(m_handling);
        QCOMPARE(seen.version, after.version);
        QCOMPARE(seen.timeline.last().comment, text);
    }

    void refusedCommandIsHeldWithItsReasonUntilDropped()
    {
        test::DeskSession session(m_server, kLeader);
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(test::selectPetition(window, m_handling));

        // Assign to someone who is no officer of the unit: the server refuses (422).
        QVERIFY(window->detailView()->actions()->trigger(Command::Assign));
        auto *dialog = window->findChild<CommandDialog *>(QStringLiteral("commandDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->editor(QStringLiteral("assignee")), QStringLiteral("khong.co.ai"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("commandOk")), Qt::LeftButton);

        OutboxModel *outbox = window->detailOutboxModel();
        QTRY_VERIFY_WITH_TIMEOUT(outbox->rowCount() == 1 &&
                                     outbox->index(0, OutboxModel::StateColumn).data().toString() ==
                                         OutboxModel::stateLabel(OutboxState::Failed),
                                 30000);
        QVERIFY(!outbox->index(0, OutboxModel::DetailColumn).data().toString().isEmpty());
        OutboxPanel *panel = window->detailView()->outboxPanel();
        auto *retry = panel->findChild<QPushButton *>(QStringLiteral("outboxRetry"));
        auto *drop = panel->findChild<QPushButton *>(QStringLiteral("outboxDrop"));
        QTRY_VERIFY(retry->isEnabled());
        QVERIFY(drop->isEnabled());
        QTRY_VERIFY(
            window->syncStatus()->pendingText().contains(QLatin1Char('1'))); // read on a reader thread

        QTest::mouseClick(drop, Qt::LeftButton);
        auto *confirm = window->findChild<QMessageBox *>(QStringLiteral("confirmDrop"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->rowCount(), 0, 10000);
        QCOMPARE(Outbox(*session.account()->cache()).count(), 0);
    }

private:
    test::ServerProcess m_server;
    qint64 m_handling = 0;
    qint64 m_awaitingApproval = 0;
    qint64 m_replied = 0;
    qint64 m_transferred = 0;
};

QTEST_MAIN(TestActionsGui)
#include "tst_actions_gui.moc"
