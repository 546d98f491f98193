#!/usr/bin/env python3
"""`make bench`: Liaison vs python-igraph, NetworkX, NetworKit and rustworkx on the same inputs, in one run.

Creates bench/.venv with igraph, networkx, networkit and rustworkx (pip, from the Python package
index), writes the
seeded inputs (generate.py, `liaison synth` for the workspace), builds the bench package (bench/Package.swift,
which depends on the product package by path) in release into bench/.build, runs every
workload of every tool several times (each run a fresh process, timed inside it), and prints the
median times, peak memory and ratios as a Markdown table (also written to bench/results[-quick].md,
rewritten after every row, so an interrupted run leaves the rows it finished). NetworKit and
rustworkx run single- and two-threaded where they have a parallel implementation.

A second table compares the approximations of betweenness on W's network (exported with `liaison
export`): Liaison's KADABRA and Riondato–Kornaropoulos with lengths 1/w against NetworKit's
ApproxBetweenness (weighted), and Liaison's KADABRA with unit lengths against NetworKit's
KadabraBetweenness (unweighted only), each with its sample count and its largest error against
exact betweenness of every node (Liaison's exact Brandes, cached in bench/inputs).

    python3 bench/run.py            # full: G1 = 100k nodes / 1M edges (and ¼, ½), G2 = 10k / 50k,
                                    #       W = 20k contacts / 1M interactions
    python3 bench/run.py --quick    # small inputs, a minute or two

Runs per cell: `--repeats` (default 3), fewer when a cell is slow — after the first run, more runs
only while the cell's total stays under `--budget` seconds (default 40) — and one for NetworkX on
the full inputs. The table reports the median of the runs made.
"""
import argparse
import csv
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
PARALLEL = {"load", "betweenness", "betweenness-hops", "closeness", "workspace"}
# The peers' parallel implementations (OpenMP in NetworKit, rayon in rustworkx); their other
# workloads run once, with one thread. igraph and NetworkX are single-threaded.
PEER_PARALLEL = {"networkit": {"pagerank", "louvain", "betweenness", "betweenness-hops", "closeness",
                               "nk-approx", "nk-kadabra-hops"},
                 "rustworkx": {"betweenness-hops", "closeness"}}
PEERS = ["igraph", "networkx", "networkit", "rustworkx"]
SHORT = {"igraph": "ig", "networkx": "nx", "networkit": "nk", "rustworkx": "rx"}
NOT_OFFERED = "n/a"   # the peer has no such algorithm (py_workloads.py exits 3)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    """bench/.venv with the four Python peers; returns their versions by name."""
    modules = "igraph, networkx, networkit, rustworkx, scipy, numpy"
    ok = os.path.exists(PY) and subprocess.run(
        [PY, "-c", f"import {modules}"], capture_output=True).returncode == 0
    if not ok:
        print(f"creating bench/.venv with {modules}…", file=sys.stderr)
        if not os.path.exists(PY):
            sh([sys.executable, "-m", "venv", VENV])
        sh([PY, "-m", "pip", "install", "-q", "--upgrade", "pip"])
        sh([PY, "-m", "pip", "install", "-q", "igraph", "networkx", "networkit", "rustworkx", "scipy", "numpy"])
    out = subprocess.run([PY, "-c", "import igraph, networkx, networkit, rustworkx; print(igraph.__version__, "
                          "networkx.__version__, networkit.__version__, rustworkx.__version__)"],
                         capture_output=True, text=True, check=True).stdout.split()
    return dict(zip(PEERS, out))


def check_checkout_name():
    """SwiftPM names a path dependency after its folder, and the bench package after its own: with the
    repository in a folder called `bench` the two have the same identity and the product package's
    libraries are not found. Say so instead of SwiftPM's "product 'Liaison' … not found"."""
    if os.path.basename(ROOT).lower() == os.path.basename(HERE).lower():
        sys.exit(f"bench/run.py: the repository folder {ROOT} has the same name as the bench package "
                 f"folder ({os.path.basename(HERE)}), so SwiftPM cannot tell the two packages apart; "
                 "run from a checkout in a folder with another name")


