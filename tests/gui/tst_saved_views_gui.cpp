#include "calendar/deadlinepolicy.h"
#include "guitestsupport.h"
#include "inboxpolicy.h"
#include "mainwindow.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace pakn;

namespace {

/// What each saved view means, written again from domain.md and DESIGN.md §2.2 over whole petition records in
/// C++ — independently of the SQL in PetitionQuery — for the user and the day of `context`.
bool belongs(SavedView view, const Petition &p, const ViewContext &context, const QSet<qint64> &inOutbox)
{
    const WorkingCalendar calendar;
    const bool running = deadlineRuns(p.state) && p.dueDate.isValid();
    const DeadlineStatus status =
        deadlineStatus(p.dueDate, context.today, calendar, inbox::kDueSoonWorkingDays);
    const bool mine = !p.assignee.isEmpty() && p.assignee == context.username;
    switch (view) {
    case SavedView::All:
        return true;
    case SavedView::AssignedToMe:
        return mine && deadlineRuns(p.state);
    case SavedView::ToReceive:
        return (p.state == PetitionState::Submitted || p.state == PetitionState::Transferred) &&
               p.unitId == context.unitId;
    case SavedView::ToAssign:
        return (p.state == PetitionState::Received || p.state == PetitionState::Classified) &&
               p.assignee.isEmpty() && p.unitId == context.unitId;
    case SavedView::DueSoon:
        return running && status.state == DeadlineState::DueSoon;
    case SavedView::Overdue:
        return running && status.state == DeadlineState::Overdue;
    case SavedView::AwaitingMyApproval:
        return p.state == PetitionState::AwaitingApproval && context.unitSubtree.contains(p.unitId);
    case SavedView::ReturnedToMe:
        return mine && (p.state == PetitionState::SentBack ||
                        (p.state == PetitionState::InProgress && !p.timeline.isEmpty() &&
                         p.timeline.last().kind == toWireName(Command::Return)));
    case SavedView::Drafts:
        return false; // no reply drafts are written in these tests
    case SavedView::Outbox:
        return inOutbox.contains(p.id);
    case SavedView::MyUnit:
        return context.unitSubtree.contains(p.unitId);
    case SavedView::Published:
        return p.state == PetitionState::Published;
    }
    return false;
}

} // namespace

