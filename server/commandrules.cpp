#include "commandrules.h"

#include "attachmentrows.h"
#include "directory.h"

#include <QJsonArray>

namespace pakn::server::commandrules {
namespace {

constexpr int kMaxText = 4000;

/// Collects the problems of one command: every one is reported, not only the first.
class Errors
{
public:
    void add(const QString &field, const QString &message)
    {
        m_list.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
    }
    bool isEmpty() const { return m_list.isEmpty(); }
    Problem problem() const
    {
        const QJsonObject first = m_list.first().toObject();
        Problem p(ProblemCode::InvalidCommand,
                  QStringLiteral("%1: %2").arg(first.value(QStringLiteral("field")).toString(),
                                               first.value(QStringLiteral("message")).toString()),
                  first.value(QStringLiteral("field")).toString());
        p.extra.insert(QStringLiteral("errors"), m_list);
        return p;
    }

private:
    QJsonArray m_list;
};

/// A string member: required (non-empty after trimming) or optional (absent or null is empty).
QString text(const QJsonObject &o, const QString &key, const QString &path, bool required, int maxLength,
             Errors &e)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            e.add(path, QStringLiteral("required"));
        return {};
    }
    if (!v.isString()) {
        e.add(path, QStringLiteral("expected a string"));
        return {};
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        e.add(path, QStringLiteral("must not be empty"));
    else if (s.size() > maxLength)
        e.add(path, QStringLiteral("longer than %1 characters").arg(maxLength));
    return s;
}

std::optional<Reply> parseReply(const QJsonValue &value, Errors &e)
{
    if (!value.isObject()) {
        e.add(QStringLiteral("reply"), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Reply r;
    r.docNumber = text(o, QStringLiteral("doc_number"), QStringLiteral("reply.doc_number"), false, 100, e);
    r.signer = text(o, QStringLiteral("signer"), QStringLiteral("reply.signer"), false, 200, e);
    r.signerPosition =
        text(o, QStringLiteral("signer_position"), QStringLiteral("reply.signer_position"), false, 200, e);
    r.subject = text(o, QStringLiteral("subject"), QStringLiteral("reply.subject"), false, 1000, e);
    r.body = text(o, QStringLiteral("body"), QStringLiteral("reply.body"), false, 100'000, e);
    const QJsonValue issue = o.value(QStringLiteral("issue_date"));
    if (issue.isString()) {
        const QString s = issue.toString();
        r.issueDate = s.size() == 10 ? QDate::fromString(s, QStringLiteral("yyyy-MM-dd")) : QDate();
        if (!r.issueDate.isValid())
            e.add(QStringLiteral("reply.issue_date"), QStringLiteral("expected a date yyyy-MM-dd or null"));
    } else if (!issue.isUndefined() && !issue.isNull()) {
        e.add(QStringLiteral("reply.issue_date"), QStringLiteral("expected a date yyyy-MM-dd or null"));
    }
    const QJsonValue files = o.value(QStringLiteral("attachments"));
    if (files.isArray()) {
        const QJsonArray array = files.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // An id, or an attachment object (as the petition record has it) whose id counts.
            const QJsonValue item = array.at(i);
            const QString id =
                item.isString() ? item.toString() : item.toObject().value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                e.add(QStringLiteral("reply.attachments[%1]").arg(i),
                      QStringLiteral("expected an attachment id"));
            else
                r.attachments.append(AttachmentRef{id, {}, 0, {}, {}});
        }
    } else if (!files.isUndefined() && !files.isNull()) {
        e.add(QStringLiteral("reply.attachments"), QStringLiteral("expected an array of attachment ids"));
    }
    return r;
}

template<typename E>
std::optional<E> enumeration(const QJsonObject &o, const QString &key,
                             std::optional<E> (*parse)(const QString &), Errors &e)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        e.add(key, QStringLiteral("required"));
        return std::nullopt;
    }
    const std::optional<E> value = v.isString() ? parse(v.toString()) : std::nullopt;
    if (!value)
        e.add(key, QStringLiteral("unknown value"));
    return value;
}

} // namespace

