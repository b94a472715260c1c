#include "petitionlistmodel.h"

#include "deadlinedisplay.h"
#include "domain/masking.h"
#include "inboxpolicy.h"
#include "store/cachedatabase.h"
#include "store/searchquery.h"
#include "syncmark.h"

#include <QFont>
#include <QSet>

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
constexpr auto kNoMark = OutboxState(-1); // a petition without outbox items

// Which sort key each column sorts by (headers of columns without one are not clickable for sorting).
struct ColumnSort
{
    int column;
    SortKey key;
};
constexpr ColumnSort kColumnSorts[] = {
    {PetitionListModel::CodeColumn, SortKey::Code},
    {PetitionListModel::TitleColumn, SortKey::Title},
    {PetitionListModel::SubmitterColumn, SortKey::Submitter},
    {PetitionListModel::ChannelColumn, SortKey::Channel},
    {PetitionListModel::FieldColumn, SortKey::Field},
    {PetitionListModel::ReceivedColumn, SortKey::Received},
    {PetitionListModel::DeadlineColumn, SortKey::Deadline},
    {PetitionListModel::StateColumn, SortKey::State},
    {PetitionListModel::UnitColumn, SortKey::Unit},
    {PetitionListModel::AssigneeColumn, SortKey::Assignee},
};

bool sameRow(const PetitionRow &a, const PetitionRow &b)
{
    return a.id == b.id && a.code == b.code && a.title == b.title && a.submitterName == b.submitterName &&
           a.submitterPhone == b.submitterPhone && a.channel == b.channel && a.fieldId == b.fieldId &&
           a.receivedAt == b.receivedAt && a.dueDate == b.dueDate && a.state == b.state &&
           a.unitId == b.unitId && a.assignee == b.assignee;
}

/// The name, with the phone number masked after it (only in the tooltip, to keep the column narrow).
QString submitterText(const PetitionRow &r, int role)
{
    if (role != Qt::ToolTipRole || r.submitterPhone.isEmpty())
        return r.submitterName;
    return r.submitterName + QStringLiteral(" · ") + masking::phone(r.submitterPhone);
}

} // namespace

PetitionListModel::PetitionListModel(QObject *parent)
    : SyncedTableModel(parent)
{}

void PetitionListModel::setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context)
{
    m_cache = std::move(cache);
    m_context = std::move(context);
    reload();
}

void PetitionListModel::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_rows.size()) - 1, DeadlineColumn));
}

void PetitionListModel::setFilter(const PetitionFilter &filter)
{
    m_filter = filter;
    m_terms = search::terms(filter.search);
    reload();
}

void PetitionListModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_rows.clear();
    m_syncStates = readSyncStates();
    m_total = readTotal();
    m_rows = readRows(0, pageSize());
    endResetModel();
}

void PetitionListModel::refresh()
{
    if (!m_cache)
        return;
    m_lastError.clear();
    const qint64 keep = std::max<qint64>(m_rows.size(), pageSize());
    const QList<PetitionRow> fresh = readRows(0, keep);
    const qint64 total = readTotal();
    // Views ask for more rows from inside the row signals; they must wait until the merge is done.
    m_merging = true;
    syncRows(
        m_rows, fresh, [](const PetitionRow &r) { return r.id; }, sameRow, syncSteps());
    m_merging = false;
    m_total = std::max<qint64>(total, m_rows.size());

    // The marks change without the rows changing: report the rows whose mark came, went or changed.
    QHash<qint64, OutboxState> states = readSyncStates();
    m_syncStates.swap(states); // `states` now holds the old marks
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const qint64 id = m_rows.at(row).id;
        if (states.value(id, kNoMark) != m_syncStates.value(id, kNoMark))
            Q_EMIT dataChanged(index(row, CodeColumn), index(row, CodeColumn));
    }
}

QHash<qint64, OutboxState> PetitionListModel::readSyncStates() const
{
    return m_cache ? syncmark::read(*m_cache) : QHash<qint64, OutboxState>();
}

qint64 PetitionListModel::readTotal() const
{
    if (!m_cache)
        return 0;
    PetitionQuery query(m_cache->connection(), m_context);
    const qint64 total = query.count(m_filter);
    if (!query.lastError().isEmpty())
        m_lastError = query.lastError();
    return total;
}

