#include "petitionlistview.h"

#include "deadlinedisplay.h"
#include "domain/petitionstate.h"
#include "listcelldelegate.h"
#include "petitionlistmodel.h"
#include "searchhighlightdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace pakn {
namespace {

const QString kHeaderKey = QStringLiteral("petitionList/header");

/// Columns whose texts repeat from row to row and page to page: their laid-out texts are kept, so a new page
/// shapes only its codes, titles and submitters (ListCellDelegate).
constexpr int kRepeatedTextColumns[] = {
    PetitionListModel::ChannelColumn,  PetitionListModel::FieldColumn, PetitionListModel::ReceivedColumn,
    PetitionListModel::DeadlineColumn, PetitionListModel::StateColumn, PetitionListModel::UnitColumn,
    PetitionListModel::AssigneeColumn,
};

} // namespace

PetitionListView::PetitionListView(QWidget *parent)
    : QTableView(parent)
    , m_headerSave(new QTimer(this))
{
    setObjectName(QStringLiteral("petitionTable"));
    setAccessibleName(tr("Petitions"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for the bulk actions (Ctrl/Shift+click, Shift+arrows, Ctrl+A); the current one is shown.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose columns"));
    connect(header, &QWidget::customContextMenuRequested, this, &PetitionListView::showColumnMenu);
    // Once the resizing stops: writing the settings file on every step of a drag took about 4 % of the GUI
    // thread's time while resizing.
    m_headerSave->setSingleShot(true);
    m_headerSave->setInterval(kHeaderSaveDelayMs);
    connect(m_headerSave, &QTimer::timeout, this, &PetitionListView::saveHeader);
    connect(header, &QHeaderView::sectionResized, m_headerSave, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_headerSave, qOverload<>(&QTimer::start));
    // No arrow while no column orders the list (sorting by relevance during a search).
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header](int section) { header->setSortIndicatorShown(section >= 0); });
}

PetitionListView::~PetitionListView()
{
    if (m_headerSave->isActive())
        saveHeader();
}

QList<int> PetitionListView::defaultHiddenColumns()
{
    // Room for the title next to the detail pane on a laptop screen; the column chooser adds the others.
    return {PetitionListModel::SubmitterColumn, PetitionListModel::ChannelColumn,
            PetitionListModel::FieldColumn, PetitionListModel::UnitColumn, PetitionListModel::AssigneeColumn};
}

void PetitionListView::setPetitionModel(PetitionListModel *model)
{
    m_model = model;
    setModel(model);
    tellVisibleRows();
    setItemDelegate(new ListCellDelegate(ListCellDelegate::Texts::Unique, this));
    auto *repeated = new ListCellDelegate(ListCellDelegate::Texts::Repeated, this);
    for (int column : kRepeatedTextColumns)
        setItemDelegateForColumn(column, repeated);
    setItemDelegateForColumn(PetitionListModel::TitleColumn,
                             new SearchHighlightDelegate(PetitionListModel::SearchTermsRole, this));
    QHeaderView *header = horizontalHeader();
    const QByteArray saved = QSettings().value(kHeaderKey).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved) ||
        header->count() != PetitionListModel::ColumnCount) {
        applyDefaultWidths();
        for (int column : defaultHiddenColumns())
            header->setSectionHidden(column, true);
    }
    // The title takes the room the other columns leave; the user sizes the others.
    header->setSectionResizeMode(PetitionListModel::TitleColumn, QHeaderView::Stretch);
    showSortOf(model->filter());
    setSortingEnabled(true);
}

void PetitionListView::showSortOf(const PetitionFilter &filter)
{
    // With sorting enabled the header asks the model to sort again, which it ignores: the order is the same.
    horizontalHeader()->setSortIndicator(PetitionListModel::columnOfSortKey(filter.sortKey),
                                         filter.sortOrder);
}

void PetitionListView::applyDefaultWidths()
{
    // Widths that fit the widest usual value in the current language, without measuring every row; a longer
    // header is elided (its tooltip has it whole) rather than widen the column at the title's expense.
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics headerMetrics = horizontalHeader()->fontMetrics();
    QString longestState;
    for (PetitionState s : kAllPetitionStates) {
        if (metrics.horizontalAdvance(displayLabel(s)) > metrics.horizontalAdvance(longestState))
            longestState = displayLabel(s);
    }
    QString longestChannel;
    for (Channel c : kAllChannels) {
        if (metrics.horizontalAdvance(displayLabel(c)) > metrics.horizontalAdvance(longestChannel))
            longestChannel = displayLabel(c);
    }
    const QList<QPair<int, QString>> widest = {
        {PetitionListModel::CodeColumn, QStringLiteral("PAKN.20250112.00000")},
        {PetitionListModel::SubmitterColumn, QStringLiteral("Nguyễn Thị Thu Hương")},
        {PetitionListModel::ChannelColumn, longestChannel},
        {PetitionListModel::FieldColumn, QStringLiteral("dang_ky_kinh_doanh")},
        {PetitionListModel::ReceivedColumn, QStringLiteral("00/00/00000")},
        {PetitionListModel::DeadlineColumn,
         QStringLiteral("00/00/0000 · ") + DeadlineDisplay::tr("%n day(s) late", nullptr, 20)},
        {PetitionListModel::StateColumn, longestState},
        {PetitionListModel::UnitColumn, QStringLiteral("cc-giam-dinh-xd")},
        {PetitionListModel::AssigneeColumn, QStringLiteral("chuyenvien2.xd")},
    };
    QFont bold = font();
    bold.setBold(true); // overdue deadlines are bold
    const QFontMetrics boldMetrics(bold);
    for (const auto &[column, sample] : widest) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int content =
            (column == PetitionListModel::DeadlineColumn ? boldMetrics : metrics).horizontalAdvance(sample);
        // Room for the header and its sort arrow, unless that would make the column much wider than its
        // values.
        setColumnWidth(column, std::max(content + 20,
                                        std::min(headerMetrics.horizontalAdvance(title) + 30, content + 60)));
    }
}

void PetitionListView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.setAccessibleName(tr("Columns"));
    menu.addSection(tr("Show columns"));
    int visible = 0;
    for (int column = 0; column < model()->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column and the title cannot be hidden: the list would be useless.
        action->setEnabled(column != PetitionListModel::TitleColumn &&
                           !(visible == 1 && action->isChecked()));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            horizontalHeader()->setSectionHidden(column, !on);
            saveHeader();
        });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        QHeaderView *h = horizontalHeader();
        for (int column = 0; column < model()->columnCount(); ++column) {
            h->setSectionHidden(column, defaultHiddenColumns().contains(column));
            h->moveSection(h->visualIndex(column), column);
        }
        applyDefaultWidths();
        saveHeader();
    });
    menu.exec(header->mapToGlobal(pos));
}

void PetitionListView::saveHeader()
{
    m_headerSave->stop();
    // Not once the model is gone (the window closing): an empty header would replace the remembered one.
    if (model() && horizontalHeader()->count() == PetitionListModel::ColumnCount)
        QSettings().setValue(kHeaderKey, horizontalHeader()->saveState());
}

bool PetitionListView::isHeaderSaveDue() const
{
    return m_headerSave->isActive();
}

void PetitionListView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    tellVisibleRows();
}

void PetitionListView::tellVisibleRows()
{
    if (m_model)
        m_model->setVisibleRows(viewport()->height() / std::max(1, verticalHeader()->defaultSectionSize()) +
                                1);
}

void PetitionListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT openRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace pakn
