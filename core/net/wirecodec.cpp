#include "wirecodec.h"

#include "domain/workflow.h"
#include "jsonslices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace pakn::wire {
namespace {

/// Reads fields out of one JSON object and remembers the first problem, prefixed with the object's path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = (m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key) + QStringLiteral(": ") + why;
    }

    QString string(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
        return {};
    }

    qint64 integer(const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a number"));
            return 0;
        }
        const double d = v.toDouble();
        // The range first: casting a double outside qint64 (1e300, 2^63) is undefined behaviour (found by
        // fuzz_answers; regressions/answers/number-beyond-int64). NaN fails the first test too.
        constexpr double kTwoTo63 = 9223372036854775808.0;
        if (!(d >= -kTwoTo63 && d < kTwoTo63) || d < static_cast<double>(min) ||
            d > static_cast<double>(max) || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(key, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected true or false"));
        return v.toBool();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected an object"));
        return v.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected an array"));
        return v.toArray();
    }

    QDateTime instant(const QString &key)
    {
        const QString s = string(key);
        if (failed())
            return {};
        std::optional<QDateTime> t = decodeInstant(s);
        if (!t) {
            fail(key, QStringLiteral("expected an ISO 8601 instant with a time zone"));
            return {};
        }
        return *t;
    }

    /// An instant that may be null or absent (invalid QDateTime then).
    QDateTime optionalInstant(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return instant(key);
    }

    /// An array that may be absent or null (empty then).
    QJsonArray optionalArray(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return array(key);
    }

    /// An object that may be absent (nullopt), null (nullopt) or an object.
    std::optional<QJsonObject> optionalObject(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return object(key);
    }

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    QDate date(const QString &key, bool required)
    {
        const QString s = string(key, required);
        if (failed() || s.isEmpty())
            return {};
        const std::optional<QDate> d = decodeDate(s);
        if (!d)
            fail(key, QStringLiteral("expected a date yyyy-MM-dd"));
        return d.value_or(QDate());
    }

    template<typename E, typename Parse> E enumeration(const QString &key, Parse parse, E fallback)
    {
        const QString s = string(key);
        if (failed())
            return fallback;
        const auto v = parse(s);
        if (!v) {
            fail(key, QStringLiteral("unknown value '%1'").arg(s.left(40)));
            return fallback;
        }
        return *v;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString indexed(const QString &name, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(name).arg(i);
}

constexpr qint64 kMaxId = std::numeric_limits<qint32>::max() * 1024LL;
constexpr qint64 kMaxFileSize = qint64(1) << 50;

bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

/// Decodes every element of an array with `decode(object, path)`; the first failure names its index.
template<typename T, typename Decode>
Decoded<QList<T>> decodeList(const QJsonArray &json, const QString &path, Decode decode)
{
    QList<T> out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString at = indexed(path, i);
        if (!json.at(i).isObject())
            return Decoded<QList<T>>::fail(at + QStringLiteral(": expected an object"));
        Decoded<T> item = decode(json.at(i).toObject(), at);
        if (!item)
            return Decoded<QList<T>>::fail(item.error);
        out.append(std::move(*item.value));
    }
    return Decoded<QList<T>>::ok(std::move(out));
}

Decoded<TimelineEntry> decodeTimelineEntryAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    TimelineEntry e;
    e.id = r.integer(QStringLiteral("id"), 1, kMaxId);
    e.kind = r.string(QStringLiteral("kind"));
    e.actor = r.string(QStringLiteral("actor"), false);
    e.at = r.instant(QStringLiteral("at"));
    e.comment = r.string(QStringLiteral("comment"), false);
    if (const std::optional<QJsonObject> data = r.optionalObject(QStringLiteral("data")))
        e.data = *data;
    if (!r.failed() && !isTimelineKind(e.kind))
        r.fail(QStringLiteral("kind"), QStringLiteral("unknown value '%1'").arg(e.kind.left(40)));
    if (r.failed())
        return Decoded<TimelineEntry>::fail(r.error());
    return Decoded<TimelineEntry>::ok(std::move(e));
}

