#pragma once

#include "directory.h"
#include "domain/petition.h"
#include "domain/role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace pakn::server {

/// The deterministic demo data set of pakn-server: the unit tree of Hà Nội, the demo accounts, and
/// `petitionCount` petitions spread over the two years before `anchor`.
///
/// Determinism: the same seed, anchor, count and latest time give the same units, users and petitions, field
/// by field (QRandomGenerator only; the clock is never read). Petitions are composed lazily from a
/// per-petition seed, so a large count (benchmarks) costs little memory: only a small skeleton per petition
/// is held. Consistency: unit and assignee follow the state (see demodata.cpp, kStateProfiles); received_at <
/// updated_at <= anchorInstant(); due_date = the handling deadline of core/calendar's default policy on the
/// calendar with the published decisions (referencedefaults.h), null when closed early; the timeline has one
/// entry per version, along the state's path, by accounts whose roles allow each step (demohistory.h).
/// Threading: const methods are thread-safe.
class DemoData
{
public:
    /// `latestTime`: the Hà Nội time of day on `anchor` after which no demo petition changed.
    DemoData(quint32 seed, QDate anchor, int petitionCount, QTime latestTime = QTime(17, 0));
    ~DemoData();
    DemoData(const DemoData &) = delete;
    DemoData &operator=(const DemoData &) = delete;

    /// The password of every demo account.
    static QString password();
    /// Parents before children.
    static QList<Unit> units();
    static QList<User> users();

    /// The demo account's full name, or an empty string.
    static QString fullNameOf(const QString &username);
    /// The first demo account of `unitId` with the role (a wire name), looking in the parent units too when
    /// `searchParents`; empty when there is none.
    static QString accountWithRole(const QString &unitId, const char *role, bool searchParents);
    static QString unitName(const QString &unitId);

    QDate anchor() const { return m_anchor; }
    /// The latest time (17:00 unless given) in Hà Nội (UTC+7) on the anchor date: no demo petition changed
    /// later.
    QDateTime anchorInstant() const;
    int petitionCount() const;
    /// The i-th petition in change order: the order in which they get their change sequence numbers.
    Petition petitionInChangeOrder(int i) const;

private:
    struct Skeleton;

    quint32 m_seed;
    QDate m_anchor;
    QTime m_latestTime;
    std::vector<Skeleton> m_skeletons; // in change order
};

/// Writes the demo data into a freshly created database, in one transaction: units, accounts (hashing the
/// demo password with a fresh salt each), petitions with consecutive change sequence numbers, and the
/// meta rows seed, demo_today and petitions. Returns false with the reason (and rolls back) on any failure.
bool seedDemoData(QSqlDatabase &db, quint32 seed, const DemoData &data, QString *error);

} // namespace pakn::server
