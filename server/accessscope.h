#pragma once

#include "directory.h"
#include "domain/role.h"
#include "problem.h"

#include <QSqlDatabase>
#include <QStringList>

namespace pakn::server {

/// Which petitions a user may see: everything, or those held by a set of units.
///
/// The policy is one table in accessscope.cpp: city_office sees everything; leader sees their unit and the
/// units below it; officer and focal see their own unit. A user with several roles sees the union.
/// A user without a known role sees nothing. Value type; thread-safe to copy.
class AccessScope
{
public:
    /// The scope of `user` over the unit tree `units`.
    static AccessScope of(const User &user, const QList<Unit> &units);
    /// Loads the unit tree from `db` and computes the scope.
    static Result<AccessScope> load(QSqlDatabase &db, const User &user);

    bool coversEverything() const { return m_everything; }
    /// The units whose petitions are visible, sorted (empty when coversEverything()).
    const QStringList &unitIds() const { return m_unitIds; }
    bool contains(const QString &unitId) const { return m_everything || m_unitIds.contains(unitId); }

private:
    bool m_everything = false;
    QStringList m_unitIds;
};

} // namespace pakn::server
