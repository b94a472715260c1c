#include "pagewriter.h"

#include "store/bulkload.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"

namespace pakn {

PageWriter::PageWriter(const CacheDatabase &database)
    : m_database(database)
{}

void PageWriter::store(int generation, const ChangePage &page)
{
    if (generation <= m_stopped.load() || generation == m_failed) {
        Q_EMIT stored(generation, 0, skippedReason());
        return;
    }
    const QString why = PetitionStore(m_database).applyChangePage(page);
    if (!why.isEmpty())
        m_failed = generation;
    Q_EMIT stored(generation, page.petitions.size() + page.tombstones.size(), why);
}

void PageWriter::setBulkLoad(bool on)
{
    QSqlDatabase db = m_database.connection();
    if (on)
        bulkload::begin(db); // a failure only makes the sync slower
    else
        bulkload::end(db);
}

} // namespace pakn
