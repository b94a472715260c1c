#pragma once

#include "domain/role.h"
#include "net/wirecodec.h"
#include "problem.h"
#include "serverdb.h"

#include <QString>
#include <optional>

namespace pakn::server {

/// GET /api/v1/changes: the petitions in a user's scope changed after a cursor, in change order.
///
/// Every insert or update of a petition takes the next global change sequence number (`seq`) in the same
/// transaction, so ordering by seq is commit order and a cursor "s<seq>" never skips a change. A page and
/// the head it reports are read in one read transaction (one snapshot).
/// Threading: thread-safe; uses the calling thread's connection of `db`, which must outlive this.
/// Failure behaviour: a bad cursor or limit → invalid_parameter naming it; database trouble → the problem
/// from ServerDb::problemFor().
class ChangeFeed
{
public:
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;

    struct Query
    {
        std::optional<qint64> afterSeq; ///< nullopt: from the beginning (full sync)
        int limit = kDefaultLimit;
    };

    explicit ChangeFeed(ServerDb &db);

    /// Validates the raw query parameters (either may be absent).
    static Result<Query> parseQuery(const std::optional<QString> &cursor,
                                    const std::optional<QString> &limit);
    static QString encodeCursor(qint64 seq);
    static std::optional<qint64> decodeCursor(const QString &cursor);

    Result<ChangePage> page(const User &user, const Query &query);
    /// The same page as `page()`, already as the JSON body of the answer: each petition's JSON is built by
    /// SQLite from its row (petitionrows::kWireJson), which takes a fraction of the CPU of decoding the row
    /// and encoding the petition (docs/performance.md, "Full first sync"). Same contract, same members.
    Result<QByteArray> encodedPage(const User &user, const Query &query);

private:
    /// The page with its petitions decoded (`asJson` false) or as their JSON in `records` (true).
    Result<ChangePage> read(const User &user, const Query &query, bool asJson);

    ServerDb &m_db;
};

} // namespace pakn::server
