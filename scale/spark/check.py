#!/usr/bin/env python3
"""`make spark-check`: the Spark job against the Swift reference, on data/demo and on a synthetic workspace.

For each workspace:
1. Swift: `liaison ties WS --format csv` (every tie, its class, components and declared strength),
   `liaison centrality WS --format csv` (PageRank) and `liaison summary WS --format json` (the
   number of connected components).
2. Spark, in local[2]: `liaison_spark.py measures` on the workspace's CSVs.
3. Compared:
   - the pairs: the same set of (a, b);
   - strength, the eight components and the declared strength: max |Spark − Swift| ≤ 1e-9;
   - class, touches and last_touch: equal on every pair;
   - PageRank: max |Spark − reference| ≤ 1e-6; the reference is `liaison centrality` on workspaces of
     at most --centrality-max contacts (5,000: the demo). `liaison centrality` (and `liaison export`,
     which carries the same node table) computes every node measure, closeness and harmonic among
     them (a Dijkstra search from every contact), so on the 20,000-contact synthetic workspace it
     takes many minutes on 2 cores and no Liaison command prints PageRank alone; there the
     reference is NetworkX's PageRank (tol 1e-12, the definition `Graph.pageRank` implements) on the
     strength graph of `liaison ties`' output. `--centrality-max 0` forces `liaison centrality`;
   - components: the partition equals the connected components of the Swift strength graph
     (NetworkX `connected_components` over every contact and the ties with strength > 0), and the
     count is printed beside `liaison summary`'s (whose contact graph also links pairs of strength 0);
   - overlap: Onnela's n_ab / ((k_a − 1) + (k_b − 1) − n_ab) from NetworkX's common neighbours on the
     Swift graph, max diff ≤ 1e-12; ego networks: the edge set of a 2-hop ego graph of `me` equals
     NetworkX's `ego_graph(G, me, radius=2)`.
Prints every number; exits 1 when any check fails.

    python3 scale/spark/check.py --liaison .build/release/liaison --work scale/work
"""

from __future__ import annotations

import argparse
import csv
import glob
import io
import json
import os
import subprocess
import sys
import time

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
COMPONENT_NAMES = ["recency", "intensity", "frequency", "reciprocity", "duration", "responsiveness",
                   "exchange", "embeddedness"]


def run(cmd, **kw):
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def swift_csv(cmd) -> list[dict]:
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def parts(folder) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "part-*.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            rows.extend(csv.DictReader(f))
    return rows


def num(x):
    return None if x in ("", None) else float(x)


class Report:
    def __init__(self, name):
        self.name, self.failures = name, []

    def expect(self, ok, text):
        print(f"  [{'ok' if ok else 'FAIL'}] {text}")
        if not ok:
            self.failures.append(text)


def networkx_pagerank(g):
    """NetworkX's PageRank (alpha 0.85, weight, tol 1e-12): the SciPy form when SciPy is installed,
    else NetworkX's own pure-Python power iteration (same definition and stopping rule)."""
    try:
        import scipy  # noqa: F401
        return nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)


