#!/usr/bin/env python3
"""Loads `liaison centrality --format csv` output and compares it with NetworkX on the same edge list.

    liaison centrality --edges FILE [--directed] --format csv > out.csv
    python3 bench/oracle/compare_cli.py FILE out.csv [--directed]

Reads FILE as CSV with header source,target[,weight] (parallel edges summed, self-loops dropped, as
Liaison does) and prints the largest relative difference per column.
"""
import csv
import math
import sys

import networkx as nx


def load(path, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.DictReader(f)
        for r in rows:
            u, v = r["source"], r["target"]
            w = float(r.get("weight") or 1) if "weight" in r else 1.0
            G.add_node(u); G.add_node(v)
            if u == v:
                continue
            if G.has_edge(u, v):
                G[u][v]["weight"] += w
            else:
                G.add_edge(u, v, weight=w)
    for _, _, d in G.edges(data=True):
        d["dist"] = 1 / d["weight"]
    return G


def main():
    path, out = sys.argv[1], sys.argv[2]
    directed = "--directed" in sys.argv
    G = load(path, directed)
    with open(out, newline="", encoding="utf-8") as f:
        ours = {r["id"]: r for r in csv.DictReader(f)}
    ref = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, weight="dist"),
        "closeness": nx.closeness_centrality(G, distance="dist"),
        "harmonic": nx.harmonic_centrality(G, distance="dist"),
        "pagerank": nx.pagerank(G, weight="weight", tol=1e-12, max_iter=1000),
        "constraint": nx.constraint(G, weight="weight"),
        "effective_size": nx.effective_size(G, nodes=list(G), weight="weight"),
        "clustering": nx.clustering(G),
    }
    try:
        ref["eigenvector"] = nx.eigenvector_centrality_numpy(G, weight="weight")
    except nx.AmbiguousSolution:
        ref["eigenvector"] = {v: float("nan") for v in G}
    assert set(ours) == {str(v) for v in G}, "node sets differ"
    for name, values in ref.items():
        worst = 0.0
        for v, x in values.items():
            cell = ours[str(v)][name]
            y = float(cell) if cell != "" else float("nan")
            if math.isnan(x) or math.isnan(y):
                # NaN in NetworkX must be empty here; directed effective size: see README.
                if not (math.isnan(x) and math.isnan(y)):
                    worst = max(worst, float("inf"))
                continue
            if abs(x - y) > 1e-12:
                worst = max(worst, abs(x - y) / max(abs(x), abs(y)))
        print(f"{name:15s} max relative difference {worst:.3g}")


if __name__ == "__main__":
    main()