Decoded<AttachmentRef> decodeAttachmentAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    AttachmentRef a;
    a.id = r.string(QStringLiteral("id"));
    a.name = r.string(QStringLiteral("name"));
    a.size = r.integer(QStringLiteral("size"), 0, kMaxFileSize);
    a.sha256 = r.string(QStringLiteral("sha256"));
    a.mime = r.string(QStringLiteral("mime"));
    if (!r.failed() && a.id.isEmpty())
        r.fail(QStringLiteral("id"), QStringLiteral("must not be empty"));
    if (!r.failed() && !isSha256Hex(a.sha256))
        r.fail(QStringLiteral("sha256"), QStringLiteral("expected 64 lower-case hex digits"));
    if (r.failed())
        return Decoded<AttachmentRef>::fail(r.error());
    return Decoded<AttachmentRef>::ok(std::move(a));
}

Decoded<Reply> decodeReplyAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    Reply reply;
    reply.docNumber = r.string(QStringLiteral("doc_number"), false);
    reply.issueDate = r.date(QStringLiteral("issue_date"), false);
    reply.signer = r.string(QStringLiteral("signer"), false);
    reply.signerPosition = r.string(QStringLiteral("signer_position"), false);
    reply.subject = r.string(QStringLiteral("subject"), false);
    reply.body = r.string(QStringLiteral("body"), false);
    const QJsonArray attachments = r.optionalArray(QStringLiteral("attachments"));
    if (r.failed())
        return Decoded<Reply>::fail(r.error());
    Decoded<QList<AttachmentRef>> list =
        decodeList<AttachmentRef>(attachments, r.pathOf(QStringLiteral("attachments")), decodeAttachmentAt);
    if (!list)
        return Decoded<Reply>::fail(list.error);
    reply.attachments = std::move(*list.value);
    return Decoded<Reply>::ok(std::move(reply));
}

Decoded<Classification> decodeClassificationAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    Classification c;
    c.kind =
        r.enumeration(QStringLiteral("kind"), classificationKindFromWire, ClassificationKind::Regulation);
    c.competence = r.enumeration(QStringLiteral("competence"), competenceFromWire, Competence::Own);
    if (r.failed())
        return Decoded<Classification>::fail(r.error());
    return Decoded<Classification>::ok(c);
}

Decoded<AdminProcedure> decodeAdminProcedureAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    AdminProcedure a;
    a.code = r.string(QStringLiteral("code"), false).trimmed();
    a.name = r.string(QStringLiteral("name")).trimmed();
    if (!r.failed() && a.name.isEmpty())
        r.fail(QStringLiteral("name"), QStringLiteral("expected a non-empty name"));
    if (r.failed())
        return Decoded<AdminProcedure>::fail(r.error());
    return Decoded<AdminProcedure>::ok(a);
}

} // namespace

std::optional<QDateTime> decodeInstant(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid() || !(s.endsWith(QLatin1Char('Z')) || s.contains(QLatin1Char('+')) ||
                          s.lastIndexOf(QLatin1Char('-')) > 10))
        return std::nullopt;
    // The contract's instants have whole seconds (docs/api.md). A fraction — ".123", or ISO 8601's decimal
    // minutes in "07:03,44" — is dropped, so that what is stored encodes back to the instant it holds.
    t = t.toUTC();
    const QTime time = t.time();
    t.setTime(QTime(time.hour(), time.minute(), time.second()));
    return t;
}

std::optional<QDate> decodeDate(const QString &s)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isTimelineKind(const QString &kind)
{
    return kind == QLatin1String("submitted") || commandFromWire(kind).has_value();
}

QJsonObject encode(const TimelineEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("actor"), nullIfEmpty(e.actor)},
        {QStringLiteral("at"), encodeInstant(e.at)},
        {QStringLiteral("comment"), nullIfEmpty(e.comment)},
        {QStringLiteral("data"), e.data},
    };
}

