#!/usr/bin/env python3
"""Synthetic mailbox and calendar for timing the mbox and iCalendar importers.

    python3 bench/gen_mail_calendar.py OUT_DIR [--messages 100000] [--events 10000] [--body-lines 12] [--seed 1]

Writes OUT_DIR/mail.mbox and OUT_DIR/calendar.ics, deterministic for a seed.

mail.mbox: MESSAGES messages among 600 people (a third with Cyrillic names written as RFC 2047
words: UTF-8 B, KOI8-R Q, windows-1251 B), dates rising over three years; 40 % answer an earlier
message (In-Reply-To and References), a quarter have a folded To list of 2-6 people and a Cc,
3 % are mailing-list mail (List-Id), 2 % come from a no-reply sender, 1 % have no Message-ID.
Each body is BODY_LINES lines of ~70 characters, one of them a `>From ` line (mboxrd escaping),
so --body-lines scales the file without adding messages (for checking that memory stays flat).

calendar.ics: EVENTS VEVENTs over 2023-2026, 30 % recurring (weekly BYDAY with COUNT, monthly
BYDAY=-1FR or 2MO with UNTIL, daily INTERVAL=2 with COUNT), with EXDATEs and RECURRENCE-ID
overrides; start times in UTC, in IANA zones, in an Outlook VTIMEZONE, or all-day; 2-8 attendees,
some declined; 2 % cancelled. Read it as of 2026-06-30.

Timing (Tests/LiaisonTests/Import/ImportTimingTests.swift, run only when LIAISON_IMPORT_BENCH is set):

    swift build -c release --build-tests -Xswiftc -enable-testing
    LIAISON_IMPORT_BENCH=/tmp/mailcal-bench /usr/bin/time -v \
        .build/release/LiaisonPackageTests.xctest --testing-library swift-testing --filter importTimingMbox
    (and --filter importTimingICalendar)

Measured 2026-12-02 on the shared 2-core machine under load average 10-17 (wall times inflated by
the load; user CPU time is the steadier number):
  mbox, 100,000 messages, 145 MB: 95,043 touches, 4,957 skipped, 30,259 reply times;
      8.2 s wall, 3.4 s user CPU, peak RSS 163 MB
  same 100,000 messages with 60-line bodies, 495 MB: 8.9 s wall, 3.5 s user, peak RSS 162 MB
      (memory follows the number of touches returned, not the size of the file)
  mbox, 10,000 messages, 14 MB: 1.0 s wall, peak RSS 45 MB (the test binary alone: 30 MB)
  calendar, 10,000 events (+ overrides), 7 MB: 70,973 occurrences; 1.1 s wall, 0.45 s user, peak RSS 158 MB
"""
import argparse, base64, datetime, os, random

FIRST_RU = ["Анна", "Иван", "Ольга", "Пётр", "Мария", "Сергей", "Елена", "Дмитрий", "Наталья", "Алексей"]
LAST_RU = ["Петрова", "Сидоров", "Кузнецова", "Иванов", "Смирнова", "Попов", "Васильева", "Соколов"]
FIRST_EN = ["Anna", "John", "Maria", "Peter", "Laura", "David", "Sofia", "Tom", "Emma", "Lucas"]
LAST_EN = ["Smith", "Müller", "Garcia", "Rossi", "Dubois", "Novak", "Berg", "Jensen"]
TRANSLIT = str.maketrans({"А": "a", "И": "i", "О": "o", "П": "p", "М": "m", "С": "s", "Е": "e", "Д": "d",
                          "Н": "n", "Л": "l", "а": "a", "н": "n", "в": "v", "е": "e", "т": "t", "р": "r",
                          "ё": "e", "л": "l", "г": "g", "к": "k", "с": "s", "и": "i", "я": "ya", "ь": "",
                          "й": "y", "ы": "y", "у": "u", "з": "z", "ц": "ts", "п": "p", "о": "o", "д": "d",
                          "м": "m", "б": "b", "ф": "f", "х": "h", "ш": "sh", "ч": "ch", "щ": "sch", "ж": "zh",
                          "В": "v", "К": "k", "Р": "r", "Т": "t", "Ф": "f", "Г": "g", "Б": "b"})


