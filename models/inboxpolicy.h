#pragma once

#include "calendar/workingcalendar.h"
#include "domain/role.h"
#include "domain/workflow.h"
#include "store/petitionquery.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace pakn {

/// The rules that tie the inbox panes to the signed-in user, as data and pure functions.
namespace inbox {

/// Working days within which a running deadline counts as "due soon" (colour, "due soon" view).
inline constexpr int kDueSoonWorkingDays = 3;

/// The saved views `user` sees, in kAllSavedViews order: the personal ones always (assigned to me, due soon,
/// overdue, returned to me, drafts, outbox, all cached) and the others when one of the user's roles works
/// with them (table in inboxpolicy.cpp).
QList<SavedView> savedViewsFor(const User &user);

/// Today's date in Vietnam (UTC+7).
QDate vietnamToday();

/// The context the views are evaluated in. `dueSoonUntil` is the last day that is at most
/// kDueSoonWorkingDays working days away, so the "due soon" view and deadlineStatus() agree on every date.
ViewContext viewContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                        const WorkingCalendar &calendar);

/// The user's unit and the units below it, as far as the cache shows them. The service limits a leader who is
/// not in the city office to their unit's subtree, so every unit among the cached petitions is in it; for
/// everyone else only their own unit counts. (Stop-gap until the units tree is cached as reference data.)
QStringList unitSubtree(const User &user, const QStringList &cachedUnitIds);

/// The same subtree when it does not depend on the cache (everyone but a leader outside the city office:
/// their own unit), so that the lists can be read before the units in the cache are; std::nullopt for a
/// leader.
std::optional<QStringList> unitSubtreeWithoutCache(const User &user);

/// How the user stands to a petition held by `unitId` and assigned to `assignee`.
Standing standing(const User &user, const QStringList &unitSubtree, const QString &unitId,
                  const QString &assignee);

} // namespace inbox
} // namespace pakn
