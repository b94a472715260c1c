#include "accountdialog.h"
#include "bulkactions.h"
#include "cachereader.h"
#include "desk.h"
#include "desksettings.h"
#include "guitestsupport.h"
#include "inboxpolicy.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/accountcontroller.h"
#include "syncmark.h"
#include "trayicon.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace pakn;

namespace {

/// Reads the reference server's own database (what another client would see), on its own connection.
class ServerDatabase
{
public:
    explicit ServerDatabase(const test::ServerProcess &server)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(server.dataDir()).filePath(QStringLiteral("pakn-server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    ~ServerDatabase() { QSqlDatabase::removeDatabase(m_name); }

    QString value(const QString &sql, qint64 id) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }
    bool exec(const QString &sql) const { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }

private:
    QString m_name;
};

qint64 outboxCount(AccountController *account)
{
    const auto cache = account->cache();
    return cache ? Outbox(*cache).count() : -1;
}

QList<int> rowsWhere(PetitionListModel *model, const std::function<bool(const PetitionRow &)> &accept,
                     int max)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount() && int(rows.size()) < max; ++row) {
        if (accept(model->rowAt(row)))
            rows.append(row);
    }
    return rows;
}

/// Rows of the (fully fetched) list that `user` may assign, by the workflow table.
QList<int> assignableRows(PetitionListModel *model, const User &user, int max)
{
    return rowsWhere(
        model,
        [&user](const PetitionRow &r) {
            return workflow::apply(Command::Assign, r.state, user,
                                   inbox::standing(user, {user.unitId}, r.unitId, r.assignee))
                .has_value();
        },
        max);
}

