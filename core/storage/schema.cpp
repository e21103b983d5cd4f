#include "storage/schema.h"

#include "storage/legacychangeset.h"

#include <functional>
#include <vector>

namespace crosscut::schema {

namespace {

// Version 1: the foundation. Foreign keys have no ON DELETE actions: every
// deletion is spelled out by an operation, so that its changeset holds every
// row it removed and undo can put them all back.
const char *const kVersion1 = R"SQL(
CREATE TABLE project_info(
  key TEXT PRIMARY KEY,
  value TEXT
);
CREATE TABLE coder(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  guid TEXT
);
CREATE TABLE case_(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  guid TEXT
);
CREATE TABLE document(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'interview',
  text TEXT NOT NULL,
  length INTEGER NOT NULL,             -- in code points
  source_file TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  guid TEXT
);
-- Cases a whole document belongs to (an interview with one organisation).
-- A quote carries a case when its document belongs to it or when its
-- speaker turn is linked to it.
CREATE TABLE document_case(
  document_id INTEGER NOT NULL REFERENCES document(id),
  case_id INTEGER NOT NULL REFERENCES case_(id),
  PRIMARY KEY(document_id, case_id)
);
CREATE INDEX document_case_by_case ON document_case(case_id);
-- Named groups of documents, codes or cases (REFI-QDA Sets).
CREATE TABLE set_(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  guid TEXT
);
CREATE TABLE set_member(
  set_id INTEGER NOT NULL REFERENCES set_(id),
  member_kind TEXT NOT NULL CHECK (member_kind IN ('document', 'code', 'case')),
  member_id INTEGER NOT NULL,
  PRIMARY KEY(set_id, member_kind, member_id)
);
CREATE TABLE speaker_turn(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  case_id INTEGER REFERENCES case_(id),
  time_start_ms INTEGER,
  time_end_ms INTEGER,
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX speaker_turn_by_document ON speaker_turn(document_id, start);
CREATE INDEX speaker_turn_by_case ON speaker_turn(case_id);
CREATE TABLE attribute(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('document', 'case')),
  type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'category')),
  sort_order INTEGER NOT NULL DEFAULT 0,
  UNIQUE(name, scope)
);
CREATE TABLE document_attribute(
  document_id INTEGER NOT NULL REFERENCES document(id),
  attribute_id INTEGER NOT NULL REFERENCES attribute(id),
  value TEXT NOT NULL,
  PRIMARY KEY(document_id, attribute_id)
);
CREATE TABLE case_attribute(
  case_id INTEGER NOT NULL REFERENCES case_(id),
  attribute_id INTEGER NOT NULL REFERENCES attribute(id),
  value TEXT NOT NULL,
  PRIMARY KEY(case_id, attribute_id)
);
CREATE TABLE code(
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES code(id),
  name TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '#888888',
  description TEXT NOT NULL DEFAULT '',
  shortcut TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  is_dimension INTEGER NOT NULL DEFAULT 0,
  is_bipolar INTEGER NOT NULL DEFAULT 0,   -- a dimension whose values lie on an axis
  axis_position REAL,                      -- a value's place on its dimension's axis (-1 … 1)
  guid TEXT,
  CHECK (name <> '')
);
CREATE INDEX code_by_parent ON code(parent_id, sort_order);
CREATE TABLE quote(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER NOT NULL,               -- code points, zero-based
  end INTEGER NOT NULL,                 -- code points, exclusive
  creator_id INTEGER REFERENCES coder(id),
  created_at TEXT NOT NULL,
  guid TEXT,
  CHECK (start >= 0 AND end > start)
);
CREATE INDEX quote_by_span ON quote(document_id, start, end);
CREATE TABLE coding(
  id INTEGER PRIMARY KEY,
  quote_id INTEGER NOT NULL REFERENCES quote(id),
  code_id INTEGER NOT NULL REFERENCES code(id),
  coder_id INTEGER NOT NULL REFERENCES coder(id),
  created_at TEXT NOT NULL,
  position REAL,                        -- optional position on a bipolar axis
  UNIQUE(quote_id, code_id, coder_id)
);
CREATE INDEX coding_by_code ON coding(code_id);
CREATE TABLE memo(
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'quote', 'case')),
  target_id INTEGER,                    -- NULL for the project
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  author_id INTEGER REFERENCES coder(id),
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
);
CREATE INDEX memo_by_target ON memo(target_kind, target_id);
-- The operation log: one row per operation, with the SQLite session
-- changeset of every row it changed. state: 0 done, 1 undone, 2 discarded
-- (an undone operation that a new operation replaced; kept for the audit).
CREATE TABLE operation(
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  coder TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  changeset BLOB NOT NULL
);
CREATE INDEX operation_by_state ON operation(state, id);
CREATE VIRTUAL TABLE document_fts USING fts5(
  name, text, content='document', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF name, text ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
  INSERT INTO document_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
END;
)SQL";