Result<ParsedCommand> parse(const QJsonObject &body, const ReferenceData &reference)
{
    Errors e;
    ParsedCommand c;
    const QJsonValue type = body.value(QStringLiteral("type"));
    const std::optional<Command> command = type.isString() ? commandFromWire(type.toString()) : std::nullopt;
    if (!command) {
        e.add(QStringLiteral("type"), type.isUndefined() ? QStringLiteral("required")
                                                         : QStringLiteral("not a command of this service"));
        return e.problem();
    }
    c.command = *command;
    switch (c.command) {
    case Command::Receive:
    case Command::Publish:
    case Command::Archive:
        break;
    case Command::Reject:
        c.reason = text(body, QStringLiteral("reason"), QStringLiteral("reason"), true, 100, e);
        if (!c.reason.isEmpty() && !reference.hasRejectReason(c.reason))
            e.add(QStringLiteral("reason"), QStringLiteral("not a reject reason of the reference data"));
        c.comment = text(body, QStringLiteral("comment"), QStringLiteral("comment"), false, kMaxText, e);
        break;
    case Command::Classify: {
        c.kind = enumeration(body, QStringLiteral("kind"), classificationKindFromWire, e);
        c.competence = enumeration(body, QStringLiteral("competence"), competenceFromWire, e);
        c.fieldId = text(body, QStringLiteral("field"), QStringLiteral("field"), false, 100, e);
        if (!c.fieldId.isEmpty() && !reference.hasField(c.fieldId))
            e.add(QStringLiteral("field"), QStringLiteral("not a field of the reference data"));
        const QJsonValue category = body.value(QStringLiteral("category"));
        if (!category.isUndefined() && !category.isNull()) {
            const double d = category.toDouble(-1);
            if (!category.isDouble() || d != static_cast<int>(d) || d < 1 || d > 8)
                e.add(QStringLiteral("category"), QStringLiteral("expected a whole number from 1 to 8"));
            else
                c.category = static_cast<int>(d);
        }
        break;
    }
    case Command::Transfer:
        c.unit = text(body, QStringLiteral("unit"), QStringLiteral("unit"), true, 100, e);
        if (!c.unit.isEmpty()) {
            const UnitInfo *u = reference.unit(c.unit);
            if (!u || u->parentId.isEmpty() || c.unit == QLatin1String("vp-ubnd"))
                e.add(QStringLiteral("unit"),
                      QStringLiteral("not a department or ward of the reference data"));
        }
        break;
    case Command::Forward:
        c.to = text(body, QStringLiteral("to"), QStringLiteral("to"), true, 300, e);
        break;
    case Command::Assign:
        c.assignee = text(body, QStringLiteral("assignee"), QStringLiteral("assignee"), true, 64, e);
        break;
    case Command::Note:
    case Command::ProgressUpdate:
        c.comment = text(body, QStringLiteral("text"), QStringLiteral("text"), true, kMaxText, e);
        break;
    case Command::SaveReply:
        if (!body.contains(QStringLiteral("reply")))
            e.add(QStringLiteral("reply"), QStringLiteral("required"));
        else
            c.reply = parseReply(body.value(QStringLiteral("reply")), e);
        break;
    case Command::SubmitReply:
        if (body.contains(QStringLiteral("reply")) && !body.value(QStringLiteral("reply")).isNull())
            c.reply = parseReply(body.value(QStringLiteral("reply")), e);
        break;
    case Command::Approve:
        c.comment = text(body, QStringLiteral("comment"), QStringLiteral("comment"), false, kMaxText, e);
        break;
    case Command::Return:
    case Command::SendBack:
        c.comment = text(body, QStringLiteral("comment"), QStringLiteral("comment"), true, kMaxText, e);
        break;
    }
    if (c.reply && c.reply->attachments.size() > reference.attachmentPolicy.maxFilesPerReply)
        e.add(QStringLiteral("reply.attachments"),
              QStringLiteral("more than %1 files").arg(reference.attachmentPolicy.maxFilesPerReply));
    if (!e.isEmpty())
        return e.problem();
    return c;
}

