#include "role.h"

#include "wiretable.h"

#include <QCoreApplication>

namespace pakn {
namespace {

struct RoleRow
{
    Role value;
    const char *wire;
    const char *label;
};

constexpr RoleRow kRoles[] = {
    {Role::Officer, "officer", QT_TRANSLATE_NOOP("Role", "Handling officer")},
    {Role::Focal, "focal", QT_TRANSLATE_NOOP("Role", "Focal officer")},
    {Role::Leader, "leader", QT_TRANSLATE_NOOP("Role", "Unit leader")},
    {Role::CityOffice, "city_office", QT_TRANSLATE_NOOP("Role", "City office")},
};

} // namespace

QString toWireName(Role role)
{
    return QString::fromLatin1(detail::rowFor(kRoles, role).wire);
}

std::optional<Role> roleFromWire(const QString &wireName)
{
    return detail::valueForWire(kRoles, wireName);
}

QString displayLabel(Role role)
{
    return QCoreApplication::translate("Role", detail::rowFor(kRoles, role).label);
}

} // namespace pakn
