#!/usr/bin/env bash
# What a newcomer waits for: `./parley up` from its start until it serves the seeds with their Wikipedia links.
#
#   bench/first-up.sh [PORT=3131]
#
# Builds first if needed (not timed), then times, each in a fresh temporary cache and store so that nothing of the
# user's is read or written:
#   1. the first `up` after the build: empty cache (the Wikipedia anchor index is built) and empty store;
#   2. a later `up` on the same store and cache (nothing to ingest, the index is there);
#   3. `up` into a new store with the cache already built (a second project on the same machine).
# Each time runs until /kg/sparql answers that Sergey Lavrov has his Wikipedia link; then the server is stopped.
# Budgets (issue 9, printed, not asserted): first up <= 60 s, later ones <= 15 s.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:-3131}"
work="$(mktemp -d)"
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$home/parley" --version >/dev/null # builds if needed

query='PREFIX parley: <https://w3id.org/parley/ontology#>
SELECT ?w { <https://w3id.org/parley/id/person/sergey-lavrov> parley:wikipedia ?w }'

# up STORE LABEL: prints the seconds from start until Lavrov's link is served.
up() {
  local store="$1" label="$2" start end
  start=$(date +%s.%N)
  PARLEY_CACHE_DIR="$work/cache" "$home/parley" up --store "$store" --port "$port" >"$work/$label.log" 2>&1 &
  server=$!
  until curl -sf -G "http://127.0.0.1:$port/kg/sparql" -H 'Accept: text/csv' --data-urlencode "query=$query" \
    2>/dev/null | grep -q 'wiki/Sergey_Lavrov'; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "bench: $label: up exited; its log:" >&2
      cat "$work/$label.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  printf 'bench: %-44s %5.1f s  (budget %s)\n' "$label" "$(echo "$end - $start" | bc)" "$3"
  grep -E '^link: indexed|^ingested|^linked' "$work/$label.log" | sed 's/^/bench:   /'
}

echo "bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
up "$work/store" "first up (empty cache, empty store)" "60 s"
up "$work/store" "later up (same store and cache)" "15 s"
up "$work/store2" "up into a new store (cache built)" "15 s"
echo "bench: index $(du -h "$work/cache/"*.tsv | cut -f1) in the cache"
