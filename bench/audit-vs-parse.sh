#!/usr/bin/env bash
# Issue 14's audit benchmark: whole-process time of `slaudit audit` of generated tickets through
# the distribution's launcher (bin/slaudit, its CDS archive and its flags for audit; terminal
# summary only, -Xmx256m), against bench/ParseOnly.java, a program that merely parses the same file
# with Commons CSV (every field touched). Both run alternately, round after round, so that load
# from elsewhere falls on both alike; the ratio is of the minima, the least disturbed runs. For
# each size it also prints the CPU (user + sys, median) of both and the audit's throughput: tickets
# per second of wall time and per CPU second (what one core does).
# Usage: bench/audit-vs-parse.sh [runs (default 5)] [tickets (default 1000000; several: "100000 1000000")]
# BENCH_HEAP=1g: the heap of both (default 256m; 10M tickets need about 1g, docs/benchmarks.md).
# BENCH_NICE=-15 (as root) runs the timed commands at that priority: on a machine others are
# loading, it approximates a quiet one (say so beside the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
# Linux puts each session in its own scheduling group, and nice only ranks processes within one:
# the group's own nice value is what sets this benchmark against other sessions' work.
if [ -n "${BENCH_NICE:-}" ] && [ -w /proc/self/autogroup ]; then
  echo "$BENCH_NICE" >/proc/self/autogroup
fi
runs=${1:-5}
sizes=${2:-1000000}
nice=${BENCH_NICE:-0}
heap=${BENCH_HEAP:-256m}
work=$PWD/target/bench
mkdir -p "$work/classes"
archive=$(ls target/jreleaser/assemble/slaudit/archive/slaudit-*.tar.gz 2>/dev/null || true)
if [ -z "$archive" ]; then
  ./mvnw -B -q -DskipTests package jreleaser:assemble
  archive=$(ls target/jreleaser/assemble/slaudit/archive/slaudit-*.tar.gz)
fi
rm -rf "$work/dist"
mkdir -p "$work/dist"
tar -xzf "$archive" -C "$work/dist"
dist=$(echo "$work"/dist/slaudit-*)
export SLAUDIT_CDS_DIR=$work/dist/cds
SLAUDIT_CDS=sync "$dist/bin/slaudit" --version >/dev/null # the archive, as a first run leaves it
javac -d "$work/classes" -cp "$dist/lib/slaudit.jar" bench/ParseOnly.java
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), nice $nice, $(nproc) cores"

timed() { # timed FILE CMD...: appends "wall cpu" in seconds
  local out=$1
  shift
  nice -n "$nice" /usr/bin/time -f '%e %U %S' -a -o "$out" "$@" >/dev/null
}
for tickets in $sizes; do
  export_file="$work/tickets-$tickets.csv"
  if [ ! -f "$export_file" ]; then
    "$dist/bin/slaudit" samples generate --policy contracts/smashdocs-support.yaml \
      --tickets "$tickets" --seed 7 --period 2025-Q1 --out "$export_file" \
      --events "$work/events-$tickets.csv" 2>/dev/null
  fi
  parse=(java -Xmx$heap -cp "$dist/lib/slaudit.jar:$work/classes" ParseOnly "$export_file")
  audit=(env SLAUDIT_JAVA_OPTS=-Xmx$heap "$dist/bin/slaudit" audit
    --policy contracts/smashdocs-support.yaml --tickets "$export_file" --period 2025-Q1
    --as-of 2025-04-01T00:00)
  "${parse[@]}" >/dev/null
  "${audit[@]}" >/dev/null # warms the page cache; fails the script if the audit fails
  rm -f "$work/parse.times" "$work/audit.times"
  for ((i = 0; i < runs; i++)); do
    timed "$work/parse.times" "${parse[@]}"
    timed "$work/audit.times" "${audit[@]}"
  done
  python3 - "$tickets" "$work/parse.times" "$work/audit.times" <<'PY'
import statistics, sys
n = int(sys.argv[1])
def read(path):
    rows = [l.split() for l in open(path) if l.strip() and l[0].isdigit()]
    return [float(r[0]) for r in rows], [float(r[1]) + float(r[2]) for r in rows]
pw, pc = read(sys.argv[2])
aw, ac = read(sys.argv[3])
print(f"{n:,} tickets ({len(pw)} runs each)")
print(f"  parse only  wall min {min(pw):7.2f} s  median {statistics.median(pw):7.2f} s  CPU median {statistics.median(pc):7.2f} s")
print(f"  audit       wall min {min(aw):7.2f} s  median {statistics.median(aw):7.2f} s  CPU median {statistics.median(ac):7.2f} s")
print(f"  ratio of the minima {min(aw) / min(pw):.2f}; CPU ratio of the medians {statistics.median(ac) / statistics.median(pc):.2f}")
print(f"  audit throughput {n / min(aw):,.0f} tickets/s of wall time, {n / statistics.median(ac):,.0f} tickets per CPU second")
PY
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
