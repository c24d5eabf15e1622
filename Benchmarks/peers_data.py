#!/usr/bin/env python3
"""Seeded data sets for the peers `Benchmarks/run.sh` measures beside weekboard, in their own import formats.

Usage: peers_data.py TODAY CALENDAR.ics TASKS.json      (TODAY as YYYY-MM-DD)
  CALENDAR.ics  for `calcurse -i`: 80 appointments (64 one-off over four weeks from a week before TODAY,
                16 recurring: daily, weekly, fortnightly, monthly) and 20 todos.
  TASKS.json    for `task import`: 200 pending tasks (some due, some prioritised, a few tags) and 2,000
                completed over the two years before TODAY.
Everything is placed relative to TODAY, so `calcurse -d 7` and `task next` see the same kind of week on
any date; the same TODAY gives the same files.
"""
import datetime as dt
import json
import random
import sys
import uuid

today = dt.date.fromisoformat(sys.argv[1])
ics_out, tasks_out = sys.argv[2], sys.argv[3]
rng = random.Random(14)

TOPICS = ["Repairs backlog", "Council Tax", "Housing Options", "Waste contract", "Budget", "Contact centre",
          "Damp and mould", "Voids", "Recruitment", "Digital", "Members' briefing", "Procurement"]
KINDS = ["1:1", "review", "steering group", "catch-up", "workshop", "board", "call", "planning"]


def ics_time(d, minutes):
    return f"{d:%Y%m%d}T{minutes // 60:02d}{minutes % 60:02d}00"


def vevent(uid, start, length, summary, rrule=None):
    lines = ["BEGIN:VEVENT", f"UID:{uid}@bench", f"DTSTART:{ics_time(*start)}",
             f"DURATION:PT{length}M", f"SUMMARY:{summary}"]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    return lines + ["END:VEVENT"]


cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//weekboard//bench//EN"]
first = today - dt.timedelta(days=7)
for i in range(64):
    day = first + dt.timedelta(days=rng.randrange(28))
    start = rng.randrange(8 * 4, 17 * 4) * 15
    summary = f"{rng.choice(TOPICS)} {rng.choice(KINDS)}"
    cal += vevent(f"a{i}", (day, start), rng.choice([15, 30, 30, 45, 60, 60, 90]), summary)
recurring = ([("FREQ=DAILY;COUNT=400", "Team stand-up")] +
             [("FREQ=WEEKLY;COUNT=104", f"{t} weekly") for t in TOPICS[:9]] +
             [("FREQ=WEEKLY;INTERVAL=2;COUNT=52", f"{t} fortnightly") for t in TOPICS[9:12]] +
             [("FREQ=MONTHLY;COUNT=24", f"{t} monthly") for t in TOPICS[:3]])
for i, (rule, summary) in enumerate(recurring):
    day = today - dt.timedelta(days=rng.randrange(60, 120))
    cal += vevent(f"r{i}", (day, rng.randrange(8 * 4, 17 * 4) * 15), rng.choice([15, 30, 60]), summary, rule)
for i in range(20):
    cal += ["BEGIN:VTODO", f"UID:t{i}@bench", f"SUMMARY:Follow up: {rng.choice(TOPICS)} {rng.choice(KINDS)}",
            f"PRIORITY:{rng.randrange(1, 10)}", "END:VTODO"]
cal.append("END:VCALENDAR")
with open(ics_out, "w", newline="") as f:
    f.write("\r\n".join(cal) + "\r\n")

now = dt.datetime.combine(today, dt.time(9, 0))


def stamp(t):
    return f"{t:%Y%m%dT%H%M%S}Z"


tasks = []
for i in range(2200):
    pending = i < 200
    entry = now - dt.timedelta(minutes=rng.randrange(60, 2 * 365 * 24 * 60))
    task = {"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "description": f"{rng.choice(TOPICS)}: {rng.choice(KINDS)} follow-up {i}",
            "status": "pending" if pending else "completed", "entry": stamp(entry),
            "project": rng.choice(["repairs", "housing", "waste", "finance", "contact", "people"])}
    if pending and rng.random() < 0.4:
        task["due"] = stamp(now + dt.timedelta(days=rng.randrange(-10, 60)))
    if rng.random() < 0.3:
        task["priority"] = rng.choice("HML")
    if rng.random() < 0.25:
        task["tags"] = rng.sample(["board", "urgent", "members", "email", "call"], 2)
    if not pending:
        task["end"] = stamp(min(now, entry + dt.timedelta(minutes=rng.randrange(10, 30 * 24 * 60))))
    tasks.append(task)
with open(tasks_out, "w") as f:
    json.dump(tasks, f)