Result<Petition> apply(const ParsedCommand &c, const Petition &current, PetitionState next, const User &actor,
                       const QDateTime &now, qint64 entryId, QSqlDatabase &db)
{
    Errors e;
    Petition p = current;
    TimelineEntry entry{entryId, toWireName(c.command), actor.username, now, c.comment, {}};
    switch (c.command) {
    case Command::Receive:
    case Command::Note:
    case Command::ProgressUpdate:
    case Command::Return:
    case Command::Publish:
    case Command::Archive:
        break;
    case Command::Reject:
        p.rejectReason = c.reason;
        p.dueDate = QDate();
        entry.data.insert(QStringLiteral("reason"), c.reason);
        break;
    case Command::Classify:
        p.classification = Classification{*c.kind, *c.competence};
        if (!c.fieldId.isEmpty())
            p.fieldId = c.fieldId;
        if (c.category > 0)
            p.category = c.category;
        entry.data = {{QStringLiteral("kind"), toWireName(*c.kind)},
                      {QStringLiteral("competence"), toWireName(*c.competence)},
                      {QStringLiteral("field"), p.fieldId},
                      {QStringLiteral("category"), p.category}};
        break;
    case Command::Transfer:
        if (c.unit == current.unitId)
            e.add(QStringLiteral("unit"), QStringLiteral("the petition is already held by this unit"));
        entry.data = {{QStringLiteral("from"), current.unitId}, {QStringLiteral("unit"), c.unit}};
        p.unitId = c.unit;
        p.assignee.clear();
        break;
    case Command::Forward:
        p.dueDate = QDate();
        entry.data.insert(QStringLiteral("to"), c.to);
        break;
    case Command::Assign: {
        Result<std::optional<User>> user = directory::findUser(db, c.assignee);
        if (!user)
            return user.problem();
        if (!user.value() || !user.value()->hasRole(Role::Officer) || user.value()->unitId != current.unitId)
            e.add(QStringLiteral("assignee"),
                  QStringLiteral("not a handling officer of the petition's unit"));
        p.assignee = c.assignee;
        entry.data.insert(QStringLiteral("assignee"), c.assignee);
        break;
    }
    case Command::SaveReply:
    case Command::SubmitReply:
        if (c.reply) {
            Reply reply = *c.reply;
            for (qsizetype i = 0; i < reply.attachments.size(); ++i) {
                const QString id = reply.attachments.at(i).id;
                const QString field = QStringLiteral("reply.attachments[%1]").arg(i);
                Result<std::optional<AttachmentRow>> row = attachmentrows::find(db, id);
                if (!row)
                    return row.problem();
                Result<bool> linked = attachmentrows::isLinked(db, id, current.id);
                if (!linked)
                    return linked.problem();
                if (!row.value() || (row.value()->uploadedBy != actor.username && !linked.value()))
                    e.add(field, QStringLiteral("no completed upload of yours with this id"));
                else
                    reply.attachments[i] = row.value()->ref;
            }
            p.reply = reply;
        }
        if (c.command == Command::SubmitReply) {
            if (!p.reply || p.reply->subject.trimmed().isEmpty())
                e.add(QStringLiteral("reply.subject"), QStringLiteral("required before submitting"));
            if (!p.reply || p.reply->body.trimmed().isEmpty())
                e.add(QStringLiteral("reply.body"), QStringLiteral("required before submitting"));
        }
        break;
    case Command::Approve:
        p.repliedAt = now;
        if (p.reply && !p.reply->issueDate.isValid())
            p.reply->issueDate = vietnamDate(now);
        break;
    case Command::SendBack:
        p.repliedAt = QDateTime();
        break;
    }
    if (!e.isEmpty())
        return e.problem();
    p.state = next;
    p.version = current.version + 1;
    p.updatedAt = now;
    p.timeline.append(entry);
    return p;
}

QStringList replyAttachmentIds(const Petition &petition)
{
    QStringList ids;
    if (petition.reply) {
        for (const AttachmentRef &a : petition.reply->attachments)
            ids.append(a.id);
    }
    return ids;
}

} // namespace pakn::server::commandrules
