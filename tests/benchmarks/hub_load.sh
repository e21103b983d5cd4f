#!/usr/bin/env bash
# Team hub load (issue 16): eight coders (8 processes of crosscut_hubcoder,
# tests/hub/hubcoder.cpp) code and sync every 10 s against one local
# PostgreSQL for 10 minutes. Reports failed syncs, p50/p99 sync latency and
# the server's CPU time (from /proc: the postmaster, its live backends and
# the backends it has reaped).
#
#   tests/benchmarks/hub_load.sh [--minutes M] [--coders N] [--period S] [--build DIR]
#
# DIR is a build tree with crosscut-cli and crosscut_hubcoder (default
# build/ci). Uses the cluster in CROSSCUT_TEST_PG_DIR, else starts its own
# with tests/support/pgcluster.sh and stops it afterwards.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
minutes=10 coders=8 period=10 build="$root/build/ci"
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --coders) coders="$2"; shift 2 ;;
    --period) period="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    *) echo "usage: hub_load.sh [--minutes M] [--coders N] [--period S] [--build DIR]" >&2; exit 2 ;;
  esac
done
cli="$build/app/crosscut-cli"
[ -x "$cli" ] || cli="$(find "$build" -name crosscut-cli -type f -perm -u+x | head -n 1)"
coder_bin="$(find "$build" -name crosscut_hubcoder -type f -perm -u+x | head -n 1)"
[ -x "$cli" ] && [ -x "$coder_bin" ] || { echo "hub_load: build crosscut-cli and crosscut_hubcoder in $build first" >&2; exit 1; }

work="$(mktemp -d /tmp/crosscut-hubload.XXXXXX)"
chmod 755 "$work"  # as root the cluster runs as postgres, which must reach its directory
own_cluster=""
cleanup() {
  [ -z "$own_cluster" ] || bash "$root/tests/support/pgcluster.sh" stop "$own_cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
pgdir="${CROSSCUT_TEST_PG_DIR:-}"
if [ -z "$pgdir" ]; then
  own_cluster="$work/pg"
  pgdir="$own_cluster"
  bash "$root/tests/support/pgcluster.sh" start "$pgdir"
fi
# shellcheck disable=SC1091
. "$pgdir/conninfo.env"
psql_su() { PGPASSWORD="$PG_PASSWORD" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" "$@"; }

suffix="$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
db="hubload_$suffix"
pw="load-$suffix"
export PGPASSWORD="$pw"
url() { echo "host=$PG_HOST port=$PG_PORT dbname=$db user=$1"; }
psql_su -d postgres -c "CREATE ROLE lead_$suffix LOGIN PASSWORD '$pw'" -c "CREATE DATABASE $db OWNER lead_$suffix"
for i in $(seq 1 "$coders"); do psql_su -d postgres -c "CREATE ROLE c${i}_$suffix LOGIN PASSWORD '$pw'"; done
drop() {
  psql_su -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  for i in $(seq 1 "$coders"); do psql_su -d postgres -c "DROP ROLE IF EXISTS c${i}_$suffix" >/dev/null 2>&1 || true; done
  psql_su -d postgres -c "DROP ROLE IF EXISTS lead_$suffix" >/dev/null 2>&1 || true
}
trap 'drop; cleanup' EXIT

# The lead's project: the intersectional codebook and three documents.
project="$work/lead.crosscut"
"$cli" init "$project" --template intersectional >/dev/null
for n in 1 2 3; do
  f="$work/interview-$n.txt"
  for _ in $(seq 1 40); do
    printf 'Мережа очолюється самими секс-працівниками. ہم نے خود تنظیم بنائی۔ The clinic 😀 referred us. '
  done >"$f"
  "$cli" import "$project" "$f" >/dev/null
done
"$cli" team init-server "$(url "lead_$suffix")" >/dev/null
"$cli" team publish "$project" --server "$(url "lead_$suffix")" --name load --coder lead >/dev/null
for i in $(seq 1 "$coders"); do
  "$cli" team members "$(url "lead_$suffix")" load --add "c${i}_$suffix" --role coder --coder "coder$i" >/dev/null
  "$cli" team clone "$(url "c${i}_$suffix")" load "$work/coder$i.crosscut" --coder "coder$i" >/dev/null
done

# CPU ticks of the server: the postmaster (with what its reaped backends
# used: cutime, cstime) plus its live backends.
pm_pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
server_ticks() {
  local total=0 pid stat
  [ -n "$pm_pid" ] || { echo 0; return; }
  stat="$(cat "/proc/$pm_pid/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }"
  # shellcheck disable=SC2086
  set -- $stat
  total=$(( ${12} + ${13} + ${14} + ${15} ))
  for pid in $(ps -o pid= --ppid "$pm_pid" 2>/dev/null); do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    stat="${stat##*) }"
    # shellcheck disable=SC2086
    set -- $stat
    total=$(( total + ${12} + ${13} ))
  done
  echo "$total"
}
hz="$(getconf CLK_TCK)"

echo "hub_load: $coders coders syncing every ${period} s for $minutes min against PostgreSQL on $PG_HOST:$PG_PORT"
seconds=$(( minutes * 60 ))
ticks0="$(server_ticks)"
t0="$(date +%s.%N)"
pids=()
for i in $(seq 1 "$coders"); do
  "$coder_bin" "$work/coder$i.crosscut" --seed "$i" --load-seconds "$seconds" --sync-every-seconds "$period" \
    --latency "$work/latency$i.txt" >"$work/coder$i.log" 2>&1 &
  pids+=($!)
  sleep "$(awk -v p="$period" -v n="$coders" 'BEGIN { printf "%.2f", p / n }')"  # spread the coders over the period
done
failed_procs=0
for pid in "${pids[@]}"; do wait "$pid" || failed_procs=$((failed_procs + 1)); done
t1="$(date +%s.%N)"
ticks1="$(server_ticks)"

cat "$work"/latency*.txt >"$work/all.txt"
syncs="$(wc -l <"$work/all.txt")"
failed="$(grep -c failed "$work/all.txt" || true)"
failed_lines="$(grep -h "sync failed" "$work"/coder*.log | head -n 3 || true)"
sort -n "$work/all.txt" | awk '{print $1}' >"$work/sorted.txt"
pct() { awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; print v[i] }' "$work/sorted.txt"; }
wall="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
cpu="$(awk -v t=$(( ticks1 - ticks0 )) -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }')"
cpu_pct="$(awk -v c="$cpu" -v w="$wall" 'BEGIN { printf "%.1f", 100 * c / w }')"
echo "syncs: $syncs, failed: $failed (coder processes failed: $failed_procs)"
[ -z "$failed_lines" ] || echo "$failed_lines"
echo "sync latency ms: p50 $(pct 50), p99 $(pct 99), max $(tail -n 1 "$work/sorted.txt")"
echo "server CPU: ${cpu} s over ${wall} s wall (${cpu_pct} % of one core)"
[ "$failed" -eq 0 ] && [ "$failed_procs" -eq 0 ]
