#include "mainwindow.h"

#include "bulkactions.h"
#include "cachefacets.h"
#include "cachereader.h"
#include "dashboardwindow.h"
#include "filterbar.h"
#include "inboxpolicy.h"
#include "outboxmodel.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"
#include "store/drilldown.h"
#include "store/outbox.h"
#include "store/petitionrecord.h"
#include "store/searchquery.h"
#include "sync/accountcontroller.h"
#include "syncstatuswidget.h"
#include "trayicon.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace pakn {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kViewKey = QStringLiteral("mainWindow/savedView");
constexpr int kRefreshCoalesceMs = 150;

std::optional<SavedView> savedViewFromId(const QString &id)
{
    for (SavedView v : kAllSavedViews) {
        if (savedViewId(v) == id)
            return v;
    }
    return std::nullopt;
}

} // namespace

MainWindow::MainWindow(AccountController *account, QWidget *parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_listModel(new PetitionListModel(this))
    , m_viewModel(new SavedViewModel(this))
    , m_outboxModel(new OutboxModel(this))
    , m_views(new SavedViewsPane(this))
    , m_filterBar(new FilterBar(this))
    , m_table(new PetitionListView(this))
    , m_detail(new PetitionDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_userLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_bulk(new BulkActions(this, this))
    , m_tray(new DueSoonTray(this))
    , m_contextReader(new CacheReader(this))
    , m_detailReader(new CacheReader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PAKN Desk"));

    m_listModel->setCalendar(m_calendar);
    m_table->setPetitionModel(m_listModel);
    m_views->setViewModel(m_viewModel);
    m_detail->setOutboxModel(m_outboxModel);
    m_detail->setAccount(m_account);

    auto *listPane = new QWidget(this);
    listPane->setObjectName(QStringLiteral("listPane"));
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 4, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table, 1);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_views->setMinimumWidth(160);
    setCentralWidget(m_splitter);

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    buildMenus();
    setupDashboard();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshCoalesceMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshFromCache);
    connect(m_account, &AccountController::petitionsChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_account, &AccountController::outboxChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_account, &AccountController::syncStatusChanged, this, &MainWindow::onSyncStatus);
    connect(m_account, &AccountController::syncFinished, this, [this](const QString &error) {
        if (error.isEmpty())
            m_syncStatus->setLastSync(QDateTime::currentDateTimeUtc());
        // Once per sync, not per page: the units and fields in the cache, and the day, rarely change.
        updateContext(false);
    });
    connect(m_account, &AccountController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    connect(m_account, &AccountController::sessionExpired, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_account, &AccountController::commandQueued, this,
            [this](qint64, bool ok, const QString &error) {
                if (ok) {
                    statusBar()->showMessage(tr("Queued; it is sent at the next sync."), 8000);
                    return;
                }
                auto *box = new QMessageBox(QMessageBox::Warning, tr("The action was not queued"), error,
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });

    connect(m_views, &SavedViewsPane::viewChosen, this, &MainWindow::chooseView);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_table, &PetitionListView::openRequested, m_detail, &PetitionDetailView::focusPane);
    connect(m_listModel, &PetitionListModel::totalCountChanged, m_filterBar, &FilterBar::setResultCount);
    connect(m_listModel, &PetitionListModel::totalCountChanged, this, &MainWindow::showDrillDownCount);
    connect(m_listModel, &PetitionListModel::loaded, this, [this] {
        m_filterBar->setSearchState(m_listModel->searchOrder(), m_listModel->searchIndexBuilding());
        if (const qint64 id = std::exchange(m_reselectId, 0))
            reselect(id);
    });
    connect(m_detail, &PetitionDetailView::commandRequested, this, &MainWindow::queueCommand);
    connect(m_detail, &PetitionDetailView::retryRequested, this,
            [this](qint64 id) { m_account->retryOutboxItem(id); });
    connect(m_detail, &PetitionDetailView::dropRequested, this, &MainWindow::confirmDrop);
    connect(m_detail, &PetitionDetailView::recordOutdated, this, [this](qint64 id) {
        if (id == m_detailId)
            showPetition(id); // read on the detail reader, shown when it comes
    });
    connect(m_detail, &PetitionDetailView::referenceDataLoaded, this, [this](const ReferenceData &reference) {
        m_reference = reference;
        if (m_dashboard)
            m_dashboard->setNames(m_reference, m_cachedUnitIds, m_cachedFieldIds);
        applyCalendar(reference.calendarOverrides);
        // The user's unit by its name once the names are here (its id until then).
        const User &user = m_account->user();
        if (const UnitInfo *unit = reference.unit(user.unitId); unit && m_account->cache())
            m_userLabel->setText(tr("%1 · %2").arg(user.fullName, unit->name));
    });
    connect(m_syncStatus, &SyncStatusWidget::pendingClicked, this,
            [this] { m_views->selectView(SavedView::Outbox); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelection);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelection);
    connect(m_bulk, &BulkActions::commandRequested, this, &MainWindow::queueCommand);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_bulk->menu()->popup(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_tray, &DueSoonTray::countChanged, this, &MainWindow::updateTitle);
    connect(m_tray, &DueSoonTray::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_views->selectView(SavedView::Overdue);
    });

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        // The views pane as wide as its longest name and a count; the detail pane a readable column.
        int widest = 0;
        for (SavedView v : kAllSavedViews)
            widest = std::max(widest, m_views->fontMetrics().horizontalAdvance(savedViewLabel(v)));
        const int viewsWidth =
            widest + m_views->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 40;
        m_splitter->setSizes({viewsWidth, 1500 - viewsWidth - 370, 370});
    }
    if (!settings.contains(kGeometryKey))
        resize(1500, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachCache()
{
    const User &user = m_account->user();
    m_userLabel->setText(tr("%1 · %2").arg(user.fullName, user.unitId));
    updateTitle();
    const QList<SavedView> views = inbox::savedViewsFor(user);
    PetitionFilter filter = m_listModel->filter();
    filter.view = savedViewFromId(QSettings().value(kViewKey).toString()).value_or(SavedView::All);
    if (!views.contains(filter.view))
        filter.view = SavedView::All;
    m_filterBar->applyTo(&filter);
    m_listModel->setFilter(filter);
    m_viewModel->setViews(views);
    m_outboxModel->setCache(m_account->cache());
    // Whom the views are for is, for everyone but a leader, known from the account alone: the first page and
    // the views' counts are asked for now, before the window is laid out and painted, so that their reads
    // overlap it. The units in the cache (the filter bar's fields, a leader's subtree) follow.
    if (const std::optional<QStringList> subtree = inbox::unitSubtreeWithoutCache(user)) {
        setViewContext(*subtree, inbox::vietnamToday());
        updateContext(false);
    } else {
        updateContext(true);
    }
    {
        const QSignalBlocker quiet(m_views);
        m_views->selectView(filter.view);
    }
    updateViewActions();
    updatePending();
}

void MainWindow::updateContext(bool force)
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    // Two skip scans of an index (cachefacets.h), on the reader's thread: the lists wait for the context.
    m_contextForced = m_contextForced || force;
    m_contextPending = true;
    const quint64 generation = ++m_contextGeneration;
    m_contextReader->setCache(cache);
    m_contextReader->read([this, cache, generation](const QSqlDatabase &) -> std::function<void()> {
        const CacheFacets facets = CacheFacets::read(*cache); // this thread's connection
        return [this, cache, generation, facets] {
            if (generation != m_contextGeneration || cache != m_account->cache())
                return; // a newer read is on the way, or the account changed
            m_contextPending = false;
            applyContext(facets.fieldIds, facets.unitIds);
        };
    });
}

