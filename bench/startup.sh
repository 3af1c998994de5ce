#!/usr/bin/env bash
# Issue 14's start-up benchmark: whole-process time of `slaudit --version`, `validate` of one
# contract and the README's audit (500 tickets), run through the distribution's launcher with
# and without its CDS archive, against plain `java -jar` of the same jar and, if given, of an
# older jar. All variants run alternately, round after round, so that load from elsewhere falls
# on all of them alike; it prints min and median wall time, the median CPU (user + sys, which
# load disturbs less) and the load average before and after. Re-run it on a quiet machine.
# Usage: bench/startup.sh [rounds (default 10)] [older slaudit.jar to compare, e.g. from main]
# BENCH_NICE=-20 (as root) runs the timed commands at that priority: on a machine others are
# loading, it approximates a quiet one (say so beside the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
# Linux puts each session in its own scheduling group, and nice only ranks processes within one:
# the group's own nice value is what sets this benchmark against other sessions' work.
if [ -n "${BENCH_NICE:-}" ] && [ -w /proc/self/autogroup ]; then
  echo "$BENCH_NICE" >/proc/self/autogroup
fi
rounds=${1:-10}
before=${2:-}
work=$PWD/target/bench/startup
archive=$(ls target/jreleaser/assemble/slaudit/archive/slaudit-*.tar.gz 2>/dev/null || true)
if [ -z "$archive" ]; then
  ./mvnw -B -q -DskipTests package jreleaser:assemble
  archive=$(ls target/jreleaser/assemble/slaudit/archive/slaudit-*.tar.gz)
fi
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work"
dist=$(echo "$work"/slaudit-*)
export SLAUDIT_CDS_DIR=$work/cds
SLAUDIT_CDS=sync "$dist/bin/slaudit" --version >/dev/null # the archive, as a first run leaves it

contract=contracts/smashdocs-support.yaml
job=(audit --policy contracts/smashdocs-support.yaml
  --tickets samples/tickets/smashdocs-support/2025-Q1.csv
  --events samples/tickets/smashdocs-support/2025-Q1-events.csv
  --period 2025-Q1 --as-of 2025-04-01T00:00)

names=()
commands=()
variant() { # variant NAME COMMAND-LINE (run by bash -c in the distribution's folder)
  names+=("$1")
  commands+=("$2")
}
for what in version validate audit; do
  case $what in
    version) args="--version" ;;
    validate) args="validate $contract" ;;
    audit) args="${job[*]}" ;;
  esac
  if [ -n "$before" ]; then
    variant "$what: java -jar (older jar)" "java -jar $(realpath "$before") $args"
  fi
  variant "$what: java -jar" "java -jar lib/slaudit.jar $args"
  variant "$what: bin/slaudit, CDS off" "SLAUDIT_CDS=off bin/slaudit $args"
  variant "$what: bin/slaudit" "bin/slaudit $args"
done

load_before=$(uptime)
TIMEFORMAT='%R %U %S'
for ((r = 0; r < rounds; r++)); do
  for i in "${!commands[@]}"; do
    # check the command works before timing it
    if [ "$r" = 0 ]; then
      (cd "$dist" && bash -c "${commands[$i]}" >/dev/null 2>&1) || {
        echo "fails: ${commands[$i]}" >&2
        exit 1
      }
    fi
    { time (cd "$dist" && nice -n "${BENCH_NICE:-0}" bash -c "${commands[$i]}" >/dev/null 2>&1); } 2>>"$work/times.$i"
  done
done
load_after=$(uptime)

echo "distribution: $archive, $rounds rounds, Java $(java -version 2>&1 | head -1)"
echo "load before: ${load_before##*load average: }, after: ${load_after##*load average: }; nice ${BENCH_NICE:-0}"
printf '%-40s %9s %9s %9s\n' variant "min ms" "median ms" "CPU ms"
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for i in "${!commands[@]}"; do
  f=$work/times.$i
  printf '%-40s %9d %9d %9d\n' "${names[$i]}" \
    "$(awk '{print int($1 * 1000)}' "$f" | sort -n | head -1)" \
    "$(awk '{print int($1 * 1000)}' "$f" | median)" \
    "$(awk '{print int(($2 + $3) * 1000)}' "$f" | median)"
done