def run_json(cmd, timeout, env=None):
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=timeout, env=env).stdout
        return json.loads(out.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        print(f"timed out after {timeout} s: {' '.join(cmd)}", file=sys.stderr)
        return None
    except subprocess.CalledProcessError as e:
        if e.returncode == 3:
            return NOT_OFFERED
        print(f"failed: {' '.join(cmd)}\n{e.stderr}", file=sys.stderr)
        return None


def measure(tool, workload, path, repeats, budget, threads=None, timeout=900, sample=300, values=None):
    env = None
    if tool == "liaison":
        cmd = [SWIFT_BENCH, workload, path] + (["--threads", str(threads)] if threads else [])
    else:
        cmd = [PY, os.path.join(HERE, "py_workloads.py"), tool, workload, path, "--sample", str(sample),
               "--threads", str(threads or 1)]
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads or 1), OMP_NUM_THREADS=str(threads or 1))
    if values:
        cmd += ["--values", values]
    runs, spent = [], 0.0
    while len(runs) < repeats and (not runs or spent < budget):
        start = time.monotonic()
        r = run_json(cmd, timeout, env)
        spent += time.monotonic() - start
        if r == NOT_OFFERED:
            return NOT_OFFERED
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
    if x == NOT_OFFERED:
        return x
    if isinstance(x, dict):
        x = x["time"]
    if x is None:
        return "—"
    if x < 0.001:
        return f"{x * 1e6:.0f} µs"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def ratio(a, b):
    if b == NOT_OFFERED:
        return NOT_OFFERED
    if not a or not b or a == NOT_OFFERED or b["time"] <= 0:
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


def header(versions, partial):
    v = ", ".join(f"{name} {versions[key]}" for key, name in
                  (("igraph", "python-igraph"), ("networkx", "NetworkX"), ("networkit", "NetworKit"),
                   ("rustworkx", "rustworkx")))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"Liaison benchmark — {time.strftime('%Y-%m-%d %H:%M %Z')} — {machine()}; {v}; "
            f"load average (1, 5, 15 min) when this was written {load}" + (f" — {partial}" if partial else ""))


def pair(a, b):
    """`a · b` when the tool ran at two thread counts, else `a`."""
    return f"{a} · {b}" if b is not None else a


def two_thread(l1, l2):
    """Liaison given two threads: its 2-thread run where the workload is parallel, else its 1-thread run
    (the same program; it would not use the second core)."""
    return l2 if l2 else l1


