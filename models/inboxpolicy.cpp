#include "inboxpolicy.h"

#include "calendar/deadlinepolicy.h"

#include <QDateTime>
#include <algorithm>

namespace pakn::inbox {
namespace {

/// Who a saved view is for. `personal` views are shown to everyone; the others to the listed roles.
struct ViewAudience
{
    SavedView view;
    bool personal;
    QList<Role> roles;
};

const QList<ViewAudience> &audiences()
{
    static const QList<ViewAudience> table = {
        {SavedView::AssignedToMe, true, {}},
        {SavedView::ToReceive, false, {Role::CityOffice, Role::Focal}},
        {SavedView::ToAssign, false, {Role::Focal, Role::Leader}},
        {SavedView::DueSoon, true, {}},
        {SavedView::Overdue, true, {}},
        {SavedView::AwaitingMyApproval, false, {Role::Leader}},
        {SavedView::ReturnedToMe, true, {}},
        {SavedView::Drafts, true, {}},
        {SavedView::Outbox, true, {}},
        {SavedView::MyUnit, false, {Role::Officer, Role::Focal, Role::Leader}},
        {SavedView::Published, false, {Role::CityOffice, Role::Leader, Role::Focal}},
        {SavedView::All, true, {}},
    };
    return table;
}

} // namespace

QList<SavedView> savedViewsFor(const User &user)
{
    QList<SavedView> views;
    for (SavedView v : kAllSavedViews) {
        for (const ViewAudience &a : audiences()) {
            if (a.view != v)
                continue;
            const bool forUser = a.personal || std::any_of(a.roles.begin(), a.roles.end(),
                                                           [&user](Role r) { return user.hasRole(r); });
            if (forUser)
                views.append(v);
        }
    }
    return views;
}

QDate vietnamToday()
{
    return vietnamDate(QDateTime::currentDateTimeUtc());
}

ViewContext viewContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                        const WorkingCalendar &calendar)
{
    ViewContext c;
    c.username = user.username;
    c.unitId = user.unitId;
    c.unitSubtree = unitSubtree;
    c.today = today;
    const QDate firstNotSoon = calendar.addWorkingDays(today, kDueSoonWorkingDays + 1);
    c.dueSoonUntil = firstNotSoon.isValid() ? firstNotSoon.addDays(-1) : today.addDays(kDueSoonWorkingDays);
    return c;
}

QStringList unitSubtree(const User &user, const QStringList &cachedUnitIds)
{
    if (std::optional<QStringList> own = unitSubtreeWithoutCache(user))
        return *own;
    QStringList units{user.unitId};
    for (const QString &id : cachedUnitIds) {
        if (!units.contains(id))
            units.append(id);
    }
    return units;
}

std::optional<QStringList> unitSubtreeWithoutCache(const User &user)
{
    if (user.hasRole(Role::Leader) && !user.hasRole(Role::CityOffice))
        return std::nullopt;
    return QStringList{user.unitId};
}

Standing standing(const User &user, const QStringList &unitSubtree, const QString &unitId,
                  const QString &assignee)
{
    Standing s;
    s.inUnit = !unitId.isEmpty() && unitId == user.unitId;
    s.inSubtree = s.inUnit || unitSubtree.contains(unitId);
    s.isAssignee = !assignee.isEmpty() && assignee == user.username;
    return s;
}

} // namespace pakn::inbox
