#!/usr/bin/env bash
# Benchmarks for docs/performance.md (issue 14's targets): `weekboard status` on three generated stores
# beside two peers, calcurse and taskwarrior, interleaved in the same rounds; peak RSS and callgrind
# instruction counts; the installed binary's size; the dashboard in a 120x40 pty; `calls import` of
# 100,000 contact rows. Prints Markdown tables with pass/fail per target.
# On demand only (not part of `swift test` or CI). Usage: Benchmarks/run.sh [ROUNDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-10}"

missing=()
command -v calcurse >/dev/null 2>&1 || missing+=(calcurse)
command -v task >/dev/null 2>&1 || missing+=(taskwarrior)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

WORK="$(mktemp -d /tmp/wb-bench-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
say() { echo "bench: $*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }

# The README's install build (make install: release, Swift runtime static, stripped), into WORK.
make install DESTDIR="$WORK/install" >"$WORK/make.log" 2>&1 || { tail -20 "$WORK/make.log" >&2; exit 1; }
BIN="$WORK/install/usr/local/bin/weekboard"
stat -c %s "$BIN" >"$WORK/size.txt"

# Pinned date and person: the generated stores and every weekboard measurement are the same each run.
export WEEKBOARD_TODAY=2026-11-24 WEEKBOARD_PERSON=alex NO_COLOR=1 LANG=C.UTF-8 XDG_CONFIG_HOME="$WORK/config"
"$BIN" generate --size week --store "$WORK/week" >&2
"$BIN" generate --size decade --store "$WORK/decade" >&2
"$BIN" generate --size decade --streak --store "$WORK/streak" >&2
streak=$("$BIN" status --json --store "$WORK/streak" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["score"]["streak"])')
[ "$streak" -ge 500 ] || fail "the streak store's streak is $streak, not ten years"

# Peers, seeded relative to the real date (calcurse -d 7 cannot be given another today), each in its own
# folder: calcurse's data and config in WORK/calcurse (never ~/.calcurse), taskwarrior's in WORK/task.
python3 Benchmarks/peers_data.py "$(date +%F)" "$WORK/calendar.ics" "$WORK/tasks.json"
mkdir "$WORK/calcurse" "$WORK/task"
CAL="calcurse -D $WORK/calcurse"
imported=$($CAL -i "$WORK/calendar.ics" 2>&1)
grep -q "80 apps / 0 events / 20 todos / 0 skipped" <<<"$imported" || fail "calcurse import: $imported"
[ "$($CAL -d 7 | grep -c -- ' -> ')" -ge 20 ] || fail "calcurse -d 7 shows fewer than 20 appointments"
export TASKRC="$WORK/taskrc" TASKDATA="$WORK/task"
printf 'data.location=%s\nconfirmation=no\nnews.version=2.6.2\n' "$TASKDATA" >"$TASKRC"
task import "$WORK/tasks.json" >/dev/null 2>&1
[ "$(task count status:pending 2>/dev/null)" = 200 ] || fail "taskwarrior: not 200 pending tasks"
[ "$(task count status:completed 2>/dev/null)" = 2000 ] || fail "taskwarrior: not 2,000 completed tasks"

names=(status-week status-decade status-streak calcurse task)
declare -A cmd=(
  [status-week]="$BIN status --store $WORK/week"
  [status-decade]="$BIN status --store $WORK/decade"
  [status-streak]="$BIN status --store $WORK/streak"
  [calcurse]="$CAL -d 7"
  [task]="task next"
)

{
  echo "commit: $(git rev-parse --short HEAD) ($(git log -1 --format=%cs))"
  echo "date: $(date -u '+%F %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "swift: $(swift --version 2>&1 | grep -o 'Swift version [^ ]*')"
  echo "peers: $(calcurse --version | head -1 | cut -d' ' -f1-2), taskwarrior $(task --version)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$WORK/context.txt"

# (1) Wall time, every command interleaved: ROUNDS rounds of hyperfine, 5 runs each.
args=()
for n in "${names[@]}"; do args+=("$n=${cmd[$n]}"); done
python3 Benchmarks/rounds.py "$WORK" "$ROUNDS" 5 "${args[@]}"
say "wall time done"

# (2) Peak RSS (/usr/bin/time, 5 runs) and instructions (callgrind: the same count whatever the load).
for n in "${names[@]}"; do
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %M -o "$WORK/time.txt" ${cmd[$n]} >/dev/null 2>&1
    cat "$WORK/time.txt"
  done >"$WORK/rss-$n.txt"
  valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind-$n.out" ${cmd[$n]} >/dev/null 2>"$WORK/cg.log" ||
    fail "callgrind on $n: $(tail -3 "$WORK/cg.log")"
  grep -o 'Collected : [0-9]*' "$WORK/cg.log" | grep -o '[0-9]*$' >"$WORK/instr-$n.txt"
done
say "RSS and instructions done"

# (3) The dashboard in a 120x40 pty: first frame, goal tick, key to redraw, idle CPU (stores interleaved).
python3 Benchmarks/pty_bench.py "$BIN" "$ROUNDS" week="$WORK/week" decade="$WORK/decade" \
  streak="$WORK/streak" >"$WORK/dash.json" 2>"$WORK/dash.log"
say "dashboard done"

# (4) calls import of a 100,000-row per-contact export for one week into a fresh store, then again
# (every row a duplicate): wall and CPU seconds, peak RSS.
python3 Benchmarks/contacts_csv.py 100000 "$WORK/contacts.csv"
"$BIN" init --store "$WORK/import" >/dev/null
for pass in first again; do
  /usr/bin/time -f "$pass %e %U %S %M" -a -o "$WORK/import.txt" \
    "$BIN" calls import "$WORK/contacts.csv" --store "$WORK/import" >/dev/null
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/context.txt"

python3 Benchmarks/report.py "$WORK"
