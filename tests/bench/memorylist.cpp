#include "memorylist.h"

#include "domain/channel.h"

#include <QSqlError>
#include <algorithm>
#include <iterator>

namespace pakn::bench {
namespace {

QSet<qint64> idSet(QSqlDatabase db, const QString &sql)
{
    QSet<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

bool inView(SavedView view, const LoadedRows &data, const PetitionRow &r, const ViewContext &c)
{
    const bool running = deadlineRuns(r.state);
    switch (view) {
    case SavedView::All:
        return true;
    case SavedView::AssignedToMe:
        return r.assignee == c.username && running;
    case SavedView::ToReceive:
        return (r.state == PetitionState::Submitted || r.state == PetitionState::Transferred) &&
               r.unitId == c.unitId;
    case SavedView::ToAssign:
        return (r.state == PetitionState::Received || r.state == PetitionState::Classified) &&
               r.assignee.isEmpty() && r.unitId == c.unitId;
    case SavedView::DueSoon:
        return running && r.dueDate.isValid() && r.dueDate >= c.today && r.dueDate <= c.dueSoonUntil;
    case SavedView::Overdue:
        return running && r.dueDate.isValid() && r.dueDate < c.today;
    case SavedView::AwaitingMyApproval:
        return r.state == PetitionState::AwaitingApproval && c.unitSubtree.contains(r.unitId);
    case SavedView::ReturnedToMe:
        return r.assignee == c.username &&
               (r.state == PetitionState::SentBack ||
                (r.state == PetitionState::InProgress && data.lastReturned.contains(r.id)));
    case SavedView::Drafts:
        return data.drafts.contains(r.id);
    case SavedView::Outbox:
        return data.outbox.contains(r.id);
    case SavedView::MyUnit:
        return c.unitSubtree.contains(r.unitId);
    case SavedView::Published:
        return r.state == PetitionState::Published;
    }
    return false;
}

} // namespace

PetitionRow readListRow(const QSqlQuery &q)
{
    PetitionRow r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.title = q.value(2).toString();
    r.submitterName = q.value(3).toString();
    r.submitterPhone = q.value(4).toString();
    r.channel = channelFromWire(q.value(5).toString()).value_or(Channel::Portal);
    r.fieldId = q.value(6).toString();
    r.receivedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.dueDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    r.state = petitionStateFromWire(q.value(9).toString()).value_or(PetitionState::Submitted);
    r.unitId = q.value(10).toString();
    r.assignee = q.value(11).toString();
    return r;
}

QList<PetitionRow> readListRows(QSqlQuery &q)
{
    QList<PetitionRow> rows;
    while (q.next())
        rows.append(readListRow(q));
    return rows;
}

LoadedRows loadAllRows(QSqlDatabase db)
{
    LoadedRows data;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, code, title, submitter_name, submitter_phone, channel, field_id, "
                           "received_at, due_date, state, unit_id, assignee, submitter_key FROM petitions")))
        qFatal("loading all rows failed: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        data.rows.append(readListRow(q));
        data.submitterKeys.append(q.value(12).toString());
    }
    data.drafts = idSet(db, QStringLiteral("SELECT petition_id FROM reply_drafts"));
    data.outbox = idSet(db, QStringLiteral("SELECT petition_id FROM outbox"));
    // Same rule as the ReturnedToMe view: a 'return' event at the petition's latest event time.
    data.lastReturned = idSet(
        db, QStringLiteral("SELECT e.petition_id FROM timeline_events e WHERE e.kind = 'return' AND e.at = "
                           "(SELECT MAX(at) FROM timeline_events WHERE petition_id = e.petition_id)"));
    return data;
}

bool accepts(const LoadedRows &data, qsizetype i, const PetitionFilter &f, const ViewContext &context)
{
    const PetitionRow &r = data.rows.at(i);
    if (!f.states.isEmpty() && !f.states.contains(r.state))
        return false;
    if (!f.channels.isEmpty() && !f.channels.contains(r.channel))
        return false;
    if (!f.fieldIds.isEmpty() && !f.fieldIds.contains(r.fieldId))
        return false;
    if (!f.unitIds.isEmpty() && !f.unitIds.contains(r.unitId))
        return false;
    if (!f.assignees.isEmpty() && !f.assignees.contains(r.assignee))
        return false;
    return inView(f.view, data, r, context);
}

