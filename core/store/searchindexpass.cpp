#include "searchindexpass.h"

#include "cachedatabase.h"

#include <memory>

namespace pakn {

SearchIndexPass::SearchIndexPass(const CacheDatabase &database, int batchRows)
    : m_database(database)
    , m_batchRows(batchRows)
{
    m_reader.setMaxThreadCount(1);
    m_reader.setExpiryTimeout(-1); // one thread, one connection, for the whole pass
}

SearchIndexPass::~SearchIndexPass()
{
    if (m_ahead)
        m_ahead->wait();
    const CacheDatabase &database = m_database;
    m_reader.start([&database] { database.releaseThreadConnection(); });
    m_reader.waitForDone();
}

void SearchIndexPass::readAhead(qint64 from)
{
    auto promise = std::make_shared<std::promise<Ahead>>();
    m_ahead = promise->get_future();
    const CacheDatabase &database = m_database;
    const int batchRows = m_batchRows;
    m_reader.start([promise, &database, from, batchRows] {
        Ahead ahead;
        QSqlDatabase db = database.connection();
        ahead.error = searchbacklog::readBatch(db, from, batchRows, &ahead.batch);
        promise->set_value(std::move(ahead));
    });
}

QString SearchIndexPass::step()
{
    QSqlDatabase db = m_database.connection();
    if (!m_begun) {
        m_begun = true;
        if (const QString why = searchbacklog::beginBulk(db); !why.isEmpty())
            return why;
    }
    const std::optional<qint64> from = searchbacklog::pendingFrom(db);
    if (!from) {
        m_done = true;
        return {};
    }
    searchbacklog::Batch batch;
    bool have = false;
    if (m_ahead) {
        Ahead ahead = m_ahead->get();
        m_ahead.reset();
        if (ahead.error.isEmpty() && ahead.batch.from == *from) {
            batch = std::move(ahead.batch);
            have = true;
        }
    }
    if (!have) {
        if (const QString why = searchbacklog::readBatch(db, *from, m_batchRows, &batch); !why.isEmpty())
            return why;
    }
    if (!batch.last())
        readAhead(batch.ids.last() + 1);
    if (const QString why = searchbacklog::writeBatch(db, batch); !why.isEmpty())
        return why;
    m_done = !searchbacklog::pendingFrom(db).has_value();
    return {};
}

} // namespace pakn
