#include "savedviewspane.h"

#include "savedviewmodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace pakn {
namespace {

/// Rows a little taller than the text: the pane is clicked often and read at a glance.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(8, 8);
    }
};

} // namespace

SavedViewsPane::SavedViewsPane(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("savedViews"));
    setAccessibleName(tr("Saved views"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setItemsExpandable(false);
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setItemDelegate(new RoomyDelegate(this));
}

void SavedViewsPane::setViewModel(SavedViewModel *model)
{
    m_model = model;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SavedViewModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SavedViewModel::CountColumn, QHeaderView::ResizeToContents);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT viewChosen(m_model->viewAt(current.row()));
            });
}

void SavedViewsPane::selectView(SavedView view)
{
    const int row = m_model ? m_model->rowOfView(view) : -1;
    if (row >= 0)
        setCurrentIndex(m_model->index(row, SavedViewModel::NameColumn));
}

std::optional<SavedView> SavedViewsPane::currentView() const
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid())
        return std::nullopt;
    return m_model->viewAt(current.row());
}

} // namespace pakn
