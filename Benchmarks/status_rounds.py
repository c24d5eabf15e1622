#!/usr/bin/env python3
"""`weekboard status` wall time on several stores, interleaved: ROUNDS rounds, each running hyperfine
(no shell, RUNS runs) on every store in turn. On a shared, noisy machine the speed drifts over
minutes; interleaving makes the drift fall on every store alike, so the ratios between them hold.
Writes WORK/status-<size>.json in hyperfine's export format (all runs, and their median).
Usage: status_rounds.py BIN WORK ROUNDS RUNS size=store [size=store ...]"""
import json, os, statistics, subprocess, sys

bin_, work, rounds, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stores = dict(arg.split("=", 1) for arg in sys.argv[5:])
times = {size: [] for size in stores}
tmp = os.path.join(work, "round.json")
for _ in range(rounds):
    for size, store in stores.items():
        subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--export-json", tmp,
                        f"{bin_} status --store {store}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[size] += json.load(open(tmp))["results"][0]["times"]
for size, t in times.items():
    with open(os.path.join(work, f"status-{size}.json"), "w") as f:
        json.dump({"results": [{"command": f"status --store {stores[size]}", "times": t, "median": statistics.median(t)}]}, f)
