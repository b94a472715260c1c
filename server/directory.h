#pragma once

#include "domain/role.h"
#include "passwordhash.h"
#include "problem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pakn::server {

/// One node of the unit tree (city → departments and wards). Server data, never hard-coded in clients.
struct Unit
{
    QString id;
    QString parentId; ///< empty for the root
    QString name;
    QString kind; ///< "city", "department" or "ward"
};

/// A user account as stored: the public description and the password hash.
struct Account
{
    User user;
    PasswordHash password;
};

/// Storage of units and user accounts (tables `units` and `users`).
/// Threading: every function works on the connection it is given, in the calling thread.
/// Failure behaviour: writers return false with the SQL error; readers return a Problem (logged) that
/// the HTTP layer can answer directly.
namespace directory {

bool insertUnit(QSqlDatabase &db, const Unit &unit, int position, QString *error);
bool insertAccount(QSqlDatabase &db, const Account &account, QString *error);
/// Creates the account or replaces everything about it; `created` tells which.
bool upsertAccount(QSqlDatabase &db, const Account &account, bool *created, QString *error);
/// Every user, by user name.
Result<QList<User>> users(QSqlDatabase &db);

/// The account with this user name, or nullopt when there is none.
Result<std::optional<Account>> findAccount(QSqlDatabase &db, const QString &username);
/// The user (without password) with this user name; not_found-free: nullopt when unknown.
Result<std::optional<User>> findUser(QSqlDatabase &db, const QString &username);
/// Every unit, parents before children.
Result<QList<Unit>> units(QSqlDatabase &db);

} // namespace directory
} // namespace pakn::server
