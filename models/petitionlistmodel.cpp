#include "petitionlistmodel.h"

#include "store/cachedatabase.h"

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

PetitionListModel::PetitionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PetitionListModel::setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context)
{
    m_cache = std::move(cache);
    m_context = std::move(context);
    refresh();
}

void PetitionListModel::setFilter(const PetitionFilter &filter)
{
    m_filter = filter;
    m_rows.clear();
    refresh();
}

void PetitionListModel::refresh()
{
    beginResetModel();
    const qint64 keep = std::max<qint64>(m_rows.size(), pageSize());
    m_total = readTotal();
    m_rows = readRows(0, keep);
    endResetModel();
}

qint64 PetitionListModel::readTotal() const
{
    if (!m_cache)
        return 0;
    return PetitionQuery(m_cache->connection(), m_context).count(m_filter);
}

QList<PetitionRow> PetitionListModel::readRows(qint64 offset, qint64 limit) const
{
    if (!m_cache)
        return {};
    return PetitionQuery(m_cache->connection(), m_context).page(m_filter, offset, limit);
}

int PetitionListModel::rowOfPetition(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int PetitionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PetitionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PetitionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PetitionRow &r = m_rows.at(index.row());
    if (role == PetitionIdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return r.code;
    case TitleColumn:
        return r.title;
    case ChannelColumn:
        return displayLabel(r.channel);
    case ReceivedColumn:
        return r.receivedAt.toLocalTime().toString(kDateFormat);
    case DeadlineColumn:
        return r.dueDate.isValid() ? r.dueDate.toString(kDateFormat) : QString();
    case StateColumn:
        return displayLabel(r.state);
    default:
        return {};
    }
}

QVariant PetitionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case ChannelColumn:
        return tr("Channel");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool PetitionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void PetitionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<PetitionRow> more = readRows(m_rows.size(), pageSize());
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace pakn
