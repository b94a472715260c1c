#include "accountdialog.h"
#include "bulkactions.h"
#include "commanddialog.h"
#include "desk.h"
#include "desksettings.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "settingsdialog.h"
#include "signindialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTest>

using namespace pakn;

namespace {

/// The focusable controls under `root` (itself included) that a screen reader would announce without a
/// name: neither an accessible name, nor a text of their own (buttons, check boxes), nor a label buddy —
/// as QAccessible reports it. The editors inside spin and combo boxes belong to their box; a widget with a
/// focus proxy never takes the focus itself.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QDialog *>(w) ||
            qobject_cast<QMainWindow *>(w))
            continue;
        if (w->focusProxy())
            continue; // focus goes to the proxy (e.g. a tab widget's tab bar), which is checked itself
        QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.remove(QLatin1Char('&')).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
    }
    return unnamed;
}

int focusableCount(QWidget *root)
{
    int n = 0;
    for (QWidget *w : root->findChildren<QWidget *>())
        n += w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) ? 1 : 0;
    return n;
}

} // namespace

/// Every focusable control of the main window and of each dialog has a name a screen reader can announce.
/// The check walks the widget trees, so a control added later without a name fails it.
class TestAccessibilityGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theCheckCatchesAnUnnamedControl()
    {
        // The walk itself: a line edit without a name or buddy is found, a named one is not.
        QWidget root;
        auto *edit = new QLineEdit(&root);
        edit->setObjectName(QStringLiteral("anonymous"));
        root.show();
        QCOMPARE(unnamedControls(&root), QStringList{QStringLiteral("anonymous (QLineEdit)")});
        edit->setAccessibleName(QStringLiteral("Named"));
        QVERIFY(unnamedControls(&root).isEmpty());
    }

    void signInDialog()
    {
        SignInDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(unnamedControls(&dialog).isEmpty(),
                 qPrintable(unnamedControls(&dialog).join(QLatin1String(", "))));
        QVERIFY(focusableCount(&dialog) >= 6);
    }

    void settingsDialog()
    {
        SettingsDialog dialog(DeskSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(unnamedControls(&dialog).isEmpty(),
                 qPrintable(unnamedControls(&dialog).join(QLatin1String(", "))));
        QVERIFY(focusableCount(&dialog) >= 7);
    }

    void commandDialogs()
    {
        Petition p;
        p.id = 1;
        p.code = QStringLiteral("PAKN.20261128.0001");
        p.title = QStringLiteral("Thủ tục cấp phép xây dựng");
        for (Command c : kAllCommands) {
            CommandDialog dialog(p, c);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY2(unnamedControls(&dialog).isEmpty(),
                     qPrintable(toWireName(c) + QLatin1String(": ") +
                                unnamedControls(&dialog).join(QLatin1String(", "))));
        }
    }

    void mainWindowAndItsDialogs()
    {
        test::DeskSession session(m_server, QStringLiteral("daumoi.xd"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        PetitionListModel *model = window->petitionModel();
        QVERIFY(test::selectPetition(
            window, model->index(0, 0).data(PetitionListModel::PetitionIdRole).toLongLong()));
        QTest::qWait(50);
        QVERIFY2(unnamedControls(window).isEmpty(),
                 qPrintable(unnamedControls(window).join(QLatin1String(", "))));
        QVERIFY(focusableCount(window) >= 10);

        session.desk().showAccount();
        QTRY_VERIFY(session.desk().accountDialog());
        AccountDialog *account = session.desk().accountDialog();
        QVERIFY(QTest::qWaitForWindowExposed(account));
        QVERIFY2(unnamedControls(account).isEmpty(),
                 qPrintable(unnamedControls(account).join(QLatin1String(", "))));
        QDialog *confirm = account->confirmSignOut();
        QVERIFY(QTest::qWaitForWindowExposed(confirm));
        QVERIFY2(unnamedControls(confirm).isEmpty(),
                 qPrintable(unnamedControls(confirm).join(QLatin1String(", "))));
        confirm->reject();
        account->reject();

        window->showShortcuts();
        auto *shortcuts = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
        QVERIFY2(unnamedControls(shortcuts).isEmpty(),
                 qPrintable(unnamedControls(shortcuts).join(QLatin1String(", "))));
        shortcuts->reject();

        // The bulk dialog over two petitions that may both get a note.
        window->petitionView()->selectAll();
        QList<int> noteRows;
        for (int row = 0; row < model->rowCount() && noteRows.size() < 2; ++row) {
            if (BulkActions::commonCommands({model->rowAt(row), model->rowAt(row)}, session.account()->user(),
                                            {session.account()->user().unitId})
                    .contains(Command::Note))
                noteRows << row;
        }
        QCOMPARE(noteRows.size(), 2);
        window->petitionView()->clearSelection();
        for (int row : noteRows)
            window->petitionView()->selectionModel()->select(
                model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(window->bulkActions()->trigger(Command::Note));
        auto *bulk = window->findChild<QDialog *>(QStringLiteral("bulkCommandDialog"));
        QVERIFY(bulk);
        QVERIFY(QTest::qWaitForWindowExposed(bulk));
        QVERIFY2(unnamedControls(bulk).isEmpty(),
                 qPrintable(unnamedControls(bulk).join(QLatin1String(", "))));
        bulk->reject();
    }

private:
    test::ServerProcess m_server;
};

QTEST_MAIN(TestAccessibilityGui)
#include "tst_accessibility_gui.moc"