QJsonArray encodeTimeline(const QList<TimelineEntry> &timeline)
{
    QJsonArray out;
    for (const TimelineEntry &e : timeline)
        out.append(encode(e));
    return out;
}

Decoded<QList<TimelineEntry>> decodeTimeline(const QJsonArray &json)
{
    return decodeList<TimelineEntry>(json, QStringLiteral("timeline"), decodeTimelineEntryAt);
}

QJsonObject encode(const AttachmentRef &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},     {QStringLiteral("name"), a.name},
        {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("mime"), a.mime},
    };
}

QJsonArray encodeAttachments(const QList<AttachmentRef> &attachments)
{
    QJsonArray out;
    for (const AttachmentRef &a : attachments)
        out.append(encode(a));
    return out;
}

Decoded<AttachmentRef> decodeAttachment(const QJsonObject &json)
{
    return decodeAttachmentAt(json, QStringLiteral("attachment"));
}

Decoded<QList<AttachmentRef>> decodeAttachments(const QJsonArray &json)
{
    return decodeList<AttachmentRef>(json, QStringLiteral("attachments"), decodeAttachmentAt);
}

QJsonObject encode(const Reply &reply)
{
    return QJsonObject{
        {QStringLiteral("doc_number"), nullIfEmpty(reply.docNumber)},
        {QStringLiteral("issue_date"),
         reply.issueDate.isValid() ? QJsonValue(encodeDate(reply.issueDate)) : QJsonValue()},
        {QStringLiteral("signer"), nullIfEmpty(reply.signer)},
        {QStringLiteral("signer_position"), nullIfEmpty(reply.signerPosition)},
        {QStringLiteral("subject"), nullIfEmpty(reply.subject)},
        {QStringLiteral("body"), nullIfEmpty(reply.body)},
        {QStringLiteral("attachments"), encodeAttachments(reply.attachments)},
    };
}

Decoded<Reply> decodeReply(const QJsonObject &json)
{
    return decodeReplyAt(json, QStringLiteral("reply"));
}

QJsonObject encode(const Classification &c)
{
    return QJsonObject{{QStringLiteral("kind"), toWireName(c.kind)},
                       {QStringLiteral("competence"), toWireName(c.competence)}};
}

QJsonValue encode(const AdminProcedure &a)
{
    if (a.isEmpty())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("code"), a.code.isEmpty() ? QJsonValue() : QJsonValue(a.code)},
                       {QStringLiteral("name"), a.name}};
}

Decoded<AdminProcedure> decodeAdminProcedure(const QJsonObject &json)
{
    return decodeAdminProcedureAt(json, QStringLiteral("procedure"));
}

Decoded<Classification> decodeClassification(const QJsonObject &json)
{
    return decodeClassificationAt(json, QStringLiteral("classification"));
}

