//===----------------------------------------------------------------------===//
// CSV: a nodes table and an edges table, for spreadsheets and Gephi's import
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// The nodes as CSV: `id` and every node column (Gephi's "Nodes table" import takes `id` and
    /// `label`; the name is also written as `label` for it). Written by ``CSVWriter``: safe to open
    /// in a spreadsheet (text that could run as a formula is prefixed with `'`, control characters
    /// become U+FFFD).
    public func nodesCSV() -> String {
        var out = ""
        nodesCSV(to: &out)
        return out
    }

    /// `nodesCSV()` written to `out` about 64 KiB at a time.
    public func nodesCSV<Out: TextOutputStream>(to out: inout Out) {
        var w = CSVWriter()
        let names = nodeColumns.first { $0.name == "name" }
        w.row(["id", "label"] + nodeColumns.map(\.name))
        for u in 0 ..< nodeCount {
            w.text(nodeIDs[u])
            w.text(names?.values[u]?.text ?? nodeIDs[u])
            for c in nodeColumns { Self.cell(c.values[u], into: &w) }
            w.endRow()
            if w.output.utf8.count >= 1 << 16 { out.write(w.takeOutput()) }
        }
        out.write(w.takeOutput())
    }

    /// The edges as CSV: `source`, `target` (node ids), `type` (Gephi's Undirected/Directed) and
    /// every edge column; `liaison --edges` reads it back.
    public func edgesCSV() -> String {
        var out = ""
        edgesCSV(to: &out)
        return out
    }

    /// `edgesCSV()` written to `out` about 64 KiB at a time.
    public func edgesCSV<Out: TextOutputStream>(to out: inout Out) {
        var w = CSVWriter()
        w.row(["source", "target", "type"] + edgeColumns.map(\.name))
        for e in 0 ..< edgeCount {
            w.text(nodeIDs[edgeSources[e]])
            w.text(nodeIDs[edgeTargets[e]])
            w.text(isDirected ? "Directed" : "Undirected")
            for c in edgeColumns { Self.cell(c.values[e], into: &w) }
            w.endRow()
            if w.output.utf8.count >= 1 << 16 { out.write(w.takeOutput()) }
        }
        out.write(w.takeOutput())
    }

    private static func cell(_ v: Value?, into w: inout CSVWriter) {
        switch v {
        case nil: w.empty()
        case let .string(s)?: w.text(s)
        case let .integer(i)?: w.number(i)
        case let .double(d)?: w.number(d)
        case let .bool(b)?: w.bool(b)
        }
    }
}
