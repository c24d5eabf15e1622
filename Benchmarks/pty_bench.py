#!/usr/bin/env python3
"""Drives the weekboard dashboard in a pseudo-terminal and measures what a person would feel.

Usage: pty_bench.py BIN RUNS name=store [name=store ...]
Each run starts `weekboard --store STORE` on a fresh copy of each store in turn (interleaved, so the machine's
drift falls on every store alike) in a 120x40 pty and records:
  first_frame_ms   spawn -> last byte of the first screen (the burst that ends when output goes quiet)
  first_frame_b    bytes of that first screen
  tick_b, tick_ms  key '1' (goal 1 done): bytes written, key -> last byte of the redraw (read while the save
                   is awaited: the change is drawn before it is written)
  tick_save_ms     key '1' -> the week file on disk holds the change
  move_b           key 'j' (selection down in the goals panel): bytes written
  week_b           key '[' (previous week): bytes written
  idle_cpu_pct     CPU used by the process over IDLE seconds with no input (live reload included)
  idle_b           bytes written while idle
Prints one JSON object per run on stderr, then {name: medians} on stdout. Output bursts are delimited by
QUIET seconds of silence; timings are taken at the last byte, so the quiet wait itself is not counted.
"""
import json, os, pty, select, shutil, signal, statistics, struct, sys, tempfile, time, fcntl, termios

QUIET = 0.25
IDLE = float(os.environ.get("IDLE_SECONDS", "5"))


def read_burst(fd, start, limit=10.0, data=b"", last=None):
    """Reads until the output has been quiet for QUIET seconds (counting from `last` when some of the burst
    was read already). Returns (bytes, time of last byte)."""
    deadline = start + limit
    while time.monotonic() < deadline:
        wait = QUIET if last is not None else max(0.0, deadline - time.monotonic())
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            if last is not None:
                break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.monotonic()
    return data, last


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(binary, template, env):
    store = tempfile.mkdtemp(prefix="wb-bench-")
    shutil.rmtree(store)
    shutil.copytree(template, store)
    week_file = os.path.join(store, "people", env["WEEKBOARD_PERSON"], env["BENCH_WEEK"] + ".json")
    before = open(week_file, "rb").read()
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(binary, [binary, "--store", store], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    out = {}
    try:
        frame, last = read_burst(fd, start)
        out["first_frame_ms"] = (last - start) * 1000
        out["first_frame_b"] = len(frame)

        sent = time.monotonic()
        os.write(fd, b"1")
        saved = None
        # The terminal is read while waiting for the save: the redraw may come before the file is written
        # (the change is drawn first, then written), and a byte is timed when it is read.
        tick, last = b"", None
        while time.monotonic() - sent < 5:
            r, _, _ = select.select([fd], [], [], 0.0005)
            if r:
                tick += os.read(fd, 65536)
                last = time.monotonic()
            if open(week_file, "rb").read() != before:
                saved = time.monotonic()
                break
        tick, last = read_burst(fd, sent, data=tick, last=last)
        out["tick_save_ms"] = (saved - sent) * 1000 if saved else None
        out["tick_ms"] = (last - sent) * 1000 if last else None
        out["tick_b"] = len(tick)

        sent = time.monotonic()
        os.write(fd, b"j")
        move, _ = read_burst(fd, sent)
        out["move_b"] = len(move)

        sent = time.monotonic()
        os.write(fd, b"[")
        week, _ = read_burst(fd, sent)
        out["week_b"] = len(week)

        # Idle: no input; drain anything it writes (there should be nothing) while counting its CPU.
        cpu0, t0 = cpu_seconds(pid), time.monotonic()
        idle_b = 0
        while time.monotonic() - t0 < IDLE:
            r, _, _ = select.select([fd], [], [], IDLE - (time.monotonic() - t0))
            if r:
                idle_b += len(os.read(fd, 65536))
        out["idle_cpu_pct"] = (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0) * 100
        out["idle_b"] = idle_b

        os.write(fd, b"q")
        read_burst(fd, time.monotonic(), limit=3)
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
        shutil.rmtree(store, ignore_errors=True)
    return out


def main():
    binary, runs = sys.argv[1], int(sys.argv[2])
    stores = dict(arg.split("=", 1) for arg in sys.argv[3:])
    env = dict(os.environ)
    env.setdefault("TERM", "xterm-256color")
    env.setdefault("LANG", "C.UTF-8")
    env.setdefault("WEEKBOARD_PERSON", "alex")
    env.setdefault("BENCH_WEEK", "2026-W48")
    results = {name: [] for name in stores}
    for _ in range(runs):
        for name, store in stores.items():
            r = one_run(binary, store, env)
            print(name, json.dumps(r), file=sys.stderr)
            results[name].append(r)
    medians = {}
    for name, rs in results.items():
        values = {key: [r[key] for r in rs if r.get(key) is not None] for key in rs[0]}
        medians[name] = {key: statistics.median(v) if v else None for key, v in values.items()}
    print(json.dumps(medians))


if __name__ == "__main__":
    main()
