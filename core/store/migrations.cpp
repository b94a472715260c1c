#include "migrations.h"

namespace pakn {

const QList<Migration> &cacheMigrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             // One row per petition in the user's scope: indexed columns for what the lists sort and filter
             // by, and the whole decoded record as JSON, which the detail view reads in one go.
             QStringLiteral("CREATE TABLE petitions ("
                            " id INTEGER PRIMARY KEY,"
                            " version INTEGER NOT NULL,"
                            " code TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " content TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " category INTEGER NOT NULL,"
                            " submitter_type TEXT NOT NULL,"
                            " submitter_name TEXT NOT NULL,"
                            " submitter_organisation TEXT,"
                            " submitter_phone TEXT,"
                            " submitter_email TEXT,"
                            " submitter_address TEXT,"
                            " channel TEXT NOT NULL,"
                            " field_id TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " unit_id TEXT NOT NULL,"
                            " assignee TEXT,"
                            " received_at TEXT NOT NULL,"
                            " due_date TEXT,"
                            " updated_at TEXT NOT NULL,"
                            " record TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX petitions_received ON petitions(received_at)"),
             QStringLiteral("CREATE INDEX petitions_due ON petitions(due_date)"),
             QStringLiteral("CREATE INDEX petitions_state ON petitions(state, due_date)"),
             QStringLiteral("CREATE INDEX petitions_unit ON petitions(unit_id)"),
             QStringLiteral("CREATE INDEX petitions_assignee ON petitions(assignee)"),
             QStringLiteral("CREATE UNIQUE INDEX petitions_code ON petitions(code)"),
             // Key/value state of the sync engine (the change-feed cursor, the signed-in user).
             QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
    };
    return steps;
}

} // namespace pakn
