#include "petitionlistmodel.h"

#include "cachereader.h"
#include "deadlinedisplay.h"
#include "domain/masking.h"
#include "inboxpolicy.h"
#include "store/cachedatabase.h"
#include "store/searchquery.h"
#include "syncmark.h"

#include <QFont>
#include <QSet>
#include <QThread>

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

/// What one read brings back from the worker thread.
struct PetitionListModel::Answer
{
    QList<PetitionRow> rows;
    qint64 offset = 0;  ///< of the first row
    qint64 total = -1;  ///< -1: not counted by this read
    bool marks = false; ///< whether `syncStates` was read
    bool full = false;  ///< the read brought as many rows as it asked for: more may follow
    QHash<qint64, OutboxState> syncStates;
    QString error;
    SearchOrder order = SearchOrder::None;
    bool indexBuilding = false;
    const QThread *thread = nullptr;
};

PetitionListModel::PetitionListModel(QObject *parent)
    : SyncedTableModel(parent)
    , m_reader(new CacheReader(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{}

void PetitionListModel::setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context)
{
    m_cache = std::move(cache);
    m_context = std::move(context);
    m_deadlineMemo = {}; // "today" may have changed
    m_reader->setCache(m_cache);
    // Another account's or day's rows must not stay on screen while the new ones are read.
    beginResetModel();
    m_rows.clear();
    m_syncStates.clear();
    m_total = m_cache ? -1 : 0;
    m_lastError.clear();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    reload();
}

void PetitionListModel::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    m_deadlineMemo = {};
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_rows.size()) - 1, DeadlineColumn));
}

void PetitionListModel::setFilter(const PetitionFilter &filter)
{
    m_filter = filter;
    reload();
}

void PetitionListModel::reload()
{
    m_resetPending = true;
    request(Apply::Reset);
}

void PetitionListModel::refresh()
{
    // A refresh asked for before the new filter's rows came must bring those rows, not merge into old ones.
    request(m_resetPending ? Apply::Reset : Apply::Merge);
}

void PetitionListModel::request(Apply how)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_fetching = false; // a page on the way for an older generation is dropped
    if (!m_cache) {
        m_resetPending = false;
        setLoading(false);
        return;
    }
    setLoading(true);
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const ViewContext context = m_context;
    const PetitionFilter filter = m_filter;
    // A reset reads the first screenful or so; a merge the rows loaded so far (at least that).
    const qint64 limit = how == Apply::Reset ? m_firstPage : std::max<qint64>(m_rows.size(), m_firstPage);
    m_reader->read([=](const QSqlDatabase &db) -> std::function<void()> {
        if (latest->load() != generation)
            return {}; // a newer request came before this one started
        Answer answer;
        answer.thread = QThread::currentThread();
        answer.syncStates = syncmark::read(*cache);
        answer.marks = true;
        PetitionQuery query(db, context);
        answer.rows = query.page(filter, 0, limit);
        answer.error = query.lastError();
        answer.order = query.lastSearchOrder();
        answer.indexBuilding = query.searchIndexBuilding();
        if (answer.rows.size() < limit && answer.error.isEmpty())
            answer.total = answer.rows.size(); // the whole list fits: counted already
        answer.full = answer.rows.size() >= limit;
        return [this, generation, how, answer = std::move(answer)]() mutable {
            applyAnswer(generation, how, std::move(answer));
        };
    });
    requestCount();
}

void PetitionListModel::requestCount()
{
    // Queued after the page, so the page shows first; for a broad search the count is the slower half.
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const ViewContext context = m_context;
    const PetitionFilter filter = m_filter;
    m_reader->read([=](const QSqlDatabase &db) -> std::function<void()> {
        if (latest->load() != generation)
            return {};
        PetitionQuery query(db, context);
        const qint64 total = query.count(filter);
        const QString error = query.lastError();
        return [this, generation, total, error] {
            if (generation != m_generation)
                return;
            if (!error.isEmpty())
                m_lastError = error;
            setTotal(std::max<qint64>(total, m_rows.size()));
        };
    });
}

