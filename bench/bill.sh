#!/usr/bin/env bash
# Issue 15's benchmark: CPU and memory of slaudit bill on a year of generated calls. A bill prices
# every call ten times on the support-level contract: the tier billed, the two other tiers, and
# each of the six other readings of its price list.
# Usage: bench/bill.sh [calls (default 200000)]
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-200000}
work=target/bench
mkdir -p "$work"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
file="$work/bill-calls-$calls.csv"
if [ ! -f "$file" ]; then
  python3 - "$calls" "$file" <<'PY'
import datetime as dt, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(1)
base = dt.datetime(2026, 1, 1)
with open(out, "w") as f:
    f.write("start,end,line,caller,ticket\n")
    for i in range(n):
        s = base + dt.timedelta(seconds=random.randint(0, 365 * 86400))
        e = s + dt.timedelta(seconds=random.randint(0, 3600))
        f.write(f"{s:%Y-%m-%d %H:%M:%S},{e:%Y-%m-%d %H:%M:%S},{random.choice(['support', 'hotline'])},"
                f"c{random.randint(1, n // 2)},T{i}\n")
PY
fi
for format in text json; do
  /usr/bin/time -f "$format: %e s wall, %U s user CPU, %M KB max resident" \
    java -XX:+UseSerialGC -jar target/slaudit.jar bill --policy contracts/saas-support-levels.yaml \
    --calls "$file" --tier level-2 --format "$format" --out "$work/bill-out.$format" 2>&1 | grep -v wrote
done