void MainWindow::applyContext(const QStringList &fieldIds, const QStringList &unitIds)
{
    const QStringList subtree = inbox::unitSubtree(m_account->user(), unitIds);
    const QDate today = inbox::vietnamToday();
    m_filterBar->setFields(fieldIds);
    if (std::exchange(m_cachedUnitIds, unitIds) != unitIds ||
        std::exchange(m_cachedFieldIds, fieldIds) != fieldIds) {
        if (m_dashboard)
            m_dashboard->setNames(m_reference, m_cachedUnitIds, m_cachedFieldIds);
    }
    if (!std::exchange(m_contextForced, false) && subtree == m_context.unitSubtree &&
        today == m_context.today)
        return;
    // Who and when the views are for changed (first sync, a new day): the lists must be read again.
    setViewContext(subtree, today);
}

void MainWindow::setViewContext(const QStringList &subtree, const QDate &today)
{
    const auto cache = m_account->cache();
    const User &user = m_account->user();
    const qint64 shown = m_detail->petitionId();
    m_context = inbox::viewContext(user, subtree, today, m_calendar);
    m_listModel->setCache(cache, m_context);
    m_viewModel->setCache(cache, m_context);
    m_detail->setContext(user, subtree, today, m_calendar);
    // Its actions and days left depend on the context (a record on the way is shown with the new one).
    if (!m_detail->isLoading())
        m_detail->showPetition(m_detail->petition());
    m_bulk->setUser(user, subtree);
    m_tray->setCache(cache, m_context, user);
    reselectWhenLoaded(shown);
}

