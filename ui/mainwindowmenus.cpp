// MainWindow's menus and keyboard shortcuts: every frequent action is a QAction with a shortcut in a menu,
// so the menus, the keys and Help → Keyboard shortcuts always agree.
#include "bulkactions.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistview.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"
#include "shortcutsdialog.h"
#include "sync/accountcontroller.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace pakn {

namespace {

/// The platform's keys for a standard action, or `fallback` where the platform has none (e.g. offscreen).
QKeySequence standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    return QKeySequence::keyBindings(key).value(0, fallback);
}

} // namespace

void MainWindow::buildMenus()
{
    auto makeAction = [this](const QString &text, const QString &objectName, const QKeySequence &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_syncAction = makeAction(tr("&Sync now"), QStringLiteral("syncAction"),
                              standardKeys(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_syncAction->setToolTip(tr("Send the outbox and fetch the latest changes from the server (F5)"));
    m_findAction = makeAction(tr("&Find…"), QStringLiteral("findAction"),
                              standardKeys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    m_focusListAction = makeAction(tr("Go to the &list"), QStringLiteral("focusListAction"),
                                   QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusViewsAction = makeAction(tr("Go to the saved &views"), QStringLiteral("focusViewsAction"),
                                    QKeySequence(Qt::CTRL | Qt::Key_0));
    m_openAction =
        makeAction(tr("&Open the selected petition"), QStringLiteral("openAction"), QKeySequence());
    m_noteAction = makeAction(tr("Add internal &note…"), QStringLiteral("noteAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_shortcutsAction = makeAction(tr("&Keyboard shortcuts"), QStringLiteral("shortcutsAction"),
                                   standardKeys(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    m_accountAction = makeAction(tr("&Account…"), QStringLiteral("accountAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_settingsAction =
        makeAction(tr("S&ettings…"), QStringLiteral("settingsAction"),
                   standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_bulk->action(Command::Assign)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_bulk->action(Command::Receive)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (Command c : BulkActions::bulkCommands()) {
        m_bulk->action(c)->setShortcutContext(Qt::WindowShortcut);
        addAction(m_bulk->action(c));
    }
    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quitAction"),
                              standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    connect(m_syncAction, &QAction::triggered, m_account, &AccountController::syncNow);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    connect(m_focusListAction, &QAction::triggered, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(m_focusViewsAction, &QAction::triggered, this,
            [this] { m_views->setFocus(Qt::ShortcutFocusReason); });
    connect(m_openAction, &QAction::triggered, m_detail, &PetitionDetailView::focusPane);
    connect(m_noteAction, &QAction::triggered, this, [this] {
        if (!m_detail->actions()->trigger(Command::Note))
            statusBar()->showMessage(tr("Choose a petition you may add a note to first."), 5000);
    });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_accountAction, &QAction::triggered, this, &MainWindow::accountRequested);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_syncAction);
    file->addSeparator();
    file->addAction(m_accountAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_findAction);
    view->addAction(m_focusListAction);
    view->addAction(m_focusViewsAction);
    view->addSeparator();
    QMenu *petition = menuBar()->addMenu(tr("&Petition"));
    petition->addAction(m_openAction);
    petition->addAction(m_noteAction);
    petition->addSeparator();
    petition->addMenu(m_bulk->menu());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_noteAction);
}

void MainWindow::updateViewActions()
{
    // Ctrl+1 … Ctrl+9 choose the first nine saved views shown, in the pane's order.
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    const QList<SavedView> views = m_viewModel->views();
    for (int i = 0; i < int(views.size()) && i < 9; ++i) {
        const SavedView v = views.at(i);
        auto *a = new QAction(savedViewLabel(v), this);
        a->setObjectName(QStringLiteral("viewAction_") + savedViewId(v));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, v] {
            m_views->selectView(v);
            m_table->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(a);
        if (viewMenu)
            viewMenu->addAction(a);
        m_viewActions.append(a);
    }
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions{m_syncAction,       m_findAction, m_focusListAction,
                             m_focusViewsAction, m_noteAction, m_shortcutsAction};
    actions += m_viewActions;
    actions << m_dashboardAction << m_reportAction;
    actions << m_bulk->action(Command::Assign) << m_bulk->action(Command::Receive) << m_accountAction
            << m_settingsAction << m_quitAction;
    return actions;
}

void MainWindow::showShortcuts()
{
    const QList<ShortcutsDialog::Entry> extra = {
        {tr("Open the selected petition (in the list)"), QKeySequence(Qt::Key_Return)},
        {tr("Clear the search (in the search box)"), QKeySequence(Qt::Key_Escape)},
        {tr("Next / previous petition (in the list)"), QKeySequence(tr("Down, Up"))},
        {tr("Select several petitions (in the list; also Ctrl+click, Shift+click)"),
         QKeySequence(tr("Shift+Down, Shift+Up"))},
        {tr("Select every loaded petition (in the list)"), QKeySequence(QKeySequence::SelectAll)},
        {tr("Actions on the selected petitions (in the list)"), QKeySequence(tr("Menu"))},
        {tr("Choose columns (on the list's header)"), QKeySequence(tr("Menu"))},
    };
    auto *dialog = new ShortcutsDialog(shortcutActions(), extra, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pakn
