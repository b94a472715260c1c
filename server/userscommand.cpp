#include "userscommand.h"

#include "directory.h"
#include "passwordhash.h"
#include "serverdb.h"
#include "sessionservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <cstdio>

namespace pakn::server {
namespace {

int usage()
{
    std::fprintf(stderr, "usage: pakn-server users list [--data-dir DIR]\n"
                         "       pakn-server users set USER --password-file FILE --roles R1,R2 --unit UNIT "
                         "--full-name NAME [--data-dir DIR]\n"
                         "  roles: officer, focal, leader, city_office (comma-separated; may be empty)\n");
    return 2;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "pakn-server users: %s\n", qPrintable(message));
    return 1;
}

/// Options after the words: --name VALUE pairs only; nullopt on anything else or a repeated name.
std::optional<QMap<QString, QString>> options(const QStringList &args, const QStringList &allowed)
{
    QMap<QString, QString> out;
    for (qsizetype i = 0; i < args.size(); i += 2) {
        const QString name = args.at(i);
        if (!allowed.contains(name) || i + 1 >= args.size() || out.contains(name))
            return std::nullopt;
        out.insert(name, args.at(i + 1));
    }
    return out;
}

int list(ServerDb &db)
{
    QSqlDatabase c = db.connection();
    Result<QList<User>> users = directory::users(c);
    if (!users)
        return fail(users.problem().detail);
    for (const User &u : users.value())
        std::printf("%s\t%s\t%s\t%s\n", qPrintable(u.username), qPrintable(u.roles.join(QLatin1Char(','))),
                    qPrintable(u.unitId), qPrintable(u.fullName));
    return 0;
}

int set(ServerDb &db, const QString &username, const QMap<QString, QString> &o)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!name.match(username).hasMatch())
        return fail(QStringLiteral(
            "a user name is 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit"));
    for (const char *required : {"--password-file", "--roles", "--unit", "--full-name"}) {
        if (!o.contains(QLatin1String(required)))
            return fail(QStringLiteral("%1 is required").arg(QLatin1String(required)));
    }
    QFile file(o.value(QStringLiteral("--password-file")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the password file: %1").arg(file.errorString()));
    const QString password =
        QString::fromUtf8(file.readLine(4096)).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty() || password.size() > 1024)
        return fail(
            QStringLiteral("the password file's first line must hold a password of 1 to 1024 characters"));
    QStringList roles = o.value(QStringLiteral("--roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &r : roles) {
        r = r.trimmed();
        if (!roleFromWire(r))
            return fail(
                QStringLiteral("unknown role '%1' (officer, focal, leader, city_office)").arg(r.left(40)));
    }
    roles.removeDuplicates();
    const QString fullName = o.value(QStringLiteral("--full-name")).trimmed();
    if (fullName.isEmpty())
        return fail(QStringLiteral("--full-name must not be empty"));

    QSqlDatabase c = db.connection();
    Result<QList<Unit>> units = directory::units(c);
    if (!units)
        return fail(units.problem().detail);
    const QString unit = o.value(QStringLiteral("--unit"));
    if (std::none_of(units.value().cbegin(), units.value().cend(),
                     [&unit](const Unit &u) { return u.id == unit; }))
        return fail(QStringLiteral("no unit '%1' in this database").arg(unit.left(64)));

    const std::optional<PasswordHash> hash = passwords::hash(password);
    if (!hash)
        return fail(QStringLiteral("cannot hash the password"));
    WriteTransaction transaction(c);
    QString error;
    bool created = false;
    if (!transaction.isOpen() ||
        !directory::upsertAccount(c, Account{User{username, fullName, roles, unit}, *hash}, &created,
                                  &error) ||
        !SessionService::endSessionsOf(c, username, &error) || !transaction.commit())
        return fail(error.isEmpty() ? QStringLiteral("the database is busy; try again") : error);
    std::printf("%s %s\n", created ? "created" : "updated", qPrintable(username));
    return 0;
}

} // namespace

int runUsersCommand(const QStringList &arguments)
{
    // arguments: users list [...] | users set USER [...]
    if (arguments.size() < 2)
        return usage();
    const bool isList = arguments.at(1) == QLatin1String("list");
    const bool isSet = arguments.at(1) == QLatin1String("set") && arguments.size() >= 3;
    if (!isList && !isSet)
        return usage();
    const std::optional<QMap<QString, QString>> o =
        isList ? options(arguments.mid(2), {QStringLiteral("--data-dir")})
               : options(arguments.mid(3), {QStringLiteral("--data-dir"), QStringLiteral("--password-file"),
                                            QStringLiteral("--roles"), QStringLiteral("--unit"),
                                            QStringLiteral("--full-name")});
    if (!o)
        return usage();
    const QString dataDir = o->value(QStringLiteral("--data-dir"), QStringLiteral("./pakn-server-data"));
    const QString path = QDir(dataDir).absoluteFilePath(QStringLiteral("pakn-server.sqlite"));
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("no database at %1; start pakn-server on that folder once to create it")
                        .arg(path));
    ServerDb db(path);
    bool created = false;
    QString error;
    if (!db.open(&created, &error))
        return fail(error);
    return isList ? list(db) : set(db, arguments.at(2), *o);
}

} // namespace pakn::server
