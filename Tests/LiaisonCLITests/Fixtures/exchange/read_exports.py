"""Reads the files `liaison export` wrote with NetworkX and prints what NetworkX sees, as JSON.

Usage: read_exports.py BASE   (reads BASE.graphml, BASE.gexf, BASE.json, BASE.gml)

Prints {"graphml": G, "gexf": G, "json": G, "gml": G} with G = {"directed": bool,
"nodes": {id: {attr: value}}, "edges": [[source, target, {attr: value}], ...]} — edges of an
undirected graph with their ends sorted, the list sorted. Normalised only where a format
cannot say better: GEXF's `label` is the node's `name` and its `viz` is dropped (checked apart,
under "viz"); GML's 0/1 for the boolean columns become booleans.
Exit 3 when NetworkX is missing (the test then skips).
"""
import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit(3)

BOOLS = {"articulation_point", "on_bridge", "bridge", "local_bridge"}


def summary(G, fmt):
    nodes = {}
    viz = {}
    for n, d in G.nodes(data=True):
        d = dict(d)
        if fmt == "gexf":
            d["name"] = d.pop("label")
            if "viz" in d:
                viz[n] = d.pop("viz")
        if fmt == "gml":
            d = {k: bool(v) if k in BOOLS else v for k, v in d.items()}
        nodes[n] = d
    edges = []
    for s, t, d in G.edges(data=True):
        d = dict(d)
        if fmt == "gexf":
            d.pop("id", None)
        if fmt == "gml":
            d = {k: bool(v) if k in BOOLS else v for k, v in d.items()}
        if not G.is_directed() and t < s:
            s, t = t, s
        edges.append([s, t, d])
    edges.sort(key=lambda e: (e[0], e[1]))
    out = {"directed": G.is_directed(), "nodes": nodes, "edges": edges}
    if fmt == "gexf":
        out["viz"] = viz
    return out


base = sys.argv[1]
result = {
    "graphml": summary(nx.read_graphml(base + ".graphml"), "graphml"),
    "gexf": summary(nx.read_gexf(base + ".gexf"), "gexf"),
    "json": summary(nx.node_link_graph(json.load(open(base + ".json", encoding="utf-8"))), "json"),
    "gml": summary(nx.read_gml(base + ".gml"), "gml"),
}
print(json.dumps(result, ensure_ascii=True))
