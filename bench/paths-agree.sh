#!/usr/bin/env bash
# Do the three ways into a store give one graph, and what does each step cost?
#   bench/paths-agree.sh [N]     (default 200 Reuters items of 200-500 words, in name order)
# Runs on the same items: `parley ingest` into store A; `parley extract --out DIR` then `parley load DIR` into an
# empty store B (one bulk transaction); `parley load DIR --to FILE` (what a Graph Store Protocol sink or
# tdb2.xloader receives); and, when bench/spark-submit.sh and a Spark distribution are there (SPARK_HOME), the
# Spark runner into DIR2 (with its own resolution into part files) then `parley load DIR2` into store C. Compares the named graphs of each with A's, line by
# line as sorted N-Quads (Parley's graphs have no blank nodes, and TDB2 stores canonical literals), and prints
# each step's wall time and articles/s. Figures only; asserts nothing. PARLEY_REUTERS points elsewhere than
# ../shared/corpora/reuters21578.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_REUTERS:-$home/../shared/corpora/reuters21578}"
n="${1:-200}"
threads="${PARLEY_THREADS:-2}"
[[ -d "$corpus" ]] || { echo "paths-agree: no Reuters corpus at $corpus (set PARLEY_REUTERS)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
mapfile -t files < <(find "$corpus" -name '*.txt' | sort | while read -r f; do
  w=$(wc -w <"$f"); ((w >= 200 && w <= 500)) && echo "$f"; done | head -n "$n")
n=${#files[@]}
cp "${files[@]}" "$work/in/"
parley="$home/parley"
"$parley" --version >/dev/null # builds if needed

timed() { # NAME COMMAND... -> wall seconds in $work/NAME.s, output in $work/NAME.log
  local name="$1" t0 t1
  shift
  t0=$EPOCHREALTIME
  "$@" >"$work/$name.log" 2>&1 || { echo "paths-agree: $name failed:" >&2; tail -n 5 "$work/$name.log" >&2; exit 1; }
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }' >"$work/$name.s"
}
# The named graphs of a store or an N-Quads file, as sorted lines (the store's own bookkeeping, in TDB2's
# default graph, left out).
quads() {
  if [[ -d "$1" ]] && compgen -G "$1/part-*.nq" >/dev/null; then
    set -- "$1"/part-*.nq # the Spark job's resolved graphs
  elif [[ -d "$1" ]]; then
    "$parley" backup --store "$1" -o "$work/backup.nq" >/dev/null
    set -- "$work/backup.nq"
  fi
  zcat -f "$@" | grep -v '^<[^>]*> <https://w3id.org/parley/store#' | LC_ALL=C sort
}
agree() { # NAME STORE-OR-FILE
  quads "$2" >"$work/$1.sorted"
  local d
  d=$(LC_ALL=C comm -3 "$work/a.sorted" "$work/$1.sorted" | wc -l)
  printf '%-44s %s\n' "$1" "$([[ $d == 0 ]] && echo "same graph ($(wc -l <"$work/a.sorted") quads)" || echo "DIFFERS in $d quads")"
}
rate() { awk -v n="$n" -v s="$(cat "$work/$1.s")" 'BEGIN { printf "%.2f", (s > 0 ? n / s : 0) }'; }

echo "paths-agree: $n items, $threads threads" >&2
timed ingest "$parley" ingest --no-link --threads "$threads" --store "$work/a" "$work/in"
timed extract "$parley" extract --threads "$threads" --out "$work/dir" "$work/in"
timed load "$parley" load --no-link --store "$work/b" "$work/dir"
timed tofile "$parley" load --to "$work/resolved.nq.gz" "$work/dir"
quads "$work/a" >"$work/a.sorted"

printf '\n%-44s %8s %12s\n' "step ($n items)" "wall s" "articles/s"
for s in ingest extract load tofile; do printf '%-44s %8s %12s\n' "$s" "$(cat "$work/$s.s")" "$(rate "$s")"; done
grep -h -E '^(ingested|extracted|loaded)' "$work"/{ingest,extract,load,tofile}.log | sed 's/^/    /'
echo
agree "extract + load (bulk) vs ingest" "$work/b"
agree "extract + load --to FILE vs ingest" "$work/resolved.nq.gz"
if [[ -x "$home/bench/spark-submit.sh" && -n "${SPARK_HOME:-}" ]]; then
  timed spark "$home/bench/spark-submit.sh" --master "local[$threads]" --resolved "$work/resolved2" "$work/in" \
    "$work/dir2"
  timed load2 "$parley" load --no-link --store "$work/c" "$work/dir2"
  printf '%-44s %8s %12s\n' "spark (local[$threads], with --resolved)" "$(cat "$work/spark.s")" "$(rate spark)"
  grep -h -E '^(extracted|resolved)' "$work/spark.log" | sed 's/^/    /'
  agree "spark + load vs ingest" "$work/c"
  agree "spark --resolved (part files) vs ingest" "$work/resolved2"
  same=0 total=0
  for f in "$work"/dir/*.nq; do
    total=$((total + 1))
    cmp -s "$f" "$work/dir2/${f##*/}" && same=$((same + 1))
  done
  printf '%-44s %s\n' "spark article files vs extract's" "$same of $total byte for byte"
fi
