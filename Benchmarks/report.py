#!/usr/bin/env python3
"""Turns what Benchmarks/run.sh leaves in its work folder into the Markdown tables of docs/performance.md,
with pass or fail for each of issue 14's targets.
Usage: report.py WORK"""
import json, os, statistics, sys

work = sys.argv[1]


def path(name):
    return os.path.join(work, name)


def lines(name):
    with open(path(name)) as f:
        return f.read().split()


names = ["status-week", "status-decade", "status-streak", "calcurse", "task"]
labels = {"status-week": "`weekboard status`, one-week store", "status-decade": "`weekboard status`, ten-year store",
          "status-streak": "`weekboard status`, ten years, every week met (streak 519)",
          "calcurse": "`calcurse -d 7` (80 appointments, 20 todos)",
          "task": "`task next` (200 pending, 2,000 completed)"}
wall = {n: json.load(open(path(f"wall-{n}.json"))) for n in names}
ms = {n: wall[n]["median"] * 1000 for n in names}
cpu = {n: wall[n]["cpu"] * 1000 for n in names}
rss = {n: statistics.median(int(x) for x in lines(f"rss-{n}.txt")) / 1024 for n in names}
instr = {n: int(lines(f"instr-{n}.txt")[0]) for n in names}
dash = json.load(open(path("dash.json")))
size = int(lines("size.txt")[0])
imports = {row[0]: row[1:] for row in (line.split() for line in open(path("import.txt")))}

print(open(path("context.txt")).read().strip().replace("\n", "  \n"))
print()
print(f"| command | wall ms (median of {len(wall['calcurse']['times'])}) | CPU ms | instructions | peak RSS MiB |")
print("|---|---:|---:|---:|---:|")
for n in names:
    print(f"| {labels[n]} | {ms[n]:.2f} | {cpu[n]:.2f} | {instr[n] / 1e6:.1f} M | {rss[n]:.1f} |")

stores = ["week", "decade", "streak"]
print()
print("| dashboard at 120×40 (median) | one week | ten years | ten-year streak |")
print("|---|---:|---:|---:|")
for label, key, d in [("first full frame (ms)", "first_frame_ms", 1), ("first frame (bytes)", "first_frame_b", 0),
                      ("key `1` → week file saved (ms)", "tick_save_ms", 1),
                      ("key `1` → screen redrawn (ms)", "tick_ms", 1), ("goal tick `1` (bytes)", "tick_b", 0),
                      ("move selection `j` (bytes)", "move_b", 0), ("week change `[` (bytes)", "week_b", 0),
                      ("idle CPU over 5 s (%)", "idle_cpu_pct", 2), ("bytes written while idle", "idle_b", 0)]:
    print(f"| {label} | " + " | ".join(f"{dash[s][key]:,.{d}f}" for s in stores) + " |")

print()
print("| `calls import`, 100,000 contact rows for one week | wall s | CPU s | peak RSS MiB |")
print("|---|---:|---:|---:|")
for label, (wall_s, user, sys_s, kib) in [("into a fresh store", imports["first"]),
                                           ("the same file again (all duplicates)", imports["again"])]:
    print(f"| {label} | {float(wall_s):.1f} | {float(user) + float(sys_s):.1f} | {int(kib) / 1024:.0f} |")


def ratio(a, b):
    return f"{ms[a] / ms[b]:.3f} (CPU {cpu[a] / cpu[b]:.2f}, instructions {instr[a] / instr[b]:.2f})"


frame = {s: dash[s]["first_frame_ms"] for s in stores}
targets = [
    ("`status` one week ÷ `calcurse -d 7`", ratio("status-week", "calcurse"), "≤ 2.0",
     ms["status-week"] / ms["calcurse"] <= 2.0),
    ("`status` ten years ÷ `calcurse -d 7`", ratio("status-decade", "calcurse"), "≤ 2.5",
     ms["status-decade"] / ms["calcurse"] <= 2.5),
    ("`status` ten-year streak ÷ one week", ratio("status-streak", "status-week"), "≤ 1.3",
     ms["status-streak"] / ms["status-week"] <= 1.3),
    ("peak RSS of `status`, largest of the three stores", f"{max(rss[n] for n in names[:3]):.1f} MiB", "≤ 12 MiB",
     max(rss[n] for n in names[:3]) <= 12),
    ("installed binary (`make install`, stripped)", f"{size / 1e6:.1f} MB", "≤ 25 MB", size <= 25e6),
    ("dashboard first full frame, slowest store", f"{max(frame.values()):.1f} ms", "≤ 15 ms",
     max(frame.values()) <= 15),
    ("first frame ten years ÷ one week", f"{frame['decade'] / frame['week']:.3f}", "≤ 1.3",
     frame["decade"] / frame["week"] <= 1.3),
    ("key `1` → screen redrawn, slowest store", f"{max(dash[s]['tick_ms'] for s in stores):.1f} ms", "≤ 5 ms",
     max(dash[s]["tick_ms"] for s in stores) <= 5),
    ("bytes per goal tick, largest", f"{max(dash[s]['tick_b'] for s in stores):.0f}", "≤ 101 (before issue 14)",
     max(dash[s]["tick_b"] for s in stores) <= 101),
    ("idle dashboard CPU, largest", f"{max(dash[s]['idle_cpu_pct'] for s in stores):.2f} %", "0 %",
     max(dash[s]["idle_cpu_pct"] for s in stores) == 0),
    ("`calls import` 100,000 rows, peak RSS", f"{int(imports['first'][3]) / 1024:.0f} MiB",
     "≤ 108 MiB (before issue 14)", int(imports["first"][3]) / 1024 <= 108),
]
print()
print("| target (issue 14) | measured | limit | |")
print("|---|---:|---|---|")
for label, measured, limit, ok in targets:
    print(f"| {label} | {measured} | {limit} | {'pass' if ok else '**FAIL**'} |")
