#!/usr/bin/env python3
"""The scaling table of docs/scale.md: the Spark `ties` job in local[2] on synthetic workspaces of
20,000 contacts and 1, 2 and 4 × 10^6 interactions, with the shuffle sizes from Spark's event log
(shuffle_report.py) and, for scale, the single-machine `liaison ties` on the same files.

    scale/.venv/bin/python scale/spark/scaling.py --liaison .build/release/liaison --work scale/work \
        [--interactions 1000000 2000000 4000000] [--command ties|measures]

Each run is started with `nice -n 19` (other people build on the same cores), one at a time; the
1-minute load average before and after each run is printed beside its time. `--contacts` takes one
number for every size or one per size (e.g. 20000 40000 80000 to keep the density fixed).
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from shuffle_report import mib, summarize  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--liaison", default=".build/release/liaison")
    p.add_argument("--work", default="scale/work")
    p.add_argument("--contacts", type=int, nargs="+", default=[20000])
    p.add_argument("--interactions", type=int, nargs="+", default=[1000000, 2000000, 4000000])
    p.add_argument("--command", default="ties", choices=["ties", "measures"])
    args = p.parse_args()
    rows = []
    contacts = args.contacts * len(args.interactions) if len(args.contacts) == 1 else args.contacts
    if len(contacts) != len(args.interactions):
        p.error("--contacts: give one number, or one per --interactions size")
    for m, c in zip(args.interactions, contacts):
        ws = os.path.join(args.work, f"synth-{c}-{m}")
        if not os.path.exists(os.path.join(ws, "contacts.csv")):
            subprocess.run([args.liaison, "synth", "--contacts", str(c), "--interactions", str(m),
                            "--seed", "1", "--out", ws], check=True)
        size = os.path.getsize(os.path.join(ws, "interactions.csv"))
        with open(os.path.join(ws, "interactions.csv"), "rb") as f:
            lines = sum(1 for _ in f) - 1
        t = time.time()
        ref = subprocess.run(["nice", "-n", "19", args.liaison, "ties", ws, "--format", "csv"],
                             check=True, capture_output=True).stdout
        swift = time.time() - t
        pairs = ref.count(b"\n") - 1
        logs = os.path.abspath(os.path.join(args.work, f"eventlog-{m}"))
        os.makedirs(logs, exist_ok=True)
        before = set(glob.glob(os.path.join(logs, "*")))
        env = dict(os.environ, LIAISON_SPARK_EVENT_LOG="file://" + logs)
        load_before = os.getloadavg()[0]
        t = time.time()
        subprocess.run(["nice", "-n", "19", sys.executable, os.path.join(HERE, "liaison_spark.py"), args.command,
                        os.path.join(ws, "interactions.csv"), "--contacts", os.path.join(ws, "contacts.csv"),
                        "--out", os.path.join(args.work, f"out-scale-{m}"), "--master", "local[2]"],
                        check=True, env=env)
        spark = time.time() - t
        load_after = os.getloadavg()[0]
        log = sorted(set(glob.glob(os.path.join(logs, "*"))) - before)[-1]
        s = summarize(log)
        rows.append((c, lines, size, pairs, swift, spark, s, load_before, load_after))
        print(f"{c} contacts, {m}: {lines} rows, {pairs} pairs, swift {swift:.1f} s, spark {spark:.1f} s "
              f"(load {load_before:.1f} → {load_after:.1f}), "
              f"shuffle write {mib(s['shuffle_write_bytes'])}, read {mib(s['shuffle_read_bytes'])}", flush=True)
    print()
    print("| contacts | interactions (rows) | CSV | pairs | `liaison ties` | Spark `%s` local[2] | load avg (before → after) | shuffle written | shuffle read | shuffle records | input read | spill (disk) |" % args.command)
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for c, lines, size, pairs, swift, spark, s, lb, la in rows:
        print(f"| {c:,} | {lines:,} | {mib(size)} | {pairs:,} | {swift:.1f} s | {spark:.1f} s | {lb:.1f} → {la:.1f} | {mib(s['shuffle_write_bytes'])} "
              f"| {mib(s['shuffle_read_bytes'])} | {s['shuffle_records']:,} | {mib(s['input_bytes'])} "
              f"| {mib(s['disk_spill_bytes'])} |")


if __name__ == "__main__":
    main()
