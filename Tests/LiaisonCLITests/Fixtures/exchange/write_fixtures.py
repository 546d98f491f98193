"""Writes the NetworkX-made fixtures `liaison --edges` must read (run from this folder):

  python3 write_fixtures.py

- unicode.graphml  nx.write_graphml: a weighted graph with `name` node data in Cyrillic, CJK,
                   emoji and a hostile string;
- unicode.gml      nx.write_gml of the same graph (labels = ids, NetworkX's &#N; escaping);
- unicode.expected.json  what NetworkX holds: {"nodes": {id: name}, "edges": [[s, t, w]]}.
"""
import json

import networkx as nx

HOSTILE = 'x"<b>&amp;</b>\' \\ \u202e;DROP'
G = nx.Graph()
people = {
    "alisa": "Алиса Петрова",
    "li": "李小龙",
    "smile": "😀 Emoji Ltd",
    "hostile": HOSTILE,
    "bob": "Bob & Co",
}
for node, name in people.items():
    G.add_node(node, name=name)
for s, t, w in [("alisa", "li", 2.5), ("li", "smile", 1.0), ("smile", "hostile", 0.25),
                ("hostile", "alisa", 3.0), ("bob", "alisa", 1.5)]:
    G.add_edge(s, t, weight=w)
nx.write_graphml(G, "unicode.graphml")
nx.write_gml(G, "unicode.gml")
edges = sorted([sorted([s, t]) + [d["weight"]] for s, t, d in G.edges(data=True)])
with open("unicode.expected.json", "w", encoding="utf-8") as f:
    json.dump({"nodes": {n: d["name"] for n, d in G.nodes(data=True)}, "edges": edges}, f,
              ensure_ascii=False, indent=1)
    f.write("\n")
