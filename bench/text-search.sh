#!/usr/bin/env bash
# Full-text index: what it costs and what it buys, on Reuters-21578 items (../shared/corpora, research use only:
# never copied here).
#
#   bench/text-search.sh [N=300] [REPEAT=10]
#
# 1. Ingests N items into a fresh store (2 threads) and prints the store and index sizes on disk.
# 2. Deletes the index and reopens the store, which rebuilds it: prints entries/s of a rebuild.
# 3. Serves the store and times each search over HTTP (median of REPEAT runs, after one warm-up) two ways:
#    text:query on the index, and the baseline an analyst would write without it, a FILTER(CONTAINS(...)) scan of
#    every quote or article text. Prints both medians and their ratio.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_REUTERS:-$home/../shared/corpora/reuters21578}"
n="${1:-300}"
repeat="${2:-10}"

[[ -d "$corpus" ]] || { echo "bench: no Reuters corpus at $corpus (set PARLEY_REUTERS)" >&2; exit 1; }
work="$(mktemp -d)"
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/in"
mapfile -t files < <(find "$corpus" -name '*.txt' | sort | head -n "$n")
cp "${files[@]}" "$work/in/"
"$home/parley" --version >/dev/null # builds if needed

store="$work/store"
start=$(date +%s.%N)
"$home/parley" ingest --threads 2 --store "$store" "$work/in" >"$work/ingest.log" 2>&1 || true
end=$(date +%s.%N)
grep -E '^ingested' "$work/ingest.log" | sed 's/^/bench: /'
kb() { du -sk "$1" | cut -f1; }
index_kb=$(kb "$store/text-index")
printf 'bench: %d items ingested in %.0f s; store %d MB, of which text index %d MB (%.0f%%)\n' \
  "$n" "$(echo "$end - $start" | bc)" "$(($(kb "$store") / 1024))" "$((index_kb / 1024))" \
  "$(echo "100 * $index_kb / $(kb "$store")" | bc -l)"

rm -rf "$store/text-index"
"$home/parley" query --store "$store" -e 'ASK {}' >/dev/null 2>"$work/rebuild.log"
line=$(grep -o 'text index rebuilt, [0-9]* entries in [0-9]* ms' "$work/rebuild.log")
entries=$(echo "$line" | awk '{print $4}')
ms=$(echo "$line" | awk '{print $7}')
printf 'bench: index rebuild: %d entries in %d ms, %.0f entries/s, %.1f ms per article\n' \
  "$entries" "$ms" "$(echo "$entries * 1000 / $ms" | bc -l)" "$(echo "$ms / $n" | bc -l)"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$home/parley" serve --store "$store" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/\$/ping" >/dev/null && break; sleep 0.5; done

prefixes='PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX text: <http://jena.apache.org/text#>'
median_ms() { # query -> median wall ms of $repeat runs, and the row count of the last
  local q="$1" times=() rows
  curl -s "http://127.0.0.1:$port/kg/sparql" --data-urlencode "query=$q" -H 'Accept: text/csv' >/dev/null
  for _ in $(seq 1 "$repeat"); do
    times+=("$(curl -s -o "$work/out.csv" -w '%{time_total}' "http://127.0.0.1:$port/kg/sparql" \
      --data-urlencode "query=$q" -H 'Accept: text/csv')")
  done
  rows=$(($(wc -l <"$work/out.csv") - 1))
  printf '%s\n' "${times[@]}" | sort -n | awk -v r="$rows" '{a[NR]=$1} END {printf "%.1f %d", a[int((NR+1)/2)]*1000, r}'
}

printf '%-34s %10s %6s %12s %6s %8s\n' search "index ms" rows "scan ms" rows ratio
for word in oil dollar profit shareholders; do
  for field in quote text; do
    indexed="$prefixes SELECT DISTINCT ?s { ?s text:query (parley:$field '$word' 100000) }"
    scan="$prefixes SELECT DISTINCT ?s { ?s parley:$field ?v FILTER(CONTAINS(LCASE(?v), '$word')) }"
    read -r t1 r1 <<<"$(median_ms "$indexed")"
    read -r t2 r2 <<<"$(median_ms "$scan")"
    printf '%-34s %10s %6s %12s %6s %8s\n' "parley:$field '$word'" "$t1" "$r1" "$t2" "$r2" \
      "$(echo "$t2 / $t1" | bc -l | xargs printf '%.1fx')"
  done
done
echo "bench: rows differ where the scan finds a word inside another (\"oil\" in \"toil\"); the index matches words"
