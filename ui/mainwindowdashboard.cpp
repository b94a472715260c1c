// MainWindow's entry points to the supervisor dashboard and the periodic report: the actions (View menu and
// toolbar), the drill-down from a chart into the list, and the approval queue.
#include "dashboardwindow.h"
#include "filterbar.h"
#include "inboxpolicy.h"
#include "mainwindow.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "reportdialog.h"
#include "savedviewspane.h"
#include "store/drilldown.h"
#include "sync/accountcontroller.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace pakn {

void MainWindow::setupDashboard()
{
    m_dashboardAction = new QAction(tr("&Dashboard"), this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dashboardAction->setToolTip(tr("Where are we late, and who is overloaded? (Ctrl+Shift+D)"));
    m_reportAction = new QAction(tr("Periodic &report…"), this);
    m_reportAction->setObjectName(QStringLiteral("reportAction"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction *a : {m_dashboardAction, m_reportAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showReport);
    if (auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *first = viewMenu->actions().value(0);
        viewMenu->insertAction(first, m_dashboardAction);
        viewMenu->insertAction(first, m_reportAction);
        viewMenu->insertSeparator(first);
    }
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar"))) {
        toolbar->addSeparator();
        toolbar->addAction(m_dashboardAction);
    }
    // New data refreshes an open dashboard, coalesced like the lists.
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_dashboard && m_dashboard->isVisible())
            m_dashboard->refresh();
    });
}

void MainWindow::showDashboard()
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(this);
        connect(m_dashboard, &DashboardWindow::drillDown, this, &MainWindow::showFiltered);
        connect(m_dashboard, &DashboardWindow::approvalQueueRequested, this, &MainWindow::showApprovalQueue);
        connect(m_dashboard, &DashboardWindow::reportRequested, this, &MainWindow::showReport);
        connect(m_dashboard, &DashboardWindow::openPetition, this, [this](qint64 id) {
            showPetition(id);
            raise();
            activateWindow();
        });
    }
    const bool approves = inbox::savedViewsFor(m_account->user()).contains(SavedView::AwaitingMyApproval);
    m_dashboard->setCache(cache, approves ? m_context.unitSubtree : QStringList());
    m_dashboard->setNames(m_reference, m_cachedUnitIds, m_cachedFieldIds);
    m_dashboard->setCalendar(m_calendar);
    m_dashboard->setToday(m_context.today.isValid() ? m_context.today : inbox::vietnamToday());
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    m_dashboard->refresh();
}

void MainWindow::showReport()
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    QString agency = m_account->user().unitId;
    if (const UnitInfo *unit = m_reference.unit(agency)) // the names the detail pane's reader brought
        agency = unit->name;
    auto *dialog = new ReportDialog(cache, agency, inbox::vietnamToday(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showFiltered(const PetitionFilter &filter, const QString &description)
{
    {
        // The filter bar's own choices would narrow the drill-down further: clear them quietly.
        const QSignalBlocker quietBar(m_filterBar);
        m_filterBar->clearAll();
        // No saved view is shown whole, so none is current: a click on any of them, "All cached" too, shows
        // it.
        const QSignalBlocker quietViews(m_views);
        const QSignalBlocker quietSelection(m_views->selectionModel());
        PetitionFilter plain = filter;
        if (clearDrillDown(&plain)) {
            m_views->selectionModel()->clear();
        } else {
            m_views->selectView(filter.view);
        }
    }
    // The message says how many petitions the drill-down lists once they are counted (showDrillDownCount).
    m_drillDown = description;
    m_listModel->setFilter(filter);
    m_table->showSortOf(filter);
    raise();
    activateWindow();
}

void MainWindow::showDrillDownCount(qint64 count)
{
    if (count < 0 || m_drillDown.isEmpty())
        return;
    statusBar()->showMessage(
        tr("%1 — %n petition(s); choose a saved view to see it whole.", nullptr, int(count))
            .arg(std::exchange(m_drillDown, QString())),
        30000);
}

void MainWindow::showApprovalQueue()
{
    PetitionFilter filter;
    filter.view = SavedView::AwaitingMyApproval;
    filter.sortKey = SortKey::Received;
    filter.sortOrder = Qt::AscendingOrder;
    showFiltered(filter, savedViewLabel(SavedView::AwaitingMyApproval));
}

} // namespace pakn