// Version 2: live sessions (issue 5). A live session is a document of kind
// 'live-session' whose text only grows while it runs. As in version 1, no ON
// DELETE actions (a cascade would make redoing a deletion conflict): deleting
// a document deletes its live rows explicitly. Roster cases and key codes
// are plain ids, checked when a session is loaded, so that deleting a case
// or a code is never blocked by a past session.
const char *const kVersion2 = R"SQL(
CREATE TABLE live_session(
  document_id INTEGER PRIMARY KEY REFERENCES document(id),
  title TEXT NOT NULL,
  session_date TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  started_at TEXT NOT NULL,               -- wall clock (UTC, ISO 8601) at start
  -- The session clock: session time was clock_base_ms at wall-clock
  -- clock_base_at_ms (ms since the epoch); while running it advances with the
  -- wall clock, also across a crash and restart (the room kept talking).
  clock_base_ms INTEGER NOT NULL DEFAULT 0,
  clock_base_at_ms INTEGER NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE live_roster(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  pseudonym TEXT NOT NULL,
  speaker_key TEXT NOT NULL DEFAULT '',   -- the one-key shortcut ("1" … "9")
  case_id INTEGER,                        -- case_(id); NULL once that case is gone
  sort_order INTEGER NOT NULL DEFAULT 0,
  UNIQUE(document_id, pseudonym),
  CHECK (pseudonym <> '')
);
CREATE TABLE live_flag(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  time_ms INTEGER NOT NULL,               -- session time
  position INTEGER NOT NULL,              -- code point in the document when flagged
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX live_flag_by_document ON live_flag(document_id, time_ms);
CREATE TABLE live_code_key(
  document_id INTEGER NOT NULL REFERENCES document(id),
  key TEXT NOT NULL,                      -- "F1" … "F12", "Ctrl+1" …
  code_id INTEGER NOT NULL,               -- code(id); ignored once that code is gone
  PRIMARY KEY(document_id, key)
);
-- What the note-taker is typing, saved about every second. Not in the
-- operation log: a draft is not an operation and must not fill undo.
CREATE TABLE live_draft(
  document_id INTEGER PRIMARY KEY REFERENCES document(id),
  speaker TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  started_ms INTEGER,                     -- session time when typing began
  codes TEXT NOT NULL DEFAULT '',         -- code ids to apply on commit, comma separated
  saved_at TEXT NOT NULL
);
)SQL";

// Version 3: live sessions out of the document-level full-text index. A
// commit appends one line to a session's text; keeping a session in
// document_fts made every commit delete and re-tokenize the whole text
// (twice its length in work), so commit latency grew with the session.
// document_fts now indexes every document except live sessions (its external
// content is a view, so 'integrity-check' and 'rebuild' agree with the
// triggers); search scans live-session texts directly (core/search).
const char *const kVersion3 = R"SQL(
DROP TRIGGER document_fts_insert;
DROP TRIGGER document_fts_delete;
DROP TRIGGER document_fts_update;
DROP TABLE document_fts;
CREATE VIEW document_fts_content AS
  SELECT id, name, text FROM document WHERE kind <> 'live-session';
CREATE VIRTUAL TABLE document_fts USING fts5(
  name, text, content='document_fts_content', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO document_fts(document_fts) VALUES ('rebuild');
CREATE TRIGGER document_fts_insert AFTER INSERT ON document WHEN new.kind <> 'live-session' BEGIN
  INSERT INTO document_fts(rowid, name, text) VALUES (new.id, new.name, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document WHEN old.kind <> 'live-session' BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF name, text, kind ON document
  WHEN old.kind <> 'live-session' OR new.kind <> 'live-session' BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text)
    SELECT 'delete', old.id, old.name, old.text WHERE old.kind <> 'live-session';
  INSERT INTO document_fts(rowid, name, text)
    SELECT new.id, new.name, new.text WHERE new.kind <> 'live-session';
END;
)SQL";

// Version 4: a document's text may grow by appended pieces. A live commit
// used to rewrite document.text (text = text || line): the row rewrite cost
// grew with the session, and the operation log kept the whole old and new
// text of every commit, so it grew quadratically (732 MB after 2,000
// utterances). Now each commit inserts one document_chunk row. A document's
// text is document.text followed by its chunks in order of start; chunk
// start and length are in code points and absolute within the document, so
// document.length = length(document.text) + the chunks' lengths. Only live
// sessions use chunks; existing sessions keep their text in document.text
// and grow by chunks from here, so their past operations still undo.
// Also: live_capture, the sessions whose capture window is open.
const char *const kVersion4 = R"SQL(
CREATE TABLE document_chunk(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER NOT NULL,                 -- code point where the chunk begins
  length INTEGER NOT NULL,                -- in code points
  text TEXT NOT NULL
);
CREATE INDEX document_chunk_by_document ON document_chunk(document_id, start);
-- Sessions a capture window is open on: a row is added when a window opens
-- and removed when it closes. A row found when the project is opened means
-- the program stopped mid-session (killed, crashed, power cut), and the
-- workbench reopens that session's window. Window state, not project
-- content: not in the operation log, and a plain id (no foreign key) so that
-- undoing a session's start is never blocked by it.
CREATE TABLE live_capture(
  document_id INTEGER PRIMARY KEY,
  opened_at TEXT NOT NULL
);
-- live_draft loses its foreign key for the same reason: undoing a session's
-- start deletes its document while the (untracked) draft row stays, and the
-- foreign key made that undo fail. A redo brings the draft back with it.
CREATE TABLE live_draft_v4(
  document_id INTEGER PRIMARY KEY,
  speaker TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  started_ms INTEGER,
  codes TEXT NOT NULL DEFAULT '',
  saved_at TEXT NOT NULL
);
INSERT INTO live_draft_v4 SELECT document_id, speaker, text, started_ms, codes, saved_at FROM live_draft;
DROP TABLE live_draft;
ALTER TABLE live_draft_v4 RENAME TO live_draft;
)SQL";

