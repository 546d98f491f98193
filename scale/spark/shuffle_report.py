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

    python3 scale/spark/shuffle_report.py EVENT_LOG_FILE [--json] [--plans]
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
    if "--plans" in sys.argv:
        print("final plans      " + ", ".join(f"{k} {v}" for k, v in plan_operators(sys.argv[1]).items()))


if __name__ == "__main__":
    main()
