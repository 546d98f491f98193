#!/usr/bin/env python3
"""`make bench`: Liaison vs python-igraph vs NetworkX on the same inputs, in one run.

Creates bench/.venv with igraph and networkx (pip, from the Python package index), writes the
seeded inputs (generate.py, `liaison synth` for the workspace), builds the bench package (bench/Package.swift,
which depends on the product package by path) in release into bench/.build, runs every
workload of every tool several times (each run a fresh process, timed inside it), and prints the
median times, peak memory and ratios as a Markdown table (also written to bench/results[-quick].md).

    python3 bench/run.py            # full: G1 = 100k nodes / 1M edges (and ¼, ½), G2 = 10k / 50k,
                                    #       W = 20k contacts / 1M interactions
    python3 bench/run.py --quick    # small inputs, a minute or two

Runs per cell: `--repeats` (default 3), fewer when a cell is slow — after the first run, more runs
only while the cell's total stays under `--budget` seconds (default 40) — and one for NetworkX on
the full inputs. The table reports the median of the runs made.
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
# The bench package (bench/Package.swift) builds into bench/.build: liaison-bench is its own product,
# liaison the product package's executable, built from there too so that both link the same libraries.
BUILD = ["swift", "build", "-c", "release", "--package-path", HERE]
SWIFT_BENCH = os.path.join(HERE, ".build", "release", "liaison-bench")
LIAISON = os.path.join(HERE, ".build", "release", "liaison")
# Workloads whose Liaison implementation is parallel (the others ignore --threads).
PARALLEL = {"load", "betweenness", "closeness", "workspace"}


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    ok = os.path.exists(PY) and subprocess.run(
        [PY, "-c", "import igraph, networkx, scipy, numpy"], capture_output=True).returncode == 0
    if not ok:
        print("creating bench/.venv with igraph, networkx, scipy, numpy…", file=sys.stderr)
        sh([sys.executable, "-m", "venv", VENV])
        sh([PY, "-m", "pip", "install", "-q", "--upgrade", "pip"])
        sh([PY, "-m", "pip", "install", "-q", "igraph", "networkx", "scipy", "numpy"])
    out = subprocess.run([PY, "-c", "import igraph, networkx; print(igraph.__version__, networkx.__version__)"],
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], out[1]


def check_checkout_name():
    """SwiftPM names a path dependency after its folder, and the bench package after its own: with the
    repository in a folder called `bench` the two have the same identity and the product package's
    libraries are not found. Say so instead of SwiftPM's "product 'Liaison' … not found"."""
    if os.path.basename(ROOT).lower() == os.path.basename(HERE).lower():
        sys.exit(f"bench/run.py: the repository folder {ROOT} has the same name as the bench package "
                 f"folder ({os.path.basename(HERE)}), so SwiftPM cannot tell the two packages apart; "
                 "run from a checkout in a folder with another name")


