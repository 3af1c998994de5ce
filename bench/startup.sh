#!/usr/bin/env bash
# The fixed cost of an audit against that of the parse-only baseline: both on a one-row export,
# alternating, minima of N runs. With bench/audit-vs-parse.sh it gives the lower bound of the
# audit/parse ratio (docs/benchmarks.md). Usage: bench/startup.sh [runs (default 10)]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=target/bench
mkdir -p "$work/classes"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$work/classes" -cp target/slaudit.jar bench/ParseOnly.java
head -2 samples/tickets/smashdocs-support/2025-Q1.csv > "$work/one-row.csv"
millis() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }
a=(); p=()
for ((i = 0; i < runs; i++)); do
  a+=("$(millis java -Xmx256m -jar target/slaudit.jar audit --policy contracts/smashdocs-support.yaml \
    --tickets "$work/one-row.csv" --period 2025-Q1 --as-of 2025-04-01T00:00)")
  p+=("$(millis java -Xmx256m -cp "target/slaudit.jar:$work/classes" ParseOnly "$work/one-row.csv")")
done
echo "audit, one row      min $(printf '%s\n' "${a[@]}" | sort -n | head -1) ms"
echo "parse only, one row min $(printf '%s\n' "${p[@]}" | sort -n | head -1) ms"
