#!/usr/bin/env python3
"""`make bench`: Liaison vs python-igraph vs NetworkX on the same inputs, in one run.

Creates bench/.venv with igraph and networkx (from the Python package index), writes the seeded
inputs (generate.py), builds Liaison in release, runs every workload of every tool several times
(each in a fresh process), and prints the median times, peak memory and ratios as a Markdown table.

    python3 bench/run.py            # full: G1 = 100k nodes / 1M edges, G2 = 10k / 50k, W = 20k contacts
    python3 bench/run.py --quick    # small inputs, a minute or two
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENV = os.path.join(HERE, ".venv")
PY = os.path.join(VENV, "bin", "python")
SWIFT_BENCH = os.path.join(ROOT, ".build", "release", "liaison-bench")
LIAISON = os.path.join(ROOT, ".build", "release", "liaison")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    if not os.path.exists(PY):
        print("creating bench/.venv with igraph and networkx…", file=sys.stderr)
        sh([sys.executable, "-m", "venv", VENV])
        sh([PY, "-m", "pip", "install", "-q", "igraph", "networkx", "scipy", "numpy"])


def run_json(cmd, timeout):
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=timeout).stdout
        return json.loads(out.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        print(f"failed: {' '.join(cmd)}\n{e.stderr}", file=sys.stderr)
        return None


def measure(tool, workload, path, repeats, threads=None, timeout=900, sample=300):
    if tool == "liaison":
        cmd = [SWIFT_BENCH, workload, path] + (["--threads", str(threads)] if threads else [])
    else:
        cmd = [PY, os.path.join(HERE, "py_workloads.py"), tool, workload, path, "--sample", str(sample)]
    runs = [r for r in (run_json(cmd, timeout) for _ in range(repeats)) if r]
    if not runs:
        return None
    key = "load_s" if workload == "load" else "compute_s"
    return {"time": statistics.median(r[key] for r in runs),
            "rss": max(r["peak_rss_kb"] for r in runs),
            "note": runs[0].get("note", "")}


def fmt_time(x):
    if x is None:
        return "—"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def ratio(a, b):
    if not a or not b:
        return "—"
    return f"{a['time'] / b['time']:.3f}" if b["time"] > 0 else "—"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    ensure_venv()
    sh([PY, os.path.join(HERE, "generate.py")] + (["--quick"] if a.quick else []))
    sh(["swift", "build", "-c", "release", "--product", "liaison-bench"], cwd=ROOT)
    sh(["swift", "build", "-c", "release", "--product", "liaison"], cwd=ROOT)
    inputs = os.path.join(HERE, "inputs")
    g1 = os.path.join(inputs, "G1q.txt" if a.quick else "G1.txt")
    g2 = os.path.join(inputs, "G2q.txt" if a.quick else "G2.txt")
    workloads = [("load", g1), ("components", g1), ("pagerank", g1), ("louvain", g1),
                 ("betweenness", g2), ("closeness", g2), ("constraint", g2)]
    if not a.quick:
        workloads += [("load", os.path.join(inputs, "G1_quarter.txt")), ("load", os.path.join(inputs, "G1_half.txt")),
                      ("pagerank", os.path.join(inputs, "G1_quarter.txt")), ("pagerank", os.path.join(inputs, "G1_half.txt"))]
    rows = []
    for workload, path in workloads:
        name = f"{workload} ({os.path.basename(path).removesuffix('.txt')})"
        print(f"… {name}", file=sys.stderr)
        l1 = measure("liaison", workload, path, a.repeats, threads=1)
        l2 = measure("liaison", workload, path, a.repeats, threads=2)
        ig = measure("igraph", workload, path, a.repeats)
        nx = measure("networkx", workload, path, 1 if not a.quick else a.repeats, sample=100 if a.quick else 300)
        rows.append((name, l1, l2, ig, nx))

    # End to end on a workspace: Liaison only (the other tools have no workspace model).
    ws = os.path.join(inputs, "Wq" if a.quick else "W")
    if not os.path.exists(os.path.join(ws, "contacts.csv")):
        n, m = (2000, 100_000) if a.quick else (20_000, 1_000_000)
        sh([LIAISON, "synth", "--contacts", str(n), "--interactions", str(m), "--seed", "1", "--out", ws])
    e2e = measure("liaison", "workspace", ws, a.repeats)

    print(f"\nLiaison benchmark — {time.strftime('%Y-%m-%d')} — {platform.machine()}, "
          f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB\n")
    print("| workload | liaison 1T | liaison 2T | igraph | networkx | liaison/igraph | liaison/networkx | peak MiB (L / ig / nx) | note |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, l1, l2, ig, nx in rows:
        best = min((x for x in (l1, l2) if x), key=lambda x: x["time"], default=None)
        mem = " / ".join(f"{x['rss'] / 1024:.0f}" if x else "—" for x in (best, ig, nx))
        print(f"| {name} | {fmt_time(l1 and l1['time'])} | {fmt_time(l2 and l2['time'])} | {fmt_time(ig and ig['time'])} | "
              f"{fmt_time(nx and nx['time'])} | {ratio(best, ig)} | {ratio(best, nx)} | {mem} | {nx['note'] if nx else ''} |")
    if e2e:
        print(f"| end to end on W ({os.path.basename(ws)}) | {fmt_time(e2e['time'])} | | | | | | {e2e['rss'] / 1024:.0f} | {e2e['note']} |")


if __name__ == "__main__":
    main()
