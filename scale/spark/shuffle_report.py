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

    python3 scale/spark/shuffle_report.py EVENT_LOG_FILE [--json]
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


if __name__ == "__main__":
    main()
