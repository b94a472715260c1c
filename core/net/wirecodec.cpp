#include "wirecodec.h"

#include <QJsonArray>

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
        if (d != static_cast<double>(static_cast<qint64>(d)) || d < static_cast<double>(min) ||
            d > static_cast<double>(max)) {
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
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid() || !(s.endsWith(QLatin1Char('Z')) || s.contains(QLatin1Char('+')) ||
                              s.lastIndexOf(QLatin1Char('-')) > 10)) {
            fail(key, QStringLiteral("expected an ISO 8601 instant with a time zone"));
            return {};
        }
        return t.toUTC();
    }

    QDate date(const QString &key, bool required)
    {
        const QString s = string(key, required);
        if (failed() || s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(key, QStringLiteral("expected a date yyyy-MM-dd"));
        return d;
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

} // namespace

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
    };
}

namespace {

Decoded<Petition> decodePetitionAt(const QJsonObject &json, const QString &path)
{
    Reader r(json, path);
    Petition p;
    p.id = r.integer(QStringLiteral("id"), 1, std::numeric_limits<qint32>::max() * 1024LL);
    p.version = r.integer(QStringLiteral("version"), 1, std::numeric_limits<qint32>::max() * 1024LL);
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
    if (r.failed())
        return Decoded<Petition>::fail(r.error());

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
    return QJsonObject{
        {QStringLiteral("petitions"), petitions},
        {QStringLiteral("tombstones"), tombstones},
        {QStringLiteral("next_cursor"), page.nextCursor},
        {QStringLiteral("has_more"), page.hasMore},
    };
}

Decoded<ChangePage> decodeChangePage(const QJsonObject &json)
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

    page.petitions.reserve(petitions.size());
    for (qsizetype i = 0; i < petitions.size(); ++i) {
        const QString path = indexed(QStringLiteral("petitions"), i);
        if (!petitions.at(i).isObject())
            return Decoded<ChangePage>::fail(path + QStringLiteral(": expected an object"));
        Decoded<Petition> p = decodePetitionAt(petitions.at(i).toObject(), path);
        if (!p)
            return Decoded<ChangePage>::fail(p.error);
        page.petitions.append(std::move(*p.value));
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
