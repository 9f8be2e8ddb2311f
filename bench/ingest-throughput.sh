#!/usr/bin/env bash
# Ingest throughput and memory on Reuters-21578 items (../shared/corpora, research use only: never copied here).
#
#   bench/ingest-throughput.sh [N=200] [THREADS="1 2"]
#
# For each thread count: ingests the first N items into a fresh TDB2 store with `parley ingest`, then prints
# articles/s (from the first finished article, so CoreNLP's start-up is not counted), the wall time including start-up,
# and the peak resident memory of the JVM. The baseline is the figure measured for CoreNLP alone with the same
# annotators (slim NER + depparse, one thread): 5 articles/s on 330-token items; Parley adds SUTime, extraction, SHACL
# validation and the TDB2 write on top of it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_REUTERS:-$home/../shared/corpora/reuters21578}"
n="${1:-200}"
threads="${2:-1 2}"
baseline=5.0

[[ -d "$corpus" ]] || { echo "bench: no Reuters corpus at $corpus (set PARLEY_REUTERS)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
# Items of 200-500 words, like the ~330-token items the baseline was measured on (many Reuters items are one-liners).
mapfile -t files < <(find "$corpus" -name '*.txt' | sort | while read -r f; do
  w=$(wc -w <"$f"); ((w >= 200 && w <= 500)) && echo "$f"; done | head -n "$n")
cp "${files[@]}" "$work/in/"
tokens=$(cat "$work/in"/*.txt | wc -w)
echo "bench: $n Reuters items of 200-500 words, $((tokens / n)) words each on average, $(nproc) cores"

"$home/parley" --version >/dev/null # builds if needed
printf '%-8s %12s %12s %10s %12s\n' threads "articles/s" "vs baseline" "wall s" "peak RSS MB"
for t in $threads; do
  rm -rf "$work/store"
  log="$work/log-$t"
  /usr/bin/time -f '%e %M' -o "$work/time-$t" \
    "$home/parley" ingest --threads "$t" --store "$work/store" "$work/in" >"$log" 2>&1 || true
  rate=$(grep -o '([0-9.]*/s' "$log" | tail -1 | tr -d '(/s')
  read -r wall rss_kb <"$work/time-$t"
  ratio=$(awk -v r="$rate" -v b="$baseline" 'BEGIN { printf "%.2fx", r / b }')
  printf '%-8s %12s %12s %10s %12d\n' "$t" "$rate" "$ratio" "$wall" "$((rss_kb / 1024))"
  grep -E '^ingested' "$log" | sed 's/^/         /'
done
