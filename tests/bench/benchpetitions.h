#pragma once

#include "domain/petition.h"
#include "store/petitionquery.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

namespace pakn::bench {

/// The fixed "today" of every benchmark cache: due dates are spread around it, saved views are relative to
/// it.
inline const QDate kBenchToday(2025, 6, 10);

/// Who looks at the benchmark cache: an officer of the construction department (so-xay-dung), whose unit
/// subtree also holds the construction inspection sub-department — as in pakn-server's demo directory.
ViewContext benchViewContext();

/// Generates realistic petitions deterministically: Vietnamese titles and contents of about 300–800
/// characters (diacritics, đ/Đ, street and ward names of Hà Nội), ten fields, thirteen units with their
/// officers, six channels, received over the two years before kBenchToday (ids in order of receipt, codes
/// PAKN.yyyyMMdd.NNNN), states by age (old ones mostly closed, recent ones in progress), due dates 15–30 days
/// after receipt. The same seed and total give the same petitions on every platform.
class PetitionGenerator
{
public:
    PetitionGenerator(quint32 seed, qint64 total);

    /// Petition `id` of 1..total; call with increasing ids (codes count per day).
    Petition make(qint64 id);

private:
    QString composeContent(int field, const QString &street, const QString &ward, const QDate &received,
                           const QString &submitter);
    QString personName();

    QRandomGenerator m_rng;
    qint64 m_total;
    QDate m_codeDay;
    int m_codeSequence = 0;
};

/// What the saved views need beyond the petitions themselves, written straight into the cache after the
/// petitions: timeline events for petitions in progress (some returned to their officer), reply drafts and
/// queued outbox commands. Returns an empty string on success, else the database error.
QString writeWorkflowExtras(QSqlDatabase db, quint32 seed);

} // namespace pakn::bench
