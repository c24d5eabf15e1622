#!/usr/bin/env python3
"""Wall time of several commands, interleaved: ROUNDS rounds, each running hyperfine (no shell, RUNS runs
after one warm-up) on every command in turn. On a shared, noisy machine the speed drifts over minutes;
interleaving makes the drift fall on every command alike, so the ratios between them hold. That is why
the peers (calcurse, taskwarrior) are measured in the same rounds as weekboard.
Writes WORK/wall-<name>.json: every run's seconds and their median, and the median over rounds of each
round's mean CPU seconds (user + system; on a loaded machine wall time is mostly waiting for a core).
Usage: rounds.py WORK ROUNDS RUNS name='command args' [name='command args' ...]"""
import json, os, statistics, subprocess, sys

work, rounds, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
commands = dict(arg.split("=", 1) for arg in sys.argv[4:])
times = {name: [] for name in commands}
cpu = {name: [] for name in commands}
tmp = os.path.join(work, "round.json")
for _ in range(rounds):
    for name, command in commands.items():
        subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--export-json", tmp, command],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        with open(tmp) as f:
            result = json.load(f)["results"][0]
        times[name] += result["times"]
        cpu[name].append(result["user"] + result["system"])
for name, t in times.items():
    with open(os.path.join(work, f"wall-{name}.json"), "w") as f:
        json.dump({"command": commands[name], "times": t, "median": statistics.median(t),
                   "cpu": statistics.median(cpu[name])}, f)
