#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pakn {

/// The roles of DESIGN.md §1. One person can hold several. Wire names are contract.
enum class Role { Officer, Focal, Leader, CityOffice };

inline constexpr Role kAllRoles[] = {Role::Officer, Role::Focal, Role::Leader, Role::CityOffice};

QString toWireName(Role role);
std::optional<Role> roleFromWire(const QString &wireName);
QString displayLabel(Role role);

/// A signed-in user as the service describes them.
struct User
{
    QString username;
    QString fullName;
    QStringList roles; ///< wire names; unknown roles from a newer server are kept but grant nothing
    QString unitId;

    bool hasRole(Role role) const { return roles.contains(toWireName(role)); }
    friend bool operator==(const User &a, const User &b)
    {
        return a.username == b.username && a.fullName == b.fullName && a.roles == b.roles &&
               a.unitId == b.unitId;
    }
};

} // namespace pakn
