#!/usr/bin/env python3
"""Runs one workload in python-igraph or NetworkX, timed inside the process.

Prints one JSON line: {"tool", "workload", "input", "load_s", "compute_s", "peak_rss_kb", "note"}.
Load and compute are timed separately (time.perf_counter); peak memory is the process's maximum
resident set size (getrusage), as for Liaison.

Preparation that is not the measure itself (the distance attribute 1/w for path-based measures,
seeding) happens before the compute timer starts. igraph's Louvain (community_multilevel) draws
from Python's `random`, seeded here.

Where NetworkX would take far too long (exact betweenness and closeness over every source,
constraint of every node), it runs on a seeded sample of sources/nodes and the time is scaled up
linearly to the whole graph; the note says so. Each of those measures is a sum of independent
per-source (per-node) work, so the scaling is faithful up to cache effects.
"""
import argparse
import json
import random
import resource
import sys
import time


def load(tool, path):
    if tool == "igraph":
        import igraph as ig
        return ig.Graph.Read_Ncol(path, names=True, weights=True, directed=False)
    import networkx as nx
    return nx.read_weighted_edgelist(path, nodetype=int)


def prepare(tool, workload, g):
    """Untimed set-up: the length attribute dist = 1/w for the path-based measures."""
    random.seed(1)
    if workload not in ("betweenness", "closeness"):
        return
    if tool == "igraph":
        g.es["dist"] = [1.0 / w for w in g.es["weight"]]
    else:
        for _, _, d in g.edges(data=True):
            d["dist"] = 1.0 / d["weight"]


def run(tool, workload, g, sample):
    """The timed measure; returns (factor the time is scaled by, note)."""
    note = ""
    if tool == "igraph":
        if workload == "components":
            g.connected_components()
        elif workload == "pagerank":
            g.pagerank(weights="weight")
        elif workload == "louvain":
            c = g.community_multilevel(weights="weight")
            note = f"Q = {g.modularity(c, weights='weight'):.4f}, {len(c)} communities"
        elif workload == "betweenness":
            g.betweenness(weights="dist")
        elif workload == "closeness":
            g.closeness(weights="dist")
        elif workload == "constraint":
            g.constraint(weights="weight")
        else:
            raise SystemExit(f"unknown workload {workload}")
        return 1.0, note
    import networkx as nx
    n = g.number_of_nodes()
    if workload == "components":
        list(nx.connected_components(g))
    elif workload == "pagerank":
        nx.pagerank(g, weight="weight", tol=1e-10)
    elif workload == "louvain":
        c = nx.community.louvain_communities(g, weight="weight", seed=1)
        note = f"Q = {nx.community.modularity(g, c, weight='weight'):.4f}, {len(c)} communities"
    elif workload in ("betweenness", "closeness", "constraint"):
        k = min(sample, n)
        nodes = random.Random(7).sample(sorted(g.nodes()), k)
        if workload == "betweenness":
            nx.betweenness_centrality(g, k=k, weight="dist", seed=7)
        elif workload == "closeness":
            for v in nodes:
                nx.closeness_centrality(g, u=v, distance="dist")
        else:
            nx.constraint(g, nodes=nodes, weight="weight")
        if k < n:
            return n / k, f"{k} of {n} {'sources' if workload != 'constraint' else 'nodes'}, time scaled ×{n / k:.1f}"
    else:
        raise SystemExit(f"unknown workload {workload}")
    return 1.0, note


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool", choices=["igraph", "networkx"])
    ap.add_argument("workload")
    ap.add_argument("input")
    ap.add_argument("--sample", type=int, default=300)
    a = ap.parse_args()
    t0 = time.perf_counter()
    g = load(a.tool, a.input)
    t1 = time.perf_counter()
    load_s = t1 - t0
    if a.workload == "load":
        scale, note, t1, t2 = 1.0, "", t1, t1
    else:
        prepare(a.tool, a.workload, g)
        t1 = time.perf_counter()
        scale, note = run(a.tool, a.workload, g, a.sample)
        t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"tool": a.tool, "workload": a.workload, "input": a.input,
                      "load_s": load_s, "compute_s": (t2 - t1) * scale,
                      "peak_rss_kb": peak, "note": note}))


if __name__ == "__main__":
    sys.exit(main())