/// The saved-views pane as four kinds of users see it: which views it offers, that each count equals the
/// petitions of the view counted independently, and that clicking a view lists exactly those petitions.
class TestSavedViewsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void countsAndListsMatchTheirDefinition_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("notOffered");
        const QStringList personal = {QStringLiteral("assigned_to_me"),
                                      QStringLiteral("due_soon"),
                                      QStringLiteral("overdue"),
                                      QStringLiteral("returned_to_me"),
                                      QStringLiteral("drafts"),
                                      QStringLiteral("outbox"),
                                      QStringLiteral("all")};
        QTest::newRow("officer") << QStringLiteral("chuyenvien.xd")
                                 << personal + QStringList{QStringLiteral("my_unit")}
                                 << QStringList{QStringLiteral("to_receive"), QStringLiteral("to_assign"),
                                                QStringLiteral("awaiting_my_approval"),
                                                QStringLiteral("published")};
        QTest::newRow("leader") << QStringLiteral("lanhdao.xd")
                                << personal + QStringList{QStringLiteral("to_assign"),
                                                          QStringLiteral("awaiting_my_approval"),
                                                          QStringLiteral("my_unit"),
                                                          QStringLiteral("published")}
                                << QStringList{QStringLiteral("to_receive")};
        QTest::newRow("focal") << QStringLiteral("daumoi.xd")
                               << personal +
                                      QStringList{QStringLiteral("to_receive"), QStringLiteral("to_assign"),
                                                  QStringLiteral("my_unit"), QStringLiteral("published")}
                               << QStringList{QStringLiteral("awaiting_my_approval")};
        QTest::newRow("city office") << QStringLiteral("vanphong")
                                     << personal + QStringList{QStringLiteral("to_receive"),
                                                               QStringLiteral("published")}
                                     << QStringList{QStringLiteral("to_assign"),
                                                    QStringLiteral("awaiting_my_approval"),
                                                    QStringLiteral("my_unit")};
    }

    void countsAndListsMatchTheirDefinition()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        test::DeskSession session(m_server, user);
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        SavedViewModel *views = window->savedViewModel();
        QAbstractItemModelTester viewTester(views, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(window->petitionModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would call fetchMore from its own modelReset handler, before it considers the reset
        // over, and then flag the rows fetchMore inserts; the test fetches itself, and the tester checks
        // those.
        listTester.setUseFetchMore(false);

        QStringList shown;
        for (int row = 0; row < views->rowCount(); ++row) {
            const auto v = SavedView(views->index(row, 0).data(SavedViewModel::ViewRole).toInt());
            shown << savedViewId(v);
            QCOMPARE(views->index(row, SavedViewModel::NameColumn).data().toString(), savedViewLabel(v));
        }
        for (const QString &id : offered)
            QVERIFY2(shown.contains(id), qPrintable(id + QStringLiteral(" missing for ") + user));
        for (const QString &id : notOffered)
            QVERIFY2(!shown.contains(id), qPrintable(id + QStringLiteral(" offered to ") + user));

        // Every cached petition, and the outbox, read back from the cache as whole records.
        const auto cache = session.account()->cache();
        PetitionStore store(*cache);
        QList<Petition> petitions;
        for (qint64 id : store.allIds())
            petitions.append(*store.petition(id));
        QVERIFY(!petitions.isEmpty());
        QSet<qint64> inOutbox;
        for (const OutboxItem &item : Outbox(*cache).all())
            inOutbox.insert(item.petitionId);
        const ViewContext &context = window->petitionModel()->viewContext();
        QCOMPARE(context.username, user);
        if (user == QLatin1String("lanhdao.xd"))
            QCOMPARE(context.unitSubtree,
                     (QStringList{QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")}));

        int nonEmpty = 0;
        for (int row = 0; row < views->rowCount(); ++row) {
            const auto v = SavedView(views->index(row, 0).data(SavedViewModel::ViewRole).toInt());
            QList<const Petition *> expected;
            for (const Petition &p : std::as_const(petitions)) {
                if (belongs(v, p, context, inOutbox))
                    expected.append(&p);
            }
            std::sort(expected.begin(), expected.end(), [](const Petition *a, const Petition *b) {
                return a->receivedAt != b->receivedAt ? a->receivedAt > b->receivedAt : a->id > b->id;
            });
            const QString what = user + QLatin1Char('/') + savedViewId(v);
            const QModelIndex countCell = views->index(row, SavedViewModel::CountColumn);
            QVERIFY2(countCell.data(SavedViewModel::CountRole).toLongLong() == expected.size(),
                     qPrintable(what));
            QCOMPARE(countCell.data().toString(), QLocale().toString(qint64(expected.size())));
            nonEmpty += expected.isEmpty() ? 0 : 1;

            // Click the view: the list shows exactly its petitions, newest first.
            const QRect rect = window->savedViewsPane()->visualRect(views->index(row, 0));
            QTest::mouseClick(window->savedViewsPane()->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window->petitionModel()->filter().view, v);
            test::fetchAll(window->petitionModel());
            const QList<qint64> listed =
                test::columnValues(window->petitionModel(), PetitionListModel::PetitionIdRole);
            QList<qint64> expectedIds;
            for (const Petition *p : std::as_const(expected))
                expectedIds << p->id;
            QVERIFY2(listed == expectedIds, qPrintable(what));
        }
        QVERIFY2(nonEmpty >= 4, "the demo data fills most views");
    }

    void ctrlDigitChoosesTheNthView()
    {
        test::DeskSession session(m_server, QStringLiteral("chuyenvien.xd"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        const QList<SavedView> views = window->savedViewModel()->views();
        QVERIFY(views.size() >= 3);
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->petitionModel()->filter().view, views.at(2));
        QCOMPARE(window->savedViewsPane()->currentView(), views.at(2));
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->petitionModel()->filter().view, views.at(0));
        QCOMPARE(QApplication::focusWidget(), window->petitionView());
    }

    void listsAreAskedForBeforeTheWindowShows_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("atOnce");
        QTest::addColumn<QStringList>("subtree");
        QTest::newRow("officer") << QStringLiteral("chuyenvien.xd") << true
                                 << QStringList{QStringLiteral("so-xay-dung")};
        QTest::newRow("city office") << QStringLiteral("vanphong") << true
                                     << QStringList{QStringLiteral("vp-ubnd")};
        // A leader's subtree is the units in the cache: the lists wait for them (read off the GUI thread).
        QTest::newRow("leader") << QStringLiteral("lanhdao.xd") << false
                                << QStringList{QStringLiteral("so-xay-dung"),
                                               QStringLiteral("cc-giam-dinh-xd")};
    }

    void listsAreAskedForBeforeTheWindowShows()
    {
        QFETCH(QString, user);
        QFETCH(bool, atOnce);
        QFETCH(QStringList, subtree);
        test::DeskSession session(m_server, user);
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(test::waitForWindow(session.window()));

        // A second window over the same signed-in account, attached as Desk does before it shows the window.
        MainWindow window(session.account());
        window.attachCache();
        // No event has been processed yet: the first page and the views' counts are already on their reader
        // threads for whom the account alone says the views are for.
        QCOMPARE(window.petitionModel()->isLoading(), atOnce);
        QCOMPARE(window.savedViewModel()->isCounting(), atOnce);
        if (atOnce)
            QCOMPARE(window.petitionModel()->viewContext().unitSubtree, subtree);
        window.show();
        QVERIFY(test::waitForWindow(&window));
        QCOMPARE(window.petitionModel()->viewContext().unitSubtree, subtree);
        QVERIFY(window.petitionModel()->lastQueryThread() != QThread::currentThread());

        // The same counts and rows as the window that waited for the units in the cache first.
        const SavedViewModel *expected = session.window()->savedViewModel();
        QCOMPARE(window.savedViewModel()->views(), expected->views());
        for (SavedView v : expected->views())
            QVERIFY2(window.savedViewModel()->count(v) == expected->count(v), qPrintable(savedViewId(v)));
        QVERIFY(window.petitionModel()->rowCount() > 0);
        QCOMPARE(test::columnValues(window.petitionModel(), PetitionListModel::PetitionIdRole),
                 test::columnValues(session.window()->petitionModel(), PetitionListModel::PetitionIdRole));
        window.detachCache();
    }

private:
    test::ServerProcess m_server;
};

QTEST_MAIN(TestSavedViewsGui)
#include "tst_saved_views_gui.moc"
