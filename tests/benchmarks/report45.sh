#!/usr/bin/env bash
# Issue-13 check: the evaluation report of a generated 45-transcript project
# (Latin, Cyrillic, Devanagari, Urdu, emoji; two coders; an interviewer with
# Role = Interviewer in every transcript; a country per document) in every
# report format, with the time each takes and the PDF's page count. Look at
# the pages: pdftoppm -r 50 -png WORK_DIR/report.pdf WORK_DIR/page
#
#   tests/benchmarks/report45.sh [CLI] [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="${1:-$here/../../build/ci/app/crosscut-cli}"
work="${2:-/tmp/crosscut-report45}"
[ -x "$cli" ] || { echo "no crosscut-cli at $cli" >&2; exit 2; }
mkdir -p "$work"
p="$work/p.crosscut"
if [ ! -f "$p" ]; then
  python3 "$here/generate.py" transcripts "$work/docs" --count 45 --words 2500
  # One respondent per transcript (a case each), the same interviewer in all.
  i=0
  for f in "$work"/docs/*.txt; do
    sed -i "s/^Respondent:/R$(printf %02d $i):/" "$f"
    i=$((i + 1))
  done
  python3 "$here/generate.py" codings "$work/codings.csv" --docs "$work/docs" --codings 3000 --quotes 1500
  "$cli" init "$p" --template intersectional >/dev/null
  "$cli" import "$p" "$work"/docs/*.txt >/dev/null
  "$cli" code "$p" --from "$work/codings.csv" >/dev/null
  countries=(Kenya Ukraine India Pakistan Kyrgyzstan Indonesia)
  {
    echo "case,attribute,value,type"
    echo "Interviewer,Role,Interviewer,category"
    for i in $(seq 0 44); do
      r="R$(printf %02d "$i")"
      echo "$r,Role,Peer leader,category"
      echo "$r,Country,${countries[$((i % 6))]},category"
    done
  } > "$work/cases.csv"
  "$cli" attributes "$p" --from "$work/cases.csv" >/dev/null
fi
for format in pdf docx odt html xlsx; do
  out="$work/report.$format"
  rm -f "$out"
  start=$(date +%s.%N)
  if "$cli" report "$p" --out "$out" --group Country 2>"$work/report-$format.err"; then
    end=$(date +%s.%N)
    printf '%-5s %7.2f s %9d bytes' "$format" "$(echo "$end - $start" | bc)" "$(stat -c %s "$out")"
    [ "$format" = pdf ] && printf '  %s pages' "$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')"
    echo
  else
    echo "$format: refused: $(cat "$work/report-$format.err")"
  fi
done
