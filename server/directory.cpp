#include "directory.h"

#include "serverdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pakn::server::directory {
namespace {

QString rolesToJson(const QStringList &roles)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact));
}

QStringList rolesFromJson(const QString &json)
{
    QStringList roles;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        roles.append(v.toString());
    return roles;
}

Result<std::optional<Account>> queryAccount(QSqlDatabase &db, const QString &username, bool withPassword)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT username, full_name, unit_id, roles, password_salt, password_hash, "
                             "password_iterations FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "find user");
    if (!q.next())
        return std::optional<Account>();
    Account a;
    a.user.username = q.value(0).toString();
    a.user.fullName = q.value(1).toString();
    a.user.unitId = q.value(2).toString();
    a.user.roles = rolesFromJson(q.value(3).toString());
    if (withPassword)
        a.password = PasswordHash{q.value(4).toByteArray(), q.value(5).toByteArray(), q.value(6).toInt()};
    return std::optional<Account>(std::move(a));
}

} // namespace

bool insertUnit(QSqlDatabase &db, const Unit &unit, int position, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO units (id, parent_id, name, kind, position) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(unit.id);
    q.addBindValue(unit.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(unit.parentId));
    q.addBindValue(unit.name);
    q.addBindValue(unit.kind);
    q.addBindValue(position);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool insertAccount(QSqlDatabase &db, const Account &account, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (username, full_name, unit_id, roles, password_salt, "
                             "password_hash, password_iterations) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.user.username);
    q.addBindValue(account.user.fullName);
    q.addBindValue(account.user.unitId);
    q.addBindValue(rolesToJson(account.user.roles));
    q.addBindValue(account.password.salt);
    q.addBindValue(account.password.hash);
    q.addBindValue(account.password.iterations);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool upsertAccount(QSqlDatabase &db, const Account &account, bool *created, QString *error)
{
    Result<std::optional<User>> existing = findUser(db, account.user.username);
    if (!existing) {
        *error = existing.problem().detail;
        return false;
    }
    *created = !existing.value();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO users (username, full_name, unit_id, roles, password_salt, password_hash, "
        "password_iterations) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
        "full_name = excluded.full_name, unit_id = excluded.unit_id, roles = excluded.roles, "
        "password_salt = excluded.password_salt, password_hash = excluded.password_hash, "
        "password_iterations = excluded.password_iterations"));
    q.addBindValue(account.user.username);
    q.addBindValue(account.user.fullName);
    q.addBindValue(account.user.unitId);
    q.addBindValue(rolesToJson(account.user.roles));
    q.addBindValue(account.password.salt);
    q.addBindValue(account.password.hash);
    q.addBindValue(account.password.iterations);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

Result<QList<User>> users(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT username, full_name, unit_id, roles FROM users ORDER BY username")))
        return ServerDb::problemFor(q.lastError(), "list users");
    QList<User> out;
    while (q.next())
        out.append(User{q.value(0).toString(), q.value(1).toString(), rolesFromJson(q.value(3).toString()),
                        q.value(2).toString()});
    return out;
}

Result<std::optional<Account>> findAccount(QSqlDatabase &db, const QString &username)
{
    return queryAccount(db, username, true);
}

Result<std::optional<User>> findUser(QSqlDatabase &db, const QString &username)
{
    Result<std::optional<Account>> a = queryAccount(db, username, false);
    if (!a)
        return a.problem();
    if (!a.value())
        return std::optional<User>();
    return std::optional<User>(a.value()->user);
}

Result<QList<Unit>> units(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, parent_id, name, kind FROM units ORDER BY position")))
        return ServerDb::problemFor(q.lastError(), "list units");
    QList<Unit> result;
    while (q.next())
        result.append(
            Unit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

} // namespace pakn::server::directory
