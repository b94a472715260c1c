#include "petitionlistmodel.h"

#include "store/cachedatabase.h"

#include <QSqlQuery>

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

PetitionListModel::PetitionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PetitionListModel::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    m_cache = std::move(cache);
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
    QSqlQuery q(m_cache->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM petitions")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<PetitionListModel::Row> PetitionListModel::readRows(qint64 offset, qint64 limit) const
{
    QList<Row> rows;
    if (!m_cache)
        return rows;
    QSqlQuery q(m_cache->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, title, channel, received_at, due_date, state FROM petitions"
                             " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.channel = channelFromWire(q.value(3).toString()).value_or(Channel::Portal);
        r.receivedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        r.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.state = petitionStateFromWire(q.value(6).toString()).value_or(PetitionState::Submitted);
        rows.append(std::move(r));
    }
    return rows;
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
    const Row &r = m_rows.at(index.row());
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
    const QList<Row> more = readRows(m_rows.size(), pageSize());
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace pakn
