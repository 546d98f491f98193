//===----------------------------------------------------------------------===//
// GraphML (http://graphml.graphdrawing.org/specification.html) with typed keys
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// GraphML 1.0 with one `<key>` per column (`attr.type` string, long, double or boolean;
    /// ids `n0…` for nodes and `e0…` for edges) and a `<data>` per value that is present. This is
    /// the form `networkx.read_graphml`, Gephi, yEd and Cytoscape read, with the types intact.
    public func graphML() -> String {
        var out = ""
        // About 40 bytes per value: one allocation up front instead of a doubling series.
        out.reserveCapacity(1024 + 40 * (nodeCount * (nodeColumns.count + 2) + edgeCount * (edgeColumns.count + 2)))
        graphML(to: &out)
        return out
    }

    /// `graphML()` written piece by piece to `out` (an `OutputFileStream` streams it to a file).
    public func graphML<Out: TextOutputStream>(to out: inout Out) {
        out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        func type(_ t: ValueType) -> String {
            switch t { case .string: "string"; case .integer: "long"; case .double: "double"; case .bool: "boolean" }
        }
        for (i, c) in nodeColumns.enumerated() {
            out.write("  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(type(c.type))\"/>\n")
        }
        for (i, c) in edgeColumns.enumerated() {
            out.write("  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(type(c.type))\"/>\n")
        }
        out.write("  <graph id=\"G\" edgedefault=\"\(isDirected ? "directed" : "undirected")\">\n")
        // Each piece is appended on its own (no interpolated temporaries); ids escaped once.
        let nodeOpen = nodeColumns.indices.map { "      <data key=\"n\($0)\">" }
        let edgeOpen = edgeColumns.indices.map { "      <data key=\"e\($0)\">" }
        let ids = nodeIDs.map(XMLText.escape)
        for u in 0 ..< nodeCount {
            out.write("    <node id=\""); out.write(ids[u]); out.write("\">\n")
            for (i, c) in nodeColumns.enumerated() {
                if let v = c.values[u] { out.write(nodeOpen[i]); out.write(XMLText.escape(v.text)); out.write("</data>\n") }
            }
            out.write("    </node>\n")
        }
        for e in 0 ..< edgeCount {
            out.write("    <edge source=\""); out.write(ids[edgeSources[e]]); out.write("\" target=\""); out.write(ids[edgeTargets[e]]); out.write("\">\n")
            for (i, c) in edgeColumns.enumerated() {
                if let v = c.values[e] { out.write(edgeOpen[i]); out.write(XMLText.escape(v.text)); out.write("</data>\n") }
            }
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }
}
