#!/usr/bin/env bash
# Fuzzes each harness of tests/fuzz for N minutes, one after the other, with
# libFuzzer, AddressSanitizer and UBSan (clang-14 from Debian):
#
#   tests/fuzz/run-fuzzers.sh MINUTES [HARNESS...]     # default: every harness
#
# Builds build/fuzz (CROSSCUT_BUILD_FUZZERS=ON) first. Each harness starts from
# its committed seeds (corpus/NAME) and regressions (regressions/NAME); new
# inputs go to build/fuzz/corpus/NAME, findings to build/fuzz/findings/NAME.
# One fuzzer process at a time (-jobs=1), -rss_limit_mb=2048. The summary
# lists executions, coverage (cov/ft) and findings per harness; the exit code
# is non-zero when any harness found a crash, leak, timeout or OOM.
# Copy a finding into regressions/NAME once it is fixed.
set -euo pipefail

minutes=${1:?usage: run-fuzzers.sh MINUTES [HARNESS...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build/fuzz"
all=(document_txt document_md document_srt document_vtt document_docx document_odt csv qdpx qdc)
if [ "$#" -gt 0 ]; then harnesses=("$@"); else harnesses=("${all[@]}"); fi

"$root/installer/install-deps.sh" --fuzz
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 \
    -DCROSSCUT_BUILD_FUZZERS=ON -DCROSSCUT_BUILD_TESTS=OFF -DCROSSCUT_BUILD_GUI=OFF
fi
cmake --build "$build" --target "${harnesses[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
summary="$build/fuzz-summary.txt"
: > "$summary"
failed=0
for h in "${harnesses[@]}"; do
  work="$build/corpus/$h" findings="$build/findings/$h" log="$build/logs/$h.log"
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  start=$(date +%s)
  set +e
  (cd "$build/logs" && "$build/tests/fuzz/fuzz_$h" -jobs=1 -workers=1 -rss_limit_mb=2048 -timeout=30 -max_len=131072 \
      -max_total_time=$((minutes * 60)) -print_final_stats=1 -artifact_prefix="$findings/" \
      "$work" "$here/corpus/$h" "$here/regressions/$h" > "$log" 2>&1)
  rc=$?
  set -e
  # With -jobs, libFuzzer writes the job's own output to fuzz-0.log.
  [ -f "$build/logs/fuzz-0.log" ] && mv "$build/logs/fuzz-0.log" "$log.job"
  out="$log"; [ -f "$log.job" ] && out="$log.job"
  last=$(grep -E '^#[0-9]+' "$out" | tail -1 || true)
  execs=$(grep -E 'stat::number_of_executed_units' "$out" | awk '{print $2}' | tail -1)
  found=$(find "$findings" -type f | wc -l)
  line="$h: ${execs:-?} executions in $(( $(date +%s) - start )) s; last: ${last:-none}; findings: $found (exit $rc)"
  echo "$line" | tee -a "$summary"
  [ "$found" -eq 0 ] && [ "$rc" -eq 0 ] || failed=1
done
exit $failed
