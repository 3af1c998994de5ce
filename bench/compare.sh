#!/usr/bin/env bash
# Issue 12's benchmark: comparing every contract under contracts/ for 2026.
#   1. JMH: Compare.run on all contracts once the JVM is warm (calendars compiled afresh each run).
#   2. Whole process: `compare contracts/ --format json` against `validate contracts/`, which
#      starts the same JVM and reads the same contracts, alternating; the difference is what the
#      comparison itself costs a user.
# Usage: bench/compare.sh [runs (default 7)] [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
uptime
./mvnw -B -q -DskipTests package
./mvnw -B -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main CompareBenchmark -t 1 $*"
millis() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }
java -jar target/slaudit.jar compare contracts/ --year 2026 --format json >/dev/null   # warm the page cache
v=(); c=(); t=()
for ((i = 0; i < runs; i++)); do
  v+=("$(millis java -jar target/slaudit.jar validate contracts/)")
  c+=("$(millis java -jar target/slaudit.jar compare contracts/ --year 2026 --format json)")
  t+=("$(millis java -jar target/slaudit.jar compare contracts/ --year 2026)")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "min %6d ms   median %6d ms", v[1], v[int((NR+1)/2)]}'; }
echo "validate contracts/ (start-up + reading)   $(stats "${v[@]}")"
echo "compare contracts/ --format json           $(stats "${c[@]}")"
echo "compare contracts/ (text)                  $(stats "${t[@]}")"
uptime
