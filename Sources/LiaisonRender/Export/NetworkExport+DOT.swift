//===----------------------------------------------------------------------===//
// DOT with the attributes as DOT attributes, written by Graphviz's own writer
//===----------------------------------------------------------------------===//

import Foundation
import Liaison

extension NetworkExport {
    /// The export as DOT (https://graphviz.org/doc/info/lang.html): one node per id (the DOT
    /// node name) and every column as a DOT attribute of its own (`name="…" degree=3
    /// betweenness=0.25 …`; edges `weight=… class=… bridge=true …`), so `pydot`,
    /// `networkx.nx_agraph.read_dot`, igraph and Gephi's DOT import see them as data, not inside
    /// tooltips. With a ``layout``: `label` (the name, as Graphviz shows it), `fillcolor`,
    /// `width` and, when laid out, `pos` in points — `neato -n2 -Tsvg` draws it as Liaison placed
    /// it. The text is quoted by cgraph's `agwrite` (the one DOT writer Graphviz's parser is
    /// sure to read); the characters ``TextSanitizer`` calls hostile become U+FFFD (DOT has no
    /// escape that keeps them inert), TAB and LF stay.
    public func dot() throws -> String {
        var g = GraphvizGraph(name: "liaison", isDirected: isDirected)
        func text(_ v: Value) -> String {
            if case let .string(s) = v { return TextSanitizer.csv(s) }
            return v.text
        }
        for u in 0 ..< nodeCount {
            var attributes = nodeColumns.compactMap { c in c.values[u].map { GraphvizAttribute(c.name, text($0)) } }
            if let layout {
                let name = nodeColumns.first { $0.name == "name" }?.values[u]?.text ?? nodeIDs[u]
                let c = layout.colours[u]
                attributes += [.init("label", DrawingText.label(name)), .init("style", "filled"),
                               .init("fillcolor", String(format: "#%02x%02x%02x", c.r, c.g, c.b)),
                               .init("width", Value.decimal(layout.sizes[u] / 72)), .init("fixedsize", "shape")]
                if let p = layout.positions?[u] { attributes.append(.init("pos", "\(Value.decimal(p.x)),\(Value.decimal(p.y))")) }
            }
            _ = g.addNode(TextSanitizer.csv(nodeIDs[u]), attributes)
        }
        for e in 0 ..< edgeCount {
            g.addEdge(edgeSources[e], edgeTargets[e], edgeColumns.compactMap { c in c.values[e].map { GraphvizAttribute(c.name, text($0)) } })
        }
        let written = try Graphviz.render(g, engine: .neato, format: .dot)
        return String(decoding: written.data, as: UTF8.self)
    }
}
