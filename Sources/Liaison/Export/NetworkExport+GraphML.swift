//===----------------------------------------------------------------------===//
// GraphML (http://graphml.graphdrawing.org/specification.html) with typed keys
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// GraphML 1.0 with one `<key>` per column (`attr.type` string, long, double or boolean;
    /// ids `n0…` for nodes and `e0…` for edges) and a `<data>` per value that is present. This is
    /// the form `networkx.read_graphml`, Gephi, yEd and Cytoscape read, with the types intact.
    public func graphML() -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        func type(_ t: ValueType) -> String {
            switch t { case .string: "string"; case .integer: "long"; case .double: "double"; case .bool: "boolean" }
        }
        for (i, c) in nodeColumns.enumerated() {
            out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(type(c.type))\"/>\n"
        }
        for (i, c) in edgeColumns.enumerated() {
            out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(type(c.type))\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(isDirected ? "directed" : "undirected")\">\n"
        // About 40 bytes per value: one allocation up front instead of a doubling series.
        out.reserveCapacity(out.utf8.count + 40 * (nodeCount * (nodeColumns.count + 2) + edgeCount * (edgeColumns.count + 2)))
        // Each piece is appended on its own (no interpolated temporaries); ids escaped once.
        let nodeOpen = nodeColumns.indices.map { "      <data key=\"n\($0)\">" }
        let edgeOpen = edgeColumns.indices.map { "      <data key=\"e\($0)\">" }
        let ids = nodeIDs.map(XMLText.escape)
        for u in 0 ..< nodeCount {
            out += "    <node id=\""; out += ids[u]; out += "\">\n"
            for (i, c) in nodeColumns.enumerated() {
                if let v = c.values[u] { out += nodeOpen[i]; out += XMLText.escape(v.text); out += "</data>\n" }
            }
            out += "    </node>\n"
        }
        for e in 0 ..< edgeCount {
            out += "    <edge source=\""; out += ids[edgeSources[e]]; out += "\" target=\""; out += ids[edgeTargets[e]]; out += "\">\n"
            for (i, c) in edgeColumns.enumerated() {
                if let v = c.values[e] { out += edgeOpen[i]; out += XMLText.escape(v.text); out += "</data>\n" }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