bool before(const LoadedRows &data, qsizetype a, qsizetype b, SortKey key, Qt::SortOrder order)
{
    const PetitionRow &x = data.rows.at(a);
    const PetitionRow &y = data.rows.at(b);
    const bool ascending = order == Qt::AscendingOrder;
    auto ordered = [ascending](const auto &u, const auto &v) { return ascending ? u < v : v < u; };
    switch (key) {
    case SortKey::Deadline:
        if (x.dueDate.isValid() != y.dueDate.isValid())
            return x.dueDate.isValid(); // NULLs last either way
        if (x.dueDate != y.dueDate)
            return ordered(x.dueDate, y.dueDate);
        break;
    case SortKey::Submitter: {
        const int c = data.submitterKeys.at(a).compare(data.submitterKeys.at(b));
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        break;
    }
    default:
        if (x.receivedAt != y.receivedAt)
            return ordered(x.receivedAt, y.receivedAt);
        break;
    }
    return ordered(x.id, y.id);
}

QList<qsizetype> filterAndSort(const LoadedRows &data, const PetitionFilter &filter,
                               const ViewContext &context)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        if (accepts(data, i, filter, context))
            out.append(i);
    }
    std::sort(out.begin(), out.end(),
              [&](qsizetype a, qsizetype b) { return before(data, a, b, filter.sortKey, filter.sortOrder); });
    return out;
}

QList<qint64> countSavedViews(const LoadedRows &data, const ViewContext &context)
{
    QList<qint64> counts(qsizetype(std::size(kAllSavedViews)), 0);
    for (const PetitionRow &r : data.rows) {
        for (qsizetype v = 0; v < counts.size(); ++v) {
            if (inView(kAllSavedViews[v], data, r, context))
                ++counts[v];
        }
    }
    return counts;
}

RowTableModel::RowTableModel(const LoadedRows *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
{}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data->rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != SortRole))
        return {};
    const PetitionRow &r = m_data->rows.at(index.row());
    switch (index.column()) {
    case CodeColumn:
        return r.code;
    case TitleColumn:
        return r.title;
    case SubmitterColumn:
        return role == SortRole ? m_data->submitterKeys.at(index.row()) : r.submitterName;
    case ChannelColumn:
        return toWireName(r.channel);
    case FieldColumn:
        return r.fieldId;
    case ReceivedColumn:
        return r.receivedAt;
    case DeadlineColumn:
        return r.dueDate;
    case StateColumn:
        return toWireName(r.state);
    case UnitColumn:
        return r.unitId;
    case AssigneeColumn:
        return r.assignee;
    default:
        return {};
    }
}

ViewProxyModel::ViewProxyModel(PetitionFilter filter, ViewContext context, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_filter(std::move(filter))
    , m_context(std::move(context))
{}

const LoadedRows &ViewProxyModel::loaded() const
{
    return static_cast<const RowTableModel *>(sourceModel())->loaded();
}

bool ViewProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return accepts(loaded(), sourceRow, m_filter, m_context);
}

bool ViewProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The proxy sorts descending with lessThan(right, left); SQL keeps NULL deadlines last in both orders.
    if (sortOrder() == Qt::AscendingOrder)
        return before(loaded(), left.row(), right.row(), m_filter.sortKey, Qt::AscendingOrder);
    return before(loaded(), right.row(), left.row(), m_filter.sortKey, Qt::DescendingOrder);
}

int sortColumnFor(SortKey key)
{
    switch (key) {
    case SortKey::Deadline:
        return RowTableModel::DeadlineColumn;
    case SortKey::Submitter:
        return RowTableModel::SubmitterColumn;
    default:
        return RowTableModel::ReceivedColumn;
    }
}

} // namespace pakn::bench
