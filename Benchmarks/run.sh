#!/usr/bin/env bash
# Benchmarks for docs/performance.md: `status` wall time and peak RSS, and the dashboard's first
# frame, bytes per change, key-to-save time and idle CPU, on generated stores of three sizes; and
# `calls import` of 100,000- and 1,000,000-row per-contact exports (time and peak RSS).
# On demand only (not part of `swift test`). Usage: Benchmarks/run.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The release binary as we recommend installing it: Swift runtime and Foundation linked statically
# (dynamic loading alone costs ~9 ms a run; see docs/performance.md). Its own build folder, so it
# never mixes with the dynamic build in .build.
SCRATCH=.build-bench
swift build -c release --product weekboard --static-swift-stdlib --scratch-path "$SCRATCH" >&2
BIN="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/weekboard"

# Pinned date and person: the generated stores and every measurement are the same on each run.
export WEEKBOARD_TODAY=2026-11-24 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8
WORK="$(mktemp -d /tmp/wb-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(swift --version 2>&1 | head -1)" >&2
echo "load: $(uptime | sed 's/.*load average: //')" >&2

for size in week year decade; do
  "$BIN" generate --size "$size" --store "$WORK/$size" >&2
done
# (1) status wall time: hyperfine (no shell in between), 5 runs per store per round, the stores
# interleaved over RUNS rounds so the machine's drift falls on all three alike.
python3 Benchmarks/status_rounds.py "$BIN" "$WORK" "$RUNS" 5 week="$WORK/week" year="$WORK/year" decade="$WORK/decade"

for size in week year decade; do
  store="$WORK/$size"
  # (1) status peak RSS (/usr/bin/time -v).
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v "$BIN" status --store "$store" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}'
  done > "$WORK/rss-$size.txt"
  # (2)-(4) the dashboard in a 120x40 pseudo-terminal.
  python3 Benchmarks/pty_bench.py "$BIN" "$store" "$RUNS" > "$WORK/dash-$size.json" 2>/dev/null
  echo "bench: $size done" >&2
done

python3 Benchmarks/report.py "$WORK"

# (5) calls import of a per-contact export for one week (Benchmarks/contacts_csv.py): 100,000 and
# 1,000,000 rows into a fresh store, then the same file again (every row a duplicate). Wall and CPU
# seconds and peak RSS from /usr/bin/time; one run each (the 1,000,000-row file is ~50 MB).
echo
echo "| calls import (one week, per contact) | wall s | CPU s | peak RSS MiB |"
echo "|---|---:|---:|---:|"
for rows in 100000 1000000; do
  csv="$WORK/contacts-$rows.csv"
  python3 Benchmarks/contacts_csv.py "$rows" "$csv"
  "$BIN" init --store "$WORK/import-$rows" >/dev/null
  for pass in first again; do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$BIN" calls import "$csv" --store "$WORK/import-$rows" >/dev/null
    read -r wall user sys rss < "$WORK/time.txt"
    cpu=$(python3 -c "print(f'{$user + $sys:.1f}')")
    echo "| $rows rows, $pass | $wall | $cpu | $((rss / 1024)) |"
  done
  rm -f "$csv"
done
