#include "cachereader.h"
#include "desk.h"
#include "mainwindow.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "serverprocess.h"
#include "signindialog.h"
#include "store/cachedatabase.h"
#include "store/cacheseal.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

using namespace pakn;

/// The officer's first minute, as a user sees it: sign in through the dialog, watch the list fill, open a
/// petition. Runs the same composition root as pakn-desk, offscreen, against a real pakn-server.
class TestDeskGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(installTranslations(QStringLiteral("vi")));
    }

    void signInFillTheListAndShowADetail()
    {
        QSettings().clear(); // nothing remembered from another test
        QTemporaryDir profile;
        DeskOptions options;
        options.profileDir = profile.path();
        options.caFile = m_server.caFile();
        options.memorySecrets = true; // no desktop keychain here (tst_keychain covers it)
        auto desk = std::make_unique<Desk>(options);
        desk->start();

        SignInDialog *dialog = desk->signInDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The UI is in Vietnamese by default.
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Đăng nhập PAKN Desk"));
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(server && user && password && signIn && status);

        QTest::keyClicks(server, m_server.baseUrl().toString());
        QTest::keyClicks(user, QStringLiteral("chuyenvien.xd"));
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 30000);
        QVERIFY2(status->text().contains(QStringLiteral("mật khẩu")), qPrintable(status->text()));
        QVERIFY(dialog->isVisible());

        password->clear();
        QTest::keyClicks(password, QStringLiteral("pakn-demo"));
        QTest::mouseClick(signIn, Qt::LeftButton);

        MainWindow *window = desk->mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 30000);
        QVERIFY(!dialog->isVisible());
        QTableView *table = window->petitionView();
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // see tst_petition_models: fetchMore from the tester's reset handler
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"))
                ->text()
                .startsWith(QCoreApplication::translate("pakn::SyncStatusWidget", "Online")),
            60000);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Mã"));

        // Every listed petition belongs to the officer's unit, newest first.
        auto cache = desk->account()->cache();
        PetitionStore store(*cache);
        const int rows = table->model()->rowCount();
        QDateTime previous;
        for (int row = 0; row < rows; ++row) {
            const qint64 id =
                table->model()->index(row, 0).data(PetitionListModel::PetitionIdRole).toLongLong();
            const std::optional<Petition> p = store.petition(id);
            QVERIFY(p);
            QCOMPARE(p->unitId, QStringLiteral("so-xay-dung"));
            if (row > 0)
                QVERIFY(p->receivedAt <= previous);
            previous = p->receivedAt;
        }

        // Selecting the third row shows that petition in the detail pane.
        const QModelIndex third = table->model()->index(2, 0);
        table->setCurrentIndex(third);
        const qint64 id = third.data(PetitionListModel::PetitionIdRole).toLongLong();
        const Petition expected = *store.petition(id);
        PetitionDetailView *detail = window->detailView();
        // The record is read on the window's detail reader, not on the GUI thread: meanwhile the pane says
        // "Loading…" and offers no action.
        QVERIFY(detail->isLoading());
        QVERIFY(detail->petitionId() != id);
        QVERIFY(!detail->tabs()->isEnabled());
        QVERIFY(detail->grab().save(
            QDir(QStringLiteral(PAKN_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-detail-loading.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 30000);
        QVERIFY(!detail->isLoading());
        QVERIFY(detail->tabs()->isEnabled());
        QVERIFY(window->detailQueryThread() != nullptr);
        QVERIFY(window->detailQueryThread() != QThread::currentThread());
        QCOMPARE(window->detailQueryThread(), window->detailReader()->workerThread());
        // So are the reference data the pane names units and fields with.
        QVERIFY(!detail->isReferenceLoading());
        QVERIFY(detail->referenceQueryThread() != nullptr);
        QVERIFY(detail->referenceQueryThread() != QThread::currentThread());
        QCOMPARE(detail->referenceQueryThread(), detail->referenceReader()->workerThread());
        // So is the status bar's pending count.
        QVERIFY(window->pendingQueryThread() != nullptr);
        QCOMPARE(window->pendingQueryThread(), window->statusReader()->workerThread());
        QCOMPARE(detail->petitionId(), id);
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("detailHeading"))
                    ->text()
                    .contains(expected.title.toHtmlEscaped()));
        QCOMPARE(detail->findChild<QTextBrowser *>(QStringLiteral("detailContent"))->toPlainText(),
                 expected.content);
        const QString facts = detail->factsText();
        QVERIFY2(facts.contains(QStringLiteral("Trạng thái: ") + displayLabel(expected.state)),
                 qPrintable(facts));
        if (!expected.submitter.phone.isEmpty())
            QVERIFY2(!facts.contains(expected.submitter.phone), "the phone number must be masked");

        const QString shot =
            QDir(QStringLiteral(PAKN_TEST_OUTPUT_DIR)).filePath(QStringLiteral("gui-main-window.png"));
        QTest::qWait(100); // let the layouts settle before the picture
        QVERIFY(window->grab().save(shot));

        // Closing the desk closes the cache cleanly: it is sealed, so the next start skips the full check.
        const QString cacheFile = cache->filePath();
        cache.reset();
        desk.reset();
        QVERIFY2(QFile::exists(CacheSeal::pathFor(cacheFile)), qPrintable(cacheFile));
    }

    void screenshotModeWritesEveryPicture()
    {
        // pakn-desk itself, as scripts and the docs run it: --screenshot-dir writes every picture of
        // ScreenshotSession, --screenshot FILE still writes the main window alone.
        QDir out(QStringLiteral(PAKN_TEST_OUTPUT_DIR "/screenshots"));
        QVERIFY(out.removeRecursively() || !out.exists());
        for (const QString &user : {QStringLiteral("chuyenvien.hk"), QStringLiteral("lanhdao.hk")}) {
            QTemporaryDir profile;
            QProcess desk;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("pakn-demo"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), profile.filePath(QStringLiteral("config")));
            desk.setProcessEnvironment(env);
            desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            const QString dir = out.filePath(user);
            desk.start(QStringLiteral(PAKN_DESK_EXECUTABLE),
                       {QStringLiteral("--server"), m_server.baseUrl().toString(),
                        QStringLiteral("--ca-file"), m_server.caFile(), QStringLiteral("--user"), user,
                        QStringLiteral("--profile"), profile.path(), QStringLiteral("--screenshot-dir"),
                        dir});
            QVERIFY(desk.waitForFinished(120000));
            QCOMPARE(desk.exitCode(), 0);
            for (const QString &name : {QStringLiteral("main-window.png"), QStringLiteral("detail-pane.png"),
                                        QStringLiteral("search.png"), QStringLiteral("note-dialog.png")}) {
                const QImage image(QDir(dir).filePath(name));
                QVERIFY2(!image.isNull(), qPrintable(name));
                QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(name));
            }
            // Qt's own file dialog, in Vietnamese like the rest (translations/qt_vi.ts).
            QVERIFY(!QImage(QDir(dir).filePath(QStringLiteral("file-dialog.png"))).isNull());
            if (user ==
                QStringLiteral("chuyenvien.hk")) // the officer's run types a reply and attaches a file
                QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("reply-editor.png"))));
            // None of that typing is left in the profile's caches: no draft, no file, nothing queued.
            QDirIterator caches(profile.path(), {QStringLiteral("*.sqlite")}, QDir::Files,
                                QDirIterator::Subdirectories);
            while (caches.hasNext()) {
                const QString path = caches.next();
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("left"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                for (const char *sql : {"SELECT COUNT(*) FROM reply_drafts", "SELECT COUNT(*) FROM outbox",
                                        "SELECT COUNT(*) FROM attachments WHERE owner = 'me'"}) {
                    QSqlQuery q(db);
                    QVERIFY2(q.exec(QLatin1String(sql)) && q.next(), sql);
                    QVERIFY2(q.value(0).toInt() == 0,
                             qPrintable(path + QLatin1Char(' ') + QLatin1String(sql)));
                }
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("left"));
            }
        }

        QTemporaryDir profile;
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAKN_PASSWORD"), QStringLiteral("pakn-demo"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), profile.filePath(QStringLiteral("config")));
        desk.setProcessEnvironment(env);
        const QString file = out.filePath(QStringLiteral("single.png"));
        desk.start(QStringLiteral(PAKN_DESK_EXECUTABLE),
                   {QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--ca-file"),
                    m_server.caFile(), QStringLiteral("--user"), QStringLiteral("vanphong"),
                    QStringLiteral("--profile"), profile.path(), QStringLiteral("--screenshot"), file});
        QVERIFY(desk.waitForFinished(120000));
        QCOMPARE(desk.exitCode(), 0);
        QCOMPARE(QImage(file).size(), QSize(1500, 860));
    }

private:
    test::ServerProcess m_server;
};

QTEST_MAIN(TestDeskGui)
#include "tst_desk_gui.moc"
