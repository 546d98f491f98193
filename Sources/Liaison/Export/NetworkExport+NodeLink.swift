//===----------------------------------------------------------------------===//
// Node-link JSON: NetworkX's `node_link_data` form
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// NetworkX's node-link form (`networkx.node_link_data` / `node_link_graph`, NetworkX ≥ 3.4
    /// key names): `{"directed", "multigraph": false, "graph": {}, "nodes": [{"id", …}],
    /// "edges": [{"source", "target", …}]}`, attributes by column name, missing values left out.
    /// NetworkX before 3.4 called the edge list `links`: read it there with
    /// `node_link_graph(data, edges="edges")`. Also what D3's force layouts take, as nodes and links.
    public func nodeLinkJSON() -> String {
        func json(_ v: Value) -> JSONValue {
            switch v {
            case let .string(s): .string(s)
            case let .integer(i): .integer(i)
            case let .double(d): .number(d)
            case let .bool(b): .bool(b)
            }
        }
        let nodes: [JSONValue] = (0 ..< nodeCount).map { u in
            .object([("id", .string(nodeIDs[u]))] + nodeColumns.compactMap { c in c.values[u].map { (c.name, json($0)) } })
        }
        let edges: [JSONValue] = (0 ..< edgeCount).map { e in
            .object([("source", .string(nodeIDs[edgeSources[e]])), ("target", .string(nodeIDs[edgeTargets[e]]))]
                + edgeColumns.compactMap { c in c.values[e].map { (c.name, json($0)) } })
        }
        let document = JSONValue.object([
            ("directed", .bool(isDirected)), ("multigraph", .bool(false)), ("graph", .object([])),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return document.serialized() + "\n"
    }
}
