#include "attachmentmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace pakn {

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<AttachmentRow> AttachmentModel::rowsFor(const QList<AttachmentRef> &refs, AttachmentRow::Origin origin)
{
    QList<AttachmentRow> rows;
    for (const AttachmentRef &a : refs) {
        AttachmentRow r;
        r.origin = origin;
        r.name = a.name;
        r.mime = a.mime;
        r.size = a.size;
        r.sha256 = a.sha256;
        r.serverId = a.id;
        rows << r;
    }
    return rows;
}

QList<AttachmentRow> AttachmentModel::rowsFor(const QList<DraftAttachment> &drafts)
{
    QList<AttachmentRow> rows;
    for (const DraftAttachment &a : drafts) {
        AttachmentRow r;
        r.origin = AttachmentRow::Origin::Draft;
        r.name = a.name;
        r.mime = a.mime;
        r.size = a.size;
        r.sha256 = a.sha256;
        r.serverId = a.serverId;
        r.localId = a.id;
        r.state = a.state;
        rows << r;
    }
    return rows;
}

void AttachmentModel::setRows(const QList<AttachmentRow> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString AttachmentModel::typeLabel(const AttachmentRow &row)
{
    return QFileInfo(row.name).suffix().toUpper();
}

QString AttachmentModel::stateLabel(const AttachmentRow &row)
{
    if (row.origin != AttachmentRow::Origin::Draft)
        return tr("on the server");
    switch (row.state) {
    case DraftAttachmentState::Local:
        return tr("waiting to upload");
    case DraftAttachmentState::Uploading:
        return tr("uploading");
    case DraftAttachmentState::Uploaded:
        return tr("uploaded");
    }
    return {};
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case TypeColumn:
            return typeLabel(r);
        case SizeColumn:
            return QLocale().formattedDataSize(r.size, 1, QLocale::DataSizeTraditionalFormat);
        case StateColumn:
            return stateLabel(r);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)").arg(r.name, r.mime);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case OriginRole:
        return int(r.origin);
    case ServerIdRole:
        return r.serverId;
    case LocalIdRole:
        return r.localId;
    case IsImageRole:
        return r.isImage();
    case SizeBytesRole:
        return r.size;
    default:
        return {};
    }
}

QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace pakn
