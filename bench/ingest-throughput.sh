#!/usr/bin/env bash
# Ingest throughput against an anchor measured in the same run, and the extraction quality of the same build, on
# Reuters-21578 items (../shared/corpora, research use only: never copied here).
#
#   bench/ingest-throughput.sh [--no-quality] [N=200] [THREADS="1 2"] [ANCHOR=50]
#
# 1. The anchor: stock CoreNLP 4.5.10's plain quote pipeline (tokenize, ssplit, pos, lemma, ner, depparse,
#    statistical coref, quote; one thread) over the first ANCHOR of the N items, timed after 3 warm-up articles
#    (`parley bench anchor`, which uses StanfordCoreNLP directly, not Parley's pipeline).
# 2. `parley ingest` of all N items into a fresh TDB2 store, once per thread count, its rate taken from the first
#    finished article (so the JVM's and CoreNLP's start-up are not counted) as ingest's progress line prints it,
#    and over the second half of the items alone ("2nd half/s"): the JIT compiler's warm-up takes the first minute
#    or two and about a third of the CPU then, on the core the second CoreNLP thread needs, so on a few hundred items
#    the first figure understates what threads give on a large input.
# 3. Quality of the same build: `parley eval statements` on PolNeAR dev (content F1, content+speaker F1, direct-quote
#    recall) and `parley eval meetings` on news-gold (P/R/F1). Skipped with --no-quality or PARLEY_BENCH_QUALITY=0.
#    PARLEY_BENCH_CACHE=DIR passes `--annotation-cache DIR` to both, so that a second run reuses CoreNLP's analyses
#    (the figures are the same; only the time differs). Default: no cache.
#
# Prints one table: articles/s and tokens/s (CoreNLP tokens; for ingest, articles/s times the items' mean tokens),
# wall time with start-up, peak RSS (of the JVM, from /usr/bin/time), and each run's ratio to the anchor's
# articles/s. Figures only; asserts nothing. PARLEY_REUTERS and PARLEY_EVAL (holding polnear/ and news-gold/) point
# elsewhere than ../shared; PARLEY_JAVA_OPTS applies to every JVM it starts (default: the launcher's 2 GB, 4 GB for
# the anchor).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PARLEY_REUTERS:-$home/../shared/corpora/reuters21578}"
evals="${PARLEY_EVAL:-$home/../shared/eval}"
quality="${PARLEY_BENCH_QUALITY:-1}"
args=()
for a in "$@"; do
  case "$a" in
  --no-quality) quality=0 ;;
  -*) echo "bench: unknown option $a; usage: $0 [--no-quality] [N] [THREADS] [ANCHOR]" >&2 && exit 1 ;;
  *) args+=("$a") ;;
  esac
done
n="${args[0]:-200}"
threads="${args[1]:-1 2}"
sample="${args[2]:-50}"
cache=()
[[ -n "${PARLEY_BENCH_CACHE:-}" ]] && cache=(--annotation-cache "$PARLEY_BENCH_CACHE")

[[ -d "$corpus" ]] || { echo "bench: no Reuters corpus at $corpus (set PARLEY_REUTERS)" >&2; exit 1; }
if [[ "$quality" != 0 && ! -d "$evals/polnear/dev" ]]; then
  echo "bench: no gold data at $evals (set PARLEY_EVAL, or pass --no-quality)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
# Items of 200-500 words (many Reuters items are one-liners), in name order: the same items every run.
mapfile -t files < <(find "$corpus" -name '*.txt' | sort | while read -r f; do
  w=$(wc -w <"$f"); ((w >= 200 && w <= 500)) && echo "$f"; done | head -n "$n")
