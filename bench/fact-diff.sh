#!/usr/bin/env bash
# Whether two builds extract the same facts: every meeting, statement, entity and time expression of
# the "date YYYY-MM-DD" articles under DIR... (bench/FactDump.java, CoreNLP afresh, no annotation
# cache), one sorted line each, then a diff of the two dumps. For pipeline changes that must leave the
# facts as they are (README, Performance).
#
#   bench/fact-diff.sh OLD.jar NEW.jar DIR...      (jars copied first, as a rebuild must not change them)
#
# Both jars must be builds whose Extractor reads each article alone (36adfe5 and after; before it, extraction
# took a person registry).
#
# Prints each build's line count and "0 differences" or the differing lines (diff's < and >). The
# classpath is target/classpath.txt; PARLEY_JAVA_OPTS (default -Xmx3g) and THREADS (default 2) apply.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(($# >= 3)) || { echo "usage: $0 OLD.jar NEW.jar DIR..." >&2; exit 1; }
old="$1" new="$2"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$old" "$work/old.jar"
cp "$new" "$work/new.jar"
cp="$(cat "$home/target/classpath.txt")"
for b in old new; do
  # shellcheck disable=SC2086
  java ${PARLEY_JAVA_OPTS:--Xmx3g} -cp "$work/$b.jar:$cp" "$home/bench/FactDump.java" \
    "$work/$b.txt" "${THREADS:-2}" "$@" 2>"$work/$b.log" | sed "s/^/$b: /"
done
if diff "$work/old.txt" "$work/new.txt" >"$work/diff.txt"; then
  echo "0 differences"
else
  echo "$(grep -c '^[<>]' "$work/diff.txt") differing lines:"
  cat "$work/diff.txt"
fi
