#include "petitionrows.h"

#include "net/wirecodec.h"
#include "serverdb.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace pakn::server {
namespace petitionrows {

const char *const kColumns =
    "id, version, code, title, content, kind, category, submitter_type, submitter_name, "
    "submitter_organisation, submitter_phone, submitter_email, submitter_address, channel, field_id, state, "
    "unit_id, assignee, received_at, due_date, updated_at, timeline, reply, attachments, replied_at, "
    "classification, reject_reason, admin_procedure";

const char *const kWireJson =
    "json_object('id', id, 'version', version, 'code', code, 'title', title, 'content', content,"
    " 'kind', kind, 'category', category,"
    " 'submitter', json_object('type', submitter_type, 'name', submitter_name,"
    "  'organisation', nullif(submitter_organisation, ''), 'phone', nullif(submitter_phone, ''),"
    "  'email', nullif(submitter_email, ''), 'address', nullif(submitter_address, '')),"
    " 'channel', channel, 'field', field_id, 'state', state, 'unit', unit_id,"
    " 'assignee', nullif(assignee, ''), 'received_at', received_at, 'due_date', due_date,"
    " 'updated_at', updated_at, 'timeline', json(timeline), 'reply', json(reply),"
    " 'attachments', json(attachments), 'replied_at', replied_at, 'classification', json(classification),"
    " 'reject_reason', nullif(reject_reason, ''), 'procedure', json(admin_procedure))";

namespace {

enum Column {
    Id,
    Version,
    Code,
    Title,
    Content,
    Kind,
    Category,
    SubmitterType_,
    SubmitterName,
    SubmitterOrganisation,
    SubmitterPhone,
    SubmitterEmail,
    SubmitterAddress,
    Channel_,
    FieldId,
    State,
    UnitId,
    Assignee,
    ReceivedAt,
    DueDate,
    UpdatedAt,
    Timeline,
    Reply_,
    Attachments,
    RepliedAt,
    Classification_,
    RejectReason,
    AdminProcedure_,
    ColumnCount,
};

QDateTime instant(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

template<typename E>
bool parseEnum(const QVariant &v, std::optional<E> (*parse)(const QString &), E *out, const char *column,
               QString *error)
{
    const std::optional<E> e = parse(v.toString());
    if (!e) {
        *error = QStringLiteral("petitions.%1: unknown value '%2'")
                     .arg(QLatin1String(column), v.toString().left(40));
        return false;
    }
    *out = *e;
    return true;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

/// Decodes a JSON column with one of the wire decoders; the error names the column.
template<typename T, typename Json, typename Decode>
bool decodeColumn(const QVariant &v, Decode decode, T *out, const char *column, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    Json json;
    if constexpr (std::is_same_v<Json, QJsonArray>)
        json = doc.array();
    else
        json = doc.object();
    auto decoded = decode(json);
    if (!decoded) {
        *error = QStringLiteral("petitions.%1: %2").arg(QLatin1String(column), decoded.error);
        return false;
    }
    *out = std::move(*decoded.value);
    return true;
}

/// The values of every column, in kColumns order.
QList<QVariant> values(const Petition &p)
{
    return {
        p.id,
        p.version,
        p.code,
        p.title,
        p.content,
        toWireName(p.kind),
        p.category,
        toWireName(p.submitter.type),
        p.submitter.name,
        nullIfEmpty(p.submitter.organisation),
        nullIfEmpty(p.submitter.phone),
        nullIfEmpty(p.submitter.email),
        nullIfEmpty(p.submitter.address),
        toWireName(p.channel),
        p.fieldId,
        toWireName(p.state),
        p.unitId,
        nullIfEmpty(p.assignee),
        wire::encodeInstant(p.receivedAt),
        p.dueDate.isValid() ? QVariant(wire::encodeDate(p.dueDate)) : nullString(),
        wire::encodeInstant(p.updatedAt),
        compact(QJsonDocument(wire::encodeTimeline(p.timeline))),
        p.reply ? QVariant(compact(QJsonDocument(wire::encode(*p.reply)))) : nullString(),
        compact(QJsonDocument(wire::encodeAttachments(p.attachments))),
        p.repliedAt.isValid() ? QVariant(wire::encodeInstant(p.repliedAt)) : nullString(),
        p.classification ? QVariant(compact(QJsonDocument(wire::encode(*p.classification)))) : nullString(),
        nullIfEmpty(p.rejectReason),
        p.adminProcedure.isEmpty()
            ? nullString()
            : QVariant(compact(QJsonDocument(wire::encode(p.adminProcedure).toObject()))),
    };
}

} // namespace

const int kColumnCount = ColumnCount;

std::optional<Petition> fromRow(const QSqlQuery &q, QString *error)
{
    Petition p;
    p.id = q.value(Id).toLongLong();
    p.version = q.value(Version).toLongLong();
    p.code = q.value(Code).toString();
    p.title = q.value(Title).toString();
    p.content = q.value(Content).toString();
    p.category = q.value(Category).toInt();
    p.submitter.name = q.value(SubmitterName).toString();
    p.submitter.organisation = q.value(SubmitterOrganisation).toString();
    p.submitter.phone = q.value(SubmitterPhone).toString();
    p.submitter.email = q.value(SubmitterEmail).toString();
    p.submitter.address = q.value(SubmitterAddress).toString();
    p.fieldId = q.value(FieldId).toString();
    p.unitId = q.value(UnitId).toString();
    p.assignee = q.value(Assignee).toString();
    p.receivedAt = instant(q.value(ReceivedAt));
    p.updatedAt = instant(q.value(UpdatedAt));
    if (!q.value(DueDate).isNull())
        p.dueDate = QDate::fromString(q.value(DueDate).toString(), Qt::ISODate);
    if (!q.value(RepliedAt).isNull())
        p.repliedAt = instant(q.value(RepliedAt));
    p.rejectReason = q.value(RejectReason).toString();
    if (!parseEnum(q.value(Kind), petitionKindFromWire, &p.kind, "kind", error) ||
        !parseEnum(q.value(SubmitterType_), submitterTypeFromWire, &p.submitter.type, "submitter_type",
                   error) ||
        !parseEnum(q.value(Channel_), channelFromWire, &p.channel, "channel", error) ||
        !parseEnum(q.value(State), petitionStateFromWire, &p.state, "state", error) ||
        !decodeColumn<QList<TimelineEntry>, QJsonArray>(q.value(Timeline), wire::decodeTimeline, &p.timeline,
                                                        "timeline", error) ||
        !decodeColumn<QList<AttachmentRef>, QJsonArray>(q.value(Attachments), wire::decodeAttachments,
                                                        &p.attachments, "attachments", error))
        return std::nullopt;
    if (!q.value(Reply_).isNull()) {
        Reply reply;
        if (!decodeColumn<Reply, QJsonObject>(q.value(Reply_), wire::decodeReply, &reply, "reply", error))
            return std::nullopt;
        p.reply = std::move(reply);
    }
    if (!q.value(Classification_).isNull()) {
        Classification c;
        if (!decodeColumn<Classification, QJsonObject>(q.value(Classification_), wire::decodeClassification,
                                                       &c, "classification", error))
            return std::nullopt;
        p.classification = c;
    }
    if (!q.value(AdminProcedure_).isNull()) {
        AdminProcedure a;
        if (!decodeColumn<AdminProcedure, QJsonObject>(q.value(AdminProcedure_), wire::decodeAdminProcedure,
                                                       &a, "admin_procedure", error))
            return std::nullopt;
        p.adminProcedure = a;
    }
    if (!p.receivedAt.isValid() || !p.updatedAt.isValid()) {
        *error = QStringLiteral("petitions %1: invalid timestamp").arg(p.id);
        return std::nullopt;
    }
    return p;
}

Result<std::optional<Stored>> load(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, seq FROM petitions WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "load petition");
    if (!q.next())
        return std::optional<Stored>();
    QString error;
    std::optional<Petition> p = fromRow(q, &error);
    if (!p)
        return ServerDb::problemFor(QSqlError(error), "decode petition");
    return std::optional<Stored>(Stored{std::move(*p), q.value(kColumnCount).toLongLong()});
}

bool update(QSqlDatabase &db, const Petition &petition, qint64 seq, QString *error)
{
    static const QString sql = [] {
        QString assignments;
        const QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
        for (const QString &c : columns.mid(1))
            assignments += c + QStringLiteral(" = ?, ");
        return QStringLiteral("UPDATE petitions SET %1seq = ? WHERE id = ?").arg(assignments);
    }();
    QSqlQuery q(db);
    q.prepare(sql);
    const QList<QVariant> v = values(petition);
    for (qsizetype i = 1; i < v.size(); ++i)
        q.addBindValue(v.at(i));
    q.addBindValue(seq);
    q.addBindValue(petition.id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    *error =
        q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no petition %1").arg(petition.id);
    return false;
}

} // namespace petitionrows

PetitionInserter::PetitionInserter(QSqlDatabase db)
    : m_query(db)
{
    m_query.prepare(QStringLiteral("INSERT INTO petitions (%1, seq) VALUES (%2)")
                        .arg(QLatin1String(petitionrows::kColumns),
                             QStringLiteral("?, ").repeated(petitionrows::kColumnCount + 1).chopped(2)));
}

bool PetitionInserter::insert(const Petition &p, qint64 seq, QString *error)
{
    const QList<QVariant> v = petitionrows::values(p);
    for (int i = 0; i < v.size(); ++i)
        m_query.bindValue(i, v.at(i));
    m_query.bindValue(static_cast<int>(v.size()), seq);
    if (m_query.exec())
        return true;
    *error = m_query.lastError().text();
    return false;
}

} // namespace pakn::server