QString encodeInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QString encodeDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject encode(const Petition &p)
{
    const QJsonObject submitter{
        {QStringLiteral("type"), toWireName(p.submitter.type)},
        {QStringLiteral("name"), p.submitter.name},
        {QStringLiteral("organisation"), nullIfEmpty(p.submitter.organisation)},
        {QStringLiteral("phone"), nullIfEmpty(p.submitter.phone)},
        {QStringLiteral("email"), nullIfEmpty(p.submitter.email)},
        {QStringLiteral("address"), nullIfEmpty(p.submitter.address)},
    };
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("content"), p.content},
        {QStringLiteral("kind"), toWireName(p.kind)},
        {QStringLiteral("category"), p.category},
        {QStringLiteral("submitter"), submitter},
        {QStringLiteral("channel"), toWireName(p.channel)},
        {QStringLiteral("field"), p.fieldId},
        {QStringLiteral("state"), toWireName(p.state)},
        {QStringLiteral("unit"), p.unitId},
        {QStringLiteral("assignee"), nullIfEmpty(p.assignee)},
        {QStringLiteral("received_at"), encodeInstant(p.receivedAt)},
        {QStringLiteral("due_date"), p.dueDate.isValid() ? QJsonValue(encodeDate(p.dueDate)) : QJsonValue()},
        {QStringLiteral("updated_at"), encodeInstant(p.updatedAt)},
        {QStringLiteral("timeline"), encodeTimeline(p.timeline)},
        {QStringLiteral("reply"), p.reply ? QJsonValue(encode(*p.reply)) : QJsonValue()},
        {QStringLiteral("attachments"), encodeAttachments(p.attachments)},
        {QStringLiteral("replied_at"),
         p.repliedAt.isValid() ? QJsonValue(encodeInstant(p.repliedAt)) : QJsonValue()},
        {QStringLiteral("classification"),
         p.classification ? QJsonValue(encode(*p.classification)) : QJsonValue()},
        {QStringLiteral("reject_reason"), nullIfEmpty(p.rejectReason)},
        {QStringLiteral("procedure"), encode(p.adminProcedure)},
    };
}

namespace {

Decoded<Petition> decodePetitionAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    Petition p;
    p.id = r.integer(QStringLiteral("id"), 1, kMaxId);
    p.version = r.integer(QStringLiteral("version"), 1, kMaxId);
    p.code = r.string(QStringLiteral("code"));
    p.title = r.string(QStringLiteral("title"));
    p.content = r.string(QStringLiteral("content"));
    p.kind = r.enumeration(QStringLiteral("kind"), petitionKindFromWire, PetitionKind::Feedback);
    p.category = static_cast<int>(r.integer(QStringLiteral("category"), 1, 8));
    p.channel = r.enumeration(QStringLiteral("channel"), channelFromWire, Channel::Portal);
    p.fieldId = r.string(QStringLiteral("field"));
    p.state = r.enumeration(QStringLiteral("state"), petitionStateFromWire, PetitionState::Submitted);
    p.unitId = r.string(QStringLiteral("unit"));
    p.assignee = r.string(QStringLiteral("assignee"), false);
    p.receivedAt = r.instant(QStringLiteral("received_at"));
    p.dueDate = r.date(QStringLiteral("due_date"), false);
    p.updatedAt = r.instant(QStringLiteral("updated_at"));
    const QJsonObject submitter = r.object(QStringLiteral("submitter"));
    const QJsonArray timeline = r.optionalArray(QStringLiteral("timeline"));
    const std::optional<QJsonObject> reply = r.optionalObject(QStringLiteral("reply"));
    const QJsonArray attachments = r.optionalArray(QStringLiteral("attachments"));
    p.repliedAt = r.optionalInstant(QStringLiteral("replied_at"));
    const std::optional<QJsonObject> classification = r.optionalObject(QStringLiteral("classification"));
    p.rejectReason = r.string(QStringLiteral("reject_reason"), false);
    const std::optional<QJsonObject> procedure = r.optionalObject(QStringLiteral("procedure"));
    if (r.failed())
        return Decoded<Petition>::fail(r.error());

    Decoded<QList<TimelineEntry>> entries =
        decodeList<TimelineEntry>(timeline, r.pathOf(QStringLiteral("timeline")), decodeTimelineEntryAt);
    if (!entries)
        return Decoded<Petition>::fail(entries.error);
    p.timeline = std::move(*entries.value);
    Decoded<QList<AttachmentRef>> files =
        decodeList<AttachmentRef>(attachments, r.pathOf(QStringLiteral("attachments")), decodeAttachmentAt);
    if (!files)
        return Decoded<Petition>::fail(files.error);
    p.attachments = std::move(*files.value);
    if (reply) {
        Decoded<Reply> decoded = decodeReplyAt(*reply, r.pathOf(QStringLiteral("reply")));
        if (!decoded)
            return Decoded<Petition>::fail(decoded.error);
        p.reply = std::move(*decoded.value);
    }
    if (classification) {
        Decoded<Classification> decoded =
            decodeClassificationAt(*classification, r.pathOf(QStringLiteral("classification")));
        if (!decoded)
            return Decoded<Petition>::fail(decoded.error);
        p.classification = *decoded.value;
    }
    if (procedure) {
        Decoded<AdminProcedure> decoded =
            decodeAdminProcedureAt(*procedure, r.pathOf(QStringLiteral("procedure")));
        if (!decoded)
            return Decoded<Petition>::fail(decoded.error);
        p.adminProcedure = *decoded.value;
    }

