#!/usr/bin/env python3
"""Shuffle and input sizes of a finished Spark application, read from its event log.

Run the job with `LIAISON_SPARK_EVENT_LOG=DIR` (liaison_spark.py then sets `spark.eventLog.enabled`
and `spark.eventLog.dir`); Spark writes one JSON event per line to DIR/<application id>. The sizes
are the task metrics Spark reports in its `SparkListenerTaskEnd` events — the same numbers the web
UI (port 4040 while the job runs) and the REST API (`/api/v1/applications/<id>/stages`, fields
`shuffleWriteBytes`, `shuffleReadBytes`, `inputBytes`) show per stage, summed here over every
successful task of every stage attempt:

    shuffle written   Σ "Shuffle Write Metrics"."Shuffle Bytes Written"
    shuffle read      Σ "Shuffle Read Metrics"."Remote Bytes Read" + "Local Bytes Read"
    records           Σ "Shuffle Records Written"
    input             Σ "Input Metrics"."Bytes Read"
    spill             Σ "Memory Bytes Spilled", "Disk Bytes Spilled"

"Input" counts the blocks of cached tables a task reads as well as the files (Spark adds a cached
RDD block's size to the task's input bytes), so it is the volume scanned, not the bytes read from disk.
`--plans` counts, over the final physical plan of every SQL query (the last adaptive-execution
update of each), the operators that decide the cost: file scans (how often the input files
themselves are read), scans of cached tables, sort-merge joins (both sides shuffled), broadcast
hash joins (the small side copied to every task), and shuffle exchanges.

`--stages N` lists the N stages with the most task run time (wall time, tasks, run and JVM CPU
time, shuffle written and read, and the line of the job that started the stage): the profile of
a run.

    python3 scale/spark/shuffle_report.py EVENT_LOG_FILE [--json] [--plans] [--stages N]
"""

from __future__ import annotations

import json
import sys


def event_lines(path: str):
    """The JSON lines of an event log: a plain file, or Spark 4's rolling folder (events_* files,
    decompressed with the `zstd` tool when they end in .zstd)."""
    import glob
    import os
    import subprocess
    files = sorted(glob.glob(os.path.join(path, "events_*"))) if os.path.isdir(path) else [path]
    for f in files:
        if f.endswith(".zstd"):
            text = subprocess.run(["zstd", "-dc", f], check=True, capture_output=True, text=True).stdout
            yield from text.splitlines()
        else:
            with open(f, encoding="utf-8") as handle:
                yield from handle


def summarize(path: str) -> dict:
    totals = {"shuffle_write_bytes": 0, "shuffle_read_bytes": 0, "shuffle_records": 0, "input_bytes": 0,
              "memory_spill_bytes": 0, "disk_spill_bytes": 0, "tasks": 0, "stages": set(), "jobs": 0}
    largest = {}
    for line in event_lines(path):
        event = json.loads(line)
        kind = event.get("Event")
        if kind == "SparkListenerJobStart":
            totals["jobs"] += 1
        if kind != "SparkListenerTaskEnd" or event.get("Task End Reason", {}).get("Reason") != "Success":
            continue
        m = event.get("Task Metrics") or {}
        w = m.get("Shuffle Write Metrics") or {}
        r = m.get("Shuffle Read Metrics") or {}
        written = w.get("Shuffle Bytes Written", 0)
        totals["shuffle_write_bytes"] += written
        totals["shuffle_records"] += w.get("Shuffle Records Written", 0)
        totals["shuffle_read_bytes"] += r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
        totals["input_bytes"] += (m.get("Input Metrics") or {}).get("Bytes Read", 0)
        totals["memory_spill_bytes"] += m.get("Memory Bytes Spilled", 0)
        totals["disk_spill_bytes"] += m.get("Disk Bytes Spilled", 0)
        totals["tasks"] += 1
        stage = event.get("Stage ID")
        totals["stages"].add(stage)
        largest[stage] = largest.get(stage, 0) + written
    totals["stages"] = len(totals["stages"])
    totals["largest_stage_write_bytes"] = max(largest.values(), default=0)
    return totals


PLAN_OPERATORS = {
    "file scans": r"Scan (csv|parquet|json) ",
    "cached-table scans": r"InMemoryTableScan",
    "sort-merge joins": r"SortMergeJoin",
    "broadcast hash joins": r"BroadcastHashJoin",
    "shuffle exchanges": r"(?<!Broadcast)Exchange \(",
}


