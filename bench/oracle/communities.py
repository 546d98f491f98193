#!/usr/bin/env python3
"""Oracle for Liaison's community code (SPEC §5.4): writes JSON fixtures with NetworkX's answers.

For each graph: the weighted edge list (0-based node indices), partitions with NetworkX's
`community.modularity(G, parts, weight="weight", resolution=γ)`, and the mean modularity of
`community.louvain_communities(G, weight="weight", resolution=γ, seed=s)` over seeds 0..9, for
γ ∈ {0.5, 1, 2}. Planted-partition graphs also carry their planted labels.

Usage: python3 bench/oracle/communities.py [OUTDIR]
(default OUTDIR: Tests/LiaisonGraphTests/Fixtures/communities). Needs networkx 3.x.
"""
import json
import os
import random
import sys

import networkx as nx

RESOLUTIONS = [0.5, 1.0, 2.0]
SEEDS = list(range(10))


def relabel(G):
    """Nodes -> 0..n-1 in sorted-by-str order (stable, documented in the fixture)."""
    nodes = sorted(G.nodes(), key=str)
    index = {u: i for i, u in enumerate(nodes)}
    H = nx.Graph()
    H.add_nodes_from(range(len(nodes)))
    for u, v, d in G.edges(data=True):
        H.add_edge(index[u], index[v], weight=float(d.get("weight", 1.0)))
    return H, [str(u) for u in nodes], index


def labels_of(parts, n):
    lab = [-1] * n
    for c, s in enumerate(parts):
        for u in s:
            lab[u] = c
    assert -1 not in lab
    return lab


def fixture(name, G, labels, extra_partitions, planted=None):
    n = G.number_of_nodes()
    parts = dict(extra_partitions)
    parts["singletons"] = [[u] for u in range(n)]
    parts["one_block"] = [list(range(n))]
    rnd = random.Random(12345)
    parts["random4"] = [[u for u in range(n) if u % 4 == r] for r in range(4)]
    shuffled = list(range(n)); rnd.shuffle(shuffled)
    parts["random_shuffled3"] = [sorted(shuffled[i::3]) for i in range(3)]
    parts["greedy_modularity"] = [sorted(c) for c in nx.community.greedy_modularity_communities(G, weight="weight")]
    parts["label_propagation"] = [sorted(c) for c in nx.community.label_propagation_communities(G)]
    partitions = []
    for pname, groups in parts.items():
        groups = [g for g in groups if g]
        for gamma in RESOLUTIONS:
            q = nx.community.modularity(G, [set(g) for g in groups], weight="weight", resolution=gamma)
            partitions.append({"name": pname, "resolution": gamma, "labels": labels_of(groups, n), "modularity": q})
    louvain = []
    for gamma in RESOLUTIONS:
        qs = []
        for s in SEEDS:
            cs = nx.community.louvain_communities(G, weight="weight", resolution=gamma, seed=s)
            qs.append(nx.community.modularity(G, cs, weight="weight", resolution=gamma))
        louvain.append({"resolution": gamma, "seeds": SEEDS, "modularities": qs, "mean": sum(qs) / len(qs)})
    return {
        "name": name,
        "networkx": nx.__version__,
        "nodes": labels,
        "edges": [[u, v, d["weight"]] for u, v, d in sorted(G.edges(data=True))],
        "partitions": partitions,
        "louvain": louvain,
        "planted": planted,
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/LiaisonGraphTests/Fixtures/communities"
    os.makedirs(out, exist_ok=True)
    graphs = []

    K, labels, index = relabel(nx.karate_club_graph())
    club = {}
    for u, d in nx.karate_club_graph().nodes(data=True):
        club.setdefault(d["club"], []).append(index[u])
    graphs.append(("karate", K, labels, {"club": sorted(club.values())}, None))

    L, labels, _ = relabel(nx.les_miserables_graph())
    graphs.append(("les_miserables", L, labels, {}, None))

    F, labels, _ = relabel(nx.florentine_families_graph())
    graphs.append(("florentine", F, labels, {}, None))

    B = nx.davis_southern_women_graph()
    women = [u for u, d in B.nodes(data=True) if d["bipartite"] == 0]
    W, labels, _ = relabel(nx.bipartite.weighted_projected_graph(B, women))
    graphs.append(("davis_women", W, labels, {}, None))

    # Planted partitions with weights: heavier inside groups.
    P = nx.planted_partition_graph(4, 32, 0.3, 0.02, seed=7)
    rnd = random.Random(7)
    block = {u: u // 32 for u in P.nodes()}
    for u, v in P.edges():
        P[u][v]["weight"] = float(rnd.choice([1, 2, 4]) if block[u] == block[v] else 1)
    truth = [block[u] for u in range(P.number_of_nodes())]
    groups = [[u for u in range(128) if block[u] == b] for b in range(4)]
    graphs.append(("planted_4x32", P, [str(u) for u in range(128)], {"planted": groups}, truth))

    sizes = [40, 30, 50, 20, 60]
    R = nx.random_partition_graph(sizes, 0.25, 0.01, seed=11)
    rnd = random.Random(11)
    part = R.graph["partition"]
    block = {}
    for b, s in enumerate(part):
        for u in s:
            block[u] = b
    for u, v in R.edges():
        R[u][v]["weight"] = float(rnd.choice([1, 2, 4, 8]) if block[u] == block[v] else rnd.choice([1, 2]))
    truth = [block[u] for u in range(R.number_of_nodes())]
    groups = [sorted(s) for s in part]
    graphs.append(("random_partition_5", R, [str(u) for u in range(R.number_of_nodes())], {"planted": groups}, truth))

    for name, G, labels, extra, truth in graphs:
        data = fixture(name, G, labels, extra, truth)
        path = os.path.join(out, name + ".json")
        with open(path, "w") as f:
            json.dump(data, f, indent=None, separators=(",", ":"))
            f.write("\n")
        means = ", ".join(f"γ={l['resolution']}: {l['mean']:.6f}" for l in data["louvain"])
        print(f"{name}: n={G.number_of_nodes()} m={G.number_of_edges()} louvain mean {means}")


if __name__ == "__main__":
    main()
