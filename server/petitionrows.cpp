#include "petitionrows.h"

#include "net/wirecodec.h"

#include <QSqlError>
#include <QVariant>

namespace pakn::server {
namespace petitionrows {

const char *const kColumns =
    "id, version, code, title, content, kind, category, submitter_type, submitter_name, "
    "submitter_organisation, "
    "submitter_phone, submitter_email, submitter_address, channel, field_id, state, unit_id, assignee, "
    "received_at, due_date, updated_at";

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

} // namespace

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
    if (!parseEnum(q.value(Kind), petitionKindFromWire, &p.kind, "kind", error) ||
        !parseEnum(q.value(SubmitterType_), submitterTypeFromWire, &p.submitter.type, "submitter_type",
                   error) ||
        !parseEnum(q.value(Channel_), channelFromWire, &p.channel, "channel", error) ||
        !parseEnum(q.value(State), petitionStateFromWire, &p.state, "state", error))
        return std::nullopt;
    if (!p.receivedAt.isValid() || !p.updatedAt.isValid()) {
        *error = QStringLiteral("petitions %1: invalid timestamp").arg(p.id);
        return std::nullopt;
    }
    return p;
}

} // namespace petitionrows

PetitionInserter::PetitionInserter(QSqlDatabase db)
    : m_query(db)
{
    m_query.prepare(
        QStringLiteral("INSERT INTO petitions (%1, seq) VALUES (%2)")
            .arg(QLatin1String(petitionrows::kColumns), QStringLiteral("?, ").repeated(22).chopped(2)));
}

bool PetitionInserter::insert(const Petition &p, qint64 seq, QString *error)
{
    const QVariant values[] = {
        p.id,
        p.version,
        p.code,
        p.title,
        p.content,
        toWireName(p.kind),
        p.category,
        toWireName(p.submitter.type),
        p.submitter.name,
        petitionrows::nullIfEmpty(p.submitter.organisation),
        petitionrows::nullIfEmpty(p.submitter.phone),
        petitionrows::nullIfEmpty(p.submitter.email),
        petitionrows::nullIfEmpty(p.submitter.address),
        toWireName(p.channel),
        p.fieldId,
        toWireName(p.state),
        p.unitId,
        petitionrows::nullIfEmpty(p.assignee),
        wire::encodeInstant(p.receivedAt),
        p.dueDate.isValid() ? QVariant(wire::encodeDate(p.dueDate)) : QVariant(QMetaType(QMetaType::QString)),
        wire::encodeInstant(p.updatedAt),
        seq,
    };
    for (int i = 0; i < 22; ++i)
        m_query.bindValue(i, values[i]);
    if (m_query.exec())
        return true;
    *error = m_query.lastError().text();
    return false;
}

} // namespace pakn::server
