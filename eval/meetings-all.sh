#!/usr/bin/env bash
# Scores meetings on every development set at once and prints one line per set plus pooled lines, so a change to
# the rules is judged on all of them, not on the one it was written for.
#
#   eval/meetings-all.sh OUT [SET...]      sets: ng pt em wn fr fr2..fr13 pf pf2..pf7 (default: all of them)
#   eval/meetings-all.sh OUT --check       the check split and RAMS/WikiEvents only: run at milestones, never study
#
# Each set's report and its meetings-misses.txt go to OUT/<set>/. Reads ../shared (news-gold, the corpora, PolNeAR
# train, the events). PARLEY_JAR picks a built jar (default target/parley.jar, so two builds can be compared);
# PARLEY_EVAL_CACHE keeps CoreNLP's annotations between runs (default target/eval-cache); PARLEY_EVAL_JOBS runs
# that many sets at once (default 2).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${PARLEY_SHARED:-$home/../shared}"
jar="${PARLEY_JAR:-$home/target/parley.jar}"
cache="${PARLEY_EVAL_CACHE:-$home/target/eval-cache}"
jobs="${PARLEY_EVAL_JOBS:-2}"

if [[ $# -lt 1 ]]; then
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
out="$1"
shift
[[ -f "$jar" && -f "$home/target/classpath.txt" ]] || { echo "meetings-all: no build at $jar; run mvn package -DskipTests" >&2; exit 2; }
[[ -d "$shared/eval/news-gold" ]] || { echo "meetings-all: $shared/eval/news-gold not found (set PARLEY_SHARED)" >&2; exit 2; }

polnear="--corpora $shared/eval/polnear/train"
corpora="--corpora $shared/corpora"
declare -A args=(
  [ng]="--gold $shared/eval/news-gold/gold.jsonl"
  [pt]="--gold $home/eval/polnear-meetings/gold.jsonl $polnear"
  [em]="--gold $home/eval/meetings/gold.jsonl"
  [wn]="--gold $home/eval/wikinews-meetings/gold.jsonl $corpora"
  [fr]="--gold $home/eval/fresh-news/gold.jsonl $corpora"
  [pf]="--gold $home/eval/polnear-meetings/fresh.jsonl $polnear"
  [chk]="--gold $home/eval/polnear-meetings/check.jsonl $polnear"
  [events]="--gold $home/eval/meetings/gold.jsonl --events $shared/eval/events"
)
for n in 2 3 4 5 6 7 8 9 10 11 12 13; do
  args[fr$n]="--gold $home/eval/fresh-news/gold$n.jsonl $corpora"
done
for n in 2 3 4 5 6 7; do
  args[pf$n]="--gold $home/eval/polnear-meetings/fresh$n.jsonl $polnear"
done
development=(ng pt em wn fr fr2 fr3 fr4 fr5 fr6 fr7 fr8 fr9 fr10 fr11 fr12 fr13 pf pf2 pf3 pf4 pf5 pf6 pf7)

if [[ "${1:-}" == "--check" ]]; then
  sets=(chk events)
elif [[ $# -gt 0 ]]; then
  sets=("$@")
else
  sets=("${development[@]}")
fi
for s in "${sets[@]}"; do
  [[ -n "${args[$s]:-}" ]] || { echo "meetings-all: unknown set '$s' (known: ${!args[*]})" >&2; exit 2; }
done

mkdir -p "$out" "$cache"
run_one() {
  local s="$1"
  # shellcheck disable=SC2086
  java -Xmx3g -cp "$jar:$(cat "$home/target/classpath.txt")" org.w3id.parley.cli.Main eval meetings \
    ${args[$s]} --annotation-cache "$cache" --out "$out/$s" >"$out/$s.log" 2>&1 \
    || echo "meetings-all: set $s failed, see $out/$s.log" >&2
}
running=0
for s in "${sets[@]}"; do
  run_one "$s" &
  running=$((running + 1))
  if ((running >= jobs)); then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

# One line per set, then pooled lines for the groups the README reports.
summary="$out/summary.txt"
: >"$summary"
for s in "${sets[@]}"; do
  case "$s" in
    em) # the older format: participants, then date, then status
      line="$(grep -h '^participants+date+status' "$out/$s.log" | head -1 || true)" ;;
    events) # RAMS + WikiEvents, on participants only
      line="$(grep -h -A1 '^RAMS + WikiEvents' "$out/$s.log" | tr -s ' \n' ' ' || true)" ;;
    *) line="$(grep -h '^meetings: gold' "$out/$s.log" | head -1 || true)" ;;
  esac
  printf '%-6s %s\n' "$s" "${line:-(no result, see $out/$s.log)}" >>"$summary"
done
pool() {
  local name="$1"
  shift
  awk -v name="$name" -v members=" $* " '
    { set = $1; if (index(members, " " set " ") == 0) next
      for (i = 1; i <= NF; i++) {
        if ($i == "gold") g += $(i + 1) + 0
        if ($i == "system") y += $(i + 1) + 0
        if ($i == "matched") m += $(i + 1) + 0
      } }
    END { if (g == 0) exit
          p = y ? m / y : 0; r = m / g; f = p + r ? 2 * p * r / (p + r) : 0
          printf "%-22s gold %d, system %d, matched %d; P %.3f R %.3f F1 %.3f\n", name, g, y, m, p, r, f }' \
    "$summary"
}
{
  cat "$summary"
  pool "news samples" fr fr2 fr3 fr4 fr5 fr6 fr7 fr8 fr9 fr10 fr11 fr12 fr13 wn
  pool "PolNeAR samples" pf pf2 pf3 pf4 pf5 pf6 pf7
  pool "pooled (all but em)" "${development[@]}"
} | tee "$out/table.txt"
