#!/usr/bin/env python3
"""Writes a per-contact telephony export for one ISO week (2026-W48): ROWS rows, one contact each.

Usage: contacts_csv.py ROWS OUT.csv
About 50 bytes a row; callers come from a pool a third the size of the file (so many repeat),
spread over four services and the week's seven days, every timestamp distinct.
"""
import random
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(48)
services = ["Repairs", "Council Tax", "Housing Options", "Waste"]
callers = max(1, rows // 3)
with open(out, "w") as f:
    f.write("Timestamp,Service,Channel,Caller\n")
    for i in range(rows):
        day = 23 + (i * 7) // rows  # 23-29 November 2026
        secs = (i * 86400 * 7 // max(rows, 1)) % 86400
        ts = f"2026-11-{day:02d}T{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"
        svc = services[rng.randrange(4)]
        n = rng.randrange(callers)
        caller = f"07{n:09d}" if n % 5 else f"r{n}@example.org"
        ch = "email" if "@" in caller else "phone"
        f.write(f"{ts},{svc},{ch},{caller}\n")
