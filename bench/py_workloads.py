#!/usr/bin/env python3
"""Runs one workload in python-igraph, NetworkX, NetworKit or rustworkx, timed inside the process.

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

NetworKit and rustworkx run on `--threads T` (NetworKit: `setNumberOfThreads`; rustworkx: its rayon
pool, sized by RAYON_NUM_THREADS, which run.py sets before the process starts, and every parallel
call gets `parallel_threshold` 0 < n). A workload a tool does not have exits with status 3 and no
JSON ("not offered"); run.py prints "n/a". `--values PATH` writes the betweenness values as
`label value` lines after the clock has stopped.
"""
import argparse
import json
import os
import random
import resource
import sys
import time


# The workloads each peer offers (and the ones not listed: "n/a" in the table). NetworKit has no
# Burt constraint; rustworkx has no Louvain, no constraint and only hop-count betweenness.
OFFERS = {
    "igraph": {"load", "components", "pagerank", "louvain", "betweenness", "betweenness-hops", "closeness",
               "constraint"},
    "networkx": {"load", "components", "pagerank", "louvain", "betweenness", "betweenness-hops", "closeness",
                 "constraint"},
    "networkit": {"load", "components", "pagerank", "louvain", "betweenness", "betweenness-hops", "closeness",
                  "nk-approx", "nk-kadabra-hops"},
    "rustworkx": {"load", "components", "pagerank", "betweenness-hops", "closeness"},
}
PATH_BASED = ("betweenness", "closeness", "nk-approx")


def read_edges(path):
    """`u v w` lines as ([labels], [(i, j, w)]), nodes numbered in order of first appearance."""
    index, labels, edges = {}, [], []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or parts[0].startswith("#"):
                continue
            ij = []
            for x in parts[:2]:
                i = index.get(x)
                if i is None:
                    i = index[x] = len(labels)
                    labels.append(x)
                ij.append(i)
            edges.append((ij[0], ij[1], float(parts[2]) if len(parts) > 2 else 1.0))
    return labels, edges


def load(tool, path):
    """Returns (graph, labels): labels[i] is the input's id of node i (None: the tool's own ids)."""
    if tool == "igraph":
        import igraph as ig
        g = ig.Graph.Read_Ncol(path, names=True, weights=True, directed=False)
        return g, g.vs["name"]
    if tool == "networkit":
        import networkit as nk
        # Ids in the file are arbitrary tokens (continuous=False keeps a map id → node); a third
        # column makes the graph weighted.
        reader = nk.graphio.EdgeListReader(" ", 0, continuous=False, directed=False)
        g = reader.read(path)
        labels = [None] * g.numberOfNodes()
        for name, v in reader.getNodeMap().items():
            labels[v] = name
        return g, labels
    if tool == "rustworkx":
        # rustworkx's own reader (read_edge_list) keeps the weight column as strings; the graph is
        # built from parsed tuples instead, with float payloads, which its weight_fn reads back.
        import rustworkx as rx
        labels, edges = read_edges(path)
        g = rx.PyGraph(multigraph=False)
        g.add_nodes_from(labels)
        g.extend_from_weighted_edge_list(edges)
        return g, labels
    import networkx as nx
    g = nx.read_weighted_edgelist(path, nodetype=int)
    return g, None


def prepare(tool, workload, g):
    """Untimed set-up: the length attribute dist = 1/w for the path-based measures; NetworKit gets a
    graph whose weights are the lengths 1/w (it reads weights as lengths), or an unweighted copy for
    the hop-count measures; rustworkx's PageRank needs a directed graph (both directions)."""
    random.seed(1)
    if tool == "networkit":
        import networkit as nk
        if workload in PATH_BASED:
            for u, v, w in list(g.iterEdgesWeights()):
                g.setWeight(u, v, 1.0 / w)
        elif workload in ("betweenness-hops", "nk-kadabra-hops"):
            return nk.graphtools.toUnweighted(g)
        return g
    if tool == "rustworkx":
        return g.to_directed() if workload == "pagerank" else g
    if workload not in ("betweenness", "closeness"):
        return g
    if tool == "igraph":
        g.es["dist"] = [1.0 / w for w in g.es["weight"]]
    else:
        for _, _, d in g.edges(data=True):
            d["dist"] = 1.0 / d["weight"]
    return g


def run_networkit(workload, g):
    """NetworKit's side; returns (values or None, note)."""
    import networkit as nk
    n = g.numberOfNodes()
    if workload == "components":
        c = nk.components.ConnectedComponents(g)
        c.run()
        return None, f"{c.numberOfComponents()} components"
    if workload == "pagerank":
        # NetworkX's stopping rule (Σ|Δ| < n · 1e-10), as Liaison and NetworkX are given.
        pr = nk.centrality.PageRank(g, damp=0.85, tol=n * 1e-10)
        pr.norm = nk.centrality.Norm.L1_NORM
        pr.run()
        return None, f"{pr.numberOfIterations()} iterations"
    if workload == "louvain":
        plm = nk.community.PLM(g, refine=True)
        plm.run()
        p = plm.getPartition()
        return None, f"PLM: Q = {nk.community.Modularity().getQuality(p, g):.4f}, {p.numberOfSubsets()} communities"
    if workload in ("betweenness", "betweenness-hops"):
        b = nk.centrality.Betweenness(g, normalized=True)
        b.run()
        return b.scores(), ""
    if workload == "closeness":
        nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.GENERALIZED).run()
        return None, ""
    if workload == "nk-approx":
        # Riondato–Kornaropoulos with NetworKit's default universal constant 1; Dijkstra on the
        # weighted graph (lengths 1/w).
        a = nk.centrality.ApproxBetweenness(g, epsilon=0.05, delta=0.1)
        a.run()
        return a.scores(), f"ApproxBetweenness (RK, weighted): {a.numberOfSamples()} samples"
    if workload == "nk-kadabra-hops":
        k = nk.centrality.KadabraBetweenness(g, err=0.05, delta=0.1)
        k.run()
        return k.scores(), f"KADABRA (unweighted): {k.getNumberOfIterations()} samples (limit {k.getOmega():.0f})"
    raise SystemExit(f"unknown workload {workload}")


