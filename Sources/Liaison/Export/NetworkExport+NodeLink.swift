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
        var out = ""
        nodeLinkJSON(to: &out)
        return out
    }

    /// `nodeLinkJSON()` written to `out` one node or edge object at a time (an
    /// `OutputFileStream` streams it to a file): the same bytes as serialising the whole document
    /// as one `JSONValue`, without holding it.
    public func nodeLinkJSON<Out: TextOutputStream>(to out: inout Out) {
        func json(_ v: Value) -> JSONValue {
            switch v {
            case let .string(s): .string(s)
            case let .integer(i): .integer(i)
            case let .double(d): .number(d)
            case let .bool(b): .bool(b)
            }
        }
        out.write("{\"directed\":\(isDirected),\"multigraph\":false,\"graph\":{},\"nodes\":[")
        for u in 0 ..< nodeCount {
            if u > 0 { out.write(",") }
            let node = JSONValue.object([("id", .string(nodeIDs[u]))]
                + nodeColumns.compactMap { c in c.values[u].map { (c.name, json($0)) } })
            out.write(node.serialized())
        }
        out.write("],\"edges\":[")
        for e in 0 ..< edgeCount {
            if e > 0 { out.write(",") }
            let edge = JSONValue.object([("source", .string(nodeIDs[edgeSources[e]])), ("target", .string(nodeIDs[edgeTargets[e]]))]
                + edgeColumns.compactMap { c in c.values[e].map { (c.name, json($0)) } })
            out.write(edge.serialized())
        }
        out.write("]}\n")
    }
}
