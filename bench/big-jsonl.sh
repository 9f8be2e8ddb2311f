#!/usr/bin/env bash
# Streaming ingest on a big JSON Lines feed: how soon the first article is stored and how much memory the JVM holds.
#
#   bench/big-jsonl.sh [SIZE_MB=1024] [WINDOW_S=60] [THREADS=2]
#
# Writes a feed of SIZE_MB from the Reuters-21578 items in ../shared/corpora (research use only: never copied into
# the repository), repeated with distinct ids, then runs `parley ingest` on it at -Xmx2g. It prints the time from the
# start of the JVM to the first finished article (CoreNLP's start-up included) and, after WINDOW_S more seconds, the
# articles done and the peak resident memory; then it stops the run: it does not wait for the whole feed.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_REUTERS:-$home/../shared/corpora/reuters21578}"
size_mb="${1:-1024}"
window="${2:-60}"
threads="${3:-2}"

[[ -d "$corpus" ]] || { echo "bench: no Reuters corpus at $corpus (set PARLEY_REUTERS)" >&2; exit 1; }
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s.%N)
python3 - "$corpus" "$work/feed.jsonl" "$size_mb" <<'PY'
import glob, json, os, sys
corpus, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
items = []
for f in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
    with open(f, encoding="utf-8", errors="replace") as fh:
        first, text = fh.readline().split(), fh.read().strip()
    if len(first) == 2 and first[0] == "date" and text:
        items.append((first[1], text))
target, size, n = size_mb * 1024 * 1024, 0, 0
with open(out, "w", encoding="utf-8") as fh:
    while size < target:
        date, text = items[n % len(items)]
        line = json.dumps({"id": "reuters-%d" % n, "date": date, "text": text}) + "\n"
        fh.write(line)
        size += len(line.encode("utf-8"))
        n += 1
print("bench: %d items of %d Reuters texts, %.0f MB" % (n, len(items), size / 1048576), file=sys.stderr)
PY
printf 'bench: feed written in %.0f s; %s cores\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$(nproc)"

"$home/parley" --version >/dev/null # builds if needed
log="$work/ingest.log"
t0=$(date +%s.%N)
PARLEY_JAVA_OPTS="-Xmx2g" "$home/parley" ingest --threads "$threads" --store "$work/store" "$work/feed.jsonl" \
  >"$log" 2>&1 &
pid=$!
peak_kb=0
sample() {
  local hwm
  hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
  [[ -n "$hwm" && "$hwm" -gt "$peak_kb" ]] && peak_kb=$hwm
  return 0
}
first=""
while kill -0 "$pid" 2>/dev/null; do
  sample
  if [[ -z "$first" ]] && grep -qE '^ingest: [0-9]+ articles' "$log"; then
    first=$(echo "$(date +%s.%N) - $t0" | bc)
    printf 'bench: first article finished %.1f s after the JVM started\n' "$first"
    deadline=$(echo "$(date +%s.%N) + $window" | bc)
  fi
  if [[ -n "$first" ]] && (($(echo "$(date +%s.%N) > $deadline" | bc))); then
    break
  fi
  sleep 0.5
done
sample
if [[ -z "$first" ]]; then
  echo "bench: the run ended before any article finished:" >&2
  tail -5 "$log" >&2
  exit 1
fi
grep -o 'CoreNLP pipeline loaded in .*' "$log" | sed 's/^/bench: of which /' || true
echo "bench: after ${window} s more: $(grep -E '^ingest: [0-9]+ articles' "$log" | tail -1)"
printf 'bench: peak RSS %d MB (heap capped at 2 GB)\n' "$((peak_kb / 1024))"
grep -E '^rejected' "$log" | head -3 | sed 's/^/bench: /' || true
