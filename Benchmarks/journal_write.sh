#!/usr/bin/env bash
# Issue 26: a write's cost must not grow with the journal. Times and peak RSS of `goal set`,
# `log --limit 3` and `undo --list` on a fresh store and on one whose month's journal holds a large
# import (ROWS contacts, default 200,000), plus the journal's size. Prints one Markdown table.
# On demand only (not part of `swift test` or CI).
# Usage: Benchmarks/journal_write.sh [ROWS] [BIN]   (BIN default: .build/release/weekboard, built if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-200000}"
BIN="${2:-.build/release/weekboard}"
[ -x "$BIN" ] || swift build -c release >&2
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/wb-journal-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export WEEKBOARD_TODAY=2026-11-24 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8 XDG_CONFIG_HOME="$WORK/config"

"$BIN" init --store "$WORK/fresh" >/dev/null
"$BIN" init --store "$WORK/big" >/dev/null
python3 Benchmarks/contacts_csv.py "$ROWS" "$WORK/contacts.csv"
"$BIN" calls import --store "$WORK/big" "$WORK/contacts.csv" >/dev/null

# Median wall time (ms) and the largest peak RSS (KiB) of 7 runs of a command (@N: the run's number,
# so each write changes something).
measure() {
  local store=$1; shift
  for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f '%e %M' -o "$WORK/t" "$BIN" --store "$store" "${@//@N/$i}" >/dev/null 2>&1 || true
    cat "$WORK/t"
  done | sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.0f ms | %.1f MiB", t[4] * 1000, m / 1024 }'
}

echo "| command | fresh store | after a $ROWS-row import |"
echo "|---|---|---|"
for cmd in "focus set Run@N" "log --limit 3" "undo --list"; do
  # shellcheck disable=SC2086
  echo "| \`$cmd\` | $(measure "$WORK/fresh" $cmd) | $(measure "$WORK/big" $cmd) |"
done
echo
echo "Journal: fresh $(du -b "$WORK/fresh/journal" | tail -1 | cut -f1) bytes," \
  "after the import $(du -b "$WORK/big/journal" | tail -1 | cut -f1) bytes."