// Version 5: the session clock leaves the operation log. Pausing the clock,
// closing the capture window and reopening it are not project content:
// undoing one would rewind the clock, and as operations they stood between
// Ctrl+Z in the capture window and the last utterance, coding or flag.
// live_clock holds the clock (live_session's clock columns are its starting
// value for sessions written before); live_gap records each time the capture
// window was closed and reopened, so the gap is known but not counted as
// talk. Plain ids, untracked, for the reason given for live_capture.
const char *const kVersion5 = R"SQL(
CREATE TABLE live_clock(
  document_id INTEGER PRIMARY KEY,
  paused INTEGER NOT NULL DEFAULT 0,      -- paused by the facilitator
  closed INTEGER NOT NULL DEFAULT 0,      -- stopped because no capture window is open
  base_ms INTEGER NOT NULL DEFAULT 0,     -- session time at wall clock base_at_ms
  base_at_ms INTEGER NOT NULL
);
INSERT INTO live_clock(document_id, paused, closed, base_ms, base_at_ms)
  SELECT document_id, paused, 0, clock_base_ms, clock_base_at_ms FROM live_session;
CREATE TABLE live_gap(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL,
  at_ms INTEGER NOT NULL,                 -- session time where the clock stopped
  closed_at_ms INTEGER NOT NULL,          -- wall clock (ms since the epoch)
  reopened_at_ms INTEGER NOT NULL
);
CREATE INDEX live_gap_by_document ON live_gap(document_id, at_ms);
)SQL";

