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
        {2,
         {
             // Vietnamese sort keys (core/domain/vietnamesecollation.h) so lists sort by name in SQL.
             QStringLiteral("ALTER TABLE petitions ADD COLUMN title_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE petitions ADD COLUMN submitter_key TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX petitions_title_key ON petitions(title_key)"),
             QStringLiteral("CREATE INDEX petitions_submitter_key ON petitions(submitter_key)"),
             QStringLiteral("CREATE INDEX petitions_channel ON petitions(channel)"),
             QStringLiteral("CREATE INDEX petitions_field ON petitions(field_id)"),
             // For the saved-view counts ("to receive", "to assign", "assigned to me"), measured 50 → 3 ms at
             // 100,000 petitions (docs/performance.md).
             QStringLiteral("CREATE INDEX petitions_unit_state ON petitions(unit_id, state, assignee)"),
             QStringLiteral("CREATE INDEX petitions_assignee_state ON petitions(assignee, state)"),
             // Covers the usual column filters (field, channel, unit, state) with the common sort keys, so a
             // filtered page reads a table row only once it is among the rows shown.
             QStringLiteral(
                 "CREATE INDEX petitions_filters ON petitions(field_id, channel, unit_id, state, due_date,"
                 " submitter_key, received_at)"),
             // Full-text index over folded text (textfold.h: no diacritics, đ → d); rowid = petitions.id.
             // It stores its own folded copy, so updates are plain DELETE + INSERT by rowid.
             QStringLiteral(
                 "CREATE VIRTUAL TABLE petition_fts USING fts5(code, title, content, submitter, reply,"
                 " notes, tokenize = 'unicode61 remove_diacritics 2')"),
             // The sync engine asks for a reindex of every row whose keys are empty (rows from schema 1).
             QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('reindex.needed', '1')"),
             // Reference data (units tree, fields, policies, calendar overrides) as the server sent it, by
             // ETag.
             QStringLiteral(
                 "CREATE TABLE reference_data (key TEXT PRIMARY KEY, etag TEXT, json TEXT NOT NULL,"
                 " fetched_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE units (id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL,"
                            " kind TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX units_parent ON units(parent_id)"),
             // The timeline of each petition (received, classified, …, notes, progress updates, replies).
             QStringLiteral(
                 "CREATE TABLE timeline_events (id INTEGER PRIMARY KEY, petition_id INTEGER NOT NULL"
                 " REFERENCES petitions(id) ON DELETE CASCADE, kind TEXT NOT NULL, actor TEXT,"
                 " at TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX timeline_petition ON timeline_events(petition_id, at)"),
             // The officer's reply draft, saved on every edit (debounced) — one per petition.
             QStringLiteral(
                 "CREATE TABLE reply_drafts (petition_id INTEGER PRIMARY KEY REFERENCES petitions(id)"
                 " ON DELETE CASCADE, base_version INTEGER NOT NULL, doc_number TEXT, issue_date TEXT,"
                 " signer TEXT, signer_position TEXT, subject TEXT, body TEXT, updated_at TEXT NOT NULL)"),
             // Attachments: metadata here, content in the content-addressed store (attachmentstore.h).
             QStringLiteral(
                 "CREATE TABLE attachments (id INTEGER PRIMARY KEY, petition_id INTEGER NOT NULL"
                 " REFERENCES petitions(id) ON DELETE CASCADE, owner TEXT NOT NULL, server_id TEXT,"
                 " name TEXT NOT NULL, mime TEXT, size INTEGER NOT NULL, sha256 TEXT,"
                 " state TEXT NOT NULL, added_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX attachments_petition ON attachments(petition_id)"),
             // The ordered outbox of commands the officer queued (offline too); removed only when answered.
             QStringLiteral(
                 "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, petition_id INTEGER NOT NULL,"
                 " command TEXT NOT NULL, payload TEXT NOT NULL, base_version INTEGER NOT NULL,"
                 " idempotency_key TEXT NOT NULL UNIQUE, base_record TEXT, state TEXT NOT NULL DEFAULT "
                 "'queued',"
                 " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, last_error TEXT,"
                 " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_petition ON outbox(petition_id, id)"),
             // A command the server refused with 409: base, mine and theirs, until the officer resolves it.
             QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY, petition_id INTEGER NOT NULL,"
                            " outbox_id INTEGER, base TEXT, mine TEXT, theirs TEXT, created_at TEXT NOT NULL,"
                            " resolved_at TEXT)"),
         }},
        {3,
         {
             // An officer's reply files (owner 'me'): how far their resumable upload got, to continue there.
             QStringLiteral("ALTER TABLE attachments ADD COLUMN upload_id TEXT"),
             QStringLiteral("ALTER TABLE attachments ADD COLUMN uploaded_bytes INTEGER NOT NULL DEFAULT 0"),
         }},
        {4,
         {
             // What the dashboard and the periodic reports count by, derived from the record by SQLite itself
             // (virtual columns: nothing to write, PetitionStore is unchanged) and kept in one index that
             // covers their queries, so counting replies by date or petitions by type parses no JSON: 1.5 s →
             // 60 ms for a pass over 100,000 records (docs/performance.md, bench_dashboard).
             QStringLiteral("ALTER TABLE petitions ADD COLUMN replied_on TEXT GENERATED ALWAYS AS"
                            " (date(json_extract(record, '$.replied_at'), '+7 hours')) VIRTUAL"),
             QStringLiteral("ALTER TABLE petitions ADD COLUMN classification_kind TEXT GENERATED ALWAYS AS"
                            " (json_extract(record, '$.classification.kind')) VIRTUAL"),
             QStringLiteral("CREATE INDEX petitions_report ON petitions(unit_id, received_at, state, channel,"
                            " field_id, due_date, replied_on, classification_kind)"),
             // On time / late by month of the reply, and the list of one month's late replies.
             QStringLiteral(
                 "CREATE INDEX petitions_replied ON petitions(replied_on, due_date, received_at, unit_id,"
                 " field_id, channel)"),
         }},
        {5,
         {
             // The reply's server files the officer removed from the draft (a JSON array of server ids), so
             // the removal survives a restart until the reply is saved or submitted. NULL: none removed.
             QStringLiteral("ALTER TABLE reply_drafts ADD COLUMN removed_server_files TEXT"),
         }},
        {6,
         {
             // The full-text index with prefix indexes for 1-, 2- and 3-letter prefixes, so a keystroke's
             // short prefix ("n", "ng", "giay ph") no longer expands to every word it begins: counts 2-9 ms
             // and newest-first pages under 5 ms at 100,000 petitions (docs/performance.md). Filling it takes
             // about 15-20 s at 100,000 petitions, too long for open(): the old index is kept under another
             // name and keeps serving searches, the new one starts empty with the backlog marker at 0
             // (searchbacklog.h), and the sync thread fills it in batches that survive a kill; the last batch
             // drops the old index. Renaming is instant; an empty cache needs no backlog.
             QStringLiteral("ALTER TABLE petition_fts RENAME TO petition_fts_old"),
             QStringLiteral(
                 "CREATE VIRTUAL TABLE petition_fts USING fts5(code, title, content, submitter, reply,"
                 " notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
             QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) SELECT 'fts.pending_from', '0'"
                            " WHERE EXISTS (SELECT 1 FROM petitions)"),
             // The list's default order (newest received first) under one column filter — a channel, field,
             // unit or status from the filter bar: each filter column's index carries received_at after it,
             // so the first page is read in order instead of reading and sorting every matching row (one
             // channel: 40-110 ms -> under 1 ms at 100,000 petitions). The wider indexes replace the
             // single-column ones; building the four takes about 1.3 s at 100,000 petitions, once — on the
             // sync thread when the cache holds petitions (below), the lists answering the same meanwhile.
             QStringLiteral("DROP INDEX petitions_channel"),
             QStringLiteral("DROP INDEX petitions_field"),
             QStringLiteral("DROP INDEX petitions_unit"),
         },
         {
             {QStringLiteral("petitions_channel"),
              QStringLiteral("CREATE INDEX petitions_channel ON petitions(channel, received_at)")},
             {QStringLiteral("petitions_field"),
              QStringLiteral("CREATE INDEX petitions_field ON petitions(field_id, received_at)")},
             {QStringLiteral("petitions_unit"),
              QStringLiteral("CREATE INDEX petitions_unit ON petitions(unit_id, received_at)")},
             {QStringLiteral("petitions_state_received"),
              QStringLiteral("CREATE INDEX petitions_state_received ON petitions(state, received_at)")},
         }},
        {7,
         {
             // The number of petitions per unit and state, kept by triggers, so that the saved views which
             // depend only on those ("All cached", "All in my unit", "Published", "To receive", "Awaiting
             // my approval") and the list's count of such a view read a few rows instead of scanning an
             // index at start (PetitionQuery: the views' `tally`). The petitions are written by an upsert
             // (update triggers) and removed by DELETE; no REPLACE, which would skip the delete trigger.
             QStringLiteral("CREATE TABLE petition_counts (unit_id TEXT NOT NULL, state TEXT NOT NULL,"
                            " n INTEGER NOT NULL, PRIMARY KEY (unit_id, state)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO petition_counts (unit_id, state, n)"
                            " SELECT unit_id, state, COUNT(*) FROM petitions GROUP BY unit_id, state"),
             QStringLiteral(
                 "CREATE TRIGGER petition_counts_insert AFTER INSERT ON petitions BEGIN"
                 " INSERT INTO petition_counts (unit_id, state, n) VALUES (NEW.unit_id, NEW.state, 1)"
                 " ON CONFLICT (unit_id, state) DO UPDATE SET n = n + 1; END"),
             QStringLiteral("CREATE TRIGGER petition_counts_delete AFTER DELETE ON petitions BEGIN"
                            " UPDATE petition_counts SET n = n - 1 WHERE unit_id = OLD.unit_id"
                            " AND state = OLD.state; END"),
             QStringLiteral(
                 "CREATE TRIGGER petition_counts_update AFTER UPDATE OF unit_id, state ON petitions"
                 " WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.state IS NOT NEW.state BEGIN"
                 " UPDATE petition_counts SET n = n - 1 WHERE unit_id = OLD.unit_id"
                 " AND state = OLD.state;"
                 " INSERT INTO petition_counts (unit_id, state, n) VALUES (NEW.unit_id, NEW.state, 1)"
                 " ON CONFLICT (unit_id, state) DO UPDATE SET n = n + 1; END"),
         }},
        {8,
         {},
         {},
         // A prefix index for 4-letter prefixes too: most Vietnamese syllables have 2 to 5 letters, and a
         // 4-letter word typed whole ("giay", "phep") was read from every word it begins, merged in memory —
         // 1.2-1.7 ms per statement at 100,000 petitions, two statements per keystroke — where the prefix
         // index reads one list and stops after the rows needed (0.05-0.3 ms). It costs the first sync's
         // search-index pass 20-28 % more time (8.1 -> 9.6-10.4 s) and the file 27 MB at 100,000 petitions
         // (docs/performance.md, "Full first sync", session 8).
         // Rebuilt in the background as in step 6, searches answering from the old index meanwhile.
         QStringLiteral("CREATE VIRTUAL TABLE petition_fts USING fts5(code, title, content, submitter, reply,"
                        " notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')")},
    };
    return steps;
}

} // namespace pakn
