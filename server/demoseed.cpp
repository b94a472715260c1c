#include "demodata.h"
#include "directory.h"
#include "passwordhash.h"
#include "petitionrows.h"
#include "serverdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <future>

namespace pakn::server {
namespace {

/// Hashes the demo password once per account (each with its own salt), two at a time: at ~60 ms each this
/// is most of the seeding time, and the machine has two cores.
std::optional<QList<Account>> hashAccounts(const QList<User> &users, QString *error)
{
    QList<Account> accounts;
    for (qsizetype i = 0; i < users.size(); i += 2) {
        std::future<std::optional<PasswordHash>> second;
        if (i + 1 < users.size())
            second = std::async(std::launch::async, [] { return passwords::hash(DemoData::password()); });
        std::optional<PasswordHash> hashes[2] = {passwords::hash(DemoData::password()), std::nullopt};
        if (second.valid())
            hashes[1] = second.get();
        for (qsizetype k = 0; k < 2 && i + k < users.size(); ++k) {
            if (!hashes[k]) {
                *error = QStringLiteral("cannot hash a password");
                return std::nullopt;
            }
            accounts.append(Account{users.at(i + k), *hashes[k]});
        }
    }
    return accounts;
}

bool writeAll(QSqlDatabase &db, quint32 seed, const DemoData &data, const QList<Account> &accounts,
              QString *error)
{
    const QList<Unit> units = DemoData::units();
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!directory::insertUnit(db, units.at(i), static_cast<int>(i), error))
            return false;
    }
    for (const Account &a : accounts) {
        if (!directory::insertAccount(db, a, error))
            return false;
    }
    PetitionInserter inserter(db);
    qint64 timelineIds = 0;
    for (int i = 0; i < data.petitionCount(); ++i) {
        Petition p = data.petitionInChangeOrder(i);
        for (TimelineEntry &e : p.timeline)
            e.id = ++timelineIds;
        const std::optional<qint64> seq = ServerDb::nextChangeSeq(db, error);
        if (!seq || !inserter.insert(p, *seq, error))
            return false;
    }
    if (timelineIds > 0 && !ServerDb::nextCounter(db, "timeline_id", timelineIds, error))
        return false;
    return ServerDb::setMeta(db, QStringLiteral("seed"), QString::number(seed), error) &&
           ServerDb::setMeta(db, QStringLiteral("demo_today"), data.anchor().toString(Qt::ISODate), error) &&
           ServerDb::setMeta(db, QStringLiteral("petitions"), QString::number(data.petitionCount()), error);
}

} // namespace

bool seedDemoData(QSqlDatabase &db, quint32 seed, const DemoData &data, QString *error)
{
    const std::optional<QList<Account>> accounts = hashAccounts(DemoData::users(), error);
    if (!accounts)
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!writeAll(db, seed, data, *accounts, error) || !q.exec(QStringLiteral("COMMIT"))) {
        if (error->isEmpty())
            *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace pakn::server
