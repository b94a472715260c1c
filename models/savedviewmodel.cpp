#include "savedviewmodel.h"

#include "cachereader.h"
#include "store/cachedatabase.h"

#include <QFont>
#include <QLocale>

namespace pakn {
namespace {

int indexOfView(SavedView view)
{
    for (int i = 0; i < int(std::size(kAllSavedViews)); ++i) {
        if (kAllSavedViews[i] == view)
            return i;
    }
    return -1;
}

} // namespace

SavedViewModel::SavedViewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new CacheReader(this))
    , m_counts(std::size(kAllSavedViews), 0)
{}

void SavedViewModel::setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context)
{
    m_cache = std::move(cache);
    m_context = std::move(context);
    m_reader->setCache(m_cache);
    // Not counted yet ("…"), rather than a misleading 0. The rows (the views) stay: no reset, so the pane
    // keeps its current view.
    applyCounts(QList<qint64>(std::size(kAllSavedViews), m_cache ? -1 : 0));
    refresh();
}

void SavedViewModel::setViews(const QList<SavedView> &views)
{
    beginResetModel();
    m_views = views;
    endResetModel();
}

void SavedViewModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_cache) {
        m_counting = false;
        return;
    }
    m_counting = true;
    const ViewContext context = m_context;
    m_reader->read([this, generation, context](const QSqlDatabase &db) -> std::function<void()> {
        const QList<qint64> counts = PetitionQuery(db, context).savedViewCounts();
        return [this, generation, counts] {
            if (generation != m_generation)
                return; // a newer count is on the way
            m_counting = false;
            applyCounts(counts);
            Q_EMIT counted();
        };
    });
}

void SavedViewModel::applyCounts(const QList<qint64> &fresh)
{
    const QList<qint64> old = std::exchange(m_counts, fresh);
    for (int row = 0; row < int(m_views.size()); ++row) {
        const int i = indexOfView(m_views.at(row));
        if (old.value(i) != fresh.value(i))
            Q_EMIT dataChanged(index(row, NameColumn), index(row, CountColumn));
    }
}

int SavedViewModel::rowOfView(SavedView view) const
{
    return int(m_views.indexOf(view));
}

SavedView SavedViewModel::viewAt(int row) const
{
    return m_views.value(row, SavedView::All);
}

qint64 SavedViewModel::count(SavedView view) const
{
    return m_counts.value(indexOfView(view));
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int SavedViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView view = m_views.at(index.row());
    const qint64 n = count(view);
    switch (role) {
    case ViewRole:
        return int(view);
    case CountRole:
        return n;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return savedViewLabel(view);
        return n < 0 ? QStringLiteral("…") : QLocale().toString(n);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (n < 0)
            return tr("%1: counting…").arg(savedViewLabel(view));
        return tr("%1: %n petition(s)", nullptr, int(n)).arg(savedViewLabel(view));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        // Overdue work stands out (in bold, not by a colour that a dark theme could swallow).
        if (view == SavedView::Overdue && n > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant SavedViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("View") : tr("Count");
}

} // namespace pakn