def graph_table(rows, versions, repeats, partial=""):
    lines = [header(versions, partial), "",
             "Times: the algorithm only, load excluded (the `load` rows: reading the edge list); median of "
             "the runs. 1T · 2T: one and two threads, for tools with a parallel implementation. "
             "Ratios are Liaison ÷ peer (below 1: Liaison is faster), at 1T · 2T where the peer runs both "
             "(Liaison at 2T against the single-threaded igraph and NetworkX). n/a: the peer has no such "
             "algorithm. Peak memory is the process's, interpreter included.", "",
             "| workload | liaison 1T · 2T | igraph | networkx | networkit 1T · 2T | rustworkx 1T · 2T | "
             "÷ igraph | ÷ networkx | ÷ networkit | ÷ rustworkx | peak MiB (L · ig · nx · nk · rx) | note |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    wins = []
    for name, path, l1, l2, r in rows:
        best = min((x for x in (l1, l2) if x), key=lambda x: x["time"], default=None)
        cols = [pair(fmt_time(l1), fmt_time(l2) if l2 else None)]
        ratios = []
        for tool in PEERS:
            p1, p2 = r.get(tool, (None, None))
            cols.append(pair(fmt_time(p1), fmt_time(p2) if p2 else None))
            if p2 and p2 != NOT_OFFERED:
                ratios.append(f"{ratio(l1, p1)} · {ratio(two_thread(l1, l2), p2)}")
            else:
                ratios.append(ratio(l1, p1) + (f" · {ratio(l2, p1)}" if l2 and p1 != NOT_OFFERED else ""))
        peaks = [best] + [r.get(t, (None, None))[0] for t in PEERS]
        mem = " · ".join(f"{x['rss'] / 1024:.0f}" if isinstance(x, dict) else "—" for x in peaks)
        notes = []
        if l1 and l1["note"]:
            notes.append(l1["note"])
        for tool in PEERS:
            p1 = r.get(tool, (None, None))[0]
            if isinstance(p1, dict) and p1["note"] and "components" not in p1["note"]:
                notes.append(f"{tool}: {p1['note']}")
        if path.endswith(".txt") and l1 and name.split()[0] in ("load", "pagerank"):
            edges = sum(1 for _ in open(path))
            notes.append(f"liaison {l1['time'] / edges * 1e9:.0f} ns/edge")
        few = [f"{t} {x['runs']} run{'s' if x['runs'] > 1 else ''}" for t, x in
               [("L1", l1), ("L2", l2)] + [(f"{t} {k}T", r.get(t, (None, None))[k - 1]) for t in PEERS for k in (1, 2)]
               if isinstance(x, dict) and 1 < repeats and x["runs"] < repeats and not t.startswith("networkx")]
        if few:
            notes.append("median of " + ", ".join(few))
        lines.append(f"| {name} | " + " | ".join(cols) + " | " + " | ".join(ratios) +
                     f" | {mem} | {'; '.join(notes)} |")
        wins += [f"{name}: {tool} {x}" for tool, rs in zip(PEERS, ratios) for x in rs.split(" · ")
                 if x not in ("—", NOT_OFFERED) and float(x) > 1]
    lines += ["", "Where a peer is faster (Liaison ÷ peer above 1): " + ("; ".join(wins) if wins else "none") +
              ". Why, and what it would take: bench/README.md, \"Where a peer wins\"."]
    return "\n".join(lines)


def export_edge_list(ws, out):
    """W's network as a `u v w` edge list (contacts numbered 0, 1, … in order of first appearance,
    weight = tie strength), from `liaison export --format csv` (written once, then reused)."""
    if os.path.exists(out):
        return
    base = out.removesuffix(".txt") + "-export"
    print(f"exporting {ws} with liaison export (once)…", file=sys.stderr)
    sh([LIAISON, "export", ws, "--format", "csv", "-o", base], stderr=subprocess.DEVNULL)
    index = {}
    tmp = out + ".tmp"
    with open(base + "-edges.csv", newline="") as f, open(tmp, "w") as g:
        rows = csv.DictReader(f)
        for row in rows:
            u, v = (index.setdefault(row[k], len(index)) for k in ("source", "target"))
            g.write(f"{u} {v} {float(row['weight'])!r}\n")
    os.replace(tmp, out)


def read_values(path):
    with open(path) as f:
        return {a: float(b) for a, b in (line.split() for line in f)}


def max_error(values_path, exact, scale):
    """max over every node of |estimate − exact·scale|, and the node where it is reached."""
    est = read_values(values_path)
    return max((abs(est.get(k, 0.0) - x * scale), k) for k, x in exact.items())


def approx_section(edges, repeats, budget, versions):
    """The approximations of betweenness on W's edge list against exact values of every node."""
    inputs = os.path.dirname(edges)
    stem = os.path.basename(edges).removesuffix(".txt")
    exact = {}
    for lengths, workload in (("1/w", "betweenness"), ("1", "betweenness-hops")):
        path = os.path.join(inputs, f"{stem}.exact-{workload}.txt")
        if not os.path.exists(path):
            print(f"… exact {workload} of every node on {stem} (once, cached in {os.path.relpath(path, ROOT)})",
                  file=sys.stderr)
            r = measure("liaison", workload, edges, 1, 0, threads=2, timeout=7200, values=path + ".tmp")
            if not r:
                return None
            os.replace(path + ".tmp", path)
            with open(path + ".time", "w") as f:
                f.write(f"{r['time']}\n")
        exact[lengths] = read_values(path)
    n = len(exact["1"])
    # The cheap runs first: on a busy machine the slow NetworKit ApproxBetweenness comes last.
    runs = [("1/w", "liaison", "kadabra", "KADABRA (Borassi–Natale), bidirectional Dijkstra"),
            ("1", "liaison", "kadabra-hops", "KADABRA, level-synchronous bidirectional BFS (unit lengths)"),
            ("1", "networkit", "nk-kadabra-hops", "KadabraBetweenness (KADABRA, bidirectional BFS)"),
            ("1/w", "liaison", "approx-rk", "Riondato–Kornaropoulos, Dijkstra"),
            ("1/w", "networkit", "nk-approx", "ApproxBetweenness (Riondato–Kornaropoulos), Dijkstra")]
    rows = []
    for lengths, tool, workload, what in runs:
        print(f"… {workload} ({stem})", file=sys.stderr)
        per = []
        for t in (1, 2):
            vals = os.path.join(inputs, f"{stem}.{workload}.{t}T.txt")
            r = measure(tool, workload, edges, repeats, budget, threads=t, timeout=3600, values=vals)
            err = None
            if isinstance(r, dict):
                # NetworKit's estimates are fractions of the n(n−1) ordered pairs; Liaison's (like
                # NetworkX's normalised values) divide by (n−1)(n−2): compare each in its own scale.
                # NetworKit's KadabraBetweenness reports twice that fraction on undirected graphs
                # (its scores sum to 2.0× the exact values' sum on Wq, 2.265 against 1.139).
                scale = 1.0 if tool != "networkit" else (n - 2) / n * (2 if workload == "nk-kadabra-hops" else 1)
                err = max_error(vals, exact[lengths], scale)
            per.append((r, err))
        rows.append((lengths, tool, workload, what, per))
        print("   " + " | ".join(f"{fmt_time(r)} (max error {e[0]:.4f})" if e else fmt_time(r) for r, e in per),
              file=sys.stderr)
    ref = {lengths: per for lengths, tool, workload, _, per in rows if workload in ("kadabra", "kadabra-hops")}
    lines = ["", f"Approximate betweenness on {stem} ({n} nodes with a tie; ε = 0.05, δ = 0.1, seed 1; "
             "algorithm time only). Max error: the largest |estimate − exact| over every node, against "
             "exact betweenness of every node (Liaison's Brandes with the same lengths, "
             f"{float(open(os.path.join(inputs, stem + '.exact-betweenness.txt.time')).read()):.0f} s with "
             f"1/w and {float(open(os.path.join(inputs, stem + '.exact-betweenness-hops.txt.time')).read()):.0f} s "
             "with unit lengths, 2 threads; cached). NetworKit's values are compared in its own scale "
             "(pairs counted over n(n−1); KadabraBetweenness: twice that on undirected graphs). ÷: Liaison's KADABRA with the same lengths ÷ this row.", "",
             "| lengths | tool | algorithm | 1T | 2T | samples (1T) | max error (1T · 2T) | "
             "Liaison KADABRA ÷ this (1T · 2T) |",
             "|---|---|---|---|---|---|---|---|"]
    for lengths, tool, workload, what, per in sorted(rows, key=lambda row: row[0] != "1/w"):
        (r1, e1), (r2, e2) = per
        note = r1["note"] if isinstance(r1, dict) else ""
        errs = " · ".join(f"{e[0]:.4f}" if e else "—" for e in (e1, e2))
        k1, k2 = ref[lengths][0][0], ref[lengths][1][0]
        ratios = "—" if workload.startswith("kadabra") else f"{ratio(k1, r1)} · {ratio(k2, r2)}"
        lines.append(f"| {lengths} | {tool} | {what} | {fmt_time(r1)} | {fmt_time(r2)} | {note} | {errs} | {ratios} |")
    wins = [f"{what} (lengths {lengths}, {k}T) {x}" for lengths, tool, workload, what, per in rows if tool != "liaison"
            for x, r, k in ((ratio(ref[lengths][0][0], per[0][0]), per[0][0], 1), (ratio(ref[lengths][1][0], per[1][0]), per[1][0], 2))
            if x not in ("—", NOT_OFFERED) and float(x) > 1]
    lines += ["", "Where NetworKit is faster than Liaison's KADABRA (÷ above 1): " + ("; ".join(wins) if wins else "none") +
              ". Why, and what it would take: bench/README.md, \"Where a peer wins\"."]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--budget", type=float, default=40, help="seconds per cell after which no more runs start")
    ap.add_argument("--only", help="comma-separated workloads to run (default: all; `approx`: the "
                    "approximate-betweenness table)")
    a = ap.parse_args()
    check_checkout_name()
    versions = ensure_venv()
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
        + [("louvain", g1), ("betweenness", g2), ("betweenness-hops", g2), ("closeness", g2), ("constraint", g2)]
    ws = os.path.join(inputs, "Wq" if a.quick else "W")
    if not os.path.exists(os.path.join(ws, "contacts.csv")):
        n, m = (2000, 100_000) if a.quick else (20_000, 1_000_000)
        sh([LIAISON, "synth", "--contacts", str(n), "--interactions", str(m), "--seed", "1", "--out", ws])
    workloads.append(("workspace", ws))
    keep = set(a.only.split(",")) if a.only else None
    if keep:
        workloads = [w for w in workloads if w[0] in keep]
    out = os.path.join(HERE, "results-quick.md" if a.quick else "results.md")

    def write(text):
        if not keep:
            with open(out, "w") as f:
                f.write(text + "\n")

    rows = []
    for k, (workload, path) in enumerate(workloads):
        name = f"{workload} ({os.path.basename(path).removesuffix('.txt')})"
        print(f"… {name}", file=sys.stderr)
        l1 = measure("liaison", workload, path, a.repeats, a.budget, threads=1)
        l2 = measure("liaison", workload, path, a.repeats, a.budget, threads=2) if workload in PARALLEL else None
        peers = {}
        if workload != "workspace":   # the Python tools have no workspace model
            for tool in PEERS:
                reps = a.repeats if a.quick or tool != "networkx" else 1
                p1 = measure(tool, workload, path, reps, a.budget, threads=1, sample=50 if a.quick else 100)
                p2 = measure(tool, workload, path, reps, a.budget, threads=2) \
                    if workload in PEER_PARALLEL.get(tool, ()) and p1 != NOT_OFFERED else None
                peers[tool] = (p1, p2)
        rows.append((name, path, l1, l2, peers))
        print("   " + " | ".join(f"{t}: {fmt_time(x)}" for t, x in
                                  [("L1", l1), ("L2", l2)] + [(f"{SHORT[t]}{i + 1}", x) for t, p in peers.items()
                                                              for i, x in enumerate(p) if x]), file=sys.stderr)
        write(graph_table(rows, versions, a.repeats, f"partial: {k + 1} of {len(workloads)} rows, "
                          "approximate betweenness not yet run"))
    table = graph_table(rows, versions, a.repeats)
    if not keep or "approx" in keep:
        edges = ws + ".txt"
        export_edge_list(ws, edges)
        approx = approx_section(edges, 1 if not a.quick else a.repeats, a.budget, versions)
        if approx:
            table = graph_table(rows, versions, a.repeats) + "\n" + approx
    print("\n" + table)
    write(table)
    if not keep:
        print(f"\n(written to {os.path.relpath(out, ROOT)})", file=sys.stderr)


if __name__ == "__main__":
    main()