    Reader s(submitter, (path.isEmpty() ? QString() : path + QLatin1Char('.')) + QStringLiteral("submitter"));
    p.submitter.type =
        s.enumeration(QStringLiteral("type"), submitterTypeFromWire, SubmitterType::Individual);
    p.submitter.name = s.string(QStringLiteral("name"));
    p.submitter.organisation = s.string(QStringLiteral("organisation"), false);
    p.submitter.phone = s.string(QStringLiteral("phone"), false);
    p.submitter.email = s.string(QStringLiteral("email"), false);
    p.submitter.address = s.string(QStringLiteral("address"), false);
    if (s.failed())
        return Decoded<Petition>::fail(s.error());
    return Decoded<Petition>::ok(std::move(p));
}

} // namespace

Decoded<Petition> decodePetition(const QJsonObject &json)
{
    return decodePetitionAt(json, QString());
}

QJsonObject encode(const ChangePage &page)
{
    QJsonArray petitions;
    for (const Petition &p : page.petitions)
        petitions.append(encode(p));
    QJsonArray tombstones;
    for (const Tombstone &t : page.tombstones)
        tombstones.append(QJsonObject{{QStringLiteral("id"), t.id}});
    QJsonObject json{
        {QStringLiteral("petitions"), petitions},
        {QStringLiteral("tombstones"), tombstones},
        {QStringLiteral("next_cursor"), page.nextCursor},
        {QStringLiteral("has_more"), page.hasMore},
    };
    if (page.remaining)
        json.insert(QStringLiteral("remaining"), *page.remaining);
    return json;
}

Decoded<ChangePage> decodeChangePage(const QJsonObject &json)
{
    return decodeChangePage(json, {});
}