n=${#files[@]}
cp "${files[@]}" "$work/in/"
"$home/parley" --version >/dev/null # builds if needed

timed() { # NAME COMMAND... -> runs it with its output in $work/NAME.{out,log}, wall s and peak RSS in $work/NAME.time
  local name="$1"
  shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.log" || true
}
stamped() { # NAME COMMAND... -> as timed, each line of $work/NAME.log prefixed with the seconds it arrived at
  local name="$1"
  shift
  { /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" 2>&1 >"$work/$name.out" || true; } |
    while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$work/$name.log"
}
# Articles/s between the progress line where half the items were done and the last one (0 if too few lines).
second_half() {
  sed -n 's|^\([0-9.]*\) ingest: \([0-9]*\)/\([0-9]*\) articles.*|\1 \2 \3|p' "$work/$1.log" | awk '
    !mid && $2 >= $3 / 2 { mid = 1; t0 = $1; n0 = $2 }
    { t = $1; n = $2 }
    END { printf "%.1f", (mid && t > t0) ? (n - n0) / (t - t0) : 0 }'
}
row() { printf '%-34s %10s %10s %10s %8s %12s %12s\n' "$@"; }
rss_mb() { awk '{ printf "%d", $2 / 1024 }' "$work/$1.time"; }
wall_s() { awk '{ printf "%.0f", $1 }' "$work/$1.time"; }

echo "bench: anchor, CoreNLP's quote pipeline on $sample of $n items ..." >&2
# Stock CoreNLP with statistical coref needs more heap than Parley's 2 GB default.
timed anchor env PARLEY_JAVA_OPTS="${PARLEY_JAVA_OPTS:--Xmx4g}" "$home/parley" bench anchor --sample "$sample" "$work/in"
tokens=$(sed -n 's/^items: [0-9]* articles, \([0-9]*\) tokens$/\1/p' "$work/anchor.out")
read -r anchor_n anchor_warmup anchor_rate anchor_tps < <(sed -n \
  's|^anchor: \([0-9]*\) articles, .* after \([0-9]*\) warm-up articles: \([0-9.]*\) articles/s, \([0-9.]*\) tokens/s$|\1 \2 \3 \4|p' \
  "$work/anchor.out")
if [[ -z "${anchor_rate:-}" ]]; then
  echo "bench: the anchor failed:" >&2
  tail -n 5 "$work/anchor.log" >&2
  exit 1
fi

results=()
for t in $threads; do
  echo "bench: parley ingest, $n items, $t threads ..." >&2
  rm -rf "$work/store"
  stamped "ingest-$t" "$home/parley" ingest --threads "$t" --store "$work/store" "$work/in"
  rate=$(grep -o '([0-9.]*/s' "$work/ingest-$t.log" | tail -n 1 | tr -d '(/s')
  rate=${rate:-0}
  label="parley ingest, $t thread"
  ((t == 1)) || label+=s
  results+=("$(row "$label" "$rate" \
    "$(awk -v r="$rate" -v t="$tokens" -v n="$n" 'BEGIN { printf "%.0f", r * t / n }')" \
    "$(awk -v r="$rate" -v a="$anchor_rate" 'BEGIN { printf "%.2fx", r / a }')" \
    "$(wall_s "ingest-$t")" "$(rss_mb "ingest-$t")" "$(second_half "ingest-$t")")")
  results+=("$(sed 's/^[0-9.]* //' "$work/ingest-$t.log" | cat "$work/ingest-$t.out" - | grep -E '^ingested' |
    sed 's/ into [^:]*:/:/; s/^/    /' | head -n 1)")
done

if [[ "$quality" != 0 ]]; then
  echo "bench: quality, PolNeAR dev statements and news-gold meetings ..." >&2
  timed statements "$home/parley" eval statements --gold "$evals/polnear/dev" --out "$work/eval" "${cache[@]}"
  timed meetings "$home/parley" eval meetings --gold "$evals/news-gold/gold.jsonl" --out "$work/eval" "${cache[@]}"
fi

echo
echo "bench: $n Reuters items of 200-500 words, $tokens CoreNLP tokens ($((tokens / n)) per item); $(nproc) cores"
row run articles/s tokens/s "vs anchor" "wall s" "peak RSS MB" "2nd half/s"
row "CoreNLP quote pipeline, 1 thread" "$anchor_rate" "$(printf '%.0f' "$anchor_tps")" 1.00x "$(wall_s anchor)" \
  "$(rss_mb anchor)" ""
echo "    the first $anchor_n items after $anchor_warmup warm-up; wall s and RSS include the token count of all $n"
printf '%s\n' "${results[@]}"
if [[ "$quality" != 0 ]]; then
  content=$(sed -n 's|^content only    P / R / F1 *[0-9.]* / [0-9.]* / \([0-9.]*\).*|\1|p' "$work/statements.out")
  full=$(sed -n 's|^content+speaker P / R / F1 *[0-9.]* / [0-9.]* / \([0-9.]*\).*|\1|p' "$work/statements.out")
  direct=$(sed -n 's|^direct quotes recall (full) *\([0-9.]* ([0-9/]*)\).*|\1|p' "$work/statements.out")
  meetings=$(sed -n 's/^meetings: .*; \(P [0-9.]* R [0-9.]* F1 [0-9.]*\);.*/\1/p' "$work/meetings.out")
  echo "quality of this build${PARLEY_BENCH_CACHE:+ (CoreNLP analyses from the cache $PARLEY_BENCH_CACHE)}:"
  echo "    PolNeAR dev statements: content F1 ${content:-?}, content+speaker F1 ${full:-?}," \
    "direct-quote recall ${direct:-?}"
  echo "    news-gold meetings: ${meetings:-?}"
  [[ -n "$full" && -n "$meetings" ]] || { echo "bench: an evaluation failed:" && tail -n 3 "$work"/{statements,meetings}.log; }
fi