def encoded(name, rng):
    kind = rng.randrange(3)
    if kind == 0:
        return "=?UTF-8?B?%s?=" % base64.b64encode(name.encode("utf-8")).decode()
    if kind == 1:
        q = "".join("_" if b == 32 else chr(b) if chr(b).isalnum() and b < 128 else "=%02X" % b
                    for b in name.encode("koi8-r"))
        return "=?KOI8-R?Q?%s?=" % q
    return "=?windows-1251?B?%s?=" % base64.b64encode(name.encode("cp1251")).decode()


def people(rng, n=600):
    out = []
    for i in range(n):
        if i % 3 == 0:
            first, last = rng.choice(FIRST_RU), rng.choice(LAST_RU)
            name = f"{first} {last}"
            email = f"{first.translate(TRANSLIT)}.{last.translate(TRANSLIT)}{i}@example.ru".lower()
            out.append((name, email, encoded(name, rng)))
        else:
            first, last = rng.choice(FIRST_EN), rng.choice(LAST_EN)
            name = f"{first} {last}"
            email = f"{first}.{last.replace('ü', 'ue')}{i}@example.com".lower()
            shown = f'"{name}"' if rng.random() < 0.5 else "=?UTF-8?Q?%s?=" % "".join(
                "_" if c == " " else c if c.isascii() and c.isalnum() else "".join("=%02X" % b for b in c.encode()) for c in name)
            out.append((name, email, shown))
    return out


WORDS = "the meeting notes for next week budget review contract draft agreed plan call later thanks".split()


def mailbox(path, n, body_lines, rng):
    ppl = people(rng)
    start = datetime.datetime(2023, 7, 1, tzinfo=datetime.timezone.utc)
    step = (3 * 365 * 86400) / n
    ids = []
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            t = start + datetime.timedelta(seconds=i * step + rng.random() * step)
            zone = rng.choice([0, 3, -5, 1, 2])
            local = t + datetime.timedelta(hours=zone)
            date = local.strftime("%a, %d %b %Y %H:%M:%S ") + ("%+03d00" % zone)
            sender = rng.choice(ppl)
            kind = rng.random()
            hdr = []
            if kind < 0.02:
                sender = ("Notifications", "no-reply@service.example.com", "Notifications")
            hdr.append(f"From: {sender[2]} <{sender[1]}>")
            rcpts = rng.sample(ppl, rng.randint(1, 6))
            to = ",\n ".join(f"{p[2]} <{p[1]}>" for p in rcpts[:max(1, len(rcpts) - 1)])
            hdr.append(f"To: {to}")
            if len(rcpts) > 1:
                hdr.append(f"Cc: {rcpts[-1][2]} <{rcpts[-1][1]}>")
            hdr.append(f"Subject: {' '.join(rng.choice(WORDS) for _ in range(5))}")
            hdr.append(f"Date: {date}")
            mid = f"<{i}.{rng.randrange(1 << 30)}@mail.example.com>"
            if rng.random() >= 0.01:
                hdr.append(f"Message-ID: {mid}")
            ids.append(mid)
            if ids and rng.random() < 0.4 and i > 0:
                parent = ids[max(0, i - 1 - int(rng.expovariate(0.2)))]
                hdr.append(f"In-Reply-To: {parent}")
                hdr.append(f"References: {parent}")
            if 0.02 <= kind < 0.05:
                hdr.append("List-Id: Team list <team.lists.example.com>")
                hdr.append("Precedence: list")
            hdr.append("MIME-Version: 1.0")
            hdr.append("Content-Type: text/plain; charset=utf-8")
            hdr.append("X-Mailer: gen_mail_calendar.py")
            f.write(f"From {sender[1]} {local.strftime('%a %b %d %H:%M:%S %Y')}\n")
            f.write("\n".join(hdr) + "\n\n")
            for k in range(body_lines):
                if k == body_lines // 2:
                    f.write(">From the last call: " + " ".join(rng.choice(WORDS) for _ in range(8)) + "\n")
                else:
                    f.write(" ".join(rng.choice(WORDS) for _ in range(12)) + "\n")
            f.write("\n")


