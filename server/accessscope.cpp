#include "accessscope.h"

#include <QSet>

namespace pakn::server {
namespace {

enum class Reach { Everything, UnitSubtree, OwnUnit };

struct RoleReach
{
    Role role;
    Reach reach;
};

// The visibility policy of DESIGN.md §1, one row per role.
constexpr RoleReach kRoleReach[] = {
    {Role::CityOffice, Reach::Everything},
    {Role::Leader, Reach::UnitSubtree},
    {Role::Officer, Reach::OwnUnit},
    {Role::Focal, Reach::OwnUnit},
};

void addSubtree(const QString &root, const QList<Unit> &units, QSet<QString> *out)
{
    QStringList pending{root};
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (out->contains(id))
            continue;
        out->insert(id);
        for (const Unit &u : units) {
            if (u.parentId == id)
                pending.append(u.id);
        }
    }
}

} // namespace

AccessScope AccessScope::of(const User &user, const QList<Unit> &units)
{
    AccessScope scope;
    QSet<QString> ids;
    for (const RoleReach &row : kRoleReach) {
        if (!user.hasRole(row.role))
            continue;
        switch (row.reach) {
        case Reach::Everything:
            scope.m_everything = true;
            break;
        case Reach::UnitSubtree:
            addSubtree(user.unitId, units, &ids);
            break;
        case Reach::OwnUnit:
            ids.insert(user.unitId);
            break;
        }
    }
    if (!scope.m_everything) {
        scope.m_unitIds = QStringList(ids.cbegin(), ids.cend());
        scope.m_unitIds.sort();
    }
    return scope;
}

Result<AccessScope> AccessScope::load(QSqlDatabase &db, const User &user)
{
    Result<QList<Unit>> units = directory::units(db);
    if (!units)
        return units.problem();
    return of(user, units.value());
}

} // namespace pakn::server
