#!/usr/bin/env bash
# Issue 4's benchmark: whole-process time of an audit of 1M generated tickets (terminal summary
# only, under -Xmx256m) against a program that merely parses the same file with Commons CSV
# (bench/ParseOnly.java), alternating in the same run. Prints min and median of each and the ratio
# of the minima (the least disturbed runs on a shared machine). Both are also run on a one-row
# export: their fixed costs, from which the lower bound of the ratio follows (an audit that judged
# nothing: its fixed cost plus the baseline's parsing).
# Usage: bench/audit-vs-parse.sh [runs (default 5)] [tickets (default 1000000)]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tickets=${2:-1000000}
work=target/bench
mkdir -p "$work/classes"
[ -f target/slaudit.jar ] || ./mvnw -B -q -DskipTests package
javac -d "$work/classes" -cp target/slaudit.jar bench/ParseOnly.java
export_file="$work/tickets-$tickets.csv"
events_file="$work/events-$tickets.csv"
if [ ! -f "$export_file" ]; then
  java -jar target/slaudit.jar samples generate --policy contracts/smashdocs-support.yaml \
    --tickets "$tickets" --seed 7 --period 2025-Q1 --out "$export_file" --events "$events_file"
fi
echo "export: $export_file ($(du -h "$export_file" | cut -f1), $tickets tickets)"

millis() { local s; s=$(date +%s%N); "$@" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); }
parse() { java -Xmx256m -cp "target/slaudit.jar:$work/classes" ParseOnly "$export_file"; }
audit() {
  java -Xmx256m -jar target/slaudit.jar audit --policy contracts/smashdocs-support.yaml \
    --tickets "$export_file" --period 2025-Q1 --as-of 2025-04-01T00:00 "$@"
}

one_row="$work/one-row.csv"
head -2 "$export_file" > "$one_row"
parse1() { java -Xmx256m -cp "target/slaudit.jar:$work/classes" ParseOnly "$one_row"; }
audit1() {
  java -Xmx256m -jar target/slaudit.jar audit --policy contracts/smashdocs-support.yaml \
    --tickets "$one_row" --period 2025-Q1 --as-of 2025-04-01T00:00
}

parse >/dev/null; audit >/dev/null   # warm the page cache
p=(); a=(); e=(); p1=(); a1=()
for ((i = 0; i < runs; i++)); do
  p+=("$(millis parse)")
  a+=("$(millis audit)")
  e+=("$(millis audit --events "$events_file")")
  p1+=("$(millis parse1)")
  a1+=("$(millis audit1)")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "min %6d ms   median %6d ms", v[1], v[int((NR+1)/2)]}'; }
pmin=$(printf '%s\n' "${p[@]}" | sort -n | head -1)
amin=$(printf '%s\n' "${a[@]}" | sort -n | head -1)
emin=$(printf '%s\n' "${e[@]}" | sort -n | head -1)
echo "parse only (Commons CSV)        $(stats "${p[@]}")"
echo "audit, terminal summary         $(stats "${a[@]}")   ratio $(awk -v a="$amin" -v p="$pmin" 'BEGIN {printf "%.2f", a/p}')"
echo "audit with events               $(stats "${e[@]}")   ratio $(awk -v a="$emin" -v p="$pmin" 'BEGIN {printf "%.2f", a/p}')"
p1min=$(printf '%s\n' "${p1[@]}" | sort -n | head -1)
a1min=$(printf '%s\n' "${a1[@]}" | sort -n | head -1)
echo "parse only, one row             $(stats "${p1[@]}")"
echo "audit, one row                  $(stats "${a1[@]}")"
echo "lower bound (audit fixed cost + parsing)  $(awk -v a1="$a1min" -v p1="$p1min" -v p="$pmin" \
  'BEGIN {printf "%d ms, ratio %.2f", a1 + p - p1, (a1 + p - p1) / p}')"