void selectRows(PetitionListView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

/// The workspace around the list, as an officer meets it: settings checked before they are kept, the account
/// dialog's sign-out (with and without wiping the cache), a session that ends while work is queued, several
/// petitions handled at once with their rows showing what is waiting, and the due-soon count. Against a real
/// pakn-server over HTTPS, offscreen.
class TestShellGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void settingsAreCheckedBeforeTheyAreKept()
    {
        test::DeskSession session(m_server, QStringLiteral("chuyenvien.xd"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SettingsDialog *dialog = session.desk().showSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("settingsServerEdit"));
        auto *ca = dialog->findChild<QLineEdit *>(QStringLiteral("settingsCaFileEdit"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguageCombo"));
        auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("settingsSyncIntervalSpin"));
        auto *notify = dialog->findChild<QCheckBox *>(QStringLiteral("settingsNotificationsCheck"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("settingsLanguageNote"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("settingsOkButton"));
        QVERIFY(server && ca && language && interval && notify && note && save);
        // What the sign-in used is shown; the language follows the system until chosen.
        QCOMPARE(server->text(), m_server.baseUrl().toString());
        QCOMPARE(language->currentData().toString(), LanguageChoice::system);

        // Plain http is refused with a reason, and nothing is saved.
        server->setText(QStringLiteral("http://pakn.example.vn"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("https://")),
                 qPrintable(dialog->problemText()));
        QCOMPARE(QSettings().value(QStringLiteral("signIn/server")).toString(),
                 m_server.baseUrl().toString());

        // A CA file that is not PEM is refused; the entered values stay.
        server->setText(m_server.baseUrl().toString());
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("this is not a certificate\n");
        notPem.flush();
        ca->setText(notPem.fileName());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("PEM")), qPrintable(dialog->problemText()));
        QCOMPARE(ca->text(), notPem.fileName());

        // Good values are kept; the new language waits for a restart, and says so.
        ca->setText(m_server.caFile());
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(note->text(), SettingsDialog::tr("The new language applies after PAKN Desk is restarted."));
        interval->setValue(15);
        notify->setChecked(false);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        const DeskSettings kept = DeskSettings::load();
        QCOMPARE(kept.caFile, m_server.caFile());
        QCOMPARE(kept.language, QStringLiteral("en"));
        QCOMPARE(kept.syncIntervalMinutes, 15);
        QVERIFY(!kept.notifications);
        QCOMPARE(LanguageChoice::resolve(kept.language, {QStringLiteral("vi-VN")}), QStringLiteral("en"));
        QVERIFY(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    }

    void signOutKeepsOrWipesTheCache()
    {
        test::DeskSession session(m_server, QStringLiteral("daumoi.xd"));
        QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        AccountController *account = session.account();
        const QString cachePath = account->cache()->filePath();
        QVERIFY(QFile::exists(cachePath));

        // One action the server refuses stays in the outbox, marked on its row as needing the user.
        window->savedViewsPane()->selectView(SavedView::All);
        test::fetchAll(window->petitionModel());
        const QList<int> assignable = assignableRows(window->petitionModel(), account->user(), 1);
        QVERIFY2(!assignable.isEmpty(), "no petition to assign");
        const qint64 id = window->petitionModel()->rowAt(assignable.first()).id;
        account->enqueueCommand(id, Command::Assign,
                                {{QStringLiteral("assignee"), QStringLiteral("no.such")}});
        QTRY_COMPARE_WITH_TIMEOUT(window->petitionModel()
                                      ->index(window->petitionModel()->rowOfPetition(id), 0)
                                      .data(PetitionListModel::SyncStateRole),
                                  QVariant(int(OutboxState::Failed)), 30000);
        const QModelIndex code =
            window->petitionModel()->index(window->petitionModel()->rowOfPetition(id), 0);
        QVERIFY(code.data(Qt::ToolTipRole).toString().contains(syncmark::label(OutboxState::Failed)));
        QVERIFY(!code.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(outboxCount(account), 1);

        // Sign out, keeping the cache: the window goes, the sign-in dialog comes back prefilled.
        session.desk().showAccount();
        QTRY_VERIFY(session.desk().accountDialog());
        AccountDialog *dialog = session.desk().accountDialog();
        // Its details (the unit's name, the outbox's count) were read on the reader's thread.
        QVERIFY(session.desk().accountQueryThread() != QThread::currentThread());
        QCOMPARE(session.desk().accountQueryThread(), session.desk().accountReader()->workerThread());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("accountUser"))->text(),
                 QStringLiteral("daumoi.xd"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountRoles"))
                    ->text()
                    .contains(displayLabel(Role::Focal)));
        QDialog *confirm = dialog->confirmSignOut();
        auto *warning = confirm->findChild<QLabel *>(QStringLiteral("signOutWarning"));
        QCOMPARE(warning->text(), AccountDialog::signOutWarning(false, 1));
        QSignalSpy signedOut(account, &AccountController::signedOut);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("signOutConfirmButton")),
                          Qt::LeftButton);
        QVERIFY(signedOut.wait(30000));
        QVERIFY(!window->isVisible());
        SignInDialog *signIn = session.desk().signInDialog();
        QTRY_VERIFY(signIn->isVisible());
        QCOMPARE(signIn->request().username, QStringLiteral("daumoi.xd"));
        QCOMPARE(signIn->request().serverUrl, m_server.baseUrl());
        QVERIFY(QFile::exists(cachePath));

        // Back in: the refused action is still there.
        signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(test::kDemoPassword);
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 30000);
        QCOMPARE(outboxCount(account), 1);

        // Sign out wiping the cache: the warning counts what is lost, and no cache file is left.
        session.desk().showAccount();
        QTRY_VERIFY(session.desk().accountDialog());
        dialog = session.desk().accountDialog();
        confirm = dialog->confirmSignOut();
        warning = confirm->findChild<QLabel *>(QStringLiteral("signOutWarning"));
        confirm->findChild<QCheckBox *>(QStringLiteral("wipeCacheCheck"))->setChecked(true);
        QCOMPARE(warning->text(), AccountDialog::signOutWarning(true, 1));
        QVERIFY(warning->text().contains(QLatin1Char('1')));
        signedOut.clear();
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("signOutConfirmButton")),
                          Qt::LeftButton);
        QVERIFY(signedOut.wait(30000));
        QVERIFY(!QFile::exists(cachePath));
        QVERIFY(!QDir(QFileInfo(cachePath).absolutePath()).exists());
        QTRY_VERIFY(signIn->isVisible());
    }

    void anEndedSessionLosesNothing()
    {
        // Short-lived access tokens, and every session revoked on the server while the officer works.
        test::ServerProcess server({QStringLiteral("--access-token-ttl"), QStringLiteral("5")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        test::DeskSession session(server, QStringLiteral("chuyenvien.xd"));
        error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        AccountController *account = session.account();
        window->savedViewsPane()->selectView(SavedView::AssignedToMe);
        QVERIFY(test::waitForList(window->petitionModel()));
        QVERIFY2(window->petitionModel()->rowCount() > 0, "nothing assigned to chuyenvien.xd");
        window->petitionView()->selectRow(0);
        QVERIFY(test::waitForWindow(window)); // the petition's record, read on the detail reader
        const qint64 id = window->detailView()->petitionId();
        QVERIFY(id != 0);

        ServerDatabase serverDb(server);
        QVERIFY(serverDb.exec(QStringLiteral("DELETE FROM sessions")));
        QSignalSpy expired(account, &AccountController::sessionExpired);

        // The officer adds a note: it is queued, the sync that follows finds the session gone.
        QVERIFY(window->detailView()->actions()->trigger(Command::Note));
        auto *note = window->findChild<QDialog *>(QStringLiteral("commandDialog"));
        QVERIFY(note);
        const QString text = QStringLiteral("Written while the session was ending %1").arg(id);
        note->findChild<QPlainTextEdit *>(QStringLiteral("field_text"))->setPlainText(text);
        note->accept();
        QVERIFY(expired.wait(60000));
        SignInDialog *signIn = session.desk().signInDialog();
        QTRY_VERIFY(signIn->isVisible());
        QVERIFY(window->isVisible()); // still readable, offline
        QCOMPARE(signIn->request().username, QStringLiteral("chuyenvien.xd"));
        QVERIFY(signIn->request().password.isEmpty());
        QCOMPARE(outboxCount(account), 1);
        QTRY_COMPARE(window->petitionModel()
                         ->index(window->petitionModel()->rowOfPetition(id), 0)
                         .data(PetitionListModel::SyncStateRole),
                     QVariant(int(OutboxState::Queued)));

        // Signing in again sends what waited; the note reaches the server once.
        QTest::keyClicks(signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), test::kDemoPassword);
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isVisible(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(account), 0, 60000);
        const QString timeline =
            serverDb.value(QStringLiteral("SELECT timeline FROM petitions WHERE id = ?"), id);
        QCOMPARE(timeline.count(text), 1);
        QTRY_VERIFY(!window->petitionModel()
                         ->index(window->petitionModel()->rowOfPetition(id), 0)
                         .data(PetitionListModel::SyncStateRole)
                         .isValid());
    }

    void bulkAssignReachesTheServer()
    {
        test::DeskSession session(m_server, QStringLiteral("daumoi.xd"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        PetitionListModel *model = window->petitionModel();
        BulkActions *bulk = window->bulkActions();
        QAction *assign = bulk->action(Command::Assign);

        // A selection where one petition may not be assigned: the action is off.
        window->savedViewsPane()->selectView(SavedView::All);
        test::fetchAll(model);
        const User &user = session.account()->user();
        const QList<int> closed = rowsWhere(
            model,
            [](const PetitionRow &r) {
                return r.state == PetitionState::Published || r.state == PetitionState::Archived;
            },
            1);
        QVERIFY2(!closed.isEmpty(), "no closed petition in the cache");
        QList<qint64> ids;
        for (int row : assignableRows(model, user, 3))
            ids.append(model->rowAt(row).id);
        {
            QMap<QString, int> states;
            for (int r = 0; r < model->rowCount(); ++r)
                states[toWireName(model->rowAt(r).state) + QLatin1Char('/') + model->rowAt(r).unitId +
                       QLatin1Char('/') + model->rowAt(r).assignee]++;
        }
        QVERIFY2(ids.size() == 3, "fewer than 3 petitions to assign");
        auto rowsOf = [model](const QList<qint64> &petitions) {
            QList<int> rows;
            for (qint64 id : petitions)
                rows.append(model->rowOfPetition(id));
            return rows;
        };
        selectRows(window->petitionView(), rowsOf(ids.mid(0, 2)) << closed.first());
        QCOMPARE(bulk->selection().size(), 3);
        QVERIFY(!assign->isEnabled());
        QVERIFY(!window->bulkActions()->trigger(Command::Assign));

        // The three assignable ones, assigned at once through one dialog.
        ServerDatabase serverDb(m_server);
        auto assignments = [&serverDb](qint64 id) {
            return serverDb.value(QStringLiteral("SELECT timeline FROM petitions WHERE id = ?"), id)
                .count(QStringLiteral("\"kind\":\"assign\""));
        };
        QMap<qint64, qsizetype> assignedBefore;
        for (qint64 id : ids)
            assignedBefore.insert(id, assignments(id));
        selectRows(window->petitionView(), rowsOf(ids));
        QCOMPARE(bulk->selection().size(), 3);
        QVERIFY(assign->isEnabled());
        QVERIFY(!bulk->action(Command::Publish)->isEnabled()); // not a city-office user
        assign->trigger();
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("bulkCommandDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *heading = dialog->findChild<QLabel *>(QStringLiteral("commandPetition"));
        for (qint64 id : ids)
            QVERIFY(heading->text().contains(model->rowAt(model->rowOfPetition(id)).code));
        auto *officer = dialog->findChild<QLineEdit *>(QStringLiteral("field_assignee"));
        QVERIFY(officer);
        QTest::keyClicks(officer, QStringLiteral("chuyenvien2.xd"));
        QSignalSpy queued(session.account(), &AccountController::commandQueued);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("commandOk")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 3, 10000);
        for (const QList<QVariant> &args : std::as_const(queued))
            QVERIFY(args.at(1).toBool());

        // Each row is marked while its command waits, and the mark goes once it is sent.
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(session.account()), 0, 60000);
        for (qint64 id : ids) {
            QCOMPARE(serverDb.value(QStringLiteral("SELECT assignee FROM petitions WHERE id = ?"), id),
                     QStringLiteral("chuyenvien2.xd"));
            QCOMPARE(assignments(id), assignedBefore.value(id) + 1); // applied once each
        }
        window->savedViewsPane()->selectView(SavedView::All);
        test::fetchAll(model);
        for (qint64 id : ids) {
            const int row = model->rowOfPetition(id);
            QVERIFY(row >= 0);
            QTRY_COMPARE(model->rowAt(row).assignee, QStringLiteral("chuyenvien2.xd"));
            QVERIFY(!model->index(row, 0).data(PetitionListModel::SyncStateRole).isValid());
        }
    }

    void dueSoonCountAndNotifications()
    {
        QSettings().clear();
        auto session = std::make_unique<test::DeskSession>(m_server, QStringLiteral("chuyenvien.hk"),
                                                           test::DeskSession::KeepSettings);
        DueSoonTray *tray = session->window()->dueSoonTray();
        QSignalSpy notified(tray, &DueSoonTray::notified);
        const QString error = session->open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session->window();

        // The count is the officer's own petitions overdue and due soon, as the saved views list them.
        qint64 expected = 0;
        QList<qint64> expectedIds;
        for (const PetitionFilter &f : DueSoonTray::attentionFilters(session->account()->user())) {
            PetitionQuery query(session->account()->cache()->connection(),
                                window->petitionModel()->viewContext());
            expected += query.count(f);
            for (const PetitionRow &r : query.page(f, 0, 1000))
                expectedIds.append(r.id);
        }
        QVERIFY2(expected > 0, "chuyenvien.hk has nothing due");
        QTRY_COMPARE(qint64(tray->count()), expected);
        // Counted on the tray's reader thread, never on the GUI thread.
        QVERIFY(tray->lastQueryThread() != nullptr);
        QVERIFY(tray->lastQueryThread() != QThread::currentThread());
        QCOMPARE(tray->lastQueryThread(), tray->reader()->workerThread());
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("(%1) ").arg(expected)),
                 qPrintable(window->windowTitle()));
        // Offscreen there is no system tray: no icon, the rest still works.
        QCOMPARE(tray->trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());

        // Named once, each petition once.
        QTRY_COMPARE(notified.size(), 1);
        QList<qint64> named = notified.first().at(2).value<QList<qint64>>();
        std::sort(named.begin(), named.end());
        std::sort(expectedIds.begin(), expectedIds.end());
        QCOMPARE(named, expectedIds);
        // A sync and a count after it name nothing again.
        QCOMPARE(test::syncAndWait(session->account()), QString()); // up to 2 min: once over 1 min under ASan
        QSignalSpy counted(tray, &DueSoonTray::counted);
        tray->refresh();
        QVERIFY(counted.wait(30000));
        QCOMPARE(qint64(tray->count()), expected);
        QCOMPARE(notified.size(), 1);

        // Not again the same day, after a restart either.
        session.reset();
        session = std::make_unique<test::DeskSession>(m_server, QStringLiteral("chuyenvien.hk"),
                                                      test::DeskSession::KeepSettings);
        QSignalSpy again(session->window()->dueSoonTray(), &DueSoonTray::notified);
        QVERIFY(session->open().isEmpty());
        QTRY_COMPARE(qint64(session->window()->dueSoonTray()->count()), expected);
        // Every count the window asked for has answered (each names what it finds new at once).
        QVERIFY(test::waitForWindow(session->window()));
        QTRY_VERIFY(!session->window()->dueSoonTray()->isCounting());
        QCOMPARE(again.size(), 0);

        // The badge is drawn on the icon.
        const QImage plain = DueSoonTray::badgeIcon(QIcon(), 0).pixmap(32).toImage();
        const QImage badged = DueSoonTray::badgeIcon(QIcon(), 7).pixmap(32).toImage();
        QVERIFY(plain.isNull());
        QVERIFY(!badged.isNull());
        QCOMPARE(badged.pixelColor(27, 5).red() > 150, true);
    }

private:
    test::ServerProcess m_server;
};

QTEST_MAIN(TestShellGui)
#include "tst_shell_gui.moc"
