#!/usr/bin/env bash
# Issue-2 benchmark: crosscut-cli against the sqlite3 shell doing the same SQL
# work on the same data (same schema, FTS triggers included), with wall time
# and peak RSS of each command.
#
#   tests/benchmarks/cli_vs_sqlite.sh [BUILD_DIR] [WORK_DIR]
#
# BUILD_DIR defaults to build/bench (cmake --preset bench && cmake --build --preset bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build/bench}"
work="${2:-/tmp/crosscut-bench}"
cli="$build/app/crosscut-cli"
[ -x "$cli" ] || { echo "no crosscut-cli at $cli" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing (apt-get install sqlite3)" >&2; exit 2; }
mkdir -p "$work"

if [ ! -d "$work/docs" ]; then
  python3 "$here/generate.py" transcripts "$work/docs"
fi
if [ ! -f "$work/codings.csv" ]; then
  python3 "$here/generate.py" codings "$work/codings.csv" --docs "$work/docs"
fi
docs_mb=$(du -sm "$work/docs" | cut -f1)
rows=$(($(wc -l < "$work/codings.csv") - 1))

measure() {  # label, command...: prints "label seconds peak_rss_mb"
  local label="$1"; shift
  local out
  # time writes to its own file: silencing the command's stderr silenced time too.
  /usr/bin/time -f "%e %M" -o "$work/time.out" "$@" >/dev/null 2>&1
  out=$(tail -1 "$work/time.out")
  echo "$label $(echo "$out" | awk '{printf "%.2f %.0f", $1, $2/1024}')"
}

rm -f "$work"/cc.crosscut* "$work"/sh.db*
"$cli" init "$work/cc.crosscut" --template intersectional >/dev/null
# The shell starts from an identical empty project: same schema, same codes.
# (It writes guids itself, so the schema's guid triggers stay idle for both.)
cp "$work/cc.crosscut" "$work/sh.db"
# CROSSCUT_BENCH_ENCRYPT=1: crosscut-cli works on an encrypted project (the
# shell still on a plain one).
if [ "${CROSSCUT_BENCH_ENCRYPT:-0}" = 1 ]; then
  export CROSSCUT_PASSWORD="benchmark password"
  rm -f "$work"/cc.crosscut*
  "$cli" init "$work/cc.crosscut" --template intersectional --encrypt >/dev/null
fi

{
  echo "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; BEGIN;"
  i=0
  for f in "$work"/docs/*.txt; do
    i=$((i+1))
    name=$(basename "$f" .txt)
    echo "INSERT INTO document(name, kind, text, length, source_file, imported_at, sort_order, guid)
          SELECT '$name', 'interview', t, length(t), '$f', datetime('now'), $i, lower(hex(randomblob(16)))
          FROM (SELECT CAST(readfile('$f') AS TEXT) AS t);"
  done
  echo "COMMIT;"
} > "$work/import.sql"

cat > "$work/code.sql" <<SQL
PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;
CREATE TEMP TABLE raw(document TEXT, start TEXT, "end" TEXT, code TEXT, coder TEXT);
.import --csv --skip 1 $work/codings.csv raw
BEGIN;
CREATE TEMP TABLE paths AS WITH RECURSIVE p(id, path) AS (
  SELECT id, name FROM code WHERE parent_id IS NULL
  UNION ALL SELECT c.id, p.path || '/' || c.name FROM code c JOIN p ON c.parent_id = p.id) SELECT * FROM p;
INSERT OR IGNORE INTO coder(name) SELECT DISTINCT coder FROM raw;
INSERT INTO quote(document_id, start, "end", creator_id, created_at, guid)
  SELECT d.id, r.s, r.e, 1, datetime('now'), lower(hex(randomblob(16))) FROM
  (SELECT DISTINCT document, CAST(start AS INTEGER) AS s, CAST("end" AS INTEGER) AS e FROM raw) r
  JOIN document d ON d.name = r.document;
INSERT OR IGNORE INTO coding(quote_id, code_id, coder_id, created_at, guid)
  SELECT q.id, p.id, c.id, datetime('now'), lower(hex(randomblob(16))) FROM raw r
  JOIN document d ON d.name = r.document
  JOIN quote q ON q.document_id = d.id AND q.start = CAST(r.start AS INTEGER) AND q."end" = CAST(r."end" AS INTEGER)
  JOIN paths p ON p.path = r.code JOIN coder c ON c.name = r.coder;
COMMIT;
SQL

cat > "$work/matrix.sql" <<'SQL'
WITH RECURSIVE
 rs(root, id) AS (SELECT id, id FROM code WHERE parent_id = (SELECT id FROM code WHERE parent_id IS NULL AND name = 'Leadership')
                  UNION ALL SELECT rs.root, c.id FROM code c JOIN rs ON c.parent_id = rs.id),
 cs(root, id) AS (SELECT id, id FROM code WHERE parent_id = (SELECT id FROM code WHERE parent_id IS NULL AND name = 'Population served')
                  UNION ALL SELECT cs.root, c.id FROM code c JOIN cs ON c.parent_id = cs.id),
 rq AS (SELECT DISTINCT rs.root AS r, cd.quote_id AS q FROM coding cd JOIN rs ON rs.id = cd.code_id),
 cq AS (SELECT DISTINCT cs.root AS c, cd.quote_id AS q FROM coding cd JOIN cs ON cs.id = cd.code_id)
SELECT r, c, count(*) FROM rq JOIN cq USING (q) GROUP BY r, c;
SQL

results=()
results+=("$(measure "import/crosscut" "$cli" import "$work/cc.crosscut" "$work"/docs/*.txt)")
results+=("$(measure "import/sqlite3" sqlite3 "$work/sh.db" ".read $work/import.sql")")
results+=("$(measure "code/crosscut" "$cli" code "$work/cc.crosscut" --from "$work/codings.csv")")
results+=("$(measure "code/sqlite3" sqlite3 "$work/sh.db" ".read $work/code.sql")")
results+=("$(measure "matrix/crosscut" "$cli" matrix "$work/cc.crosscut" --rows dimension:Leadership --cols "dimension:Population served")")
results+=("$(measure "matrix/sqlite3" sqlite3 "$work/sh.db" ".read $work/matrix.sql")")
# Opening alone (key derivation included when encrypted), and undo/redo of
# the bulk coding (1M codings in one operation).
results+=("$(measure "open/crosscut" "$cli" history "$work/cc.crosscut" --limit 1)")
results+=("$(measure "undo-bulk/crosscut" "$cli" undo "$work/cc.crosscut")")
results+=("$(measure "redo-bulk/crosscut" "$cli" redo "$work/cc.crosscut")")

echo "data: 200 transcripts, ${docs_mb} MB; ${rows} codings"
printf '%-18s %10s %12s\n' "step" "seconds" "peak RSS MB"
for r in "${results[@]}"; do printf '%-18s %10s %12s\n' $r; done
for step in import code matrix; do
  c=$(printf '%s\n' "${results[@]}" | awk -v s="$step/crosscut" '$1==s{print $2}')
  s=$(printf '%s\n' "${results[@]}" | awk -v s="$step/sqlite3" '$1==s{print $2}')
  awk -v st="$step" -v c="$c" -v s="$s" 'BEGIN{ if (s > 0) printf "%s: crosscut/sqlite3 = %.2fx\n", st, c/s }'
done
if [ "${CROSSCUT_BENCH_ENCRYPT:-0}" != 1 ]; then
  echo "quotes: $(sqlite3 "$work/cc.crosscut" 'SELECT count(*) FROM quote') crosscut, $(sqlite3 "$work/sh.db" 'SELECT count(*) FROM quote') sqlite3;" \
       "codings: $(sqlite3 "$work/cc.crosscut" 'SELECT count(*) FROM coding') crosscut, $(sqlite3 "$work/sh.db" 'SELECT count(*) FROM coding') sqlite3"
fi
