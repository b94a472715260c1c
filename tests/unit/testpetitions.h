#pragma once

#include "domain/channel.h"
#include "domain/petition.h"
#include "domain/petitionstate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace pakn::test {

/// A valid petition with the given id and title; the rest plausible and varied by id.
inline Petition makePetition(qint64 id, const QString &title, const QString &content = QString())
{
    Petition p;
    p.id = id;
    p.version = 1;
    p.code = QStringLiteral("PAKN.20250101.%1").arg(id, 4, 10, QLatin1Char('0'));
    p.title = title;
    p.content = content.isEmpty() ? QStringLiteral("Nội dung phản ánh số %1.").arg(id) : content;
    p.submitter.name = QStringLiteral("Người dân %1").arg(id);
    p.submitter.phone = QStringLiteral("09123456%1").arg(id % 100, 2, 10, QLatin1Char('0'));
    p.fieldId = QStringLiteral("dat_dai");
    p.unitId = QStringLiteral("p-hoan-kiem");
    p.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(2, 0), Qt::UTC).addSecs(id * 3600);
    p.updatedAt = p.receivedAt.addDays(1);
    return p;
}

/// Varies what the list panes filter and sort on, drawn from `rng` in a fixed order: every state and channel,
/// four units (one a sub-unit), two assignees or none, names that sort differently with and without
/// diacritics, two fields, deadlines around `today` (a fifth without one) and five months of receipt times.
inline void varyForLists(Petition *p, QRandomGenerator &rng, const QDate &today)
{
    static const QStringList units = {QStringLiteral("so-xay-dung"), QStringLiteral("p-hoan-kiem"),
                                      QStringLiteral("p-hoan-kiem-to-1"), QStringLiteral("vp-ubnd")};
    static const QStringList users = {QStringLiteral("an"), QStringLiteral("binh"), QString()};
    static const QStringList names = {QStringLiteral("Đỗ Hùng"), QStringLiteral("Dương An"),
                                      QStringLiteral("Ân Bình"), QStringLiteral("An Khang"),
                                      QStringLiteral("Ăn Uống")};
    p->state = kAllPetitionStates[rng.bounded(int(std::size(kAllPetitionStates)))];
    p->channel = kAllChannels[rng.bounded(int(std::size(kAllChannels)))];
    p->unitId = units.at(rng.bounded(int(units.size())));
    p->assignee = users.at(rng.bounded(int(users.size())));
    p->submitter.name = names.at(rng.bounded(int(names.size())));
    p->fieldId = rng.bounded(2) ? QStringLiteral("dat_dai") : QStringLiteral("xay_dung");
    p->dueDate = rng.bounded(5) == 0 ? QDate() : today.addDays(rng.bounded(-20, 20));
    p->receivedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(rng.bounded(0, 86400 * 150));
}

} // namespace pakn::test