QList<PetitionRow> PetitionListModel::readRows(qint64 offset, qint64 limit) const
{
    if (!m_cache)
        return {};
    PetitionQuery query(m_cache->connection(), m_context);
    QList<PetitionRow> rows = query.page(m_filter, offset, limit);
    if (!query.lastError().isEmpty())
        m_lastError = query.lastError();
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

std::optional<SortKey> PetitionListModel::sortKeyOfColumn(int column)
{
    for (const ColumnSort &c : kColumnSorts) {
        if (c.column == column)
            return c.key;
    }
    return std::nullopt;
}

int PetitionListModel::columnOfSortKey(SortKey key)
{
    for (const ColumnSort &c : kColumnSorts) {
        if (c.key == key)
            return c.column;
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

QVariant PetitionListModel::deadlineData(const PetitionRow &r, int role) const
{
    const DeadlineDisplay d = DeadlineDisplay::describe(r.state, r.dueDate, m_context.today, m_calendar,
                                                        inbox::kDueSoonWorkingDays);
    switch (role) {
    case Qt::DisplayRole:
        return d.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return d.toolTip.isEmpty() ? QVariant() : QVariant(d.toolTip);
    case Qt::ForegroundRole:
        return d.foreground.isValid() ? QVariant(d.foreground) : QVariant();
    case Qt::BackgroundRole:
        return d.background.isValid() ? QVariant(d.background) : QVariant();
    case Qt::FontRole:
        if (d.state == DeadlineState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DeadlineStateRole:
        return d.state ? QVariant(int(*d.state)) : QVariant();
    case WorkingDaysLeftRole:
        return d.state ? QVariant(d.workingDaysLeft) : QVariant();
    default:
        return {};
    }
}

QVariant PetitionListModel::codeData(const PetitionRow &r, int role) const
{
    const auto it = m_syncStates.constFind(r.id);
    const bool marked = it != m_syncStates.constEnd();
    switch (role) {
    case SyncStateRole:
        return marked ? QVariant(int(*it)) : QVariant();
    case Qt::DecorationRole:
        return marked ? QVariant(syncmark::icon(*it)) : QVariant();
    case Qt::ToolTipRole:
        return marked ? QStringLiteral("%1 · %2").arg(r.code, syncmark::label(*it)) : r.code;
    case Qt::AccessibleTextRole:
        return marked ? QVariant(QStringLiteral("%1 · %2").arg(r.code, syncmark::label(*it))) : QVariant();
    case Qt::DisplayRole:
        return r.code;
    default:
        return {};
    }
}

QVariant PetitionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PetitionRow &r = m_rows.at(index.row());
    if (role == PetitionIdRole)
        return r.id;
    if (role == SearchTermsRole)
        return m_terms;
    if (index.column() == DeadlineColumn || role == DeadlineStateRole || role == WorkingDaysLeftRole)
        return deadlineData(r, role);
    if (index.column() == CodeColumn || role == SyncStateRole)
        return codeData(r, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return r.code;
    case TitleColumn:
        return r.title;
    case SubmitterColumn:
        return submitterText(r, role);
    case ChannelColumn:
        return displayLabel(r.channel);
    case FieldColumn:
        return r.fieldId;
    case ReceivedColumn:
        return vietnamDate(r.receivedAt).toString(kDateFormat);
    case StateColumn:
        return displayLabel(r.state);
    case UnitColumn:
        return r.unitId;
    case AssigneeColumn:
        return r.assignee;
    default:
        return {};
    }
}

QVariant PetitionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case SubmitterColumn:
        return tr("Submitter");
    case ChannelColumn:
        return tr("Channel");
    case FieldColumn:
        return tr("Field");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("Status");
    case UnitColumn:
        return tr("Unit");
    case AssigneeColumn:
        return tr("Assignee");
    default:
        return {};
    }
}

bool PetitionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_merging && m_rows.size() < m_total;
}

void PetitionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_merging)
        return;
    const QList<PetitionRow> more = readRows(m_rows.size(), pageSize());
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    // Rows may have moved between pages since the first one was read: skip any already loaded.
    QSet<qint64> loaded;
    for (const PetitionRow &r : std::as_const(m_rows))
        loaded.insert(r.id);
    QList<PetitionRow> fresh;
    for (const PetitionRow &r : more) {
        if (!loaded.contains(r.id))
            fresh.append(r);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

void PetitionListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<SortKey> key = sortKeyOfColumn(column);
    if (!key || (m_filter.sortKey == *key && m_filter.sortOrder == order))
        return;
    PetitionFilter f = m_filter;
    f.sortKey = *key;
    f.sortOrder = order;
    setFilter(f);
}

} // namespace pakn
