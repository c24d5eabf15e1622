#!/usr/bin/env python3
"""Turns the files Benchmarks/run.sh leaves in its work folder into the Markdown table in docs/performance.md."""
import json, os, statistics, sys

work = sys.argv[1]
sizes = ("week", "year", "decade")
status = {s: json.load(open(os.path.join(work, f"status-{s}.json")))["results"][0]["median"] * 1000 for s in sizes}
rss = {s: statistics.median(int(x) for x in open(os.path.join(work, f"rss-{s}.txt")).read().split()) / 1024 for s in sizes}
dash = {s: json.load(open(os.path.join(work, f"dash-{s}.json"))) for s in sizes}


def fmt(v, d=1):
    return "-" if v is None else f"{v:,.{d}f}"


def row(label, values, d=1):
    w, y, t = (values[s] for s in sizes)
    ratio = f"{t / w:.2f}" if w and t is not None else "-"
    print(f"| {label} | {fmt(w, d)} | {fmt(y, d)} | {fmt(t, d)} | {ratio} |")


print("| measure (median) | one week | one year | ten years | ten years ÷ one week |")
print("|---|---:|---:|---:|---:|")
row("`status` wall time (ms)", status, 2)
row("`status` peak RSS (MiB)", rss)
for label, key, d in [("dashboard: first complete frame (ms)", "first_frame_ms", 1), ("first frame (bytes)", "first_frame_b", 0),
                      ("goal tick `1` (bytes)", "tick_b", 0), ("move selection `j` (bytes)", "move_b", 0),
                      ("week change `[` (bytes)", "week_b", 0), ("key `1` → file saved (ms)", "tick_save_ms", 1),
                      ("key `1` → screen redrawn (ms)", "tick_ms", 1), ("idle CPU (%)", "idle_cpu_pct", 2),
                      ("bytes written while idle", "idle_b", 0)]:
    row(label, {s: dash[s].get(key) for s in sizes}, d)
print()
print("Bytes per goal tick ÷ bytes of a full frame: " +
      ", ".join(f"{s} {dash[s]['tick_b'] / dash[s]['first_frame_b']:.3f}" for s in sizes))
