#include "dashboardwindow.h"
#include "filterbar.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "outboxmodel.h"
#include "outboxpanel.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "shortcutsdialog.h"
#include "store/referencestore.h"
#include "syncstatuswidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace pakn;

/// The main window as a keyboard and screen-reader user meets it, and what it remembers: shortcuts and their
/// list, accessible names, the column chooser, sorting and filtering from the list's header and filter bar,
/// the status bar, and the layout kept across restarts.
class TestMainWindowGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void shortcutsAreListedAndDistinct()
    {
        test::DeskSession session(m_server, QStringLiteral("lanhdao.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();

        QStringList keys;
        for (QAction *a : window->shortcutActions()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            const QString k = a->shortcut().toString();
            QVERIFY2(!keys.contains(k), qPrintable(QStringLiteral("two actions on ") + k));
            keys << k;
        }
        for (const char *expected :
             {"F5", "Ctrl+F", "Ctrl+1", "Ctrl+9", "Ctrl+Shift+N", "F1", "Ctrl+L", "Ctrl+0"})
            QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);

        QTest::keyClick(window, Qt::Key_F1);
        auto *dialog = window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        QCOMPARE(list->topLevelItemCount(), int(dialog->entries().size()));
        QStringList listed;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed << list->topLevelItem(i)->text(1);
        for (const QString &k : std::as_const(keys))
            QVERIFY2(listed.contains(QKeySequence(k).toString(QKeySequence::NativeText)), qPrintable(k));
        QVERIFY(listed.contains(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
        dialog->close();
    }

    void keyboardOnlyWalkThrough()
    {
        test::DeskSession session(m_server, QStringLiteral("chuyenvien.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();

        // Ctrl+1: the first view (assigned to me); Down selects a petition; Enter goes to its first action.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->petitionModel()->filter().view, SavedView::AssignedToMe);
        QVERIFY(test::waitForList(window->petitionModel()));
        QCOMPARE(QApplication::focusWidget(), window->petitionView());
        QTest::keyClick(window->petitionView(), Qt::Key_Down);
        QVERIFY(test::waitForWindow(window)); // the petition's record comes from the detail reader
        QVERIFY(window->detailView()->petitionId() != 0);
        QTest::keyClick(window->petitionView(), Qt::Key_Return);
        PetitionActions *actions = window->detailView()->actions();
        QVERIFY(!actions->shownCommands().isEmpty());
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(actions->button(actions->shownCommands().first())));

        // Ctrl+Shift+N opens the note dialog for the shown petition; Escape closes it.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *dialog = window->findChild<QWidget *>(QStringLiteral("commandDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());

        // Ctrl+L back to the list, Ctrl+0 to the views, F5 syncs.
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window->petitionView());
        QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window->savedViewsPane());
        QSignalSpy synced(session.account(), &AccountController::syncFinished);
        QTest::keyClick(window, Qt::Key_F5);
        // Not QSignalSpy::wait(): the sync thread may emit before it begins (test::syncAndWait).
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QTRY_VERIFY(window->syncStatus()->statusText().startsWith(SyncStatusWidget::tr("Online")));
    }

    void everyControlHasAnAccessibleName()
    {
        test::DeskSession session(m_server, QStringLiteral("lanhdao.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(test::selectPetition(
            window,
            window->petitionModel()->index(0, 0).data(PetitionListModel::PetitionIdRole).toLongLong()));
        QTest::qWait(50);
        int checked = 0;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QTextEdit *>(w);
            if (!control || w->parentWidget()->inherits("QAbstractScrollArea"))
                continue;
            QString name = w->accessibleName();
            if (name.isEmpty())
                if (auto *b = qobject_cast<QAbstractButton *>(w))
                    name = b->text();
            QVERIFY2(!name.remove(QLatin1Char('&')).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2)").arg(
                         w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
            ++checked;
        }
        QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    }

    /// The list reads a screenful first; a taller window gets its list filled (the view fetches more) and a
    /// larger first read for the next filter.
    void aTallWindowFillsItsList()
    {
        test::DeskSession session(m_server, QStringLiteral("vanphong"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        PetitionListView *view = window->petitionView();
        PetitionListModel *model = window->petitionModel();
        QVERIFY(test::waitForList(model));
        QVERIFY2(model->totalCount() > PetitionListModel::kMinFirstPage, "the demo data is too small");
        QCOMPARE(model->rowCount(), PetitionListModel::kMinFirstPage);
        // Filled: every row the viewport has room for is there (or every row there is).
        auto filled = [view, model] {
            const int last = model->rowCount() - 1;
            return last >= 0 && (model->rowCount() == model->totalCount() ||
                                 view->visualRect(model->index(last, 0)).top() >= view->viewport()->height());
        };
        QVERIFY(filled());

        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        window->resize(window->width(), window->height() + 250 * rowHeight);
        QTRY_VERIFY(view->viewport()->height() > 200 * rowHeight);
        QTRY_VERIFY_WITH_TIMEOUT(filled() && !model->isFetching(), 30000);
        QCOMPARE(model->firstPageRows(), PetitionListModel::pageSize()); // more than a page shows: capped
        PetitionFilter f = model->filter();
        f.sortOrder = f.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        int firstRead = -1;
        const QMetaObject::Connection once = connect(model, &PetitionListModel::loaded, this, [&] {
            if (firstRead < 0)
                firstRead = model->rowCount();
        });
        model->setFilter(f);
        QVERIFY(test::waitForList(model));
        QTRY_VERIFY_WITH_TIMEOUT(filled() && !model->isFetching(), 30000);
        disconnect(once);
        QCOMPARE(firstRead, PetitionListModel::pageSize());
    }

    void sortAndFilterFromTheListAndTheFilterBar()
    {
        test::DeskSession session(m_server, QStringLiteral("vanphong"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        PetitionListView *view = window->petitionView();
        PetitionListModel *model = window->petitionModel();

        // A click on the deadline header sorts by deadline.
        QHeaderView *header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(PetitionListModel::DeadlineColumn) +
                      header->sectionSize(PetitionListModel::DeadlineColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model->filter().sortKey, SortKey::Deadline);
        test::fetchAll(model);
        QDate previous;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, PetitionListModel::DeadlineColumn).data().toString();
            const QDate due = QDate::fromString(text.left(10), QStringLiteral("dd/MM/yyyy"));
            if (!due.isValid())
                break; // petitions without a deadline come last
            if (previous.isValid())
                QVERIFY(model->filter().sortOrder == Qt::AscendingOrder ? previous <= due : previous >= due);
            previous = due;
        }

        // The channel menu narrows the list to Zalo.
        auto *channels = window->filterBar()->findChild<QToolButton *>(QStringLiteral("channelFilter"));
        QAction *zalo = nullptr;
        for (QAction *a : channels->menu()->actions()) {
            if (a->text() == displayLabel(Channel::Zalo))
                zalo = a;
        }
        QVERIFY(zalo);
        zalo->setChecked(true);
        Q_EMIT channels->menu()->triggered(zalo);
        QCOMPARE(model->filter().channels, QList<Channel>{Channel::Zalo});
        test::fetchAll(model);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, PetitionListModel::ChannelColumn).data().toString(),
                     displayLabel(Channel::Zalo));
        QVERIFY(channels->text().contains(QStringLiteral("(1)")));
        auto *clear = window->filterBar()->findChild<QToolButton *>(QStringLiteral("clearFilters"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(model->filter().channels.isEmpty());
    }

    void columnsAndLayoutAreRemembered()
    {
        QSplitter *splitter = nullptr;
        QList<int> sizes;
        {
            test::DeskSession session(m_server, QStringLiteral("chuyenvien.hk"));
            const QString error = session.open();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            MainWindow *window = session.window();
            PetitionListView *view = window->petitionView();
            QVERIFY(view->horizontalHeader()->isSectionHidden(PetitionListModel::AssigneeColumn));

            // Show the assignee column from the header's context menu.
            QTimer::singleShot(0, this, [] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *a : menu->actions()) {
                    if (a->text() == PetitionListModel()
                                         .headerData(PetitionListModel::AssigneeColumn, Qt::Horizontal)
                                         .toString())
                        a->trigger();
                }
                menu->close();
            });
            view->showColumnMenu(QPoint(10, 5));
            QVERIFY(!view->horizontalHeader()->isSectionHidden(PetitionListModel::AssigneeColumn));

            splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 700, 500});
            sizes = splitter->sizes();
            window->savedViewsPane()->selectView(SavedView::Overdue);
            window->close();
        }
        // Start again (settings kept): the same columns, panes and view.
        test::DeskSession session(m_server, QStringLiteral("chuyenvien.hk"), test::DeskSession::KeepSettings);
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(
            !window->petitionView()->horizontalHeader()->isSectionHidden(PetitionListModel::AssigneeColumn));
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(window->petitionModel()->filter().view, SavedView::Overdue);
        QCOMPARE(window->savedViewsPane()->currentView(), SavedView::Overdue);
    }

    void columnWidthsAreSavedOnceTheResizingStops()
    {
        const QString key = QStringLiteral("petitionList/header");
        QSettings().remove(key);
        PetitionListModel model;
        QByteArray last;
        int width = 0;
        {
            PetitionListView view;
            view.setPetitionModel(&model);
            view.resize(900, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTRY_VERIFY(!view.isHeaderSaveDue()); // the first layout's sizes, saved once
            QHeaderView *header = view.horizontalHeader();
            QCOMPARE(QSettings().value(key).toByteArray(), header->saveState());

            // A drag: many resizes, none written while they go on; one save after they stop.
            const QByteArray before = QSettings().value(key).toByteArray();
            width = header->sectionSize(PetitionListModel::CodeColumn);
            for (int step = 1; step <= 20; ++step)
                header->resizeSection(PetitionListModel::CodeColumn, width + 3 * step);
            QVERIFY(view.isHeaderSaveDue());
            QCOMPARE(QSettings().value(key).toByteArray(), before);
            QTRY_VERIFY(!view.isHeaderSaveDue());
            QCOMPARE(QSettings().value(key).toByteArray(), header->saveState());
            QVERIFY(QSettings().value(key).toByteArray() != before);

            // Closed before the save was due: saved then.
            header->resizeSection(PetitionListModel::CodeColumn, width);
            QVERIFY(view.isHeaderSaveDue());
            last = header->saveState();
            QVERIFY(QSettings().value(key).toByteArray() != last);
        }
        QCOMPARE(QSettings().value(key).toByteArray(), last);
        // A new view comes back with the width the column had when the last one closed.
        PetitionListView again;
        again.setPetitionModel(&model);
        QCOMPARE(again.horizontalHeader()->sectionSize(PetitionListModel::CodeColumn), width);
    }

    void theReferenceDataReachesTheWholeWindow()
    {
        // The reference data carries the year's decisions (make-up working days, extra days off); the days
        // left, "due soon" and the dashboard count on them, as the server's deadlines do.
        test::DeskSession session(m_server, QStringLiteral("chuyenvien.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::optional<ReferenceData> reference = ReferenceStore(*session.account()->cache()).load();
        QVERIFY(reference);
        QVERIFY(!reference->calendarOverrides.isEmpty()); // the demo publishes decisions
        MainWindow *window = session.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->calendar().overrides() == reference->calendarOverrides, 10000);
        QVERIFY(window->petitionModel()->calendar().overrides() == reference->calendarOverrides);
        // The status bar names the user's unit, not its id.
        const QLabel *user = window->findChild<QLabel *>(QStringLiteral("userLabel"));
        QVERIFY(user);
        QTRY_VERIFY(user->text().endsWith(QStringLiteral(" · ") +
                                          reference->unit(QStringLiteral("p-hoan-kiem"))->name));
        window->showDashboard();
        QVERIFY(window->dashboard());
        QTRY_VERIFY_WITH_TIMEOUT(!window->dashboard()->snapshot().today.isNull(), 20000);
        QVERIFY(window->dashboard()->snapshot().calendar.overrides() == reference->calendarOverrides);
    }

    void offlineWorkWaitsInTheOutbox()
    {
        // On the train: the server cannot be reached, the officer still adds a note.
        test::ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        test::DeskSession session(server, QStringLiteral("chuyenvien.hk"));
        error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(window->syncStatus()->statusText().startsWith(SyncStatusWidget::tr("Online")));
        QCOMPARE(window->syncStatus()->pendingText(), SyncStatusWidget::tr("Outbox empty"));
        server.stop();

        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(test::waitForList(window->petitionModel()));
        QTest::keyClick(window->petitionView(), Qt::Key_Down);
        QVERIFY(test::waitForWindow(window)); // the petition's record comes from the detail reader
        const qint64 id = window->detailView()->petitionId();
        QVERIFY(id != 0);
        QSignalSpy synced(session.account(), &AccountController::syncFinished);
        QVERIFY(window->detailView()->actions()->trigger(Command::Note));
        auto *dialog = window->findChild<QWidget *>(QStringLiteral("commandDialog"));
        QVERIFY(dialog);
        test::commitText(dialog->findChild<QWidget *>(QStringLiteral("field_text")),
                         QStringLiteral("Ghi chú soạn khi không có mạng."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("commandOk")), Qt::LeftButton);

        // The sync that follows fails: offline, and the note waits with the time of the next try.
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
        QTRY_VERIFY(window->syncStatus()->statusText().startsWith(SyncStatusWidget::tr("Offline")));
        QTRY_COMPARE(window->syncStatus()->pendingText(),
                     SyncStatusWidget::tr("%Ln waiting to be sent", nullptr, 1));
        OutboxModel *outbox = window->detailOutboxModel();
        QTRY_COMPARE(outbox->rowCount(), 1);
        QCOMPARE(outbox->index(0, OutboxModel::StateColumn).data().toString(),
                 OutboxModel::stateLabel(OutboxState::Queued));
        QVERIFY(outbox->index(0, 0).data(OutboxModel::CanDropRole).toBool());
        QVERIFY(!outbox->index(0, 0).data(OutboxModel::CanRetryRole).toBool());
        QVERIFY(window->detailView()->outboxPanel()->isVisible());
        // The petition is in the "Outbox" view.
        window->savedViewsPane()->selectView(SavedView::Outbox);
        QTRY_COMPARE(test::columnValues(window->petitionModel(), PetitionListModel::PetitionIdRole),
                     QList<qint64>{id});
    }

private:
    test::ServerProcess m_server;
};

QTEST_MAIN(TestMainWindowGui)
#include "tst_main_window_gui.moc"
