#!/usr/bin/env bash
# The JIT flags of the launcher's audit (docs/launcher.md): the 1M-ticket audit of
# bench/audit-vs-parse.sh under `java -Xmx256m FLAGS -jar target/slaudit.jar`, one variant after
# the other, round after round, so that load from elsewhere falls on all alike. Prints min and
# median wall time and CPU (user + sys) per variant.
# Usage: bench/audit-jit-flags.sh [rounds (default 4)] ["flags A" "flags B" ...]
#   default variants: the JVM's defaults and -XX:FreqInlineSize=100, 150, 200
# BENCH_NICE=-20 (as root) sets the session's scheduling group, as in the other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BENCH_NICE:-}" ] && [ -w /proc/self/autogroup ]; then
  echo "$BENCH_NICE" >/proc/self/autogroup
fi
rounds=${1:-4}
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("" "-XX:FreqInlineSize=100" "-XX:FreqInlineSize=150" "-XX:FreqInlineSize=200")
work=target/bench
mkdir -p "$work"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
export_file="$work/tickets-1000000.csv"
[ -f "$export_file" ] || java -jar target/slaudit.jar samples generate --policy contracts/smashdocs-support.yaml \
  --tickets 1000000 --seed 7 --period 2025-Q1 --out "$export_file" --events "$work/events-1000000.csv"
times=$work/jit-flags.times
rm -f "$times"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < rounds; r++)); do
  for i in "${!variants[@]}"; do
    # shellcheck disable=SC2086 # the flags are words
    /usr/bin/time -f "$i %e %U %S" -a -o "$times" java -Xmx256m ${variants[$i]} -jar target/slaudit.jar audit \
      --policy contracts/smashdocs-support.yaml --tickets "$export_file" --period 2025-Q1 \
      --as-of 2025-04-01T00:00 >/dev/null
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$times" "${variants[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
for i, f in enumerate(sys.argv[2:]):
    w = [float(r[1]) for r in rows if r[0] == str(i)]
    c = [float(r[2]) + float(r[3]) for r in rows if r[0] == str(i)]
    print(f"{f or 'JVM defaults':28s} wall min {min(w):6.2f} s median {statistics.median(w):6.2f} s   CPU median {statistics.median(c):6.2f} s")
PY