// Version 6: operations are recorded by triggers, no longer by SQLite's
// session extension (SQLCipher, the one SQLite Crosscut links, has none).
// operation_change holds every row change an operation made, in order, each
// row as a JSON object keyed by column name (storage/changelog.h); an
// operation owns the seq range first_change..last_change. Past operations'
// changesets are decoded into it (storage/legacychangeset.h). Every row that
// can travel between copies of a project now has a guid: the rows without one
// get one, and a trigger gives one to any row inserted without it.
const char *const kVersion6 = R"SQL(
CREATE TABLE IF NOT EXISTS operation_change(
  seq INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  kind INTEGER NOT NULL,                  -- 0 insert, 1 update, 2 delete
  row_key,                                -- the row's first primary-key column
  old TEXT,                               -- the row before (update, delete), JSON
  new TEXT                                -- the row after (insert, update), JSON
);
)SQL";

// Columns version 6 adds; a column already there is left as it is, so that
// the step can run on any file that claims an older version.
const char *const kVersion6Columns[][3] = {
    {"operation", "first_change", "INTEGER"}, {"operation", "last_change", "INTEGER"},
    {"coding", "guid", "TEXT"},               {"memo", "guid", "TEXT"},
    {"speaker_turn", "guid", "TEXT"},         {"attribute", "guid", "TEXT"},
    {"live_flag", "guid", "TEXT"},            {"live_roster", "guid", "TEXT"},
    // An attribute can be marked identifying (a phone number, a village, an
    // organisation's exact name): redacted exports leave it out.
    {"attribute", "identifying", "INTEGER NOT NULL DEFAULT 0"},
};

Status addColumnIfMissing(sql::Database &db, const QString &table, const QString &column, const QString &type)
{
    auto has = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"), {table, column});
    if (!has)
        return has.error();
    if (has->toInt() > 0)
        return {};
    return db.execScript(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, type));
}

// A random (version 4) UUID, lower case, as SQL.
const char *const kNewGuidSql =
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

Status version6(sql::Database &db)
{
    if (Status s = db.execScript(QString::fromUtf8(kVersion6)); !s)
        return s;
    for (const auto &column : kVersion6Columns)
        if (Status s = addColumnIfMissing(db, QString::fromLatin1(column[0]), QString::fromLatin1(column[1]),
                                          QString::fromLatin1(column[2]));
            !s)
            return s;
    // The version-6 guid tables (later versions add their own triggers).
    for (const QString &table : guidTables()) {
        if (table == QLatin1String("adjudication") || table == QLatin1String("tie")
            || table == QLatin1String("framework_summary"))
            continue;
        const QString guid = QString::fromLatin1(kNewGuidSql);
        const QString sql =
            QStringLiteral("UPDATE %1 SET guid = %2 WHERE guid IS NULL;\n"
                           "CREATE TRIGGER IF NOT EXISTS guid_%1 AFTER INSERT ON %1 WHEN new.guid IS NULL BEGIN\n"
                           "  UPDATE %1 SET guid = %2 WHERE rowid = new.rowid;\nEND;")
                .arg(table, guid);
        if (Status s = db.execScript(sql); !s)
            return s;
    }
    return sql::convertLegacyOperationLog(db);
}

// Version 7: adjudication. When two coders' codings of a code differ, an
// adjudicator settles each stretch (team/adjudication.h); the decision is kept
// here, with the codings it gave the consensus coder, so that progress ("n of
// m settled") survives a restart and travels with the project. Like version
// 6, the step tolerates a file that has the table already.
const char *const kVersion7 = R"SQL(
CREATE TABLE IF NOT EXISTS adjudication(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  code_id INTEGER NOT NULL REFERENCES code(id),
  coder_a INTEGER NOT NULL REFERENCES coder(id),
  coder_b INTEGER NOT NULL REFERENCES coder(id),
  consensus_id INTEGER NOT NULL REFERENCES coder(id),
  start INTEGER NOT NULL,                 -- the disagreement's stretch, code points
  end INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accept-a', 'accept-b', 'accept-both', 'edit', 'reject')),
  coded TEXT NOT NULL DEFAULT '[]',       -- JSON [[start, end, code id], ...] given to the consensus coder
  decided_at TEXT NOT NULL,
  guid TEXT,
  CHECK (start >= 0 AND end > start),
  UNIQUE(document_id, code_id, coder_a, coder_b, consensus_id, start, end)
);
CREATE INDEX IF NOT EXISTS adjudication_by_code ON adjudication(code_id);
)SQL";

