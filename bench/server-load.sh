#!/usr/bin/env bash
# What `parley serve` holds under load: concurrent clients, some sending queries built to hurt.
#
#   bench/server-load.sh [CLIENTS=8] [SECONDS=60] [STORE]
#
# Serves STORE (default: a fresh store of seeds/, ingested first), then runs CLIENTS curl loops for SECONDS. The
# first clients send the heavy queries named in HEAVY (default "concat regex": a GROUP_CONCAT over a three-way cross
# product, which fills memory, and a catastrophic regex over every article text, which burns a core until the 60 s
# timeout), the others a mix of light requests (query 01, query 11, an /id page). Prints, per kind of request, how
# many were sent, their status codes and latencies; the throughput of light requests; the server's peak resident
# memory; and whether it still answers afterwards. PARLEY_JAVA_OPTS sets the server's heap (default -Xmx4g, twice the
# launcher's 2 GB: a loaded server holds many results at once); PARLEY_SERVE_OPTS adds `parley serve` options, e.g. "--max-concurrent-queries 4".
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-8}"
seconds="${2:-60}"
store="${3:-}"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$home/parley" --version >/dev/null # builds if needed
if [[ -z "$store" ]]; then
  store="$work/store"
  echo "bench: ingesting seeds/ into a fresh store..." >&2
  "$home/parley" ingest --store "$store" "$home/seeds" >"$work/ingest.log" 2>&1
fi
# shellcheck source=bench/serve-lib.sh
source "$home/bench/serve-lib.sh"
# shellcheck disable=SC2086
PARLEY_JAVA_OPTS="${PARLEY_JAVA_OPTS:--Xmx4g}" serve_store "$store" ${PARLEY_SERVE_OPTS:-}

prefix='PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'
heavy_concat="SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?a), STR(?b), STR(?c)))) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
# Polynomial backtracking (text length to the 10th) in one java.util.regex call per article.
heavy_regex="$prefix SELECT (COUNT(*) AS ?n) { ?a parley:text ?t FILTER(REGEX(?t, '(.*e){10}@')) }"
person=$(curl -s "$base/kg/sparql" -H 'Accept: text/csv' --data-urlencode \
  "query=$prefix SELECT ?p { ?p a parley:Person } LIMIT 1" | sed -n 2p | tr -d '\r')

# One request: appends "kind status seconds" to the client's file.
request() {
  local kind="$1" out="$2"
  shift 2
  curl -s -o /dev/null -m 90 -w "$kind %{http_code} %{time_total}\n" "$@" >>"$out" || echo "$kind 000 90" >>"$out"
}

read -r -a heavy <<<"${HEAVY-concat regex}"
client() {
  local i="$1" out="$work/client-$1" deadline=$((SECONDS + seconds)) n=0
  while ((SECONDS < deadline)); do
    case "${heavy[$((i - 1))]:-light}" in
      concat) request concat "$out" "$base/kg/sparql" --data-urlencode "query=$heavy_concat" ;;
      regex) request regex "$out" "$base/kg/sparql" --data-urlencode "query=$heavy_regex" ;;
      *)
        case $((n++ % 3)) in
          0) request light "$out" "$base/kg/sparql" --data-urlencode "query@$home/queries/01-who-met-whom.rq" ;;
          1) request light "$out" "$base/kg/sparql" --data-urlencode "query@$home/queries/11-most-mentioned-entities.rq" ;;
          2) request page "$out" -H 'Accept: text/html' "$base/id/${person#https://w3id.org/parley/id/}" ;;
        esac
        ;;
    esac
  done
}

echo "bench: $clients clients (heavy: ${heavy[*]:-none}) for $seconds s, $(nproc) cores," \
  "server ${PARLEY_JAVA_OPTS:--Xmx4g} ${PARLEY_SERVE_OPTS:-}" >&2
pids=()
for i in $(seq "$clients"); do
  client "$i" &
  pids+=($!)
done
any_client() { for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
peak_rss=0
while any_client; do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status" 2>/dev/null || echo 0)
  ((rss > peak_rss)) && peak_rss=$rss
  sleep 1
done
wait "${pids[@]}"

cat "$work"/client-* >"$work/all"
printf '%-8s %8s %-36s %10s %10s\n' kind sent "statuses" "median s" "p95 s"
for kind in light page concat regex; do
  { grep "^$kind " "$work/all" || true; } | sort -k3 -n | awk -v k="$kind" '
    { n++; t[n] = $3; s[$2]++ }
    END {
      if (n == 0) exit
      st = ""; for (c in s) st = st c "x" s[c] " "
      p95 = int(n * 0.95); if (p95 < 1) p95 = 1
      printf "%-8s %8d %-36s %10.2f %10.2f\n", k, n, st, t[int((n + 1) / 2)], t[p95]
    }'
done
ok_light=$(grep -cE '^(light|page) 200 ' "$work/all" || true)
echo "light queries and pages answered 200: $ok_light, $(awk -v n="$ok_light" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')/s"
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status" 2>/dev/null || echo "$peak_rss")
echo "server peak RSS: $((hwm / 1024)) MB"
if curl -sf -o /dev/null -m 10 "$base/\$/ping"; then
  echo "server after the run: answering"
else
  echo "server after the run: NOT answering"
  tail -5 "$work/server.log"
fi
