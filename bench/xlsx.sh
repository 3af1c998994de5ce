#!/usr/bin/env bash
# Issue 9's benchmark: an audit of a 1M-row xlsx workbook under -Xmx256m, streamed, against the
# audit of the same tickets as CSV. Prints wall time and peak RSS (GNU time) of each, and the time
# an inflate of the sheet takes (what looking for a footer at the workbook's end costs).
# Usage: bench/xlsx.sh [tickets (default 1000000)]
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-1000000}
work=target/bench
mkdir -p "$work"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
slaudit() { java -jar target/slaudit.jar "$@"; }
xlsx="$work/tickets-$tickets.xlsx"
csv="$work/tickets-$tickets-twin.csv"
if [ ! -f "$xlsx" ]; then
  slaudit samples generate --policy contracts/smashdocs-support.yaml --tickets "$tickets" --seed 7 \
    --period 2025-Q1 --xlsx --out "$xlsx"
fi
if [ ! -f "$csv" ]; then
  slaudit samples generate --policy contracts/smashdocs-support.yaml --tickets "$tickets" --seed 7 \
    --period 2025-Q1 --out "$csv"
fi
echo "workbook: $xlsx ($(du -h "$xlsx" | cut -f1)); sheet XML $(unzip -l "$xlsx" xl/worksheets/sheet1.xml | awk 'NR==4 {printf "%.0f MB", $1/1048576}')"
echo "load: $(uptime | sed 's/.*load average: //')"
run() {
  /usr/bin/time -f "%e s, peak RSS %M KB" java -Xmx256m -jar target/slaudit.jar audit \
    --policy contracts/smashdocs-support.yaml --tickets "$1" --period 2025-Q1 --as-of 2025-04-01T00:00 \
    --format json --out "$work/xlsx-audit.json" 2>&1 >/dev/null | grep -v wrote
}
echo "audit of the workbook:  $(run "$xlsx")"
echo "audit of the CSV twin:  $(run "$csv")"
start=$(date +%s%N)
unzip -p "$xlsx" xl/worksheets/sheet1.xml >/dev/null
echo "inflating the sheet:    $(( ($(date +%s%N) - start) / 1000000 )) ms"
