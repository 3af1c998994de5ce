#!/usr/bin/env bash
# Regenerates the shipped ticket exports from the contracts with fixed seeds, so every sample can
# be rebuilt byte for byte: a 2025-Q1 export (with its events) per contract, and one export per
# ticketing-system profile for the SMASHDOCs contract, and Zammad's report sheet as a workbook (a
# workbook records when it was written, so zammad.xlsx is reproducible cell for cell, not byte for byte).
# Usage: samples/regenerate.sh   (after ./mvnw -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
slaudit() { java -jar target/slaudit.jar "$@"; }

for policy in contracts/*.yaml contracts/clauses/*.yaml; do
  id=$(basename "$policy" .yaml)
  mkdir -p "samples/tickets/$id"
  slaudit samples generate --policy "$policy" --tickets 500 --seed 1 --period 2025-Q1 \
    --out "samples/tickets/$id/2025-Q1.csv" --events "samples/tickets/$id/2025-Q1-events.csv"
done

mkdir -p samples/profiles
for profile in canonical excel-de zendesk jira freshdesk otrs zammad servicenow; do
  slaudit samples generate --policy contracts/smashdocs-support.yaml --tickets 200 --seed 2 \
    --period 2025-Q1 --profile "$profile" --out "samples/profiles/$profile.csv"
done
# Zammad's only export is its report sheet, a workbook: the same tickets as zammad.csv
slaudit samples generate --policy contracts/smashdocs-support.yaml --tickets 200 --seed 2 \
  --period 2025-Q1 --profile zammad --xlsx --out samples/profiles/zammad.xlsx
