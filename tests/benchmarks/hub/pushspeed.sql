-- Push speed of crosscut_hub.push: 10,000 operations of 3 rows each (a
-- quote, a coding and a memo of coder A) in one call, as coder A, into a
-- fresh project. Run against a database with the hub schema installed:
--   psql -X -v ON_ERROR_STOP=1 -d DB -f tests/benchmarks/hub/pushspeed.sql
-- (as a superuser: it makes the roles bench_lead and bench_coder). Prints
-- the wall time (\timing) and the server backend's CPU time for each push
-- (utime + stime from /proc, so the server must run on this machine): on a
-- loaded machine the CPU time is the figure that does not depend on the load.
\set QUIET on
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bench_lead') THEN CREATE ROLE bench_lead; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bench_coder') THEN CREATE ROLE bench_coder; END IF;
END $$;
SET SESSION AUTHORIZATION bench_lead;
SELECT crosscut_hub.publish('bench-' || md5(random()::text), false, 'Lead') AS project_id \gset
SELECT name AS project FROM crosscut_hub.project WHERE id = :project_id \gset
SELECT crosscut_hub.set_member(:'project', 'bench_coder', 'coder', 'A');
SET SESSION AUTHORIZATION bench_coder;
-- The operations as the client sends them: JSON text, parsed by the push
-- (the timing includes that), not written into the statement.
SELECT jsonb_agg(jsonb_build_object(
         'guid', 'op-' || :project_id || '-' || i,
         'label', 'Code quote',
         'rows', jsonb_build_array(
           jsonb_build_object('t', 'quote', 'k', 'q-' || i, 'o', null,
             'n', jsonb_build_object('guid', 'q-' || i, 'document_id', 'd-1', 'start', i * 10, 'end', i * 10 + 8,
                                     'creator_id', 'A', 'created_at', '2026-12-01T20:00:00Z')),
           jsonb_build_object('t', 'coding', 'k', 'c-' || i, 'o', null,
             'n', jsonb_build_object('guid', 'c-' || i, 'quote_id', 'q-' || i, 'code_id', 'code-7',
                                     'coder_id', 'A', 'created_at', '2026-12-01T20:00:00Z')),
           jsonb_build_object('t', 'memo', 'k', 'm-' || i, 'o', null,
             'n', jsonb_build_object('guid', 'm-' || i, 'quote_id', 'q-' || i, 'author_id', 'A',
                                     'text', 'a memo of a few words on this quote'))))
       ORDER BY i)::text AS ops
INTO TEMP bench_ops
FROM generate_series(1, 10000) i;
SELECT pg_backend_pid() AS backend \gset
\setenv CROSSCUT_BENCH_BACKEND :backend
\set cpu '\\! awk ''{ printf "backend CPU so far: %d ms\\n", ($14 + $15) * 10 }'' /proc/$CROSSCUT_BENCH_BACKEND/stat'
:cpu
\timing on
\echo 'push of 10,000 operations x 3 rows:'
SELECT count(*) AS ops, sum(conflicts) AS conflicts FROM crosscut_hub.push(:'project', 0, (SELECT ops::jsonb FROM bench_ops));
\timing off
:cpu
\timing on
\echo 'the same push again (every guid known: idempotent):'
SELECT count(*) AS ops, sum(conflicts) AS conflicts FROM crosscut_hub.push(:'project', 0, (SELECT ops::jsonb FROM bench_ops));
\timing off
:cpu
RESET SESSION AUTHORIZATION;
