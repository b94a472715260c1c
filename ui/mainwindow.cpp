#include "mainwindow.h"

#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace pakn {

MainWindow::MainWindow(AccountController *account, QWidget *parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_model(new PetitionListModel(this))
    , m_table(new QTableView(this))
    , m_detail(new PetitionDetailView(this))
    , m_syncLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_syncAction(new QAction(tr("&Sync now"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PAKN Desk"));

    m_table->setObjectName(QStringLiteral("petitionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PetitionListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // Widths that fit the header and the widest usual value, without measuring every row.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<QPair<int, QString>> widest = {
        {PetitionListModel::CodeColumn, QStringLiteral("PAKN.20250112.00000")},
        {PetitionListModel::ChannelColumn, displayLabel(Channel::Portal)},
        {PetitionListModel::ReceivedColumn, QStringLiteral("00/00/00000")},
        {PetitionListModel::DeadlineColumn, QStringLiteral("00/00/00000")},
        {PetitionListModel::StateColumn, displayLabel(PetitionState::AwaitingApproval)},
    };
    for (const auto &[column, sample] : widest) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + 24);
    }
    m_table->setAccessibleName(tr("Petitions"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch the latest changes from the server (F5)"));
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_syncAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_syncAction);

    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_syncAction, &QAction::triggered, m_account, &AccountController::syncNow);
    connect(m_account, &AccountController::petitionsChanged, this, &MainWindow::refreshList);
    connect(m_account, &AccountController::syncStatusChanged, this, &MainWindow::onSyncStatus);
    connect(m_account, &AccountController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model survives a reset only by id: re-select what the detail pane shows.
        const int row = m_model->rowOfPetition(m_detail->petitionId());
        if (row >= 0)
            m_table->selectRow(row);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        splitter->setSizes({880, 400});
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachCache()
{
    const User &user = m_account->user();
    m_userLabel->setText(tr("%1 · %2").arg(user.fullName, user.unitId));
    setWindowTitle(tr("PAKN Desk — %1").arg(user.fullName));
    ViewContext context;
    context.username = user.username;
    context.unitId = user.unitId;
    m_model->setCache(m_account->cache(), context);
}

void MainWindow::refreshList()
{
    m_model->refresh();
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const auto cache = m_account->cache();
    if (!current.isValid() || !cache) {
        m_detail->showPetition(std::nullopt);
        return;
    }
    const qint64 id = current.data(PetitionListModel::PetitionIdRole).toLongLong();
    if (id == m_detail->petitionId())
        return;
    m_detail->showPetition(PetitionStore(*cache).petition(id));
}

void MainWindow::onSyncStatus(SyncEngine::Status status, const QString &message)
{
    m_syncAction->setEnabled(status != SyncEngine::Status::Syncing);
    QString prefix;
    switch (status) {
    case SyncEngine::Status::Idle:
        prefix = tr("Online");
        break;
    case SyncEngine::Status::Syncing:
        prefix = tr("Syncing");
        break;
    case SyncEngine::Status::Offline:
        prefix = tr("Offline");
        break;
    case SyncEngine::Status::SignedOut:
        prefix = tr("Signed out");
        break;
    case SyncEngine::Status::Error:
        prefix = tr("Sync error");
        break;
    }
    m_syncLabel->setText(QStringLiteral("%1 — %2").arg(prefix, message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    event->accept();
}

} // namespace pakn
