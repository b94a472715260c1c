#pragma once

#include "domain/petition.h"
#include "store/draftattachments.h"

#include <QAbstractTableModel>
#include <QList>

namespace pakn {

/// One file shown in an attachment list: a citizen's file, a file the server already holds for the reply,
/// or a file the officer attached here that is still on its way to the server.
struct AttachmentRow
{
    enum class Origin { Citizen, Reply, Draft };
    Origin origin = Origin::Citizen;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QString serverId;   ///< empty for a draft file not uploaded yet
    qint64 localId = 0; ///< Draft only: the DraftAttachments id ({"local": id} in a command)
    DraftAttachmentState state = DraftAttachmentState::Uploaded;

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
    friend bool operator==(const AttachmentRow &a, const AttachmentRow &b)
    {
        return a.origin == b.origin && a.name == b.name && a.mime == b.mime && a.size == b.size &&
               a.sha256 == b.sha256 && a.serverId == b.serverId && a.localId == b.localId &&
               a.state == b.state;
    }
};

/// A list of files: the citizen's attachments in the detail pane, the reply's files in the reply editor.
/// Columns: name, type, size (in the locale's units), and where the file stands (on the server, waiting to
/// upload, uploading).
///
/// Contract: a value model on the GUI thread; `setRows()` replaces the rows (a reset) unless they are the
/// same. The helpers build rows from the server's records and from DraftAttachments. Read-only.
class AttachmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, StateColumn, ColumnCount };
    enum Role {
        OriginRole = Qt::UserRole + 1, ///< int(AttachmentRow::Origin)
        ServerIdRole,
        LocalIdRole,
        IsImageRole,
        SizeBytesRole,
    };

    explicit AttachmentModel(QObject *parent = nullptr);

    static QList<AttachmentRow> rowsFor(const QList<AttachmentRef> &refs, AttachmentRow::Origin origin);
    static QList<AttachmentRow> rowsFor(const QList<DraftAttachment> &drafts);

    void setRows(const QList<AttachmentRow> &rows);
    const QList<AttachmentRow> &rows() const { return m_rows; }
    const AttachmentRow &row(int r) const { return m_rows.at(r); }
    /// "PDF", "JPG", … from the file name, for the type column.
    static QString typeLabel(const AttachmentRow &row);
    static QString stateLabel(const AttachmentRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttachmentRow> m_rows;
};

} // namespace pakn
