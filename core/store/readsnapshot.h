#pragma once

#include <QSqlDatabase>
#include <utility>

namespace pakn {

/// One read transaction held for the object's lifetime, so that several statements read the same snapshot of
/// the cache (in WAL mode a writer never waits for a reader, so between two statements outside a transaction
/// the sync thread may commit). PetitionQuery needs it so that the full-text table
/// searchbacklog::searchIndex() chose still exists when its statements name it; PetitionRecord so that a
/// petition and its draft, draft files and conflicts agree. Does nothing when the connection is in a
/// transaction already (the caller's then holds the snapshot) or when `wanted` is false.
class ReadSnapshot
{
public:
    ReadSnapshot(QSqlDatabase db, bool wanted)
        : m_db(std::move(db))
        , m_began(wanted && m_db.transaction())
    {}
    ~ReadSnapshot()
    {
        // Nothing was written; a failed commit (a statement still running) must not leave the reader pinned
        // to this snapshot, so roll back then.
        if (m_began && !m_db.commit())
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_began;
};

} // namespace pakn
