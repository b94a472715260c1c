#include "strictjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pakn::calendar_detail {

StrictReader::StrictReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

QString StrictReader::pathOf(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    return key.startsWith(QLatin1Char('[')) ? m_path + key : m_path + QLatin1Char('.') + key;
}

void StrictReader::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = pathOf(key) + QStringLiteral(": ") + why;
}

void StrictReader::adopt(const StrictReader &nested)
{
    if (m_error.isEmpty())
        m_error = nested.m_error;
}

void StrictReader::onlyKeys(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(it.key().left(40),
                 QStringLiteral("unknown key (expected one of: %1)").arg(allowed.join(u", ")));
            return;
        }
    }
}

QString StrictReader::string(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
        return {};
    }
    return v.toString();
}

QString StrictReader::nonEmptyString(const QString &key)
{
    const QString s = string(key);
    if (!failed() && s.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return s.trimmed();
}

int StrictReader::integer(const QString &key, int min, int max)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (!(d >= min && d <= max) || d != static_cast<double>(static_cast<int>(d))) {
        fail(key, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return 0;
    }
    return static_cast<int>(d);
}

QDate StrictReader::date(const QString &key)
{
    const QString s = string(key);
    if (failed())
        return {};
    // Exactly yyyy-MM-dd: Qt::ISODate alone would also accept a trailing time.
    const QDate d = s.size() == 10 ? QDate::fromString(s, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!d.isValid())
        fail(key, QStringLiteral("expected a date yyyy-MM-dd, got '%1'").arg(s.left(40)));
    return d;
}

QJsonArray StrictReader::optionalArray(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        fail(key, QStringLiteral("expected an array"));
    return v.toArray();
}

QJsonObject StrictReader::element(const QString &key, const QJsonArray &array, qsizetype i)
{
    const QJsonValue v = array.at(i);
    if (!v.isObject())
        fail(indexedPath(key, i), QStringLiteral("expected an object"));
    return v.toObject();
}

std::optional<QJsonArray> parseArray(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("invalid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isArray()) {
        if (error)
            *error = QStringLiteral("expected a JSON array at the top level");
        return std::nullopt;
    }
    return doc.array();
}

QString indexedPath(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

} // namespace pakn::calendar_detail
