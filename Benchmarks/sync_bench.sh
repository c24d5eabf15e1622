#!/usr/bin/env bash
# Issue 23: sync's cost on the ten-year generated store (`weekboard generate --size decade`) against a local
# bare repository: the first `sync init` (publish), a second machine's `sync init` (join), a sync with
# nothing new, and a sync of one week's changes (sent from one machine, brought in on the other).
# Wall time and peak RSS of one run each. Prints one Markdown table. On demand only (not in `swift test`).
# Usage: Benchmarks/sync_bench.sh [BIN]   (BIN default: .build/release/weekboard, built if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/release/weekboard}"
[ -x "$BIN" ] || swift build -c release >&2
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/wb-sync-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export WEEKBOARD_TODAY=2026-11-24 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8 XDG_CONFIG_HOME="$WORK/config"
git init --bare --quiet -b main "$WORK/remote.git"
"$BIN" init --store "$WORK/a" >/dev/null
"$BIN" generate --store "$WORK/a" --size decade >/dev/null
files=$(find "$WORK/a" -type f | wc -l)
bytes=$(du -sb "$WORK/a" | cut -f1)

# One run's wall time (ms) and peak RSS (MiB).
measure() {
  /usr/bin/time -f '%e %M' -o "$WORK/t" "$BIN" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{ printf "%.0f ms | %.1f MiB", $1 * 1000, $2 / 1024 }' "$WORK/t"
}

echo "Store: $files files, $bytes bytes."
echo
echo "| step | time | peak RSS |"
echo "|---|---|---|"
echo "| \`sync init\` publishing the ten-year store | $(measure --store "$WORK/a" sync init "$WORK/remote.git") |"
echo "| \`sync init\` joining it on an empty store | $(measure --store "$WORK/b" sync init "$WORK/remote.git") |"
echo "| \`sync\` with nothing new | $(measure --store "$WORK/a" sync) |"
# One week's changes on the first machine: focus, goals, notes, project updates and the contact figures.
A=(--store "$WORK/a")
"$BIN" "${A[@]}" focus set "Clear the repairs backlog" >/dev/null
"$BIN" "${A[@]}" goal set 1 "Agree the contract" >/dev/null
"$BIN" "${A[@]}" goal set 2 "Shortlist contractors" >/dev/null
"$BIN" "${A[@]}" goal set 3 "Close the damp cases" >/dev/null
"$BIN" "${A[@]}" goal done 1 >/dev/null
"$BIN" "${A[@]}" note add watch "Survey backlog" >/dev/null
"$BIN" "${A[@]}" note add learning "Ask earlier" >/dev/null
"$BIN" "${A[@]}" calls record Repairs 3410 --channel phone >/dev/null
"$BIN" "${A[@]}" calls record Housing 1220 --channel phone >/dev/null
"$BIN" "${A[@]}" project add "Kitchens" --programme "Housing" >/dev/null
"$BIN" "${A[@]}" project status "Kitchens" amber --note "Cabinets late" >/dev/null
echo "| \`sync\` sending one week's changes | $(measure --store "$WORK/a" sync) |"
echo "| \`sync\` bringing them in on the other machine | $(measure --store "$WORK/b" sync) |"
echo
echo "Remote: $(du -sb "$WORK/remote.git" | cut -f1) bytes; sync/git on the first machine:" \
  "$(du -sb "$WORK/a/sync/git" | cut -f1) bytes."
