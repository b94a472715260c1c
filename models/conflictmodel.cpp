#include "conflictmodel.h"

#include <QTimeZone>

namespace pakn {
namespace {

bool sameRows(const QList<ConflictRecord> &a, const QList<ConflictRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConflictModel::setRows(const QList<ConflictRecord> &rows)
{
    if (sameRows(rows, m_rows))
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PetitionColumn:
            return c.theirs.value(QStringLiteral("code")).toString();
        case ActionColumn: {
            const std::optional<Command> command = c.command();
            return command ? displayLabel(*command) : c.mine.value(QStringLiteral("type")).toString();
        }
        case SinceColumn:
            return c.createdAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")))
                .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        default:
            return {};
        }
    case OutboxItemIdRole:
        return c.outboxItemId;
    case PetitionIdRole:
        return c.petitionId;
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PetitionColumn:
        return tr("Petition");
    case ActionColumn:
        return tr("Action");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace pakn
