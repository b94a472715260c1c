#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace pakn::calendar_detail {

/// Reads the calendar's reference data (overrides, deadline policy) out of one JSON object and remembers the
/// first problem, prefixed with the object's path ("[0].days_off[2].date: expected a date yyyy-MM-dd").
/// Stricter than the petition codec: unknown keys are errors, because a misspelt key in calendar data would
/// silently drop a day off and move every deadline.
class StrictReader
{
public:
    StrictReader(QJsonObject object, QString path);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &key, const QString &why);
    /// Takes over the first problem of a reader of a nested object (its message already has the full path).
    void adopt(const StrictReader &nested);

    /// Fails when the object has a key outside `allowed`.
    void onlyKeys(const QStringList &allowed);
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key);
    QString nonEmptyString(const QString &key);
    int integer(const QString &key, int min, int max);
    QDate date(const QString &key);
    /// An absent key gives an empty array.
    QJsonArray optionalArray(const QString &key);
    /// The element as an object, or an error naming "key[i]".
    QJsonObject element(const QString &key, const QJsonArray &array, qsizetype i);

    QString pathOf(const QString &key) const;

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

/// Parses a JSON document that must be an array; on failure returns nullopt and sets `error`.
std::optional<QJsonArray> parseArray(const QByteArray &json, QString *error);

QString indexedPath(const QString &path, qsizetype i);

} // namespace pakn::calendar_detail