def run_json(cmd, timeout):
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=timeout).stdout
        return json.loads(out.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        print(f"timed out after {timeout} s: {' '.join(cmd)}", file=sys.stderr)
        return None
    except subprocess.CalledProcessError as e:
        print(f"failed: {' '.join(cmd)}\n{e.stderr}", file=sys.stderr)
        return None


def measure(tool, workload, path, repeats, budget, threads=None, timeout=900, sample=300):
    if tool == "liaison":
        cmd = [SWIFT_BENCH, workload, path] + (["--threads", str(threads)] if threads else [])
    else:
        cmd = [PY, os.path.join(HERE, "py_workloads.py"), tool, workload, path, "--sample", str(sample)]
    runs, spent = [], 0.0
    while len(runs) < repeats and (not runs or spent < budget):
        start = time.monotonic()
        r = run_json(cmd, timeout)
        spent += time.monotonic() - start
        if r is None:
            break
        runs.append(r)
    if not runs:
        return None
    key = "load_s" if workload == "load" else "compute_s"
    return {"time": statistics.median(r[key] for r in runs), "runs": len(runs),
            "rss": max(r["peak_rss_kb"] for r in runs), "note": runs[0].get("note", ""),
            "load": statistics.median(r["load_s"] for r in runs)}


def fmt_time(x):
    if x is None:
        return "—"
    if x < 0.001:
        return f"{x * 1e6:.0f} µs"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def ratio(a, b):
    if not a or not b or b["time"] <= 0:
        return "—"
    r = a["time"] / b["time"]
    return f"{r:.3g}"


def machine():
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores{' (' + model + ')' if model else ''}, {mem:.0f} GiB RAM"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--budget", type=float, default=40, help="seconds per cell after which no more runs start")
    ap.add_argument("--only", help="comma-separated workloads to run (default: all)")
    a = ap.parse_args()
    check_checkout_name()
    ig_version, nx_version = ensure_venv()
    sh([PY, os.path.join(HERE, "generate.py")] + (["--quick"] if a.quick else []))
    sh(BUILD + ["--product", "liaison-bench"], cwd=ROOT)
    sh(BUILD + ["--product", "liaison"], cwd=ROOT)
    inputs = os.path.join(HERE, "inputs")
    if a.quick:
        g1, g2 = os.path.join(inputs, "G1q.txt"), os.path.join(inputs, "G2q.txt")
        g1_sizes = [g1]
    else:
        g1, g2 = os.path.join(inputs, "G1.txt"), os.path.join(inputs, "G2.txt")
        g1_sizes = [os.path.join(inputs, f) for f in ("G1_quarter.txt", "G1_half.txt", "G1.txt")]
    workloads = [("load", p) for p in g1_sizes] + [("components", g1)] + [("pagerank", p) for p in g1_sizes] \
        + [("louvain", g1), ("betweenness", g2), ("closeness", g2), ("constraint", g2)]
    ws = os.path.join(inputs, "Wq" if a.quick else "W")
    if not os.path.exists(os.path.join(ws, "contacts.csv")):
        n, m = (2000, 100_000) if a.quick else (20_000, 1_000_000)
        sh([LIAISON, "synth", "--contacts", str(n), "--interactions", str(m), "--seed", "1", "--out", ws])
    workloads.append(("workspace", ws))
    if a.only:
        keep = set(a.only.split(","))
        workloads = [w for w in workloads if w[0] in keep]

    rows = []
    for workload, path in workloads:
        name = f"{workload} ({os.path.basename(path).removesuffix('.txt')})"
        print(f"… {name}", file=sys.stderr)
        l1 = measure("liaison", workload, path, a.repeats, a.budget, threads=1)
        l2 = measure("liaison", workload, path, a.repeats, a.budget, threads=2) if workload in PARALLEL else None
        ig = nx = None
        if workload != "workspace":   # the Python tools have no workspace model
            ig = measure("igraph", workload, path, a.repeats, a.budget)
            nx = measure("networkx", workload, path, a.repeats if a.quick else 1, a.budget,
                         sample=50 if a.quick else 100)
        rows.append((name, path, l1, l2, ig, nx))
        print("   " + " | ".join(f"{t}: {fmt_time(x and x['time'])}" for t, x in
                                  (("L1", l1), ("L2", l2), ("ig", ig), ("nx", nx))), file=sys.stderr)

    lines = [f"Liaison benchmark — {time.strftime('%Y-%m-%d %H:%M %Z')} — {machine()}; "
             f"python-igraph {ig_version}, NetworkX {nx_version}; load average before the run "
             f"{os.getloadavg()[0]:.1f}",
             "",
             "| workload | liaison 1T | liaison 2T | igraph | networkx | liaison/igraph (1T · 2T) | "
             "liaison/networkx (1T · 2T) | peak MiB (L · ig · nx) | note |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, path, l1, l2, ig, nx in rows:
        best = min((x for x in (l1, l2) if x), key=lambda x: x["time"], default=None)
        mem = " · ".join(f"{x['rss'] / 1024:.0f}" if x else "—" for x in (best, ig, nx))
        ri = ratio(l1, ig) + (f" · {ratio(l2, ig)}" if l2 else "")
        rn = ratio(l1, nx) + (f" · {ratio(l2, nx)}" if l2 else "")
        notes = []
        if l1 and l1["note"]:
            notes.append(l1["note"])
        if nx and nx["note"]:
            notes.append("networkx: " + nx["note"])
        if path.endswith(".txt") and l1 and name.split()[0] in ("load", "pagerank"):
            edges = sum(1 for _ in open(path))
            notes.append(f"liaison {l1['time'] / edges * 1e9:.0f} ns/edge")
        few = [f"{t} {x['runs']} run{'s' if x['runs'] > 1 else ''}" for t, x in
               (("L1", l1), ("L2", l2), ("ig", ig), ("nx", nx)) if x and 1 < a.repeats and x["runs"] < a.repeats and t != "nx"]
        if few:
            notes.append("median of " + ", ".join(few))
        lines.append(f"| {name} | {fmt_time(l1 and l1['time'])} | {fmt_time(l2 and l2['time'])} | "
                     f"{fmt_time(ig and ig['time'])} | {fmt_time(nx and nx['time'])} | {ri} | {rn} | "
                     f"{mem} | {'; '.join(notes)} |")
    table = "\n".join(lines)
    print("\n" + table)
    out = os.path.join(HERE, "results-quick.md" if a.quick else "results.md")
    if not a.only:
        with open(out, "w") as f:
            f.write(table + "\n")
        print(f"\n(written to {os.path.relpath(out, ROOT)})", file=sys.stderr)


if __name__ == "__main__":
    main()
