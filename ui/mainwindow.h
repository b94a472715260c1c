#pragma once

#include "calendar/workingcalendar.h"
#include "domain/referencedata.h"
#include "domain/workflow.h"
#include "store/petitionquery.h"
#include "sync/syncengine.h"

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QThread;
class QTimer;

namespace pakn {

class AccountController;
class DashboardWindow;
class BulkActions;
class CacheReader;
class DueSoonTray;
class FilterBar;
class OutboxModel;
class PetitionDetailView;
class PetitionListModel;
class PetitionListView;
class SavedViewModel;
class SavedViewsPane;
class SyncStatusWidget;

/// The officer's main window: saved views with counts on the left, the filter bar and the petition list in
/// the middle, the detail pane with the actions on the right, and a status bar that says what sync does.
///
/// Contract: never waits on the network, and never reads the cache on the GUI thread: the list's rows and
/// count, the views' counts, the outbox items and the tray's due-soon count (their models' reader threads),
/// the units and fields in the cache and the outbox's pending count (a reader thread of the window's) and the
/// shown petition's record (another one, so that a click is not queued behind a long read) come when they
/// are read. The first page and the views' counts are asked for in `attachCache()`, before the window is
/// shown, whenever whom the views are for is known from the account alone (everyone but a leader, whose unit
/// subtree comes from the units in the cache), so that they are read while the window is laid out and
/// painted; until they come the list says "Counting…" and the views "…", and a petition chosen in the
/// list shows as "Loading…" in the detail pane until its record comes. It learns of new data from the
/// AccountController's signals and refreshes the models at most every 150 ms — merging rows, never resetting
/// the list — so the selected petition stays selected. After each sync it re-reads who the views are for (the
/// units in the cache, today's date); only when that changed are the lists read anew (a reset). Searching
/// sorts by relevance until the search is cleared. Actions are queued with AccountController::enqueueCommand.
/// Window geometry, splitters, the list's columns and the last saved view are remembered in QSettings.
/// Keyboard shortcuts are actions in the menus, listed in Help → Keyboard shortcuts. Several petitions
/// selected in the list can be acted on at once (BulkActions: one dialog, one outbox command each). The
/// petitions due soon or overdue for the user are counted in the window title and on the tray icon
/// (DueSoonTray). Account and settings are the owner's: the window only asks for them (`accountRequested`,
/// `settingsRequested`).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AccountController *account, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Called once the account is signed in and its cache is open (again after a new sign-in).
    void attachCache();
    /// Keeps the window's geometry, splitters and toolbars in QSettings (also done on close).
    void saveLayout() const;
    /// Drops every hold on the account's cache (before signing out): the lists empty.
    void detachCache();

