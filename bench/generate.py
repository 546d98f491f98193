#!/usr/bin/env python3
"""Writes the benchmark graphs once, seeded, as whitespace edge lists `u v w` (w in (0, 1]).

G1     Holme–Kim power-law graph with clustering (networkx powerlaw_cluster_graph), 100,000 nodes,
       about 1,000,000 edges; also at 1/4 and 1/2 size for the scaling rows.
G2     Holme–Kim, 10,000 nodes, about 50,000 edges.
--quick writes small versions (G1 10,000 nodes / ~100,000 edges; G2 2,000 / ~10,000).

Weights are drawn uniformly from {1/8, 2/8, ..., 8/8}: in (0, 1] as tie strengths are, and with
distances 1/w that are few distinct values, so that every tool sees the same shortest paths.
"""
import argparse
import os
import random
import sys

import networkx as nx


def write(path, n, m, p, seed):
    if os.path.exists(path):
        return
    g = nx.powerlaw_cluster_graph(n, m, p, seed=seed)
    rng = random.Random(seed)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for u, v in g.edges():
            f.write(f"{u} {v} {rng.randint(1, 8) / 8}\n")
    os.replace(tmp, path)
    print(f"wrote {path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "inputs"))
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.quick:
        write(os.path.join(a.out, "G1q.txt"), 10_000, 10, 0.3, 1)
        write(os.path.join(a.out, "G2q.txt"), 2_000, 5, 0.3, 2)
    else:
        write(os.path.join(a.out, "G1.txt"), 100_000, 10, 0.3, 1)
        write(os.path.join(a.out, "G1_half.txt"), 50_000, 10, 0.3, 1)
        write(os.path.join(a.out, "G1_quarter.txt"), 25_000, 10, 0.3, 1)
        write(os.path.join(a.out, "G2.txt"), 10_000, 5, 0.3, 2)


if __name__ == "__main__":
    main()
