#!/usr/bin/env bash
# JMH throughput of the business-time engine (issue 2): 1M deadline and 1M elapsed queries.
# Usage: bench/calendar.sh [extra JMH options, e.g. -f 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main BusinessClockBenchmark -t 1 $*"
