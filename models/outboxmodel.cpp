#include "outboxmodel.h"

#include "cachereader.h"
#include "store/cachedatabase.h"

#include <QColor>
#include <QJsonValue>
#include <QThread>

namespace pakn {
namespace {

bool sameItem(const OutboxItem &a, const OutboxItem &b)
{
    return a.id == b.id && a.state == b.state && a.attempts == b.attempts && a.lastError == b.lastError &&
           a.nextAttemptAt == b.nextAttemptAt && a.baseVersion == b.baseVersion && a.payload == b.payload;
}

/// The first text the officer typed into the command (a note, a comment, a reason), for the detail column.
QString payloadSummary(const QJsonObject &payload)
{
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString text = it.value().toString().simplified();
        if (!text.isEmpty())
            return text.size() > 80 ? text.left(79) + QStringLiteral("…") : text;
    }
    return {};
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : SyncedTableModel(parent)
    , m_reader(new CacheReader(this))
{}

void OutboxModel::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    beginResetModel();
    m_cache = std::move(cache);
    m_items.clear();
    endResetModel();
    m_reader->setCache(m_cache);
    request(Apply::Reset);
}

void OutboxModel::setPetition(qint64 petitionId)
{
    if (petitionId == m_petitionId)
        return;
    beginResetModel();
    m_petitionId = petitionId;
    m_items.clear();
    endResetModel();
    request(Apply::Reset);
}

void OutboxModel::refresh()
{
    request(Apply::Merge);
}

void OutboxModel::request(Apply how)
{
    const quint64 generation = ++m_generation;
    if (!m_cache) {
        m_loading = false;
        return;
    }
    m_loading = true;
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    const qint64 petitionId = m_petitionId;
    m_reader->read([=](const QSqlDatabase &) -> std::function<void()> {
        QList<OutboxItem> items = Outbox(*cache).all(); // this thread's connection
        if (petitionId != 0) {
            items.erase(
                std::remove_if(items.begin(), items.end(),
                               [petitionId](const OutboxItem &i) { return i.petitionId != petitionId; }),
                items.end());
        }
        const QThread *thread = QThread::currentThread();
        return [this, generation, how, thread, items = std::move(items)]() mutable {
            if (generation != m_generation)
                return; // a newer request is on the way
            m_lastQueryThread = thread;
            if (how == Apply::Reset) {
                beginResetModel();
                m_items = std::move(items);
                endResetModel();
            } else {
                syncRows(
                    m_items, items, [](const OutboxItem &i) { return i.id; }, sameItem, syncSteps());
            }
            m_loading = false;
            Q_EMIT loaded();
        };
    });
}

QString OutboxModel::stateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Waiting to be sent");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString OutboxModel::detailText(const OutboxItem &item) const
{
    switch (item.state) {
    case OutboxState::Queued:
        if (item.attempts > 0 && item.nextAttemptAt.isValid())
            return tr("Will try again at %1 (%2)")
                .arg(item.nextAttemptAt.toLocalTime().toString(QStringLiteral("HH:mm")), item.lastError);
        return payloadSummary(item.payload);
    case OutboxState::Sending:
        return payloadSummary(item.payload);
    case OutboxState::Failed:
        return tr("Refused: %1").arg(item.lastError);
    case OutboxState::Conflict:
        return tr("Changed on the server meanwhile; resolve it, then retry or drop it. %1")
            .arg(item.lastError);
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_items.at(index.row());
    const bool held = item.state == OutboxState::Failed || item.state == OutboxState::Conflict;
    switch (role) {
    case ItemIdRole:
        return item.id;
    case PetitionIdRole:
        return item.petitionId;
    case StateRole:
        return int(item.state);
    case CanRetryRole:
        return held;
    case CanDropRole:
        return item.state != OutboxState::Sending;
    case Qt::ForegroundRole:
        return index.column() == StateColumn && held ? QVariant(QColor(0x8a, 0x10, 0x10)) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == StateColumn && held ? QVariant(QColor(0xfd, 0xe0, 0xdf)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PetitionColumn: {
        const QString code = item.baseRecord.value(QStringLiteral("code")).toString();
        return code.isEmpty() ? QString::number(item.petitionId) : code;
    }
    case ActionColumn:
        return displayLabel(item.command);
    case StateColumn:
        return stateLabel(item.state);
    case DetailColumn:
        return detailText(item);
    case QueuedColumn:
        return item.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PetitionColumn:
        return tr("Petition");
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    case QueuedColumn:
        return tr("Queued");
    default:
        return {};
    }
}

} // namespace pakn
