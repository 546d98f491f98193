#!/usr/bin/env python3
"""Oracle for LiaisonGraph: computes every SPEC §5.3 measure with NetworkX (igraph as a second
opinion) on the graphs bundled with NetworkX and on seeded random graphs, and writes one JSON fixture
per graph to Tests/LiaisonGraphTests/Fixtures/measures/.

Run from the package root:  python3 bench/oracle/graph_measures.py
Deterministic: same NetworkX version -> byte-identical fixtures.
"""
import json
import math
import os
import random
import sys

import networkx as nx

try:
    import igraph as ig
except ImportError:  # second opinion is optional
    ig = None

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "LiaisonGraphTests", "Fixtures", "measures")
POW2 = (1, 2, 4, 8)

CALLS = {
    "degree": "dict(G.degree())",
    "strength": "dict(G.degree(weight='weight'))",
    "betweenness": "nx.betweenness_centrality(G, weight='dist')  # dist = 1/weight, normalized=True",
    "closeness": "nx.closeness_centrality(G, distance='dist')",
    "harmonic": "nx.harmonic_centrality(G, distance='dist')",
    "eigenvector": "nx.eigenvector_centrality_numpy(G, weight='weight')  # null when AmbiguousSolution",
    "pagerank": "nx.pagerank(G, weight='weight', tol=1e-12, max_iter=1000)",
    "constraint": "nx.constraint(G, weight='weight')",
    "effective_size": "sum(1 - sum(nx.algorithms.structuralholes.normalized_mutual_weight(G, u, w, weight='weight') * nx.algorithms.structuralholes.normalized_mutual_weight(G, v, w, norm=max, weight='weight') for w in set(nx.all_neighbors(G, u))) for v in set(nx.all_neighbors(G, u)))  # = nx.effective_size(G, nodes=list(G), weight='weight'), the per-node path, except NaN only without any neighbour; see README",
    "effective_size_vectorized": "nx.effective_size(G, weight='weight')  # sparse path, wrong axis (networkx PR #8906)",
    "efficiency": "effective_size[v] / len(set(nx.all_neighbors(G, v)))",
    "clustering": "nx.clustering(G, weight=None)",
    "bridges": "list(nx.bridges(G))  # undirected only",
    "local_bridges": "list(nx.local_bridges(G, with_span=True))  # undirected only; inf -> null",
    "articulation_points": "list(nx.articulation_points(G))  # undirected only",
    "components": "nx.connected_components (undirected) / nx.weakly_connected_components, nx.strongly_connected_components",
    "overlap": "n_ij / ((k_i - 1) + (k_j - 1) - n_ij), 0 when the denominator is 0 (Onnela 2007; no NetworkX twin)",
    "jaccard": "nx.jaccard_coefficient(G, pairs)",
    "adamic_adar": "nx.adamic_adar_index(G, pairs)",
    "resource_allocation": "nx.resource_allocation_index(G, pairs)",
}


def num(x):
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def by_index(G, d):
    return [num(d[v]) for v in G]


def pow2_weights(G, seed):
    rng = random.Random(seed)
    H = G.copy()
    for u, v in H.edges():
        H[u][v]["weight"] = rng.choice(POW2)
    return H


def unit_weights(G):
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["weight"] = d.get("weight", 1)
    return H


def random_graph(seed, n, m, directed, isolates=0, pendants=0, weighted=True, components=1):
    """n nodes (the last `isolates` left isolated), about m random edges inside `components` blocks,
    plus `pendants` extra degree-1 nodes hanging off random nodes."""
    rng = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    core = n - isolates - pendants
    blocks = [list(range(core))[i::components] for i in range(components)]
    tries = 0
    while G.number_of_edges() < m and tries < 100 * m:
        tries += 1
        b = rng.choice(blocks)
        if len(b) < 2:
            continue
        u, v = rng.sample(b, 2)
        if G.has_edge(u, v):
            continue
        G.add_edge(u, v, weight=rng.choice(POW2) if weighted else 1)
    for p in range(core, core + pendants):
        u = rng.randrange(core)
        if directed and rng.random() < 0.5:
            G.add_edge(p, u, weight=rng.choice(POW2) if weighted else 1)
        else:
            G.add_edge(u, p, weight=rng.choice(POW2) if weighted else 1)
    return G