void MainWindow::applyCalendar(const CalendarOverrides &overrides)
{
    if (overrides == m_calendar.overrides())
        return;
    m_calendar = WorkingCalendar(overrides);
    m_listModel->setCalendar(m_calendar);
    if (m_dashboard)
        m_dashboard->setCalendar(m_calendar);
    if (!m_account->cache() || !m_context.today.isValid())
        return;
    const ViewContext next =
        inbox::viewContext(m_account->user(), m_context.unitSubtree, m_context.today, m_calendar);
    if (next.dueSoonUntil != m_context.dueSoonUntil) {
        setViewContext(m_context.unitSubtree, m_context.today); // "Due soon" holds other petitions
        return;
    }
    m_context = next;
    m_detail->setContext(m_account->user(), m_context.unitSubtree, m_context.today, m_calendar);
    if (!m_detail->isLoading())
        m_detail->showPetition(m_detail->petition());
}

void MainWindow::refreshFromCache()
{
    if (!m_account->cache())
        return;
    m_listModel->refresh();
    m_viewModel->refresh();
    m_outboxModel->refresh();
    updatePending();
    m_tray->refresh();
    if (m_detailId != 0)
        showPetition(m_detailId);
}

void MainWindow::detachCache()
{
    m_refreshTimer->stop();
    ++m_contextGeneration; // a facets read on the way is for the account leaving
    m_contextPending = false;
    m_contextForced = false;
    m_contextReader->setCache(nullptr);
    ++m_pendingGeneration;
    m_pendingPending = false;
    ++m_detailGeneration; // a record on the way is the leaving account's
    m_detailPending = false;
    m_detailId = 0;
    m_detailReader->setCache(nullptr);
    m_tray->clear();
    m_detail->showPetition(std::nullopt);
    m_detail->releaseCache();
    if (m_dashboard) {
        m_dashboard->hide();
        m_dashboard->setCache(nullptr, {});
    }
    m_outboxModel->setPetition(0);
    m_outboxModel->setCache(nullptr);
    m_listModel->setCache(nullptr, m_context);
    m_viewModel->setCache(nullptr, m_context);
    m_bulk->setSelection({});
    m_reference = ReferenceData(); // the next account's comes from its own cache
    m_cachedUnitIds.clear();
    m_cachedFieldIds.clear();
    m_context = ViewContext();
    m_userLabel->clear();
    m_syncStatus->setPending(0, 0);
    updateTitle();
}

void MainWindow::updateSelection()
{
    QList<PetitionRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        if (index.row() < m_listModel->rowCount())
            rows.append(m_listModel->rowAt(index.row()));
    }
    m_bulk->setSelection(rows);
}

void MainWindow::updateTitle()
{
    const QString name = m_account->user().fullName;
    const QString base = name.isEmpty() ? tr("PAKN Desk") : tr("PAKN Desk — %1").arg(name);
    const int due = m_account->cache() ? m_tray->count() : 0;
    // The count first, so that it shows in a narrow taskbar button too.
    setWindowTitle(due > 0 ? tr("(%1) %2").arg(due).arg(base) : base);
    setAccessibleDescription(due > 0 ? tr("%n petition(s) due soon or overdue", nullptr, due) : QString());
}

void MainWindow::chooseView(SavedView view)
{
    QSettings().setValue(kViewKey, savedViewId(view));
    PetitionFilter filter = m_listModel->filter(); // keeps the order chosen in the header
    // After a dashboard drill-down a view shows all of itself again, narrowed only by the filter bar.
    const bool drilledDown = clearDrillDown(&filter);
    if (drilledDown)
        m_filterBar->applyTo(&filter);
    if (view == filter.view && !drilledDown)
        return;
    filter.view = view;
    const qint64 shown = m_detail->petitionId();
    m_drillDown.clear();
    m_listModel->setFilter(filter);
    reselectWhenLoaded(shown);
}