def run_rustworkx(workload, g):
    """rustworkx's side; returns (values or None, note)."""
    import rustworkx as rx
    if workload == "components":
        return None, f"{len(rx.connected_components(g))} components"
    if workload == "pagerank":
        rx.pagerank(g, alpha=0.85, weight_fn=float, tol=1e-10)
        return None, ""
    if workload == "betweenness-hops":
        b = rx.betweenness_centrality(g, normalized=True, parallel_threshold=1)
        return [b[i] for i in range(len(b))], ""
    if workload == "closeness":
        # Newman's weighted closeness: the weights are strengths, the lengths their inverses.
        rx.newman_weighted_closeness_centrality(g, weight_fn=float, wf_improved=True, parallel_threshold=1)
        return None, ""
    raise SystemExit(f"unknown workload {workload}")


def run(tool, workload, g, sample):
    """The timed measure; returns (factor the time is scaled by, note, values or None)."""
    note = ""
    if tool == "networkit":
        values, note = run_networkit(workload, g)
        return 1.0, note, values
    if tool == "rustworkx":
        values, note = run_rustworkx(workload, g)
        return 1.0, note, values
    if tool == "igraph":
        if workload == "components":
            g.connected_components()
        elif workload == "pagerank":
            g.pagerank(weights="weight")
        elif workload == "louvain":
            c = g.community_multilevel(weights="weight")
            note = f"Q = {g.modularity(c, weights='weight'):.4f}, {len(c)} communities"
        elif workload == "betweenness":
            return 1.0, note, g.betweenness(weights="dist")
        elif workload == "betweenness-hops":
            return 1.0, note, g.betweenness()
        elif workload == "closeness":
            g.closeness(weights="dist")
        elif workload == "constraint":
            g.constraint(weights="weight")
        else:
            raise SystemExit(f"unknown workload {workload}")
        return 1.0, note, None
    import networkx as nx
    n = g.number_of_nodes()
    if workload == "components":
        list(nx.connected_components(g))
    elif workload == "pagerank":
        nx.pagerank(g, weight="weight", tol=1e-10)
    elif workload == "louvain":
        c = nx.community.louvain_communities(g, weight="weight", seed=1)
        note = f"Q = {nx.community.modularity(g, c, weight='weight'):.4f}, {len(c)} communities"
    elif workload in ("betweenness", "betweenness-hops", "closeness", "constraint"):
        k = min(sample, n)
        nodes = random.Random(7).sample(sorted(g.nodes()), k)
        if workload == "betweenness":
            nx.betweenness_centrality(g, k=k, weight="dist", seed=7)
        elif workload == "betweenness-hops":
            nx.betweenness_centrality(g, k=k, seed=7)
        elif workload == "closeness":
            for v in nodes:
                nx.closeness_centrality(g, u=v, distance="dist")
        else:
            nx.constraint(g, nodes=nodes, weight="weight")
        if k < n:
            return n / k, f"{k} of {n} {'sources' if workload != 'constraint' else 'nodes'}, time scaled ×{n / k:.1f}", None
    else:
        raise SystemExit(f"unknown workload {workload}")
    return 1.0, note, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool", choices=sorted(OFFERS))
    ap.add_argument("workload")
    ap.add_argument("input")
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1, help="NetworKit and rustworkx only")
    ap.add_argument("--values", help="write the betweenness values here as `label value` lines")
    a = ap.parse_args()
    if a.workload not in OFFERS[a.tool]:
        print(f"{a.tool} offers no {a.workload}", file=sys.stderr)
        return 3
    if a.tool == "networkit":
        import networkit as nk
        nk.setNumberOfThreads(a.threads)
        nk.engineering.setSeed(1, True)
    elif a.tool == "rustworkx" and os.environ.get("RAYON_NUM_THREADS") != str(a.threads):
        print("rustworkx: set RAYON_NUM_THREADS to --threads before starting", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    g, labels = load(a.tool, a.input)
    t1 = time.perf_counter()
    load_s = t1 - t0
    values = None
    if a.workload == "load":
        scale, note, t1, t2 = 1.0, "", t1, t1
    else:
        g = prepare(a.tool, a.workload, g)
        t1 = time.perf_counter()
        scale, note, values = run(a.tool, a.workload, g, a.sample)
        t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if a.values and values is not None:
        with open(a.values, "w") as f:
            for i, x in enumerate(values):
                f.write(f"{labels[i] if labels else i} {x!r}\n")
    print(json.dumps({"tool": a.tool, "workload": a.workload, "input": a.input, "threads": a.threads,
                      "load_s": load_s, "compute_s": (t2 - t1) * scale,
                      "peak_rss_kb": peak, "note": note}))


if __name__ == "__main__":
    sys.exit(main())