def strongly_connected_random(seed, n, extra):
    rng = random.Random(seed)
    G = nx.DiGraph()
    order = list(range(n))
    rng.shuffle(order)
    for i in range(n):
        G.add_edge(order[i], order[(i + 1) % n], weight=rng.choice(POW2))
    while G.number_of_edges() < n + extra:
        u, v = rng.sample(range(n), 2)
        if not G.has_edge(u, v):
            G.add_edge(u, v, weight=rng.choice(POW2))
    return G


def link_pairs(G, seed, count=40):
    rng = random.Random(seed)
    nodes = list(G)
    pairs = set()
    edges = list(G.edges())
    for u, v in rng.sample(edges, min(len(edges), count // 4)):
        pairs.add((u, v))
    tries = 0
    while len(pairs) < count and tries < 50 * count:
        tries += 1
        u, v = rng.sample(nodes, 2)
        if (v, u) not in pairs:
            pairs.add((u, v))
    return sorted(pairs, key=lambda p: (nodes.index(p[0]), nodes.index(p[1])))


def igraph_opinion(G, index, fx):
    """Second opinion from igraph where it has the measure; returns {measure: max relative diff}."""
    if ig is None:
        return {"igraph": "not installed"}
    nodes = list(G)
    edges = [(index[u], index[v]) for u, v in G.edges()]
    w = [G[u][v]["weight"] for u, v in G.edges()]
    h = ig.Graph(n=len(nodes), edges=edges, directed=G.is_directed())
    dist = [1.0 / x for x in w]
    n = len(nodes)
    out = {}

    def cmp(name, ours, theirs, skip_none=True):
        worst = 0.0
        for a, b in zip(ours, theirs):
            if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
                if skip_none:
                    continue
            d = abs(a - b) / max(abs(a), abs(b), 1e-12) if abs(a - b) > 1e-12 else 0.0
            worst = max(worst, d)
        out[name] = worst

    bt = h.betweenness(weights=dist, directed=G.is_directed())
    if n > 2:
        scale = 1.0 / ((n - 1) * (n - 2)) * (1 if G.is_directed() else 2)
        fx["betweenness_igraph"] = [x * scale for x in bt]
        cmp("betweenness", fx["betweenness"], fx["betweenness_igraph"])
    hc = h.harmonic_centrality(weights=dist, mode="in", normalized=False)
    cmp("harmonic", fx["harmonic"], hc)
    pr = h.pagerank(weights=w, directed=G.is_directed())
    cmp("pagerank", fx["pagerank"], pr)
    if not G.is_directed():
        cmp("constraint", fx["constraint"], h.constraint(weights=w))
        cc = h.transitivity_local_undirected(mode="zero")
        cmp("clustering", fx["clustering"], cc)
        br = sorted(tuple(sorted(edges[e])) for e in h.bridges())
        out["bridges_equal"] = br == sorted(tuple(sorted(e)) for e in fx["bridges"])
        out["articulation_points_equal"] = sorted(h.articulation_points()) == sorted(fx["articulation_points"])
    if fx["eigenvector"][0] is not None:
        ev = h.eigenvector_centrality(weights=w)
        norm = math.sqrt(sum(x * x for x in ev))
        cmp("eigenvector", fx["eigenvector"], [x / norm for x in ev])
    return out


def fixture(name, G, description, pair_seed=1):
    G = unit_weights(G)
    for u, v, d in G.edges(data=True):
        d["dist"] = 1.0 / d["weight"]
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    directed = G.is_directed()
    fx = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "calls": CALLS,
        "directed": directed,
        "nodes": [str(v) for v in nodes],
        "edges": [[index[u], index[v], float(d["weight"])] for u, v, d in G.edges(data=True)],
    }
    # Distances 1/w are exact binary fractions only for power-of-two weights; otherwise NetworkX's
    # exact tie test and a tolerant one (igraph, Liaison) may count different equal-length paths.
    fx["exact_distances"] = all(float(d["weight"]).is_integer() and (int(d["weight"]) & (int(d["weight"]) - 1)) == 0
                                for _, _, d in G.edges(data=True))
    fx["degree"] = [float(d) for _, d in G.degree()]
    fx["strength"] = [float(d) for _, d in G.degree(weight="weight")]
    fx["betweenness"] = by_index(G, nx.betweenness_centrality(G, weight="dist"))
    fx["closeness"] = by_index(G, nx.closeness_centrality(G, distance="dist"))
    fx["harmonic"] = by_index(G, nx.harmonic_centrality(G, distance="dist"))
    try:
        fx["eigenvector"] = by_index(G, nx.eigenvector_centrality_numpy(G, weight="weight"))
    except (nx.AmbiguousSolution, nx.NetworkXException) as e:
        fx["eigenvector"] = [None] * len(nodes)
        fx["eigenvector_error"] = type(e).__name__
    fx["pagerank"] = by_index(G, nx.pagerank(G, weight="weight", tol=1e-12, max_iter=1000))
    fx["constraint"] = by_index(G, nx.constraint(G, weight="weight"))
    # The all-nodes sparse path of NetworkX 3.6.1 divides by the wrong axis's maximum for weighted
    # and directed graphs (networkx/networkx PR #8906); the per-node path follows the documented
    # formula (and UCINET/igraph), so it is the reference. Both are recorded.
    es = effective_size_reference(G)
    per_node = nx.effective_size(G, nodes=list(G), weight="weight")
    assert all(math.isnan(per_node[v]) or math.isclose(per_node[v], es[v], rel_tol=1e-12) for v in G)
    fx["effective_size"] = by_index(G, es)
    fx["effective_size_vectorized"] = by_index(G, nx.effective_size(G, weight="weight"))
    fx["efficiency"] = [num(es[v] / len(set(nx.all_neighbors(G, v)))) if len(set(nx.all_neighbors(G, v))) else None
                        for v in G]
    fx["clustering"] = by_index(G, nx.clustering(G, weight=None))
    if directed:
        fx["weak_components"] = sorted(sorted(index[v] for v in c) for c in nx.weakly_connected_components(G))
        fx["strong_components"] = sorted(sorted(index[v] for v in c) for c in nx.strongly_connected_components(G))
    else:
        comps = sorted(sorted(index[v] for v in c) for c in nx.connected_components(G))
        fx["weak_components"] = comps
        fx["strong_components"] = comps
        fx["bridges"] = sorted(sorted((index[u], index[v])) for u, v in nx.bridges(G))
        fx["local_bridges"] = sorted([min(index[u], index[v]), max(index[u], index[v]), num(s)]
                                     for u, v, s in nx.local_bridges(G, with_span=True))
        fx["articulation_points"] = sorted(index[v] for v in nx.articulation_points(G))
        overlap = []
        for u, v in G.edges():
            nu, nv = set(G[u]), set(G[v])
            c = len(nu & nv)
            den = (len(nu) - 1) + (len(nv) - 1) - c
            overlap.append([min(index[u], index[v]), max(index[u], index[v]), c / den if den > 0 else 0.0])
        fx["overlap"] = sorted(overlap)
        pairs = link_pairs(G, pair_seed)
        fx["link_pairs"] = [[index[u], index[v]] for u, v in pairs]
        fx["jaccard"] = [num(p) for _, _, p in nx.jaccard_coefficient(G, pairs)]
        fx["adamic_adar"] = [num(p) for _, _, p in nx.adamic_adar_index(G, pairs)]
        fx["resource_allocation"] = [num(p) for _, _, p in nx.resource_allocation_index(G, pairs)]
    view = {**fx, "bridges": fx.get("bridges", []), "articulation_points": fx.get("articulation_points", [])}
    fx["igraph"] = igraph_opinion(G, index, view)
    if "betweenness_igraph" in view:
        fx["betweenness_igraph"] = view["betweenness_igraph"]
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fx, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    disagreements = {k: v for k, v in fx["igraph"].items() if (isinstance(v, float) and v > 1e-9) or v is False}
    print(f"{name}: n={len(nodes)} m={G.number_of_edges()} directed={directed}"
          + (f" igraph disagrees: {disagreements}" if disagreements else ""))


def effective_size_reference(G):
    """NetworkX's documented formula, written with its public helpers: the body of the per-node
    path of `nx.effective_size`, whose isolation test (`G[v]`) reads only successors of a directed
    graph; here a node is undefined (NaN) only when it has no neighbour in either direction."""
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    out = {}
    for u in G:
        alters = set(nx.all_neighbors(G, u)) - {u}
        if not alters:
            out[u] = float("nan")
            continue
        out[u] = sum(1 - sum(nmw(G, u, w, weight="weight") * nmw(G, v, w, norm=max, weight="weight")
                             for w in set(nx.all_neighbors(G, u)))
                     for v in alters)
    return out


def davis_women():
    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    return nx.bipartite.weighted_projected_graph(B, women)


def main():
    os.makedirs(OUT, exist_ok=True)
    bundled = [
        ("karate", nx.karate_club_graph(), "Zachary's karate club (networkx bundled), weights = interaction counts"),
        ("lesmis", nx.les_miserables_graph(), "Les Misérables co-occurrence (networkx bundled), weights = co-occurrences"),
        ("florentine", nx.florentine_families_graph(), "Padgett's Florentine families marriages (networkx bundled), unweighted"),
        ("davis_women", davis_women(), "Davis southern women projected onto women, weights = shared events"),
    ]
    for i, (name, G, desc) in enumerate(bundled):
        fixture(name, G, desc, pair_seed=10 + i)
        fixture(name + "_pow2", pow2_weights(G, seed=100 + i),
                desc.split(",")[0] + ", weights redrawn from {1,2,4,8} (seed %d)" % (100 + i), pair_seed=20 + i)
    randoms = [
        ("random_u12", random_graph(1, 12, 18, False, isolates=1, pendants=2), "undirected, 12 nodes, isolate + pendants"),
        ("random_u30_split", random_graph(2, 30, 40, False, isolates=2, pendants=3, components=3),
         "undirected, 30 nodes, 3 blocks + 2 isolates + pendants (disconnected)"),
        ("random_u60", random_graph(3, 60, 150, False, isolates=1, pendants=4), "undirected, 60 nodes, 150 edges"),
        ("random_u40_tree", random_graph(4, 40, 45, False, pendants=6, weighted=False),
         "undirected, 40 nodes, sparse (many bridges), unit weights"),
        ("random_u20_connected", nx.relabel_nodes(random_graph(5, 20, 60, False), lambda x: x),
         "undirected, 20 nodes, dense, weights {1,2,4,8}"),
        ("random_d15", random_graph(6, 15, 35, True, isolates=1, pendants=2), "directed, 15 nodes, isolate + pendants"),
        ("random_d40_split", random_graph(7, 40, 90, True, isolates=2, pendants=4, components=2),
         "directed, 40 nodes, 2 blocks + isolates (disconnected)"),
        ("random_d25_strong", strongly_connected_random(8, 25, 40), "directed, 25 nodes, strongly connected"),
        ("random_d50", random_graph(9, 50, 160, True, pendants=3), "directed, 50 nodes, 160 arcs"),
    ]
    for i, (name, G, desc) in enumerate(randoms):
        fixture(name, G, desc + " (seeded; see bench/oracle/graph_measures.py)", pair_seed=30 + i)


if __name__ == "__main__":
    sys.exit(main())
