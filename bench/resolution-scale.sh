#!/usr/bin/env bash
# Resolution's cost as the number of article persons grows (bench/ResolutionScale.java): the figures behind the
# README's capacity section.   bench/resolution-scale.sh [N...]   (default 10000 100000 1000000)
# The first size also warms the JIT up. PARLEY_JAVA_OPTS (default -Xmx8g) applies.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$home/parley" --version >/dev/null # builds if needed
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)
# shellcheck disable=SC2086
java ${PARLEY_JAVA_OPTS:--Xmx8g} -cp "$home/target/parley.jar:$(cat "$home/target/classpath.txt")" \
  "$home/bench/ResolutionScale.java" 10000 "${sizes[@]}"