void PetitionListModel::applyAnswer(quint64 generation, Apply how, Answer answer)
{
    if (generation != m_generation)
        return; // stale: a newer request is on the way
    m_lastQueryThread = answer.thread;
    m_lastError = answer.error;
    m_searchOrder = answer.order;
    m_indexBuilding = answer.indexBuilding;
    m_moreMayFollow = answer.full;
    const qint64 known =
        answer.total >= 0 ? answer.total : (m_total >= 0 && how == Apply::Merge ? m_total : -1);
    if (how == Apply::Reset) {
        beginResetModel();
        m_rows = std::move(answer.rows);
        m_syncStates = std::move(answer.syncStates);
        m_terms = search::terms(m_filter.search);
        m_resetPending = false;
        m_total = known;
        endResetModel();
        Q_EMIT totalCountChanged(m_total);
    } else {
        // Views ask for more rows from inside the row signals; they must wait until the merge is done.
        m_merging = true;
        syncRows(
            m_rows, answer.rows, [](const PetitionRow &r) { return r.id; }, sameRow, syncSteps());
        m_merging = false;
        if (known >= 0)
            setTotal(std::max<qint64>(known, m_rows.size()));
        // The marks change without the rows changing: report the rows whose mark came, went or changed.
        QHash<qint64, OutboxState> states = std::move(answer.syncStates);
        m_syncStates.swap(states); // `states` now holds the old marks
        for (int row = 0; row < int(m_rows.size()); ++row) {
            const qint64 id = m_rows.at(row).id;
            if (states.value(id, kNoMark) != m_syncStates.value(id, kNoMark))
                Q_EMIT dataChanged(index(row, CodeColumn), index(row, CodeColumn));
        }
    }
    setLoading(false);
    Q_EMIT loaded();
}

void PetitionListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PetitionListModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
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

const DeadlineDisplay &PetitionListModel::deadlineOf(const PetitionRow &r) const
{
    DeadlineMemo &m = m_deadlineMemo;
    if (m.id != r.id || m.state != r.state || m.due != r.dueDate) {
        m.display = DeadlineDisplay::describe(r.state, r.dueDate, m_context.today, m_calendar,
                                              inbox::kDueSoonWorkingDays);
        m.id = r.id;
        m.state = r.state;
        m.due = r.dueDate;
    }
    return m.display;
}

QVariant PetitionListModel::deadlineData(const PetitionRow &r, int role) const
{
    const DeadlineDisplay &d = deadlineOf(r);
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

void PetitionListModel::setVisibleRows(int rows)
{
    // A margin, so that a small scroll after the first read does not wait for the next page.
    m_firstPage = std::clamp(rows + 16, int(kMinFirstPage), pageSize());
}

bool PetitionListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_merging || m_resetPending || !m_cache)
        return false;
    // Not counted yet: a full last read says there may be more.
    return m_total < 0 ? !m_rows.isEmpty() && m_moreMayFollow : m_rows.size() < m_total;
}

void PetitionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_fetching)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const ViewContext context = m_context;
    const PetitionFilter filter = m_filter;
    const qint64 offset = m_rows.size();
    m_reader->read([=](const QSqlDatabase &db) -> std::function<void()> {
        if (latest->load() != generation)
            return {};
        PetitionQuery query(db, context);
        QList<PetitionRow> more = query.page(filter, offset, pageSize());
        const QString error = query.lastError();
        return [this, generation, offset, more = std::move(more), error] {
            if (generation != m_generation || !m_fetching)
                return;
            m_fetching = false;
            m_lastError = error;
            if (offset != m_rows.size())
                return; // a refresh changed the rows meanwhile; the view asks again
            if (more.isEmpty()) {
                setTotal(m_rows.size());
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
            m_moreMayFollow = more.size() >= pageSize();
            if (more.size() < pageSize() && m_total < 0)
                m_total = m_rows.size() + fresh.size(); // the end is reached: counted (reported below)
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
                m_rows.append(fresh);
                endInsertRows();
            }
            Q_EMIT totalCountChanged(m_total);
        };
    });
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
