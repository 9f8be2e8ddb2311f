#!/usr/bin/env bash
# Runs Parley's Spark job (org.w3id.parley.spark.SparkExtract) with a Spark 4.x distribution (Scala 2.13, Java 17):
#   SPARK_HOME=/opt/spark bench/spark-submit.sh --master 'local[4]' [--resolved DIR] [--partitions N] INPUT... OUT_DIR
#   SPARK_HOME=/opt/spark bench/spark-submit.sh --master spark://head:7077 --resolved /shared/resolved /shared/in /shared/out
# The first two arguments are spark-submit's --master; the rest are the job's (see the README, "On a cluster: the
# Spark runner"). Inputs and folders must be on a file system every executor sees at the same path.
# Parley's runtime jars (target/classpath.txt, built here if missing) go to --jars, without slf4j-simple (Spark
# logs through its own log4j2) and CoreNLP's KBP models (Wikipedia linking only, which the job does not do).
# With PARLEY_SPARK_LOCAL_JARS=1 they are passed as local: paths, which a cluster's workers read where they lie
# (this checkout on a shared mount) instead of each executor fetching 500 MB of models from the driver.
# Memory: PARLEY_DRIVER_MEMORY (default 3g; under local[N] the executors run in the driver), PARLEY_EXECUTOR_MEMORY
# (default 4g: CoreNLP's pipeline takes about 2 GB). PARLEY_SPARK_OPTS adds spark-submit options (--conf ...).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${SPARK_HOME:-}" || ! -x "$SPARK_HOME/bin/spark-submit" ]]; then
  echo "spark-submit.sh: set SPARK_HOME to a Spark 4.x distribution (bin/spark-submit)" >&2
  exit 1
fi
if [[ "${1:-}" != --master || -z "${2:-}" ]]; then
  echo "usage: bench/spark-submit.sh --master MASTER [--resolved DIR] [--partitions N] INPUT... OUT_DIR" >&2
  exit 1
fi
master="$2"
shift 2
"$home/parley" --version >/dev/null # builds target/parley.jar and target/classpath.txt if they are missing or old
prefix=""
[[ "${PARLEY_SPARK_LOCAL_JARS:-}" == 1 ]] && prefix="local:"
jars="$(tr ':' '\n' <"$home/target/classpath.txt" | grep -v -e '/slf4j-simple-' -e '-models-english-kbp\.jar$' |
  sed "s|^|$prefix|" | paste -sd, -)"
# shellcheck disable=SC2086
exec "$SPARK_HOME/bin/spark-submit" --master "$master" --class org.w3id.parley.spark.SparkExtract \
  --driver-memory "${PARLEY_DRIVER_MEMORY:-3g}" --executor-memory "${PARLEY_EXECUTOR_MEMORY:-4g}" \
  --jars "$jars,$prefix$home/target/parley.jar" ${PARLEY_SPARK_OPTS:-} "$home/target/parley.jar" "$@"
