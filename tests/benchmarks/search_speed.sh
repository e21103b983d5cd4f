#!/usr/bin/env bash
# Issue-19 benchmark: the whole `crosscut-cli search` and `crosscut-cli kwic`
# process (start, open, FTS5, hits with context, output) over 45 transcripts
# of 10,000 words, for a word with ~12,000 hits. Prints hits, CPU time and
# wall time per run (median of RUNS).
#
#   tests/benchmarks/search_speed.sh [CLI] [WORK_DIR] [WORD]
#
# CLI defaults to build/bench/app/crosscut-cli (cmake --preset bench && cmake --build --preset bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="${1:-$here/../../build/bench/app/crosscut-cli}"
work="${2:-/tmp/crosscut-search-bench}"
word="${3:-community}"
runs="${RUNS:-15}"
[ -x "$cli" ] || { echo "no crosscut-cli at $cli" >&2; exit 2; }
mkdir -p "$work"
if [ ! -f "$work/p.crosscut" ]; then
  python3 "$here/generate.py" transcripts "$work/docs" --count 45 --words 10000
  "$cli" init "$work/p.crosscut" --template intersectional >/dev/null
  "$cli" import "$work/p.crosscut" "$work"/docs/*.txt >/dev/null
fi

measure() {  # label, command...: "label hits=N cpu_ms=… wall_ms=…" (medians)
  local label="$1"; shift
  local hits
  hits=$("$@" | tail -n +2 | wc -l)
  local cpu=() wall=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%U %S %e" -o "$work/time.out" "$@" >/dev/null 2>/dev/null
    read -r u s e < "$work/time.out"
    cpu+=("$(echo "($u + $s) * 1000" | bc)")
    wall+=("$(echo "$e * 1000" | bc)")
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$label hits=$hits cpu_ms=$(med "${cpu[@]}") wall_ms=$(med "${wall[@]}")"
}

echo "shared libraries loaded: $(LD_TRACE_LOADED_OBJECTS=1 "$cli" --version | wc -l)"
measure "crosscut-cli --version" "$cli" --version
measure "search $word" "$cli" search "$work/p.crosscut" "$word"
measure "kwic $word" "$cli" kwic "$work/p.crosscut" "$word"
measure "kwic $word --whole-word" "$cli" kwic "$work/p.crosscut" "$word" --whole-word
# /usr/bin/time counts in 10 ms steps; perf stat gives the CPU time to the
# tenth of a millisecond (mean of RUNS), for the start alone and the search.
if command -v perf >/dev/null && perf stat -x, true 2>/dev/null; then
  for args in "--version" "search $work/p.crosscut $word"; do
    echo "perf stat crosscut-cli ${args%% *} ($runs runs):"
    # shellcheck disable=SC2086
    perf stat -r "$runs" "$cli" $args 2>&1 >/dev/null | grep -E "task-clock|page-faults|elapsed"
  done
fi
