#!/usr/bin/env bash
# Issue 26: what a large import leaves in the journal and what the writes after it cost. Imports ROWS
# per-contact rows (Benchmarks/contacts_csv.py, one week) into a fresh store, then runs `goal set`, `undo`
# (the goal), `undo` (the import) and `redo` (the import), one run each: wall time, peak RSS, and the
# journal's bytes (month files, and the fields kept beside entries in journal/fields/). Prints one Markdown
# table. On demand only (not part of `swift test` or CI).
# Usage: Benchmarks/journal_import.sh [ROWS] [BIN]   (BIN default: .build/release/weekboard, built if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
BIN="${2:-.build/release/weekboard}"
[ -x "$BIN" ] || swift build -c release >&2
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/wb-journal-import-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export WEEKBOARD_TODAY=2026-11-24 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8 XDG_CONFIG_HOME="$WORK/config"
STORE="$WORK/store"
"$BIN" init --store "$STORE" >/dev/null
python3 Benchmarks/contacts_csv.py "$ROWS" "$WORK/contacts.csv"

months() { cat "$STORE"/journal/*.jsonl 2>/dev/null | wc -c; }
beside() { if [ -d "$STORE/journal/fields" ]; then cat "$STORE"/journal/fields/* | wc -c; else echo 0; fi; }
# One run: wall seconds and peak RSS in MiB, then the journal's bytes after it.
run() {
  local what=$1; shift
  /usr/bin/time -f '%e %M' -o "$WORK/t" "$BIN" --store "$STORE" "$@" >"$WORK/out" 2>&1 ||
    { echo "bench: $what failed: $(cat "$WORK/out")" >&2; exit 1; }
  read -r secs kib <"$WORK/t"
  printf '| %s | %.2f s | %.1f MiB | %s | %s |\n' "$what" "$secs" "$(echo "$kib / 1024" | bc -l)" "$(months)" "$(beside)"
}

echo "| $ROWS rows | wall | peak RSS | month files (bytes) | journal/fields (bytes) |"
echo "|---|---:|---:|---:|---:|"
run "\`calls import\`" calls import "$WORK/contacts.csv"
run "\`goal set\` (the write after it)" goal set 1 "Agree the contract"
run "\`undo\` (the goal)" undo
run "\`undo\` (the import)" undo
run "\`redo\` (the import)" redo
