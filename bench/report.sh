#!/usr/bin/env bash
# Issue 5's benchmark: whole-process time of an audit of 10,000 generated tickets rendered as HTML
# and PDF, against the same audit rendered as JSON only, alternating in the same run.
# Usage: bench/report.sh [runs (default 5)] [tickets (default 10000)]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tickets=${2:-10000}
work=target/bench
mkdir -p "$work"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
export_file="$work/report-tickets-$tickets.csv"
events_file="$work/report-events-$tickets.csv"
if [ ! -f "$export_file" ]; then
  java -jar target/slaudit.jar samples generate --policy contracts/smashdocs-support.yaml \
    --tickets "$tickets" --seed 7 --period 2025-Q1 --out "$export_file" --events "$events_file"
fi
audit() {
  java -jar target/slaudit.jar audit --policy contracts/smashdocs-support.yaml --tickets "$export_file" \
    --events "$events_file" --period 2025-Q1 --as-of 2025-04-01T00:00 "$@" 2>/dev/null
}
millis() { local s; s=$(date +%s%N); "$@" >/dev/null || [ $? -eq 1 ]; echo $(( ($(date +%s%N) - s) / 1000000 )); }
rm -rf "$work/report-out"
audit --format html,pdf --out "$work/report-out" --lang de >/dev/null   # warm the page cache
j=(); d=(); h=(); p=()
for ((i = 0; i < runs; i++)); do
  j+=("$(millis audit --format json --out "$work/report-out/audit.json")")
  h+=("$(millis audit --format html --out "$work/report-out/audit.html")")
  p+=("$(millis audit --format pdf --out "$work/report-out/audit.pdf")")
  d+=("$(millis audit --format html,pdf --out "$work/report-out" --lang de)")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "min %6d ms   median %6d ms", v[1], v[int((NR+1)/2)]}'; }
echo "export: $export_file ($tickets tickets)"
echo "json only            $(stats "${j[@]}")"
echo "html                 $(stats "${h[@]}")"
echo "pdf                  $(stats "${p[@]}")"
echo "html + pdf (German)  $(stats "${d[@]}")"
ls -l "$work/report-out" | awk 'NR > 1 {print "  " $5 " bytes  " $9}'
pdfinfo "$work/report-out/audit.pdf" 2>/dev/null | grep Pages || true