def plan_operators(path: str) -> dict:
    """Operator counts over the final physical plans of the application's SQL queries."""
    import re
    plans = {}
    for line in event_lines(path):
        if "physicalPlanDescription" not in line:
            continue
        event = json.loads(line)
        if event.get("executionId") is not None and event.get("physicalPlanDescription"):
            plans[event["executionId"]] = event["physicalPlanDescription"]
    counts = {"queries": len(plans)}
    for name, pattern in PLAN_OPERATORS.items():
        # The plan text lists the tree first and then each node's details: count the tree only, and
        # of an adaptive plan its current (last) form.
        counts[name] = sum(len(re.findall(pattern, text.split("\n\n")[0].split("== Initial Plan ==")[0]))
                           for text in plans.values())
    return counts


def stages(path: str) -> list[dict]:
    """Per stage attempt: its name, the line of the job's code that started it (from the stage's
    call site), wall time (submission to completion), task count, summed task run time, summed
    executor CPU time, shuffle written and read. Executor CPU is the JVM's task threads only: time
    spent in Python workers (UDFs) shows as run time without CPU time."""
    out = {}
    for line in event_lines(path):
        event = json.loads(line)
        kind = event.get("Event")
        if kind == "SparkListenerStageCompleted":
            info = event["Stage Info"]
            key = (info["Stage ID"], info["Stage Attempt ID"])
            where = [x.strip() for x in (info.get("Details") or "").split("\n") if "scale/spark/" in x]
            s = out.setdefault(key, {"run": 0.0, "cpu": 0.0, "written": 0, "read": 0})
            sub, done = info.get("Submission Time"), info.get("Completion Time")
            s.update(stage=key[0], name=info["Stage Name"], tasks=info["Number of Tasks"],
                     wall=(done - sub) / 1000 if sub and done else 0.0,
                     where=where[0].split(" at ")[-1] if where else "")
        elif kind == "SparkListenerTaskEnd" and event.get("Task End Reason", {}).get("Reason") == "Success":
            m = event.get("Task Metrics") or {}
            s = out.setdefault((event["Stage ID"], event["Stage Attempt ID"]),
                               {"run": 0.0, "cpu": 0.0, "written": 0, "read": 0})
            s["run"] += m.get("Executor Run Time", 0) / 1000
            s["cpu"] += m.get("Executor CPU Time", 0) / 1e9
            s["written"] += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
            r = m.get("Shuffle Read Metrics") or {}
            s["read"] += r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
    return sorted((s for s in out.values() if "name" in s), key=lambda s: -s["run"])


def mib(x: int) -> str:
    return f"{x / 2**20:.1f} MiB"


def main():
    s = summarize(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(s))
        return
    print(f"jobs {s['jobs']}, stages {s['stages']}, tasks {s['tasks']}")
    print(f"input read       {mib(s['input_bytes'])}")
    print(f"shuffle written  {mib(s['shuffle_write_bytes'])} ({s['shuffle_records']} records; "
          f"largest stage {mib(s['largest_stage_write_bytes'])})")
    print(f"shuffle read     {mib(s['shuffle_read_bytes'])}")
    print(f"spilled          {mib(s['memory_spill_bytes'])} memory, {mib(s['disk_spill_bytes'])} disk")
    if "--stages" in sys.argv:
        top = int(sys.argv[sys.argv.index("--stages") + 1])
        rows = stages(sys.argv[1])
        print(f"stages by task run time (all {len(rows)}: run {sum(r['run'] for r in rows):.0f} s, "
              f"JVM CPU {sum(r['cpu'] for r in rows):.0f} s):")
        print("stage   wall s  tasks    run s    cpu s  written MiB  read MiB  started by")
        for r in rows[:top]:
            print(f"{r['stage']:5d} {r['wall']:8.1f} {r['tasks']:6d} {r['run']:8.1f} {r['cpu']:8.1f} "
                  f"{r['written'] / 2**20:12.1f} {r['read'] / 2**20:9.1f}  {r['where'] or r['name'][:60]}")
    if "--plans" in sys.argv:
        print("final plans      " + ", ".join(f"{k} {v}" for k, v in plan_operators(sys.argv[1]).items()))


if __name__ == "__main__":
    main()