void MainWindow::applyFilter()
{
    PetitionFilter filter = m_listModel->filter();
    const bool wasSearching = !search::terms(filter.search).isEmpty();
    m_filterBar->applyTo(&filter);
    const bool searching = !search::terms(filter.search).isEmpty();
    // While searching, the best matches come first (and the full-text index ranks them fastest, see
    // docs/performance.md); a click on a header still sorts by that column. The order chosen before comes
    // back when the search is cleared.
    if (searching && !wasSearching) {
        m_sortBeforeSearch = {filter.sortKey, filter.sortOrder};
        filter.sortKey = SortKey::Relevance;
        filter.sortOrder = Qt::AscendingOrder;
    } else if (!searching && filter.sortKey == SortKey::Relevance) {
        filter.sortKey = m_sortBeforeSearch.first;
        filter.sortOrder = m_sortBeforeSearch.second;
    }
    const qint64 shown = m_detail->petitionId();
    m_drillDown.clear();
    m_listModel->setFilter(filter);
    m_table->showSortOf(filter);
    reselectWhenLoaded(shown);
}

void MainWindow::reselect(qint64 petitionId)
{
    const int row = petitionId ? m_listModel->rowOfPetition(petitionId) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_listModel->index(row, 0));
    }
}

bool MainWindow::isLoading() const
{
    return m_contextPending || m_pendingPending || m_detailPending || m_detail->isReferenceLoading() ||
           m_refreshTimer->isActive() || m_listModel->isLoading() || m_listModel->totalCount() < 0 ||
           m_viewModel->isCounting() || m_outboxModel->isLoading() || m_tray->isCounting();
}

void MainWindow::reselectWhenLoaded(qint64 petitionId)
{
    m_reselectId = petitionId;
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    showPetition(current.data(PetitionListModel::PetitionIdRole).toLongLong());
}

void MainWindow::showPetition(qint64 id)
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    const quint64 generation = ++m_detailGeneration;
    m_detailPending = true;
    m_detailId = id;
    // Another petition: the pane says so at once (and offers no action on the one shown before); the same
    // petition again (a refresh) stays as it is until its new record comes.
    if (id != m_detail->petitionId())
        m_detail->showLoading();
    m_detailReader->setCache(cache);
    const auto files = m_account->attachmentStore();
    m_detailReader->read([this, cache, files, id, generation](const QSqlDatabase &) -> std::function<void()> {
        PetitionRecord record = PetitionRecord::read(*cache, files.get(), id); // this thread's connection
        const QThread *thread = QThread::currentThread();
        return [this, cache, generation, thread, record = std::move(record)] {
            if (generation != m_detailGeneration || cache != m_account->cache())
                return; // another petition was chosen meanwhile, or the account changed
            m_detailPending = false;
            m_detailThread = thread;
            m_outboxModel->setPetition(record.petition ? record.petition->id : 0);
            m_detail->showRecord(record); // the same again changes nothing on screen
        };
    });
}

void MainWindow::queueCommand(qint64 petitionId, Command command, const QJsonObject &payload)
{
    m_account->enqueueCommand(petitionId, command, payload);
}

void MainWindow::confirmDrop(qint64 itemId)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Drop the action?"),
                        tr("The action will not be sent to the server, and what you entered for it is "
                           "lost."),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDrop"));
    box->button(QMessageBox::Yes)->setText(tr("Drop"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, itemId] { m_account->dropOutboxItem(itemId); });
    box->open();
}

void MainWindow::updatePending()
{
    const auto cache = m_account->cache();
    if (!cache)
        return;
    // The status bar keeps the last count until the new one comes.
    const quint64 generation = ++m_pendingGeneration;
    m_pendingPending = true;
    m_contextReader->setCache(cache);
    m_contextReader->read([this, cache, generation](const QSqlDatabase &) -> std::function<void()> {
        const QList<OutboxItem> items = Outbox(*cache).all(); // this thread's connection
        const qint64 held = std::count_if(items.begin(), items.end(), [](const OutboxItem &i) {
            return i.state == OutboxState::Failed || i.state == OutboxState::Conflict;
        });
        const qint64 total = items.size();
        const QThread *thread = QThread::currentThread();
        return [this, cache, generation, total, held, thread] {
            if (generation != m_pendingGeneration || cache != m_account->cache())
                return;
            m_pendingPending = false;
            m_pendingThread = thread;
            m_syncStatus->setPending(total, held);
        };
    });
}

void MainWindow::onSyncStatus(SyncEngine::Status status, const QString &message)
{
    m_syncAction->setEnabled(status != SyncEngine::Status::Syncing);
    m_syncStatus->setStatus(status, message);
}

void MainWindow::saveLayout() const
{
    m_table->saveHeader(); // a save still due after resizing a column
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace pakn
