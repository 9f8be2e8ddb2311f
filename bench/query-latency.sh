#!/usr/bin/env bash
# How fast every query of queries/ answers on a store, as an analyst meets it: over HTTP from `parley serve`.
#
#   bench/query-latency.sh STORE [RUNS=5]
#
# Starts `parley serve --store STORE` on a free loopback port, sends each queries/*.rq RUNS times in a row (the first
# run warms the caches like any second query of the day; all runs count), and prints per query the median, the
# fastest and the slowest time (curl's time_total: request to last byte, results as TSV, one line per row) and the result rows.
# Federated queries (those with a SERVICE clause) go to Wikidata over the internet and are left out, as is any query
# whose answer is not HTTP 200 (listed, with its status). Also prints the store's size on disk. Figures only; asserts
# nothing. PARLEY_JAVA_OPTS sets the server's heap (default: the launcher's). QUERIES=DIR measures the .rq files of
# another folder (an older version of queries/, to compare in one session); WARMUP=N first sends every query N times
# unmeasured, for the figures of a server that has been answering for a while (the JIT compiler done).
# The column "cpu ms" is the server's CPU time (user + system, all its threads, from /proc) per run: on a machine
# shared with other work the wall times swell with the load (printed before and after), the CPU time much less.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="${1:?usage: $0 STORE [RUNS]}"
runs="${2:-5}"
queries="${QUERIES:-$home/queries}"
warmup="${WARMUP:-0}"
[[ -d "$store" ]] || { echo "bench: no store at $store" >&2; exit 1; }
[[ -d "$queries" ]] || { echo "bench: no queries folder at $queries" >&2; exit 1; }
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$home/parley" --version >/dev/null # builds if needed
# shellcheck source=bench/serve-lib.sh
source "$home/bench/serve-lib.sh"
serve_store "$store"

quads=$(curl -s "$base/kg/sparql" -H 'Accept: text/csv' --data-urlencode \
  'query=SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' | sed -n 2p | tr -d '\r')
printf 'bench: store %s, %s quads in named graphs, %s on disk; queries of %s, %s runs each after %s warm-up rounds\n' \
  "$store" "$quads" "$(du -sh "$store" | cut -f1)" "$queries" "$runs" "$warmup"
local_queries() { for q in "$queries"/*.rq; do grep -q '^[^#]*SERVICE' "$q" || echo "$q"; done; }
for _ in $(seq "$warmup"); do
  local_queries | while read -r q; do
    curl -s -o /dev/null -m 120 "$base/kg/sparql" -H 'Accept: text/tab-separated-values' --data-urlencode "query@$q" || true
  done
done
printf 'bench: load average %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '-')"
tick=$(getconf CLK_TCK)
server_cpu() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat" 2>/dev/null || echo 0; }
printf '%-52s %9s %9s %9s %8s %7s\n' query "median ms" "min ms" "max ms" rows "cpu ms"
for q in "$queries"/*.rq; do
  name=$(basename "$q" .rq)
  if grep -q '^[^#]*SERVICE' "$q"; then
    printf '%-52s %s\n' "$name" "left out: federated (SERVICE)"
    continue
  fi
  : >"$work/times"
  status=200
  cpu0=$(server_cpu)
  for _ in $(seq "$runs"); do
    read -r code secs < <(curl -s -o "$work/out.tsv" -m 120 -w '%{http_code} %{time_total}\n' "$base/kg/sparql" \
      -H 'Accept: text/tab-separated-values' --data-urlencode "query@$q" || echo "000 120")
    [[ "$code" == 200 ]] || status="$code"
    echo "$secs" >>"$work/times"
  done
  if [[ "$status" != 200 ]]; then
    printf '%-52s %s\n' "$name" "left out: HTTP $status"
    continue
  fi
  cpu=$((($(server_cpu) - cpu0) * 1000 / tick / runs))
  rows=$(($(wc -l <"$work/out.tsv") - 1))
  sort -n "$work/times" | awk -v name="$name" -v rows="$rows" -v cpu="$cpu" '
    { t[NR] = $1 * 1000 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%-52s %9.0f %9.0f %9.0f %8d %7d\n", name, m, t[1], t[NR], rows, cpu }'
done
printf 'bench: load average %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '-')"
