#!/usr/bin/env bash
# Issue 20's target: `calls import` of a 1,000,000-row export of each known format (Teams PSTN usage report,
# Avaya IP Office SMDR, NICE CXone call detail, Amazon Connect contact records as JSON and as CSV) into a
# fresh store in under 60 s, on this machine. Each file is written by Benchmarks/exports.py (a month of
# contacts with each format's quirks), imported once, then imported again (which must add nothing).
# Prints a Markdown table: size, contacts, wall time, CPU time and peak memory of each import.
# On demand only (not part of `swift test` or CI). Usage: Benchmarks/exports_bench.sh [ROWS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
LIMIT=60

if [ -z "${WEEKBOARD_BIN:-}" ]; then
  swift build -c release --product weekboard >/dev/null
  WEEKBOARD_BIN="$PWD/.build/release/weekboard"
fi
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/wb-exports-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export WEEKBOARD_TODAY=2026-12-08 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8 TZ=Europe/London
export XDG_CONFIG_HOME="$WORK/config"
mkdir -p "$WORK/config/weekboard"
cat >"$WORK/config/weekboard/config.json" <<'JSON'
{"serviceLines": {"01632 960100": "Repairs", "01632 960200": "Council Tax",
                  "01632 960300": "Housing Options", "01632 960400": "Waste"}}
JSON

echo "| format | rows | MiB | contacts | import s | CPU s | peak RSS MiB | re-import s | adds | under ${LIMIT} s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
failed=0
for fmt in teams smdr cxone connect-json connect-csv; do
  file="$WORK/$fmt.export"
  python3 Benchmarks/exports.py "$fmt" "$ROWS" "$file"
  mib=$(( $(stat -c %s "$file") / 1048576 ))
  store="$WORK/store-$fmt"
  "$WEEKBOARD_BIN" init --store "$store" >/dev/null
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time1" "$WEEKBOARD_BIN" calls import "$file" --store "$store" >"$WORK/out1"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time2" "$WEEKBOARD_BIN" calls import "$file" --store "$store" >"$WORK/out2"
  read -r wall user sys rss <"$WORK/time1"
  read -r wall2 _ _ _ <"$WORK/time2"
  contacts=$(sed -n 's/^Contacts imported: //p' "$WORK/out1")
  adds=$(sed -n 's/^Contacts imported: //p' "$WORK/out2")
  cpu=$(python3 -c "print(f'{$user + $sys:.1f}')")
  ok=$(python3 -c "print('yes' if $wall < $LIMIT and $wall2 < $LIMIT and '$adds' == '0' else 'NO')")
  [ "$ok" = yes ] || failed=1
  echo "| $fmt | $ROWS | $mib | $contacts | $wall | $cpu | $(( rss / 1024 )) | $wall2 | $adds | $ok |"
  echo "bench: $fmt: $(sed -n 3p "$WORK/out1")" >&2
  rm -rf "$file" "$store"
done
exit $failed