Status version7(sql::Database &db)
{
    if (Status s = db.execScript(QString::fromUtf8(kVersion7)); !s)
        return s;
    return db.execScript(QStringLiteral("CREATE TRIGGER IF NOT EXISTS guid_adjudication AFTER INSERT ON adjudication "
                                        "WHEN new.guid IS NULL BEGIN\n"
                                        "  UPDATE adjudication SET guid = %1 WHERE rowid = new.rowid;\nEND;")
                             .arg(QString::fromLatin1(kNewGuidSql)));
}

// Version 8: collaboration ties and the team hub.
// tie: an undirected collaboration between two cases (organisations) in a
// survey wave, of a kind ("referrals", "joint advocacy", or ''). The pair is
// unordered: one tie whichever side reported it (the unique index is on the
// smaller and the larger case id). Deleting a case deletes its ties
// explicitly, like every other deletion.
// Every guid table gets an index on its guid.
// hub_state and hub_outbox: a project cloned from a team hub (core/hub). Not
// tracked: they describe this copy's link to the server, not project content.
// hub_state holds the server's connection string (never a password), the
// project's name on the server, this copy's coder and the last server
// sequence number applied. hub_outbox holds this copy's changes, in order, as
// row changes keyed by guid, until the server's log has them and they have
// been pulled back.
const char *const kVersion8 = R"SQL(
CREATE TABLE IF NOT EXISTS tie(
  id INTEGER PRIMARY KEY,
  case_a INTEGER NOT NULL REFERENCES case_(id),
  case_b INTEGER NOT NULL REFERENCES case_(id),
  wave TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  guid TEXT,
  CHECK (case_a <> case_b)
);
CREATE UNIQUE INDEX IF NOT EXISTS tie_by_pair ON tie(min(case_a, case_b), max(case_a, case_b), wave, kind);
CREATE INDEX IF NOT EXISTS tie_by_case_b ON tie(case_b);
CREATE TABLE IF NOT EXISTS hub_state(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_outbox(
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,              -- the operation's guid on the server
  label TEXT NOT NULL,
  payload TEXT NOT NULL,                  -- JSON array of row changes (core/hub/rowchange.h)
  created_at TEXT NOT NULL,
  server_seq INTEGER                      -- set when the server acknowledged it
);
)SQL";

