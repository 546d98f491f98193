#!/usr/bin/env python3
"""Oracle for Liaison's Yen implementation (Graph.shortestSimplePaths).

Writes Tests/LiaisonGraphTests/Fixtures/paths/shortest_simple_paths.json: seeded random graphs
(undirected and directed) with tie strengths w in (0, 1], and for chosen (source, target) pairs the
first k paths of

    nx.shortest_simple_paths(G, source, target, weight="cost")   with  cost = -ln w

together with each path's cost (as NetworkX sums it) and reliability (the product of the weights,
left to right). Two weight families:

  * "uniform": w drawn uniformly from [0.05, 1], rounded to 4 decimals - equal path costs are
    improbable, so the order must match exactly;
  * "powers":  w in {1/2, 1/4, 1/8, 1/16} - every cost is a multiple of ln 2, so equal-cost paths
    are common; the tests then compare the order only up to ties.

`next_cost` is the cost of path k+1 (null if there is none), so that a test can tell whether the
last group of equal-cost paths was cut by k.

NetworkX has no hop limit; `hop_limited` holds the oracle for Liaison's `maxHops`: the first k paths
of NetworkX's sequence that have at most `max_hops` edges (filtering the full sequence, which is
what a hop-limited Yen must reproduce), when at most SCAN paths had to be looked at (else null).

Run from the repository root:  python3 bench/oracle/paths.py

Timing:  python3 bench/oracle/paths.py timing [k] writes /tmp/yen10k.csv (10,000 nodes, 50,000
edges, w uniform in [0.05, 1], seeded) and times NetworkX and igraph on n0 -> n1 for k paths, then
compares with `liaison plan --edges /tmp/yen10k.csv --from n0 --to n1 --paths k --format json`
(run it yourself with `time`; the path lists are compared when /tmp/yen10k-liaison.json exists).
"""
import json
import math
import random
from itertools import islice
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parents[2] / "Tests/LiaisonGraphTests/Fixtures/paths/shortest_simple_paths.json"
K = 12
MAX_HOPS = 3
SCAN = 300


def random_graph(rng, n, p, directed, family):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    for u in range(n):
        for v in range(n):
            if u == v or (not directed and v < u):
                continue
            if rng.random() < p:
                if family == "uniform":
                    w = round(rng.uniform(0.05, 1.0), 4)
                else:
                    w = 1.0 / (2 ** rng.randint(1, 4))
                G.add_edge(u, v, weight=w, cost=-math.log(w))
    return G


def reliability(G, path):
    r = 1.0
    for u, v in zip(path, path[1:]):
        r *= G[u][v]["weight"]
    return r


def case(G, name, family, source, target):
    gen = nx.shortest_simple_paths(G, source, target, weight="cost")
    try:
        paths = list(islice(gen, K + 1))
    except nx.NetworkXNoPath:
        paths = []
    cost = lambda p: sum(G[u][v]["cost"] for u, v in zip(p, p[1:]))
    head, rest = paths[:K], paths[K:]
    hop_limited = None
    if paths:
        short = []
        gen = nx.shortest_simple_paths(G, source, target, weight="cost")
        for p in islice(gen, SCAN):
            if len(p) - 1 <= MAX_HOPS:
                short.append(p)
                if len(short) == K + 1:
                    break
        else:
            if len(list(islice(gen, 1))) > 0:
                short = None  # not exhausted within SCAN: no oracle for this case
        if short is not None:
            hop_limited = {
                "max_hops": MAX_HOPS,
                "paths": [{"nodes": p, "cost": cost(p), "reliability": reliability(G, p)} for p in short[:K]],
                "next_cost": cost(short[K]) if len(short) > K else None,
            }
    return {
        "name": name,
        "family": family,
        "directed": G.is_directed(),
        "nodeCount": G.number_of_nodes(),
        "edges": [[u, v, d["weight"]] for u, v, d in G.edges(data=True)],
        "source": source,
        "target": target,
        "k": K,
        "paths": [{"nodes": p, "cost": cost(p), "reliability": reliability(G, p)} for p in head],
        "next_cost": cost(rest[0]) if rest else None,
        "hop_limited": hop_limited,
    }


def main():
    rng = random.Random(20260314)
    cases = []
    for directed in (False, True):
        for family in ("uniform", "powers"):
            for i in range(6):
                n = rng.randint(6, 24)
                p = rng.uniform(0.15, 0.45) if not directed else rng.uniform(0.2, 0.5)
                G = random_graph(rng, n, p, directed, family)
                for j in range(2):
                    s, t = rng.sample(range(n), 2)
                    kind = "directed" if directed else "undirected"
                    cases.append(case(G, f"{kind}-{family}-{i}-{j}", family, s, t))
    # A pair with no path: two components.
    G = nx.Graph()
    G.add_nodes_from(range(4))
    G.add_edge(0, 1, weight=0.5, cost=-math.log(0.5))
    G.add_edge(2, 3, weight=0.5, cost=-math.log(0.5))
    cases.append(case(G, "disconnected", "powers", 0, 3))
    doc = {
        "networkx": nx.__version__,
        "call": 'list(islice(nx.shortest_simple_paths(G, source, target, weight="cost"), k)), cost = -ln(weight)',
        "generator": "bench/oracle/paths.py, random.Random(20260314)",
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=None, separators=(",", ":")).replace('{"name"', '\n{"name"') + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


def timing(k):
    import sys
    import time
    rng = random.Random(5)
    n, m = 10000, 50000
    G = nx.Graph()
    G.add_nodes_from(range(n))
    while G.number_of_edges() < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and not G.has_edge(u, v):
            w = round(rng.uniform(0.05, 1.0), 4)
            G.add_edge(u, v, weight=w, cost=-math.log(w))
    with open("/tmp/yen10k.csv", "w") as f:
        f.write("source,target,weight\n")
        for u, v, d in G.edges(data=True):
            f.write(f"n{u},n{v},{d['weight']}\n")
    t = time.time()
    paths = [[f"n{x}" for x in p] for p in islice(nx.shortest_simple_paths(G, 0, 1, weight="cost"), k)]
    print(f"networkx {nx.__version__}: {time.time() - t:.3f} s for {k} paths")
    try:
        import igraph as ig
        g = ig.Graph(n=n, edges=[(u, v) for u, v in G.edges()])
        g.es["cost"] = [d["cost"] for _, _, d in G.edges(data=True)]
        t = time.time()
        ip = g.get_k_shortest_paths(0, 1, k=k, weights="cost")
        print(f"igraph {ig.__version__}: {time.time() - t:.3f} s; same paths as networkx: "
              f"{[[f'n{x}' for x in p] for p in ip] == paths}")
    except ImportError:
        print("igraph not installed", file=sys.stderr)
    mine = Path("/tmp/yen10k-liaison.json")
    if mine.exists():
        got = [p["nodes"] for p in json.loads(mine.read_text())["paths"]]
        print(f"liaison output (/tmp/yen10k-liaison.json) same paths as networkx: {got == paths}")


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1 and sys.argv[1] == "timing":
        timing(int(sys.argv[2]) if len(sys.argv) > 2 else 100)
    else:
        main()