def check_workspace(name, ws, liaison, out, report: Report, me_hint=None, run_spark=True, centrality_max=5000):
    print(f"\n== {name}: {ws}")
    t = time.time()
    swift_ties = swift_csv([liaison, "ties", ws, "--format", "csv"])
    swift_time = time.time() - t
    with open(os.path.join(ws, "contacts.csv"), newline="", encoding="utf-8") as f:
        contacts = list(csv.DictReader(f))
    t = time.time()
    use_centrality = centrality_max <= 0 or len(contacts) <= centrality_max
    centrality = swift_csv([liaison, "centrality", ws, "--format", "csv", "--approx", "0.05"]) if use_centrality else None
    summary = json.loads(subprocess.run([liaison, "summary", ws, "--format", "json"], check=True,
                                        capture_output=True, text=True).stdout)
    swift_measures_time = time.time() - t
    me = me_hint or next((c["id"] for c in contacts if c.get("kind") == "me"), contacts[0]["id"])
    cmd = ["nice", "-n", "19", sys.executable, os.path.join(HERE, "liaison_spark.py"), "measures",
           os.path.join(ws, "interactions.csv"), "--contacts", os.path.join(ws, "contacts.csv"),
           "--out", out, "--master", "local[2]", "--ego", me, "--hops", "2"]
    t = time.time()
    if run_spark:
        run(cmd)
    else:
        print(f"  (comparing the existing Spark output in {out}; it was made by: {' '.join(cmd[3:])})")
    spark_time = time.time() - t
    print(f"  times: swift ties {swift_time:.1f} s, swift centrality+summary {swift_measures_time:.1f} s, "
          f"spark measures (incl. JVM start) {spark_time:.1f} s; load average {os.getloadavg()[0]:.1f}")

    # Ties.
    spark_ties = parts(os.path.join(out, "ties"))
    sw = {(r["a"], r["b"]): r for r in swift_ties}
    sp = {(r["a"], r["b"]): r for r in spark_ties}
    report.expect(len(sp) == len(spark_ties), f"Spark pairs are unique ({len(spark_ties)} rows)")
    report.expect(set(sw) == set(sp), f"same pairs: Swift {len(sw)}, Spark {len(sp)}, "
                  f"only Swift {len(set(sw) - set(sp))}, only Spark {len(set(sp) - set(sw))}")
    common = set(sw) & set(sp)
    for column in ["strength"] + COMPONENT_NAMES + ["declared"]:
        worst, where, mismatched_empty = 0.0, None, 0
        for k in common:
            x, y = num(sw[k][column]), num(sp[k][column])
            if (x is None) != (y is None):
                mismatched_empty += 1
                continue
            if x is not None and abs(x - y) > worst:
                worst, where = abs(x - y), k
        report.expect(worst <= 1e-9 and mismatched_empty == 0,
                      f"{column}: max |diff| {worst:.3g}{f' at {where}' if where and worst > 1e-9 else ''}"
                      f"{f', {mismatched_empty} empty on one side only' if mismatched_empty else ''}")
    for column in ["class", "touches", "last_touch"]:
        diff = [k for k in common if sw[k][column] != sp[k][column]]
        report.expect(not diff, f"{column}: {len(common) - len(diff)} of {len(common)} equal"
                      + (f" (first difference {diff[0]}: {sw[diff[0]][column]!r} vs {sp[diff[0]][column]!r})" if diff else ""))
    classes = {}
    for r in swift_ties:
        classes[r["class"]] = classes.get(r["class"], 0) + 1
    print(f"  classes (Swift): {dict(sorted(classes.items()))}")
    order_ok = [(-float(r["strength"]), r["a"], r["b"]) for r in spark_ties] == \
        sorted((-float(r["strength"]), r["a"], r["b"]) for r in spark_ties)
    report.expect(order_ok, "Spark rows are strongest first, then by (a, b)")

    # The strength graph of the Swift output.
    g = nx.Graph()
    g.add_nodes_from(c["id"] for c in contacts)
    for (a, b), r in sw.items():
        s = float(r["strength"])
        if s > 0:
            g.add_edge(a, b, weight=min(1.0, s))

    nodes = {r["id"]: r for r in parts(os.path.join(out, "nodes"))}
    report.expect(set(nodes) == set(g.nodes), f"nodes: Spark {len(nodes)}, contacts {g.number_of_nodes()}")
    deg = max(abs(int(nodes[v]["degree"]) - g.degree(v)) for v in g.nodes)
    stre = max(abs(float(nodes[v]["strength"]) - g.degree(v, weight="weight")) for v in g.nodes)
    report.expect(deg == 0 and stre <= 1e-9, f"degree max |diff| {deg}, strength max |diff| {stre:.3g}")

    if centrality is not None:
        reference, source = {r["id"]: float(r["pagerank"]) for r in centrality}, "liaison centrality"
    else:
        t = time.time()
        reference = networkx_pagerank(g)
        source = (f"NetworkX pagerank on the Swift strength graph ({time.time() - t:.1f} s; "
                  f"liaison centrality skipped above {centrality_max} contacts)")
    pr = max(abs(float(nodes[v]["pagerank"]) - reference[v]) for v in g.nodes)
    report.expect(pr <= 1e-6, f"PageRank max |diff| vs {source} {pr:.3g} (sum Spark "
                  f"{sum(float(r['pagerank']) for r in nodes.values()):.12f})")

    reference = {frozenset(c) for c in nx.connected_components(g)}
    groups = {}
    for v, r in nodes.items():
        groups.setdefault(r["component"], set()).add(v)
    spark_parts = {frozenset(s) for s in groups.values()}
    report.expect(spark_parts == reference,
                  f"components of the strength graph: Spark {len(spark_parts)}, NetworkX on the Swift graph "
                  f"{len(reference)}; largest {max(map(len, spark_parts))}; partitions "
                  f"{'equal' if spark_parts == reference else 'DIFFER'} (liaison summary's contact graph, which "
                  f"also links pairs of strength 0 and touches after as_of: {summary['components']})")

    overlap = parts(os.path.join(out, "overlap"))
    worst = 0.0
    for r in overlap:
        a, b = r["a"], r["b"]
        n_ab = len(list(nx.common_neighbors(g, a, b)))
        den = (g.degree(a) - 1) + (g.degree(b) - 1) - n_ab
        ref = n_ab / den if den > 0 else 0.0
        worst = max(worst, abs(float(r["overlap"]) - ref))
    report.expect(len(overlap) == g.number_of_edges() and worst <= 1e-12,
                  f"overlap: {len(overlap)} ties (graph {g.number_of_edges()}), max |diff| {worst:.3g}")

    ego_path = os.path.join(out, "ego", me + ".csv")
    with open(ego_path, newline="", encoding="utf-8") as f:
        ego_rows = list(csv.DictReader(f))
    ref_ego = nx.ego_graph(g, me, radius=2)
    ego_edges = {frozenset((r["source"], r["target"])) for r in ego_rows}
    report.expect(ego_edges == {frozenset(e) for e in ref_ego.edges},
                  f"ego network of {me} within 2 hops: {len(ego_edges)} edges, NetworkX ego_graph {ref_ego.number_of_edges()}")
    loaded = subprocess.run([liaison, "summary", "--edges", ego_path, "--format", "json"], capture_output=True, text=True)
    ok = loaded.returncode == 0 and json.loads(loaded.stdout)["edges"] == len(ego_edges)
    report.expect(ok, f"liaison summary --edges {os.path.relpath(ego_path)} reads it"
                  + (f" ({json.loads(loaded.stdout)['nodes']} nodes, {json.loads(loaded.stdout)['edges']} edges)" if ok else f": {loaded.stderr.strip()[:200]}"))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--liaison", default=".build/release/liaison")
    p.add_argument("--work", default="scale/work")
    p.add_argument("--synth-contacts", type=int, default=20000)
    p.add_argument("--synth-interactions", type=int, default=1000000)
    p.add_argument("--skip-synth", action="store_true")
    p.add_argument("--centrality-max", type=int, default=5000,
                   help="PageRank reference: liaison centrality up to this many contacts, NetworkX above (0: always liaison)")
    p.add_argument("--compare-only", action="store_true",
                   help="do not run Spark: compare the outputs already in WORK/out-demo and WORK/out-synth")
    args = p.parse_args()
    os.makedirs(args.work, exist_ok=True)
    report = Report("spark-check")
    check_workspace("demo", "data/demo", args.liaison, os.path.join(args.work, "out-demo"), report,
                    run_spark=not args.compare_only, centrality_max=args.centrality_max)
    if not args.skip_synth:
        ws = os.path.join(args.work, f"synth-{args.synth_contacts}-{args.synth_interactions}")
        if not os.path.exists(os.path.join(ws, "contacts.csv")):
            run([args.liaison, "synth", "--contacts", str(args.synth_contacts), "--interactions",
                 str(args.synth_interactions), "--seed", "1", "--out", ws])
        check_workspace("synth", ws, args.liaison, os.path.join(args.work, "out-synth"), report,
                        run_spark=not args.compare_only, centrality_max=args.centrality_max)
    print()
    if report.failures:
        print(f"spark-check: FAILED ({len(report.failures)} checks)")
        for f in report.failures:
            print("  " + f)
        sys.exit(1)
    print("spark-check: all checks passed")


if __name__ == "__main__":
    main()
