#!/usr/bin/env python3
"""Writes a contact-centre export as one of four real systems writes it: ROWS rows (records), one a contact
apart from each format's quirks (other call types, continuation records, transfers, repeated records).

Usage: exports.py FORMAT ROWS OUT        FORMAT: teams, smdr, cxone, connect-json, connect-csv
Contacts are spread over the five weeks from Monday 2 November 2026 (a month's export), over four services,
with callers from a pool a third the size of the file (so many repeat). Deterministic (seeded).
"""
import random
import sys

fmt, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(20)
services = ["Repairs", "Council Tax", "Housing Options", "Waste"]
pool = max(1, rows // 3)
SPAN = 35 * 86400  # five weeks of seconds
BASE_DAY = 2  # 2026-11-02, a Monday


def when(i):
    """The i-th row's time: seconds since 2026-11-02 00:00, increasing through the file."""
    return i * SPAN // max(rows, 1)


def ymd_hms(secs):
    day = secs // 86400
    # November has 30 days; the fifth week runs into December.
    month, d = (11, BASE_DAY + day) if BASE_DAY + day <= 30 else (12, BASE_DAY + day - 30)
    s = secs % 86400
    return 2026, month, d, s // 3600, s // 60 % 60, s % 60


def caller():
    n = rng.randrange(pool)
    return f"07{n:09d}"


def uuid(i, salt):
    return f"{salt:08x}-{(i >> 16) & 0xffff:04x}-4{(i >> 4) & 0xfff:03x}-a{i & 0xfff:03x}-{i * 2654435761 % (1 << 48):012x}"


with open(out, "w", newline="") as f:
    if fmt == "teams":
        f.write("UsageId,Call ID,Conference ID,User Location,AAD ObjectId,UPN,User Display Name,Caller ID,Call Type,"
                "Number Type,Domestic/International,Destination Dialed,Destination Number,Start Time,End Time,"
                "Duration Seconds,Connection Fee,Charge,Currency,Capability\r\n")
        for i in range(rows):
            y, mo, d, h, mi, s = ymd_hms(when(i))
            t = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
            r = i % 20
            # 1 in 20 a user's own call, 1 in 40 outbound; 1 in 100 a repeated record of the row before.
            kind = "user_in" if r == 7 else "user_out" if r == 13 and i % 40 == 13 else "ucap_in"
            svc = services[rng.randrange(4)] + " Queue" if kind == "ucap_in" else "Alex Smith"
            cid = uuid(i - 1 if i % 100 == 99 else i, 0x7EA5)
            who = "Anonymous" if i % 50 == 3 else "+44" + caller()[1:]
            f.write(f"{uuid(i, 0x05A6E)},{cid},,GB,{uuid(i % 97, 0xAAD)},queue{i % 4}@council.gov.uk,{svc},{who},"
                    f"{kind},service,Domestic,,+441632960100,{t},{t},{rng.randrange(20, 900)},0,0,GBP,DirectRouting\r\n")
    elif fmt == "smdr":
        lines = ["960100", "960200", "960300", "960400"]
        i = 0
        call = 1_000_000
        while i < rows:
            y, mo, d, h, mi, s = ymd_hms(when(i))
            start = f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d}"
            call += 1
            r = call % 20
            # Most calls inbound external; some outbound or internal; 1 in 5 continued (a second record).
            direction, internal = ("O", 0) if r == 5 else ("I", 1) if r == 11 else ("I", 0)
            legs = 2 if r in (2, 9, 14, 17) else 1
            who = "" if r == 3 else caller()
            for leg in range(legs):
                if i >= rows:
                    break
                cont = 1 if leg < legs - 1 else 0
                talk = rng.randrange(0, 900)
                f.write(f"{start},{talk // 3600:02d}:{talk // 60 % 60:02d}:{talk % 60:02d},{rng.randrange(1, 30)},{who},"
                        f"{direction},41{leg:02d},{lines[call % 4]},,{internal},{call},{cont},E4100,Hunt Group,T9001,"
                        f"Line 1.1,0,0,,,,,,,,,,,,,\r\n")
                i += 1
    elif fmt == "cxone":
        f.write("Contact_ID,Master_Contact_ID,Contact_Code,Media_Name,Contact_Name,ANI_DIALNUM,Skill_No,Skill_Name,"
                "Campaign_No,Campaign_Name,Agent_No,Agent_Name,Team_No,Team_Name,SLA,Start_Date,start_time,PreQueue,"
                "InQueue,Agent_Time,PostQueue,Total_Time,Abandon_Time,Routing_Time,Abandon,Callback_Time,Logged,"
                "Hold_Time\r\n")
        master = 0
        for i in range(rows):
            y, mo, d, h, mi, s = ymd_hms(when(i))
            contact = 700_000_000 + i
            # 1 row in 10 is a transfer: a new contact id under the row before's master.
            if i % 10 != 9:
                master = contact
            media = ["Phone Call", "Phone Call", "Phone Call", "Chat", "Email"][i % 5]
            ani = caller() if media != "Email" else f"r{rng.randrange(pool)}@example.org"
            abandon = "Y" if i % 17 == 0 else "N"
            agent = 0 if abandon == "Y" else rng.randrange(30, 900)
            f.write(f"{contact},{master},0,{media},,{ani},{4000 + i % 4},{services[i % 4]},1,Inbound,1234,Jo Bloggs,1,"
                    f"Team,1,{mo:02d}/{d:02d}/{y},{h:02d}:{mi:02d}:{s:02d},3,20,{agent},0,{agent + 23},0,0,{abandon},0,N,"
                    f"{rng.randrange(0, 60)}\r\n")
    elif fmt in ("connect-json", "connect-csv"):
        if fmt == "connect-csv":
            f.write("ContactId,InitialContactId,PreviousContactId,Channel,InitiationMethod,InitiationTimestamp,"
                    "DisconnectTimestamp,CustomerEndpoint.Address,CustomerEndpoint.Type,Queue.Name,Queue.Duration,"
                    "Agent.Username,Agent.AgentInteractionDuration,Agent.ConnectedToAgentTimestamp\n")
        last = None
        for i in range(rows):
            y, mo, d, h, mi, s = ymd_hms(when(i))
            t = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
            r = i % 50
            cid = uuid(i, 0xC0)
            initial, method, channel, queue = "", "INBOUND", ["VOICE", "VOICE", "CHAT", "EMAIL"][i % 4], services[i % 4]
            if r == 10 and last:  # a repeated delivery of the record before
                cid = last
            elif r == 20 and last:  # a transfer of the contact before
                initial, method = last, "TRANSFER"
            elif r == 30:
                method = "OUTBOUND"
            elif r == 40:
                channel, method, queue = "TASK", "API", ""
            elif r == 45:
                queue = ""  # ended in the flow, before a queue
            who = "+44" + caller()[1:] if channel == "VOICE" else f"r{rng.randrange(pool)}@example.org" if channel == "EMAIL" else ""
            agent = rng.randrange(30, 900) if i % 13 else None
            if fmt == "connect-csv":
                f.write(f"{cid},{initial},{initial},{channel},{method},{t},{t},{who},{'TELEPHONE_NUMBER' if who else ''},"
                        f"{queue},{12 if queue else ''},{'jo' if agent else ''},{agent or ''},{t if agent else ''}\n")
            else:
                ag = (f'{{"ARN":"arn:aws:connect:eu-west-2:1:agent/x","AgentInteractionDuration":{agent},'
                      f'"ConnectedToAgentTimestamp":"{t}","Username":"jo"}}') if agent else "null"
                q = f'{{"ARN":"arn:aws:connect:q","Name":"{queue}","Duration":12}}' if queue else "null"
                ep = f'{{"Address":"{who}","Type":"TELEPHONE_NUMBER"}}' if who else "null"
                ini = f'"{initial}"' if initial else "null"
                f.write(f'{{"AWSAccountId":"123456789012","Agent":{ag},"Channel":"{channel}","ContactId":"{cid}",'
                        f'"CustomerEndpoint":{ep},"InitialContactId":{ini},"InitiationMethod":"{method}",'
                        f'"InitiationTimestamp":"{t}","Queue":{q},"Attributes":{{}}}}\n')
            if r not in (10,):
                last = cid
    else:
        sys.exit(f"unknown format {fmt}")