    PetitionListView *petitionView() const { return m_table; }
    PetitionDetailView *detailView() const { return m_detail; }
    PetitionListModel *petitionModel() const { return m_listModel; }
    /// True while a refresh is due or the list's rows or the views' counts are on the way (for tests).
    bool isLoading() const;
    SavedViewsPane *savedViewsPane() const { return m_views; }
    SavedViewModel *savedViewModel() const { return m_viewModel; }
    OutboxModel *detailOutboxModel() const { return m_outboxModel; }
    /// The reader of the shown petition's record, and the thread the last record shown was read on (for
    /// tests: never the GUI thread).
    const CacheReader *detailReader() const { return m_detailReader; }
    const QThread *detailQueryThread() const { return m_detailThread; }
    /// The reader of the outbox's pending count (and the cache's facets), and the thread the count shown
    /// was read on.
    const CacheReader *statusReader() const { return m_contextReader; }
    const QThread *pendingQueryThread() const { return m_pendingThread; }
    FilterBar *filterBar() const { return m_filterBar; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    /// The dashboard window; nullptr until first opened.
    DashboardWindow *dashboard() const { return m_dashboard; }
    BulkActions *bulkActions() const { return m_bulk; }
    DueSoonTray *dueSoonTray() const { return m_tray; }
    /// Every action with a keyboard shortcut, as the shortcuts dialog lists them.
    QList<QAction *> shortcutActions() const;
    /// The working-day calendar the list, the views, the detail pane and the dashboard count deadlines on:
    /// the statutory days off plus the reference data's published overrides (for tests).
    const WorkingCalendar &calendar() const { return m_calendar; }

Q_SIGNALS:
    void accountRequested();
    void settingsRequested();

public Q_SLOTS:
    void showShortcuts();
    /// Re-reads the models, the detail pane and the counts now (normally coalesced after account signals).
    void refreshFromCache();
    /// Opens (or raises) the supervisor dashboard, and the periodic report dialog (mainwindowdashboard.cpp).
    void showDashboard();
    void showReport();
    /// Lists exactly the petitions of `filter` (a dashboard drill-down), saying so in the status bar;
    /// choosing a saved view afterwards shows the whole view again.
    void showFiltered(const pakn::PetitionFilter &filter, const QString &description);
    /// The leader's approval queue: replies awaiting approval in their units, oldest first.
    void showApprovalQueue();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setupDashboard();
    void updateViewActions();
    /// Reads the units and fields in the cache off the GUI thread, then applyContext.
    void updateContext(bool force);
    void applyContext(const QStringList &fieldIds, const QStringList &unitIds);
    /// Gives the models, the detail pane, the bulk actions and the tray the context for `subtree` and
    /// `today`: the lists and counts are read anew.
    void setViewContext(const QStringList &subtree, const QDate &today);
    /// The reference data's calendar overrides (make-up working days, days off by decision) for every count
    /// of working days; the lists are read again only when "due soon" ends on another day with them.
    void applyCalendar(const CalendarOverrides &overrides);
    void chooseView(SavedView view);
    void applyFilter();
    void reselect(qint64 petitionId);
    /// Selects `petitionId` again once the list's new rows have come (PetitionListModel::loaded).
    void reselectWhenLoaded(qint64 petitionId);
    void showDrillDownCount(qint64 count);
    void showSelected();
    void showPetition(qint64 id);
    void queueCommand(qint64 petitionId, Command command, const QJsonObject &payload);
    void confirmDrop(qint64 itemId);
    void updatePending();
    void onSyncStatus(pakn::SyncEngine::Status status, const QString &message);
    void updateSelection();
    void updateTitle();

    AccountController *m_account;
    WorkingCalendar m_calendar;
    ReferenceData
        m_reference; ///< as the detail pane's reader last brought it (names for the dashboard, report)
    QStringList m_cachedUnitIds; ///< the cache's units and fields, as the context reader last found them
    QStringList m_cachedFieldIds;
    QPair<SortKey, Qt::SortOrder> m_sortBeforeSearch{SortKey::Received, Qt::DescendingOrder};
    ViewContext m_context;
    QString m_drillDown;             ///< a drill-down whose count is on the way (showFiltered)
    qint64 m_reselectId = 0;         ///< the petition to select again when the list's rows come
    quint64 m_contextGeneration = 0; ///< drops a facets answer older than the latest request
    bool m_contextPending = false;   ///< a facets read is on the way
    bool m_contextForced = false;    ///< the pending read must set the models' context even if unchanged
    PetitionListModel *m_listModel;
    SavedViewModel *m_viewModel;
    OutboxModel *m_outboxModel;
    SavedViewsPane *m_views;
    FilterBar *m_filterBar;
    PetitionListView *m_table;
    PetitionDetailView *m_detail;
    QSplitter *m_splitter;
    SyncStatusWidget *m_syncStatus;
    QLabel *m_userLabel;
    QTimer *m_refreshTimer;
    BulkActions *m_bulk;
    DueSoonTray *m_tray;
    CacheReader *m_contextReader;    ///< reads the facets (units, fields) and the outbox's pending count
    CacheReader *m_detailReader;     ///< reads the shown petition's record
    quint64 m_pendingGeneration = 0; ///< drops a pending-count answer older than the latest request
    bool m_pendingPending = false;   ///< a pending-count read is on the way
    quint64 m_detailGeneration = 0;  ///< drops a petition record older than the latest request
    bool m_detailPending = false;    ///< a petition record is on the way
    qint64 m_detailId = 0;           ///< the petition asked for last (shown, or on the way)
    const QThread *m_detailThread = nullptr;
    const QThread *m_pendingThread = nullptr;
    QAction *m_syncAction;
    QAction *m_findAction;
    QAction *m_focusListAction;
    QAction *m_focusViewsAction;
    QAction *m_openAction;
    QAction *m_noteAction;
    QAction *m_shortcutsAction;
    QAction *m_quitAction;
    QAction *m_accountAction;
    QAction *m_settingsAction;
    QList<QAction *> m_viewActions;
    DashboardWindow *m_dashboard = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_reportAction = nullptr;
};

} // namespace pakn
