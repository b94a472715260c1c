#pragma once

#include "domain/petition.h"

#include <QDateTime>

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

} // namespace pakn::test
