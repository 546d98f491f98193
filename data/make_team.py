#!/usr/bin/env python3
"""Writes data/team/: the demo workspace (data/demo) as a team's — Alexey Voronov and two colleagues.

The story: Routely's London colleague Sophie Turner came from a fintech start-up and still meets
Alice Thompson (a former colleague) every week; Alice worked with two London fintech investors
Alexey has never met (Jack Brown, Henry Wilson). Jonas Weber, Head of Sales in Berlin, logs his own
calls with Berlin carriers. So `liaison plan data/team` has Sophie, not Alexey, ask for the
introductions to the London investors, and Jonas reach out to the carriers he knows.

Everything of data/demo is copied as it is; interactions.csv gains the `owner` column (empty =
Alexey, `me`) and the colleagues' own touches; liaison.toml gains `team`; ties.csv gains what is
known of Alice's ties. Seeded and deterministic. Run from the repository root:
    python3 data/make_team.py
"""
import csv
import datetime as dt
import os
import random
import shutil

SRC, DST = "data/demo", "data/team"
SOPHIE, JONAS, ALICE = "sophie-turner", "jonas-weber", "alice-thompson"


def main():
    rng = random.Random(15)
    os.makedirs(DST, exist_ok=True)
    for name in ["contacts.csv", "deals.csv", "deliveries.csv", "feedback.csv", "introductions.csv"]:
        shutil.copyfile(os.path.join(SRC, name), os.path.join(DST, name))

    with open(os.path.join(SRC, "liaison.toml"), encoding="utf-8") as f:
        toml = f.read()
    toml = toml.replace("# Alexey Voronov's network (Routely). Described in data/README.md.",
                        "# Routely's team: Alexey Voronov's network with two colleagues' own touches.\n"
                        "# Written by data/make_team.py from data/demo; described in data/README.md.", 1)
    toml = toml.replace('me = "alexey-voronov"\n', 'me = "alexey-voronov"\nteam = ["me", "sophie-turner", "jonas-weber"]\n', 1)
    # The team's seed round is about investors nobody on the team knows yet (the London ones Sophie
    # can reach through Alice): goal 1 gets `new = true`, which the demo's goal 1 no longer has.
    seed = 'name = "Raise a seed round from fintech investors"\nkind = "investor"\nindustry = "fintech"\n'
    assert seed in toml, "data/demo/liaison.toml: goal 1 changed; update make_team.py"
    toml = toml.replace(seed, seed + "new = true\n", 1)
    with open(os.path.join(DST, "liaison.toml"), "w", encoding="utf-8") as f:
        f.write(toml)

    with open(os.path.join(SRC, "ties.csv"), encoding="utf-8", newline="") as f:
        ties = list(csv.reader(f))
    ties += [[ALICE, "jack-brown", "5", "former colleague", "2019-02-01", "worked together at Harbor Pay"],
             [ALICE, "henry-wilson", "5", "former colleague", "2020-06-01", ""]]
    with open(os.path.join(DST, "ties.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(ties)

    with open(os.path.join(SRC, "interactions.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0] + ["owner"], [r + [""] for r in rows[1:]]
    extra = []

    def touch(day, a, b, channel, owner, reply=""):
        extra.append([day.isoformat(timespec="minutes"), a, b, channel, reply, "", "", owner])

    # Sophie and Alice: lunch or a call every week through 2026, each inviting in turn.
    day = dt.datetime(2026, 1, 9, 12, 30)
    k = 0
    while day <= dt.datetime(2026, 11, 13):
        a, b = (SOPHIE, ALICE) if k % 2 == 0 else (ALICE, SOPHIE)
        touch(day, a, b, "meeting" if k % 3 else "call", SOPHIE)
        touch(day + dt.timedelta(days=3, hours=rng.randint(0, 5)), SOPHIE, ALICE, "message", SOPHIE,
              reply=str(rng.choice([1, 2, 3, 5])))
        day += dt.timedelta(days=7)
        k += 1
    # Jonas and the Berlin carriers he sells to: a call a month since the spring.
    for cid in ["mia-richter", "tobias-krueger", "paul-neumann"]:
        day = dt.datetime(2026, 4, 2, 10, 0) + dt.timedelta(days=rng.randint(0, 9))
        while day <= dt.datetime(2026, 11, 15):
            touch(day, JONAS, cid, "call", JONAS)
            touch(day + dt.timedelta(days=1), cid, JONAS, "email", JONAS, reply=str(rng.choice([2, 4, 8])))
            day += dt.timedelta(days=30)
    extra.sort(key=lambda r: r[0])
    with open(os.path.join(DST, "interactions.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([header] + body + extra)


if __name__ == "__main__":
    main()
