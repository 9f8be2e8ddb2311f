#!/usr/bin/env bash
# Queries while the served store is being written: `parley serve --watch` on an empty store, articles dropped into
# the watched folder one every half second, and CLIENTS query clients asking for the meeting and article counts over
# and over for SECONDS. The articles: the seed article (to warm up), the meeting gold's Wikinews articles
# (eval/meetings/articles, those with a meeting first), then the Wikinews corpus in ../shared/corpora (set PARLEY_WIKINEWS elsewhere; never copied
# here).
#
#   bench/watch-load.sh [SECONDS=60] [CLIENTS=16]
#
# Prints the queries answered and their rate, errors (anything but a 200), how often a client saw a count go down
# (each query reads one committed snapshot, and new articles only add, so this should be 0), query latency
# percentiles, the counts at the start and the end, and the watcher's batch lines. Asserts nothing.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_WIKINEWS:-$home/../shared/corpora/wikinews}"
seconds="${1:-60}"
clients="${2:-16}"

[[ -d "$corpus" ]] || { echo "bench: no Wikinews corpus at $corpus (set PARLEY_WIKINEWS)" >&2; exit 1; }
work="$(mktemp -d)"
server=""
feeder=""
trap '[[ -n "$feeder" ]] && kill "$feeder" 2>/dev/null; [[ -n "$server" ]] && kill "$server" 2>/dev/null; wait; rm -rf "$work"' EXIT
mkdir -p "$work/inbox"
"$home/parley" --version >/dev/null # builds if needed

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$home/parley" serve --store "$work/store" --port "$port" --watch "$work/inbox" --watch-interval 1 \
  >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/\$/ping" >/dev/null && break; sleep 0.5; done

# The gold's articles that report a meeting first, so that the meeting count has a chance to grow.
gold_first=$(python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("\n".join(r["article"] + ".txt" for r in sorted(rows, key=lambda r: not r["meetings"])))' \
  "$home/eval/meetings/gold.jsonl")
mapfile -t articles < <(echo "$home/seeds/000_dd508a3738293a43.txt"
  sed "s|^|$home/eval/meetings/articles/|" <<<"$gold_first"
  find "$corpus" -name '*.txt' | sort)
# Warm-up, not measured: the first article loads CoreNLP into the server.
cp "${articles[0]}" "$work/inbox/"
count_query='PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(*) AS ?n) { ?a a parley:Article }'
for _ in $(seq 1 600); do
  n=$(curl -s "http://127.0.0.1:$port/kg/sparql" --data-urlencode "query=$count_query" -H 'Accept: text/csv' |
    tail -n 1 | tr -d '\r')
  [[ "$n" =~ ^[1-9] ]] && break
  sleep 0.5
done

# The feeder: one article every half second, as a newsroom's export would drop them.
(
  for f in "${articles[@]:1}"; do
    [[ -e "$work/inbox/$(basename "$f")" ]] || cp "$f" "$work/inbox/"
    sleep 0.5
  done
) &
feeder=$!

python3 - "$port" "$seconds" "$clients" <<'EOF'
import http.client, sys, threading, time
port, seconds, clients = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
query = ("PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?meetings ?articles {"
         " { SELECT (COUNT(DISTINCT ?m) AS ?meetings) { ?m a parley:Meeting } }"
         " { SELECT (COUNT(DISTINCT ?a) AS ?articles) { ?a a parley:Article } } }")
lock = threading.Lock()
latencies, errors, decreases, first, last = [], [], [], None, None
end = time.monotonic() + seconds

def client(n):
    global first, last
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    seen = (-1, -1)
    while time.monotonic() < end:
        t0 = time.monotonic()
        try:
            conn.request("POST", "/kg/sparql", body=query.encode(),
                         headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
            r = conn.getresponse()
            body = r.read().decode()
            took = time.monotonic() - t0
            if r.status != 200:
                with lock: errors.append(f"client {n}: HTTP {r.status} {body[:200]}")
                continue
            counts = tuple(int(x) for x in body.splitlines()[1].split(","))
            with lock:
                latencies.append(took)
                if first is None: first = counts
                last = counts if last is None else tuple(map(max, last, counts))
                if counts[0] < seen[0] or counts[1] < seen[1]:
                    decreases.append(f"client {n}: {seen} -> {counts}")
            seen = counts
        except Exception as e:
            with lock: errors.append(f"client {n}: {e!r}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
start = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - start
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")
print(f"bench: {clients} clients for {elapsed:.0f} s: {len(latencies)} queries answered ({len(latencies)/elapsed:.0f}/s),"
      f" {len(errors)} errors, {len(decreases)} counts that went down")
print(f"bench: latency p50 {pct(0.5):.0f} ms, p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms, max {pct(1):.0f} ms")
print(f"bench: (meetings, articles) first seen {first}, highest seen {last}")
for line in (errors + decreases)[:10]: print("bench:   " + line)
EOF

kill "$feeder" 2>/dev/null || true
wait "$feeder" 2>/dev/null || true
feeder=""
offered=$(find "$work/inbox" -name '*.txt' | wc -l)
# Batch lines only: the linking after each batch reports a 'watch: linked ...' line of its own.
batches=$(grep -cE '^watch: [0-9]+ files? read' "$work/serve.log" || true)
echo "bench: $offered articles dropped; the watcher ran $batches batches:"
grep '^watch: ' "$work/serve.log" | sed 's/^/bench:   /' | tail -n 5
