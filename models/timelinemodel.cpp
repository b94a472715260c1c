#include "timelinemodel.h"

#include "domain/workflow.h"

#include <QTimeZone>

namespace pakn {
namespace {

QString nameOf(const QList<Label> &labels, const QString &id)
{
    for (const Label &l : labels) {
        if (l.id == id)
            return l.name;
    }
    return id;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setReferenceData(const ReferenceData &reference)
{
    m_reference = reference;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TimelineModel::setTimeline(const QList<TimelineEntry> &entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString TimelineModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("submitted"))
        return tr("Submitted");
    if (const std::optional<Command> c = commandFromWire(kind))
        return displayLabel(*c);
    return kind;
}

QString TimelineModel::detailText(const TimelineEntry &e) const
{
    QStringList parts;
    const QJsonObject &d = e.data;
    if (const QString unit = d.value(QStringLiteral("unit")).toString(); !unit.isEmpty()) {
        const UnitInfo *u = m_reference.unit(unit);
        parts << tr("to %1").arg(u ? u->name : unit);
    }
    if (const QString to = d.value(QStringLiteral("to")).toString(); !to.isEmpty())
        parts << tr("to %1").arg(to);
    if (const QString who = d.value(QStringLiteral("assignee")).toString(); !who.isEmpty())
        parts << tr("to %1").arg(who);
    if (const QString field = d.value(QStringLiteral("field")).toString(); !field.isEmpty())
        parts << tr("field: %1").arg(nameOf(m_reference.fields, field));
    if (const QString reason = d.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
        parts << tr("reason: %1").arg(nameOf(m_reference.rejectReasons, reason));
    if (!e.comment.isEmpty())
        parts << e.comment;
    return parts.join(QStringLiteral(" — "));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return e.at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")))
                .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case WhoColumn:
            return e.actor.isEmpty() ? tr("the citizen") : e.actor;
        case WhatColumn:
            return kindLabel(e.kind);
        case DetailColumn:
            return detailText(e);
        default:
            return {};
        }
    case EntryIdRole:
        return e.id;
    case KindRole:
        return e.kind;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace pakn
