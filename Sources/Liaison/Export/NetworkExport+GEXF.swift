//===----------------------------------------------------------------------===//
// GEXF 1.3 (https://gexf.net/schema.html) with viz colour, size and position
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// GEXF 1.3, Gephi's own format: node `label` = name, the other columns as typed
    /// `<attributes>` (string, long, double, boolean), the edge `weight` as the edge's weight
    /// attribute, and with a ``layout`` the `viz:color`, `viz:size` (diameter in points) and
    /// `viz:position` of Liaison's drawing (Graphviz points; omitted when the layout has no
    /// positions), so that Gephi opens it looking like `liaison render`.
    public func gexf() -> String {
        var out = ""
        gexf(to: &out)
        return out
    }

    /// `gexf()` written piece by piece to `out` (an `OutputFileStream` streams it to a file).
    public func gexf<Out: TextOutputStream>(to out: inout Out) {
        out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta><creator>liaison</creator></meta>
          <graph defaultedgetype="\(isDirected ? "directed" : "undirected")" mode="static">

        """)
        func type(_ t: ValueType) -> String {
            switch t { case .string: "string"; case .integer: "long"; case .double: "double"; case .bool: "boolean" }
        }
        // `name` is the node label, `weight` the edge weight: neither is repeated as an attribute.
        let nodeAttributes = nodeColumns.indices.filter { nodeColumns[$0].name != "name" }
        let edgeAttributes = edgeColumns.indices.filter { edgeColumns[$0].name != "weight" }
        let names = nodeColumns.first { $0.name == "name" }
        let weights = edgeColumns.first { $0.name == "weight" }
        out.write("    <attributes class=\"node\">\n")
        for i in nodeAttributes {
            out.write("      <attribute id=\"\(i)\" title=\"\(XMLText.escape(nodeColumns[i].name))\" type=\"\(type(nodeColumns[i].type))\"/>\n")
        }
        out.write("    </attributes>\n    <attributes class=\"edge\">\n")
        for i in edgeAttributes {
            out.write("      <attribute id=\"\(i)\" title=\"\(XMLText.escape(edgeColumns[i].name))\" type=\"\(type(edgeColumns[i].type))\"/>\n")
        }
        out.write("    </attributes>\n    <nodes>\n")
        for u in 0 ..< nodeCount {
            let label = names?.values[u]?.text ?? nodeIDs[u]
            out.write("      <node id=\"\(XMLText.escape(nodeIDs[u]))\" label=\"\(XMLText.escape(label))\">\n        <attvalues>\n")
            for i in nodeAttributes {
                if let v = nodeColumns[i].values[u] { out.write("          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(v.text))\"/>\n") }
            }
            out.write("        </attvalues>\n")
            if let layout {
                let c = layout.colours[u]
                out.write("        <viz:color r=\"\(c.r)\" g=\"\(c.g)\" b=\"\(c.b)\"/>\n")
                out.write("        <viz:size value=\"\(Value.decimal(layout.sizes[u]))\"/>\n")
                if let p = layout.positions?[u] {
                    out.write("        <viz:position x=\"\(Value.decimal(p.x))\" y=\"\(Value.decimal(p.y))\" z=\"0.0\"/>\n")
                }
            }
            out.write("      </node>\n")
        }
        out.write("    </nodes>\n    <edges>\n")
        for e in 0 ..< edgeCount {
            var head = "      <edge id=\"\(e)\" source=\"\(XMLText.escape(nodeIDs[edgeSources[e]]))\" target=\"\(XMLText.escape(nodeIDs[edgeTargets[e]]))\""
            if let w = weights?.values[e] { head += " weight=\"\(XMLText.escape(w.text))\"" }
            out.write(head + ">\n        <attvalues>\n")
            for i in edgeAttributes {
                if let v = edgeColumns[i].values[e] { out.write("          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(v.text))\"/>\n") }
            }
            out.write("        </attvalues>\n      </edge>\n")
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }
}