Decoded<ChangePage> decodeChangePage(const QJsonObject &json, const QByteArray &body)
{
    Reader r(json, QString());
    ChangePage page;
    const QJsonArray petitions = r.array(QStringLiteral("petitions"));
    const QJsonArray tombstones = r.array(QStringLiteral("tombstones"));
    page.nextCursor = r.string(QStringLiteral("next_cursor"));
    page.hasMore = r.boolean(QStringLiteral("has_more"));
    if (r.failed())
        return Decoded<ChangePage>::fail(r.error());
    if (page.nextCursor.isEmpty())
        return Decoded<ChangePage>::fail(QStringLiteral("next_cursor: must not be empty"));
    if (json.contains(QStringLiteral("remaining"))) {
        page.remaining =
            r.integer(QStringLiteral("remaining"), 0, std::numeric_limits<qint32>::max() * 1024LL);
        if (r.failed())
            return Decoded<ChangePage>::fail(r.error());
    }

    page.petitions.reserve(petitions.size());
    page.records.reserve(petitions.size());
    // Each record as it stands in the body when the body says where (jsonslices.h), else the parsed object
    // serialised again; either way the same JSON, members a newer server adds included.
    std::optional<QList<jsonslices::Span>> slices;
    if (!body.isEmpty())
        slices = jsonslices::arrayElements(body, "petitions");
    if (slices && slices->size() != petitions.size())
        slices.reset();
    if (slices) // the records point into it: the page keeps the body (no copy, it is shared)
        page.body = body;
    for (qsizetype i = 0; i < petitions.size(); ++i) {
        const QString path = indexed(QStringLiteral("petitions"), i);
        if (!petitions.at(i).isObject())
            return Decoded<ChangePage>::fail(path + QStringLiteral(": expected an object"));
        const QJsonObject object = petitions.at(i).toObject();
        Decoded<Petition> p = decodePetitionAt(object, path);
        if (!p)
            return Decoded<ChangePage>::fail(p.error);
        page.petitions.append(std::move(*p.value));
        // Either costs less than encoding the decoded petition again (docs/performance.md).
        if (slices && slices->at(i).length > 0 && page.body.at(slices->at(i).offset) == '{') {
            page.records.append(
                QByteArray::fromRawData(page.body.constData() + slices->at(i).offset, slices->at(i).length));
        } else {
            page.records.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
    }
    for (qsizetype i = 0; i < tombstones.size(); ++i) {
        const QString path = indexed(QStringLiteral("tombstones"), i);
        Reader t(tombstones.at(i).toObject(), path);
        if (!tombstones.at(i).isObject())
            return Decoded<ChangePage>::fail(path + QStringLiteral(": expected an object"));
        const qint64 id = t.integer(QStringLiteral("id"), 1, std::numeric_limits<qint32>::max() * 1024LL);
        if (t.failed())
            return Decoded<ChangePage>::fail(t.error());
        page.tombstones.append(Tombstone{id});
    }
    return Decoded<ChangePage>::ok(std::move(page));
}

QJsonObject encode(const User &user)
{
    return QJsonObject{
        {QStringLiteral("username"), user.username},
        {QStringLiteral("full_name"), user.fullName},
        {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
        {QStringLiteral("unit"), user.unitId},
    };
}

namespace {

Decoded<User> decodeUserAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    User u;
    u.username = r.string(QStringLiteral("username"));
    u.fullName = r.string(QStringLiteral("full_name"));
    u.unitId = r.string(QStringLiteral("unit"));
    const QJsonArray roles = r.array(QStringLiteral("roles"));
    if (r.failed())
        return Decoded<User>::fail(r.error());
    for (const QJsonValue &v : roles) {
        if (!v.isString())
            return Decoded<User>::fail(path + QStringLiteral(".roles: expected strings"));
        u.roles.append(v.toString());
    }
    return Decoded<User>::ok(std::move(u));
}

} // namespace

Decoded<User> decodeUser(const QJsonObject &json)
{
    return decodeUserAt(json, QStringLiteral("user"));
}

QJsonObject encode(const SessionGrant &grant)
{
    return QJsonObject{
        {QStringLiteral("access_token"), grant.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), grant.expiresInSeconds},
        {QStringLiteral("refresh_token"), grant.refreshToken},
        {QStringLiteral("user"), encode(grant.user)},
    };
}

Decoded<SessionGrant> decodeSessionGrant(const QJsonObject &json)
{
    Reader r(json, QString());
    SessionGrant g;
    g.accessToken = r.string(QStringLiteral("access_token"));
    g.refreshToken = r.string(QStringLiteral("refresh_token"));
    g.expiresInSeconds = r.integer(QStringLiteral("expires_in"), 1, 365LL * 24 * 3600);
    const QString type = r.string(QStringLiteral("token_type"));
    const QJsonObject user = r.object(QStringLiteral("user"));
    if (r.failed())
        return Decoded<SessionGrant>::fail(r.error());
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return Decoded<SessionGrant>::fail(QStringLiteral("token_type: expected Bearer"));
    if (g.accessToken.isEmpty())
        return Decoded<SessionGrant>::fail(QStringLiteral("access_token: must not be empty"));
    Decoded<User> u = decodeUserAt(user, QStringLiteral("user"));
    if (!u)
        return Decoded<SessionGrant>::fail(u.error);
    g.user = std::move(*u.value);
    return Decoded<SessionGrant>::ok(std::move(g));
}

} // namespace pakn::wire