Status version8(sql::Database &db)
{
    if (Status s = db.execScript(QString::fromUtf8(kVersion8)); !s)
        return s;
    // Rows are found by guid when a team hub's changes are applied (and when
    // copies are merged): an index per guid table, not a scan per row.
    for (const QString &table : guidTables()) {
        if (table == QLatin1String("framework_summary"))  // version 9 makes its own
            continue;
        if (Status s = db.execScript(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_by_guid ON %1(guid)").arg(table)); !s)
            return s;
    }
    return db.execScript(QStringLiteral("CREATE TRIGGER IF NOT EXISTS guid_tie AFTER INSERT ON tie "
                                        "WHEN new.guid IS NULL BEGIN\n"
                                        "  UPDATE tie SET guid = %1 WHERE rowid = new.rowid;\nEND;")
                             .arg(QString::fromLatin1(kNewGuidSql)));
}

// Version 9: framework-matrix summaries. The analyst's summary of what one
// row (a case or a document) says about one code, keyed by (row, code) so
// that it survives a different column spec showing the same code. row_id
// names a case_ or a document row as row_kind says (like memo.target_kind);
// deleting the row or the code deletes its summaries explicitly. An empty
// summary is no row.
const char *const kVersion9 = R"SQL(
CREATE TABLE IF NOT EXISTS framework_summary(
  id INTEGER PRIMARY KEY,
  row_kind TEXT NOT NULL CHECK (row_kind IN ('case', 'document')),
  row_id INTEGER NOT NULL,
  code_id INTEGER NOT NULL REFERENCES code(id),
  text TEXT NOT NULL,
  author_id INTEGER REFERENCES coder(id),
  modified_at TEXT NOT NULL,
  guid TEXT,
  UNIQUE(row_kind, row_id, code_id)
);
CREATE INDEX IF NOT EXISTS framework_summary_by_code ON framework_summary(code_id);
CREATE INDEX IF NOT EXISTS framework_summary_by_guid ON framework_summary(guid);
-- A cell's history reads the log's summary changes only (a partial index:
-- no cost for the log's other rows).
CREATE INDEX IF NOT EXISTS operation_change_framework_summary ON operation_change(seq)
  WHERE tbl = 'framework_summary';
)SQL";

Status version9(sql::Database &db)
{
    if (Status s = db.execScript(QString::fromUtf8(kVersion9)); !s)
        return s;
    return db.execScript(QStringLiteral("CREATE TRIGGER IF NOT EXISTS guid_framework_summary AFTER INSERT ON "
                                        "framework_summary WHEN new.guid IS NULL BEGIN\n"
                                        "  UPDATE framework_summary SET guid = %1 WHERE rowid = new.rowid;\nEND;")
                             .arg(QString::fromLatin1(kNewGuidSql)));
}

using Step = std::function<Status(sql::Database &)>;

// steps()[i] upgrades version i+1 to version i+2.
const std::vector<Step> &steps()
{
    static const std::vector<Step> list = {
        [](sql::Database &db) { return db.execScript(QString::fromUtf8(kVersion2)); },
        [](sql::Database &db) { return db.execScript(QString::fromUtf8(kVersion3)); },
        [](sql::Database &db) { return db.execScript(QString::fromUtf8(kVersion4)); },
        [](sql::Database &db) { return db.execScript(QString::fromUtf8(kVersion5)); },
        &version6,
        &version7,
        &version8,
        &version9,
    };
    return list;
}

Status setVersion(sql::Database &db, int version)
{
    return db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

}  // namespace

int currentVersion() { return 1 + static_cast<int>(steps().size()); }

const QStringList &trackedTables()
{
    static const QStringList tables = {
        QStringLiteral("project_info"), QStringLiteral("coder"),     QStringLiteral("case_"),
        QStringLiteral("document"),     QStringLiteral("speaker_turn"), QStringLiteral("attribute"),
        QStringLiteral("document_attribute"), QStringLiteral("case_attribute"), QStringLiteral("code"),
        QStringLiteral("quote"),        QStringLiteral("coding"),    QStringLiteral("memo"),
        QStringLiteral("document_case"), QStringLiteral("set_"),     QStringLiteral("set_member"),
        // Live sessions; live_draft is deliberately not tracked.
        QStringLiteral("live_session"), QStringLiteral("live_roster"), QStringLiteral("live_flag"),
        QStringLiteral("live_code_key"), QStringLiteral("document_chunk"),
        // Team coding (version 7).
        QStringLiteral("adjudication"),
        // Collaboration ties (version 8).
        QStringLiteral("tie"),
        // Framework-matrix summaries (version 9).
        QStringLiteral("framework_summary"),
    };
    return tables;
}

const QStringList &guidTables()
{
    static const QStringList tables = {
        QStringLiteral("coder"),  QStringLiteral("case_"),        QStringLiteral("document"),
        QStringLiteral("set_"),   QStringLiteral("speaker_turn"), QStringLiteral("attribute"),
        QStringLiteral("code"),   QStringLiteral("quote"),        QStringLiteral("coding"),
        QStringLiteral("memo"),   QStringLiteral("live_roster"),  QStringLiteral("live_flag"),
        QStringLiteral("adjudication"), QStringLiteral("tie"), QStringLiteral("framework_summary"),
    };
    return tables;
}

Status create(sql::Database &db)
{
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = db.execScript(QString::fromUtf8(kVersion1)); !s)
        return s;
    if (Status s = db.execScript(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s;
    if (Status s = setVersion(db, 1); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return upgrade(db, 1);
}

Status upgrade(sql::Database &db, int fromVersion)
{
    for (int v = fromVersion; v < currentVersion(); ++v) {
        sql::Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (Status s = steps()[static_cast<size_t>(v - 1)](db); !s)
            return makeError(s.error().kind, QStringLiteral("upgrading the project from version %1 failed: %2")
                                                 .arg(v)
                                                 .arg(s.message()));
        if (Status s = setVersion(db, v + 1); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

}  // namespace crosscut::schema
