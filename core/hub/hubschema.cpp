#include "hub/hubschema.h"

namespace crosscut::hub {

namespace {

// One script, run by the database's owner in one implicit transaction (a
// multi-statement simple query). Every statement may run again.
constexpr char kSchemaSql[] = R"sql(
-- A hub of another schema version is never touched.
DO $guard$
BEGIN
  -- (nested: the inner query is planned only when the table exists)
  IF to_regclass('crosscut_hub.hub_info') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM crosscut_hub.hub_info WHERE version <> 1) THEN
      RAISE EXCEPTION USING ERRCODE = '55000',
        MESSAGE = format('this server''s team hub has schema version %s; this Crosscut speaks version 1',
                         (SELECT min(version) FROM crosscut_hub.hub_info));
    END IF;
  END IF;
END
$guard$;

CREATE SCHEMA IF NOT EXISTS crosscut_hub;
REVOKE ALL ON SCHEMA crosscut_hub FROM PUBLIC;
GRANT USAGE ON SCHEMA crosscut_hub TO PUBLIC;

CREATE TABLE IF NOT EXISTS crosscut_hub.hub_info (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version int NOT NULL
);
INSERT INTO crosscut_hub.hub_info (version) VALUES (1) ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS crosscut_hub.project (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
  blind boolean NOT NULL DEFAULT false,
  released boolean NOT NULL DEFAULT false,
  created_by name NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS crosscut_hub.member (
  project_id bigint NOT NULL REFERENCES crosscut_hub.project (id),
  username name NOT NULL,
  role text NOT NULL CHECK (role IN ('lead', 'coder', 'reader')),
  coder text NOT NULL CHECK (btrim(coder) <> ''),
  PRIMARY KEY (project_id, username),
  -- a coder name is one member's: it decides whose quotes, codings and memos are whose
  UNIQUE (project_id, coder)
);
CREATE INDEX IF NOT EXISTS member_username ON crosscut_hub.member (username);

-- The append-only log, in commit order (seq).
CREATE TABLE IF NOT EXISTS crosscut_hub.op (
  seq bigserial PRIMARY KEY,
  project_id bigint NOT NULL,  -- crosscut_hub.project (id)
  guid text NOT NULL UNIQUE CHECK (guid <> ''),
  author name NOT NULL,
  coder text NOT NULL,
  label text NOT NULL,
  base_seq bigint NOT NULL,
  committed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS op_project_seq ON crosscut_hub.op (project_id, seq);

-- An operation's row changes; owner is the coder whose row it is (NULL: the lead's).
-- op.project_id and op_row.seq are not declared foreign keys: only push()
-- writes them, and their per-row triggers were half the time of a large push.
CREATE TABLE IF NOT EXISTS crosscut_hub.op_row (
  seq bigint NOT NULL,  -- crosscut_hub.op (seq)
  idx int NOT NULL,
  project_id bigint NOT NULL,
  tbl text NOT NULL,
  row_key text NOT NULL,
  owner text,
  old jsonb CHECK (jsonb_typeof(old) = 'object'),
  new jsonb CHECK (jsonb_typeof(new) = 'object'),
  PRIMARY KEY (seq, idx)
);
CREATE INDEX IF NOT EXISTS op_row_key ON crosscut_hub.op_row (project_id, tbl, row_key, seq);

-- Two authors changed one row concurrently: the later commit won.
CREATE TABLE IF NOT EXISTS crosscut_hub.conflict (
  id bigserial PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES crosscut_hub.project (id),
  tbl text NOT NULL,
  row_key text NOT NULL,
  winner_seq bigint NOT NULL REFERENCES crosscut_hub.op (seq),
  loser_seq bigint NOT NULL REFERENCES crosscut_hub.op (seq),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  restored boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS conflict_project ON crosscut_hub.conflict (project_id, id);

-- Whose row a change is: the coder named in it (the client writes coder
-- references as coder names); NULL for the lead's tables.
CREATE OR REPLACE FUNCTION crosscut_hub.row_owner(p_tbl text, p_row jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT CASE p_tbl
           WHEN 'quote' THEN p_row ->> 'creator_id'
           WHEN 'coding' THEN p_row ->> 'coder_id'
           WHEN 'memo' THEN p_row ->> 'author_id'
           WHEN 'coder' THEN p_row ->> 'name'
         END
$fn$;

-- The caller's memberships, for the row-level security policies (which run
-- as the caller and could not read member themselves without recursing).
CREATE OR REPLACE FUNCTION crosscut_hub.my_access()
RETURNS TABLE (project_id bigint, role text, coder text, sees_all boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
  SELECT m.project_id, m.role, m.coder, (m.role = 'lead' OR NOT p.blind OR p.released)
  FROM crosscut_hub.member m JOIN crosscut_hub.project p ON p.id = m.project_id
  WHERE m.username = session_user
$fn$;

-- The caller's membership of p_project, or an error: p_need is 'any',
-- 'writer' (lead or coder) or 'lead'; p_what says what a lead-only call does.
CREATE OR REPLACE FUNCTION crosscut_hub.require_member(p_project text, p_need text, p_what text,
                                                       OUT o_project bigint, OUT o_role text, OUT o_coder text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
BEGIN
  SELECT p.id INTO o_project FROM crosscut_hub.project p WHERE p.name = p_project;
  IF o_project IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002',
      MESSAGE = format('there is no project "%s" on this server', p_project);
  END IF;
  SELECT m.role, m.coder INTO o_role, o_coder
  FROM crosscut_hub.member m WHERE m.project_id = o_project AND m.username = session_user;
  IF o_role IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('%s is not a member of project "%s"', session_user, p_project);
  END IF;
  IF p_need = 'writer' AND o_role = 'reader' THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('readers cannot change project "%s"', p_project);
  END IF;
  IF p_need = 'lead' AND o_role <> 'lead' THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('only a lead of project "%s" can %s; %s is a %s', p_project, p_what, session_user, o_role);
  END IF;
END
$fn$;
REVOKE ALL ON FUNCTION crosscut_hub.require_member(text, text, text) FROM PUBLIC;

-- A new project; the caller is its lead, coding as p_coder.
CREATE OR REPLACE FUNCTION crosscut_hub.publish(p_name text, p_blind boolean, p_coder text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_id bigint;
BEGIN
  IF p_name IS NULL OR btrim(p_name) = '' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a project on the server needs a name';
  END IF;
  IF p_coder IS NULL OR btrim(p_coder) = '' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'the lead needs a coder name';
  END IF;
  INSERT INTO crosscut_hub.project (name, blind, created_by)
  VALUES (p_name, coalesce(p_blind, false), session_user)
  ON CONFLICT (name) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '23505',
      MESSAGE = format('a project named "%s" already exists on this server', p_name);
  END IF;
  INSERT INTO crosscut_hub.member (project_id, username, role, coder) VALUES (v_id, session_user, 'lead', p_coder);
  RETURN v_id;
END
$fn$;

-- Raises the error that names the first malformed operation or row of a
-- push, or (for a coder) the first row that is not the coder's own; returns
-- when it finds none. Only called when a push has already failed a check.
CREATE OR REPLACE FUNCTION crosscut_hub.explain_bad_push(p_ops jsonb, v_role text, v_coder text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_bad record;
BEGIN
  SELECT x.* INTO v_bad
  FROM (
    SELECT e.ord, r.idx,
           CASE
             WHEN jsonb_typeof(e.value) <> 'object'
               OR jsonb_typeof(e.value -> 'guid') IS DISTINCT FROM 'string' OR e.value ->> 'guid' = ''
               OR jsonb_typeof(e.value -> 'label') IS DISTINCT FROM 'string'
               OR jsonb_typeof(e.value -> 'rows') IS DISTINCT FROM 'array' THEN 'op'
             WHEN r.value IS NULL THEN NULL  -- an operation without rows
             WHEN jsonb_typeof(r.value) <> 'object'
               OR jsonb_typeof(r.value -> 't') IS DISTINCT FROM 'string'
               OR jsonb_typeof(r.value -> 'k') IS DISTINCT FROM 'string'
               OR coalesce(jsonb_typeof(r.value -> 'o'), 'null') NOT IN ('object', 'null')
               OR coalesce(jsonb_typeof(r.value -> 'n'), 'null') NOT IN ('object', 'null') THEN 'row'
             WHEN v_role <> 'coder' THEN NULL
             WHEN r.value ->> 't' NOT IN ('quote', 'coding', 'memo', 'coder') THEN 'table'
             WHEN NOT coalesce(
                    crosscut_hub.row_owner(r.value ->> 't',
                      coalesce(nullif(r.value -> 'n', 'null'), nullif(r.value -> 'o', 'null'))) = v_coder
                    AND (nullif(r.value -> 'o', 'null') IS NULL
                         OR crosscut_hub.row_owner(r.value ->> 't', r.value -> 'o') IS NOT DISTINCT FROM v_coder)
                    AND (nullif(r.value -> 'n', 'null') IS NULL
                         OR crosscut_hub.row_owner(r.value ->> 't', r.value -> 'n') IS NOT DISTINCT FROM v_coder),
                    false) THEN 'owner'
           END AS problem,
           r.value ->> 't' AS tbl,
           crosscut_hub.row_owner(r.value ->> 't', nullif(r.value -> 'o', 'null')) AS old_owner,
           crosscut_hub.row_owner(r.value ->> 't', nullif(r.value -> 'n', 'null')) AS new_owner
    FROM jsonb_array_elements(p_ops) WITH ORDINALITY e (value, ord)
    LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.value -> 'rows') = 'array'
                                                THEN e.value -> 'rows' END) WITH ORDINALITY r (value, idx) ON true
  ) x
  WHERE x.problem IS NOT NULL
  LIMIT 1;
  IF FOUND THEN
    CASE v_bad.problem
      WHEN 'op' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
          MESSAGE = format('push: operation %s is not {"guid": text, "label": text, "rows": [...]}', v_bad.ord);
      WHEN 'row' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
          MESSAGE = format('push: row %s of operation %s is not {"t": table, "k": key, "o": {...}|null, "n": {...}|null}',
                           v_bad.idx, v_bad.ord);
      WHEN 'table' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
          MESSAGE = format('coders change only their own quotes, codings and memos; "%s" is the lead''s', v_bad.tbl);
      ELSE
        RAISE EXCEPTION USING ERRCODE = '42501',
          MESSAGE = format('coders change only their own quotes, codings and memos; this %s is %s, not "%s"''s',
                           v_bad.tbl,
                           coalesce('"' || coalesce(nullif(v_bad.old_owner, v_coder), v_bad.new_owner) || '"''s',
                                    'nobody''s'),
                           v_coder);
    END CASE;
  END IF;
END
$fn$;
REVOKE ALL ON FUNCTION crosscut_hub.explain_bad_push(jsonb, text, text) FROM PUBLIC;

-- Appends the caller's operations to the log, in the client's order, one
-- transaction. A guid the server has already returns its seq and adds
-- nothing (a re-push after the client was killed).
CREATE OR REPLACE FUNCTION crosscut_hub.push(p_project text, p_base_seq bigint, p_ops jsonb)
RETURNS TABLE (guid text, seq bigint, conflicts int)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp
SET work_mem = '64MB'  -- a push of 10,000 operations sorts in memory
AS $fn$
#variable_conflict use_column
DECLARE
  v_project bigint;
  v_role text;
  v_coder text;
  v_before bigint;
  v_last bigint;
  v_bad record;
BEGIN
  SELECT r.o_project, r.o_role, r.o_coder INTO v_project, v_role, v_coder
  FROM crosscut_hub.require_member(p_project, 'writer', 'push') r;
  -- One pusher per project at a time, until commit: seq order is commit
  -- order, so a reader never sees seq n+1 before seq n.
  PERFORM pg_advisory_xact_lock(v_project);

  IF p_base_seq IS NULL OR p_base_seq < 0 THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'push: the base sequence number must be 0 or more';
  END IF;
  IF p_ops IS NULL OR jsonb_typeof(p_ops) <> 'array' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'push: the operations must be a JSON array';
  END IF;
  -- A coder's rows must all be the coder's own: one jsonpath scan (in C)
  -- says whether they are; only when not does explain_bad_push find the
  -- first culprit and name it. (explain_bad_push decides: the scan is at
  -- least as strict as it is.)
  IF v_role = 'coder' AND jsonb_path_exists(p_ops,
       'lax $[*].rows[*] ? (!(
            (@.o.type() == "object" || @.n.type() == "object")
            && ((@.t == "quote"
                 && (!(@.o.type() == "object") || (@.o.creator_id.type() == "string" && @.o.creator_id == $c))
                 && (!(@.n.type() == "object") || (@.n.creator_id.type() == "string" && @.n.creator_id == $c)))
             || (@.t == "coding"
                 && (!(@.o.type() == "object") || (@.o.coder_id.type() == "string" && @.o.coder_id == $c))
                 && (!(@.n.type() == "object") || (@.n.coder_id.type() == "string" && @.n.coder_id == $c)))
             || (@.t == "memo"
                 && (!(@.o.type() == "object") || (@.o.author_id.type() == "string" && @.o.author_id == $c))
                 && (!(@.n.type() == "object") || (@.n.author_id.type() == "string" && @.n.author_id == $c)))
             || (@.t == "coder"
                 && (!(@.o.type() == "object") || (@.o.name.type() == "string" && @.o.name == $c))
                 && (!(@.n.type() == "object") || (@.n.name.type() == "string" && @.n.name == $c))))))',
       jsonb_build_object('c', v_coder)) THEN
    PERFORM crosscut_hub.explain_bad_push(p_ops, v_role, v_coder);
  END IF;
  SELECT o.guid INTO v_bad
  FROM jsonb_array_elements(p_ops) e JOIN crosscut_hub.op o ON o.guid = e.value ->> 'guid'
  WHERE o.project_id <> v_project
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '22023',
      MESSAGE = format('push: operation %s belongs to another project on this server', v_bad.guid);
  END IF;

  SELECT max(o.seq) INTO v_before FROM crosscut_hub.op o WHERE o.project_id = v_project;

  -- Malformed operations (no guid, rows not objects, a row without a
  -- table, key or with an old or new value that is not an object) fail a
  -- constraint or jsonb_to_recordset here; explain_bad_push then names them.
  BEGIN
  RETURN QUERY
  WITH input AS (
    SELECT e.ord, e.value ->> 'guid' AS g, e.value ->> 'label' AS label, e.value -> 'rows' AS rows
    FROM jsonb_array_elements(p_ops) WITH ORDINALITY e (value, ord)
  ), firsts AS (
    SELECT DISTINCT ON (i.g) i.ord, i.g, i.label, i.rows FROM input i ORDER BY i.g, i.ord
  ), known AS (
    SELECT f.g, o.seq AS s FROM firsts f JOIN crosscut_hub.op o ON o.guid = f.g
  ), fresh AS (
    -- nextval after the sort: sequence numbers in the client's order
    SELECT nextval('crosscut_hub.op_seq_seq') AS s, f.ord, f.g, f.label, f.rows
    FROM firsts f
    WHERE NOT EXISTS (SELECT 1 FROM known k WHERE k.g = f.g)
    ORDER BY f.ord
  ), ins_op AS (
    INSERT INTO crosscut_hub.op (seq, project_id, guid, author, coder, label, base_seq)
    SELECT f.s, v_project, f.g, session_user, v_coder, f.label, p_base_seq FROM fresh f
    RETURNING 1
  ), new_rows AS (
    SELECT f.s, r.idx::int AS idx, r.t AS tbl, r.k AS row_key, r.o AS old_row, r.n AS new_row
    FROM fresh f,
         ROWS FROM (jsonb_to_recordset(f.rows) AS (t text, k text, o jsonb, n jsonb)) WITH ORDINALITY r (t, k, o, n, idx)
  ), ins_row AS (
    INSERT INTO crosscut_hub.op_row (seq, idx, project_id, tbl, row_key, owner, old, new)
    SELECT n.s, n.idx, v_project, n.tbl, n.row_key,
           crosscut_hub.row_owner(n.tbl, coalesce(n.new_row, n.old_row)), n.old_row, n.new_row
    FROM new_rows n
    RETURNING 1
  ), ins_conflict AS (
    -- another author's change of the same row that this push's author had
    -- not seen (from the log after base_seq: usually few operations)
    INSERT INTO crosscut_hub.conflict (project_id, tbl, row_key, winner_seq, loser_seq)
    SELECT DISTINCT v_project, n.tbl, n.row_key, n.s, prev.seq
    FROM crosscut_hub.op po
    JOIN crosscut_hub.op_row prev ON prev.seq = po.seq
    JOIN new_rows n ON n.tbl = prev.tbl AND n.row_key = prev.row_key
    WHERE po.project_id = v_project AND po.seq > p_base_seq AND po.author <> session_user
    RETURNING winner_seq
  ), per_op AS (
    SELECT c.winner_seq, count(*)::int AS n FROM ins_conflict c GROUP BY c.winner_seq
  )
  SELECT f.g, coalesce(k.s, fr.s), coalesce(po.n, 0)
  FROM firsts f
  LEFT JOIN known k ON k.g = f.g
  LEFT JOIN fresh fr ON fr.g = f.g
  LEFT JOIN per_op po ON po.winner_seq = fr.s
  ORDER BY f.ord;
  EXCEPTION WHEN not_null_violation OR check_violation OR invalid_parameter_value THEN
    PERFORM crosscut_hub.explain_bad_push(p_ops, v_role, v_coder);
    RAISE;
  END;

  SELECT max(o.seq) INTO v_last FROM crosscut_hub.op o WHERE o.project_id = v_project;
  IF v_last IS DISTINCT FROM v_before THEN
    PERFORM pg_notify('crosscut_hub', p_project || ':' || v_last);
  END IF;
END
$fn$;

-- Adds a member or changes one's role or coder name (lead only).
CREATE OR REPLACE FUNCTION crosscut_hub.set_member(p_project text, p_user name, p_role text, p_coder text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_project bigint;
  v_other name;
BEGIN
  SELECT r.o_project INTO v_project FROM crosscut_hub.require_member(p_project, 'lead', 'change its members') r;
  IF p_role IS NULL OR p_role NOT IN ('lead', 'coder', 'reader') THEN
    RAISE EXCEPTION USING ERRCODE = '22023',
      MESSAGE = format('"%s" is not a role: a member is a lead, a coder or a reader', p_role);
  END IF;
  IF p_user IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_user) THEN
    RAISE EXCEPTION USING ERRCODE = '42704',
      MESSAGE = format('there is no PostgreSQL role "%s" on this server: create it first (createuser --pwprompt %s)',
                       p_user, p_user);
  END IF;
  IF p_coder IS NULL OR btrim(p_coder) = '' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s needs a coder name', p_user);
  END IF;
  -- one member changes at a time (the last-lead rule below)
  PERFORM 1 FROM crosscut_hub.project p WHERE p.id = v_project FOR UPDATE;
  SELECT m.username INTO v_other FROM crosscut_hub.member m
  WHERE m.project_id = v_project AND m.coder = p_coder AND m.username <> p_user;
  IF FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '23505',
      MESSAGE = format('the coder name "%s" is already %s''s in project "%s"', p_coder, v_other, p_project);
  END IF;
  IF p_role <> 'lead'
     AND EXISTS (SELECT 1 FROM crosscut_hub.member m
                 WHERE m.project_id = v_project AND m.username = p_user AND m.role = 'lead')
     AND NOT EXISTS (SELECT 1 FROM crosscut_hub.member m
                     WHERE m.project_id = v_project AND m.username <> p_user AND m.role = 'lead') THEN
    RAISE EXCEPTION USING ERRCODE = '55000',
      MESSAGE = format('%s is the last lead of project "%s": make another member lead first', p_user, p_project);
  END IF;
  INSERT INTO crosscut_hub.member (project_id, username, role, coder)
  VALUES (v_project, p_user, p_role, p_coder)
  ON CONFLICT (project_id, username) DO UPDATE SET role = EXCLUDED.role, coder = EXCLUDED.coder;
END
$fn$;

-- Removes a member (lead only); a project keeps at least one lead.
CREATE OR REPLACE FUNCTION crosscut_hub.remove_member(p_project text, p_user name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_project bigint;
  v_role text;
BEGIN
  SELECT r.o_project INTO v_project FROM crosscut_hub.require_member(p_project, 'lead', 'change its members') r;
  PERFORM 1 FROM crosscut_hub.project p WHERE p.id = v_project FOR UPDATE;
  SELECT m.role INTO v_role FROM crosscut_hub.member m WHERE m.project_id = v_project AND m.username = p_user;
  IF v_role IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002',
      MESSAGE = format('%s is not a member of project "%s"', p_user, p_project);
  END IF;
  IF v_role = 'lead' AND NOT EXISTS (SELECT 1 FROM crosscut_hub.member m
                                     WHERE m.project_id = v_project AND m.username <> p_user AND m.role = 'lead') THEN
    RAISE EXCEPTION USING ERRCODE = '55000',
      MESSAGE = format('%s is the last lead of project "%s": make another member lead first', p_user, p_project);
  END IF;
  DELETE FROM crosscut_hub.member m WHERE m.project_id = v_project AND m.username = p_user;
END
$fn$;

-- Ends blind coding (lead only): every member reads every coder's work.
CREATE OR REPLACE FUNCTION crosscut_hub.release(p_project text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_project bigint;
BEGIN
  SELECT r.o_project INTO v_project FROM crosscut_hub.require_member(p_project, 'lead', 'release blind coding') r;
  UPDATE crosscut_hub.project p SET released = true WHERE p.id = v_project;
END
$fn$;

-- Marks a conflict as settled by restoring the loser's value (lead only).
CREATE OR REPLACE FUNCTION crosscut_hub.mark_restored(p_project text, p_conflict bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crosscut_hub, pg_temp AS $fn$
DECLARE
  v_project bigint;
BEGIN
  SELECT r.o_project INTO v_project FROM crosscut_hub.require_member(p_project, 'lead', 'restore conflicts') r;
  UPDATE crosscut_hub.conflict c SET restored = true WHERE c.id = p_conflict AND c.project_id = v_project;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0002',
      MESSAGE = format('project "%s" has no conflict %s', p_project, p_conflict);
  END IF;
END
$fn$;

-- Nobody writes a table directly; everyone reads through row-level security.
REVOKE ALL ON ALL TABLES IN SCHEMA crosscut_hub FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA crosscut_hub FROM PUBLIC;
GRANT SELECT ON crosscut_hub.hub_info, crosscut_hub.project, crosscut_hub.member, crosscut_hub.op,
                crosscut_hub.op_row, crosscut_hub.conflict TO PUBLIC;

ALTER TABLE crosscut_hub.project ENABLE ROW LEVEL SECURITY;
ALTER TABLE crosscut_hub.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE crosscut_hub.op ENABLE ROW LEVEL SECURITY;
ALTER TABLE crosscut_hub.op_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE crosscut_hub.conflict ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS project_members ON crosscut_hub.project;
CREATE POLICY project_members ON crosscut_hub.project FOR SELECT
  USING (id IN (SELECT a.project_id FROM crosscut_hub.my_access() a));

DROP POLICY IF EXISTS member_members ON crosscut_hub.member;
CREATE POLICY member_members ON crosscut_hub.member FOR SELECT
  USING (project_id IN (SELECT a.project_id FROM crosscut_hub.my_access() a));

DROP POLICY IF EXISTS op_members ON crosscut_hub.op;
CREATE POLICY op_members ON crosscut_hub.op FOR SELECT
  USING (project_id IN (SELECT a.project_id FROM crosscut_hub.my_access() a));

-- Blind coding: a coder sees the rows nobody owns (the lead's codebook,
-- documents …) and their own, everything once released; leads see all.
DROP POLICY IF EXISTS op_row_visible ON crosscut_hub.op_row;
CREATE POLICY op_row_visible ON crosscut_hub.op_row FOR SELECT
  USING (project_id IN (SELECT a.project_id FROM crosscut_hub.my_access() a WHERE a.sees_all)
         OR (owner IS NULL AND project_id IN (SELECT a.project_id FROM crosscut_hub.my_access() a))
         OR (project_id, owner) IN (SELECT a.project_id, a.coder FROM crosscut_hub.my_access() a));

DROP POLICY IF EXISTS conflict_leads ON crosscut_hub.conflict;
CREATE POLICY conflict_leads ON crosscut_hub.conflict FOR SELECT
  USING (project_id IN (SELECT a.project_id FROM crosscut_hub.my_access() a WHERE a.role = 'lead'));
)sql";

}  // namespace

QString hubSchemaSql() { return QString::fromUtf8(kSchemaSql); }

}  // namespace crosscut::hub
