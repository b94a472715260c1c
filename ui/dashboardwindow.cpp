#include "dashboardwindow.h"

#include "dashboardchartview.h"
#include "dashboardfilters.h"
#include "dashboardloader.h"
#include "store/cachedatabase.h"
#include "store/drilldown.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pakn {

DashboardWindow::DashboardWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_today(QDate::currentDate())
    , m_loader(new DashboardLoader(this))
    , m_filters(new DashboardFilters(this))
    , m_overdue(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_approval(new QPushButton(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Dashboard — PAKN Desk"));
    resize(1500, 940);

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    auto *report = new QPushButton(tr("Periodic &report…"), this);
    report->setObjectName(QStringLiteral("dashboardReport"));
    m_approval->setObjectName(QStringLiteral("approvalQueueButton"));
    m_approval->setToolTip(tr("Replies awaiting your approval, oldest first, with their deadlines"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_summary->setFont(big);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(refresh);
    top->addWidget(report);
    auto *second = new QHBoxLayout;
    second->addWidget(m_summary);
    second->addSpacing(24);
    second->addWidget(m_approval);
    second->addStretch(1);
    second->addWidget(m_status);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    const QList<QPair<DashboardChart, QPoint>> places = {
        {DashboardChart::WorkloadByUnit, {0, 0}}, {DashboardChart::WorkloadByAssignee, {0, 1}},
        {DashboardChart::OnTimeByMonth, {0, 2}},  {DashboardChart::AgeSinceReceipt, {1, 0}},
        {DashboardChart::DaysOverdue, {1, 1}},    {DashboardChart::Channel, {1, 2}},
        {DashboardChart::Field, {2, 0}},
    };
    for (const auto &place : places) {
        auto *view = new DashboardChartView(place.first, this);
        view->setObjectName(QStringLiteral("chart%1").arg(int(place.first)));
        m_charts.insert(place.first, view);
        grid->addWidget(view, place.second.x(), place.second.y());
        connect(view, &DashboardChartView::elementClicked, this, &DashboardWindow::onElementClicked);
    }

    m_overdue->setObjectName(QStringLiteral("overdueTable"));
    m_overdue->setAccessibleName(tr("Overdue petitions"));
    m_overdue->setColumnCount(6);
    m_overdue->setHorizontalHeaderLabels(
        {tr("Working days overdue"), tr("Code"), tr("Title"), tr("Unit"), tr("Officer"), tr("Deadline")});
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->verticalHeader()->hide();
    m_overdue->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *overdueBox = new QWidget(this);
    auto *overdueLayout = new QVBoxLayout(overdueBox);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    auto *overdueTitle =
        new QLabel(tr("<b>Overdue petitions</b> (most overdue first; double-click to open)"), this);
    overdueLayout->addWidget(overdueTitle);
    overdueLayout->addWidget(m_overdue);
    grid->addWidget(overdueBox, 2, 1, 1, 2);
    for (int r = 0; r < 3; ++r)
        grid->setRowStretch(r, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addLayout(grid, 1);

    connect(m_filters, &DashboardFilters::changed, this, &DashboardWindow::refresh);
    connect(refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(report, &QPushButton::clicked, this, &DashboardWindow::reportRequested);
    connect(m_approval, &QPushButton::clicked, this, &DashboardWindow::approvalQueueRequested);
    connect(m_overdue, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_overdue->item(row, 1))
            Q_EMIT openPetition(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardWindow::showSnapshot);
    connect(m_loader, &DashboardLoader::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Updating…"));
    });
    m_approval->setVisible(false);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::setCache(std::shared_ptr<const CacheDatabase> cache, const QStringList &approvalUnits)
{
    m_cache = std::move(cache);
    m_approvalUnits = approvalUnits;
    m_loader->setCache(m_cache);
    m_approval->setVisible(!approvalUnits.isEmpty());
}

void DashboardWindow::setNames(const ReferenceData &reference, const QStringList &unitIds,
                               const QStringList &fieldIds)
{
    m_names = ChartNames();
    for (const UnitInfo &u : reference.units)
        m_names.units.insert(u.id, u.name);
    for (const Label &f : reference.fields)
        m_names.fields.insert(f.id, f.name);
    m_filters->setChoices(reference, unitIds, fieldIds);
    if (m_snapshot.today.isValid()) // figures are shown: their names follow
        showSnapshot(m_snapshot, m_lastRefreshMs);
}

void DashboardWindow::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
}

void DashboardWindow::setToday(const QDate &today)
{
    m_today = today;
    m_filters->setToday(today);
}

void DashboardWindow::refresh()
{
    m_loader->load(m_filters->filter(), m_today, m_approvalUnits, m_calendar);
}

void DashboardWindow::showSnapshot(const DashboardSnapshot &snapshot, qint64 elapsedMs)
{
    m_snapshot = snapshot;
    m_lastRefreshMs = elapsedMs;
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
        it.value()->setData(dashboardChart(snapshot, it.key(), m_names));
    qint64 open = 0;
    for (const Tally &t : snapshot.workloadByUnit)
        open += t.count;
    m_summary->setText(tr("Open: %1 · Overdue: %2").arg(open).arg(snapshot.overdueTotal));
    m_approval->setText(tr("Approval queue (%1)").arg(snapshot.awaitingApproval));
    m_status->setText(snapshot.error.isEmpty()
                          ? tr("Updated in %1 ms").arg(elapsedMs)
                          : tr("Some figures could not be read: %1").arg(snapshot.error));

    m_overdue->setRowCount(int(snapshot.overdue.size()));
    for (int r = 0; r < snapshot.overdue.size(); ++r) {
        const OverdueRow &row = snapshot.overdue.at(r);
        auto *days = new QTableWidgetItem;
        days->setData(Qt::DisplayRole, row.daysOverdue);
        days->setForeground(QColor::fromRgb(0xc62828));
        auto *code = new QTableWidgetItem(row.code);
        code->setData(Qt::UserRole, row.id);
        m_overdue->setItem(r, 0, days);
        m_overdue->setItem(r, 1, code);
        m_overdue->setItem(r, 2, new QTableWidgetItem(row.title));
        m_overdue->setItem(r, 3, new QTableWidgetItem(m_names.units.value(row.unitId, row.unitId)));
        m_overdue->setItem(
            r, 4, new QTableWidgetItem(row.assignee.isEmpty() ? tr("(not assigned)") : row.assignee));
        m_overdue->setItem(r, 5, new QTableWidgetItem(row.dueDate.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    m_overdue->resizeColumnToContents(0);
    m_overdue->resizeColumnToContents(1);
    Q_EMIT refreshed();
}

void DashboardWindow::onElementClicked(DashboardChart chart, const QString &key, const QString &subKey)
{
    const std::optional<PetitionFilter> filter =
        drillDownFilter(m_snapshot.filter, chart, key, subKey, m_snapshot.today, m_snapshot.calendar);
    if (!filter)
        return;
    const ChartData shown = m_charts.value(chart)->data();
    const qsizetype category = shown.categoryKeys.indexOf(key);
    QString description = shown.title + QStringLiteral(": ") + shown.categoryLabels.value(category, key);
    for (const ChartSeriesData &s : shown.series) {
        if (!subKey.isEmpty() && s.key == subKey)
            description += QStringLiteral(" · ") + s.label;
    }
    Q_EMIT drillDown(*filter, description);
}

} // namespace pakn
