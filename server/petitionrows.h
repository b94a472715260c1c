#pragma once

#include "domain/petition.h"
#include "problem.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace pakn::server {

/// The mapping between pakn::Petition and a row of the `petitions` table, kept in one place so that the
/// seeder, the change feed and the command handlers agree on it. The timeline, reply, attachments and
/// classification are stored as JSON in their wire form (core/net/wirecodec).
namespace petitionrows {

/// The column list to SELECT, in the order fromRow() reads them; prefix-free, use as "SELECT " + kColumns.
extern const char *const kColumns;
/// How many columns kColumns names; a query may select more after them (e.g. seq at this index).
extern const int kColumnCount;

/// An SQL expression over a row of `petitions` giving the petition's wire JSON (compact, as
/// wire::encode(fromRow(...)) gives it, members in another order), built by SQLite from the stored columns —
/// which hold the wire form already — so the change feed neither decodes nor encodes a petition in C++.
/// tst_server_wirejson checks it against wire::encode for every demo petition.
extern const char *const kWireJson;

/// Reads the current row of a query that selected kColumns. Returns nullopt (and says why) when a stored
/// value is not valid, e.g. an unknown state name written by a newer server.
std::optional<Petition> fromRow(const QSqlQuery &query, QString *error);

/// The petition with this id and its change sequence number, or nullopt when there is none.
struct Stored
{
    Petition petition;
    qint64 seq = 0;
};
Result<std::optional<Stored>> load(QSqlDatabase &db, qint64 id);

/// Writes every column of `petition` (found by id) with a new change sequence number.
bool update(QSqlDatabase &db, const Petition &petition, qint64 seq, QString *error);

} // namespace petitionrows

/// Inserts petitions with one prepared statement (fast for seeding many).
/// Threading: use on the thread that owns `db`. Failure: insert() returns false and sets `error`.
class PetitionInserter
{
public:
    explicit PetitionInserter(QSqlDatabase db);
    /// Inserts `petition` (its id included) with the given change sequence number.
    bool insert(const Petition &petition, qint64 seq, QString *error);

private:
    QSqlQuery m_query;
};

} // namespace pakn::server