VTZ = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode()); b = b" " + b[cut:]
    out.append(b.decode())
    return "\r\n".join(out)


def calendar(path, n, rng):
    ppl = people(rng)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Liaison//bench//EN"] + VTZ.strip().split("\n")
    base = datetime.datetime(2023, 1, 2, 9, 0)
    for i in range(n):
        d = base + datetime.timedelta(days=rng.randrange(3 * 365), hours=rng.randrange(9))
        z = rng.random()
        if z < 0.3:
            dt = "DTSTART:" + d.strftime("%Y%m%dT%H%M%SZ")
        elif z < 0.6:
            dt = "DTSTART;TZID=%s:%s" % (rng.choice(["Europe/Moscow", "Europe/Berlin", "America/New_York"]), d.strftime("%Y%m%dT%H%M%S"))
        elif z < 0.9:
            dt = 'DTSTART;TZID="W. Europe Standard Time":' + d.strftime("%Y%m%dT%H%M%S")
        else:
            dt = "DTSTART;VALUE=DATE:" + d.strftime("%Y%m%d")
        uid = f"ev{i}@bench.example"
        ev = ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:Meeting {i}\\, {rng.choice(WORDS)}", dt]
        recurring = rng.random() < 0.3
        if recurring:
            r = rng.random()
            if r < 0.5:
                ev.append("RRULE:FREQ=WEEKLY;BYDAY=%s;COUNT=%d" % (",".join(sorted(rng.sample(["MO", "TU", "WE", "TH", "FR"], 2))), rng.randint(5, 50)))
            elif r < 0.8:
                until = (d + datetime.timedelta(days=rng.randint(60, 700))).strftime("%Y%m%dT000000Z")
                ev.append("RRULE:FREQ=MONTHLY;BYDAY=%s;UNTIL=%s" % (rng.choice(["-1FR", "2MO", "1TU"]), until))
            else:
                ev.append("RRULE:FREQ=DAILY;INTERVAL=2;COUNT=%d" % rng.randint(5, 40))
            if "VALUE=DATE" not in dt and rng.random() < 0.5:
                ev.append(dt.replace("DTSTART", "EXDATE").replace(d.strftime("%Y%m%d"), (d + datetime.timedelta(days=14)).strftime("%Y%m%d")))
        if rng.random() < 0.02:
            ev.append("STATUS:CANCELLED")
        org = rng.choice(ppl)
        ev.append(fold(f'ORGANIZER;CN="{org[0]}":mailto:{org[1]}'))
        for p in rng.sample(ppl, rng.randint(1, 7)):
            ps = "DECLINED" if rng.random() < 0.1 else "ACCEPTED"
            ev.append(fold(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};CN="{p[0]}":mailto:{p[1]}'))
        ev.append("END:VEVENT")
        lines += ev
        if recurring and "VALUE=DATE" not in dt and rng.random() < 0.2:
            moved = (d + datetime.timedelta(hours=2)).strftime("%Y%m%dT%H%M%S")
            head, _, value = dt.partition(":")
            lines += ["BEGIN:VEVENT", f"UID:{uid}", head.replace("DTSTART", "RECURRENCE-ID") + ":" + value,
                      head + ":" + moved + ("Z" if value.endswith("Z") else ""),
                      fold(f'ORGANIZER;CN="{org[0]}":mailto:{org[1]}'), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--body-lines", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    mailbox(os.path.join(a.out, "mail.mbox"), a.messages, a.body_lines, random.Random(a.seed))
    calendar(os.path.join(a.out, "calendar.ics"), a.events, random.Random(a.seed + 1))


if __name__ == "__main__":
    main()
