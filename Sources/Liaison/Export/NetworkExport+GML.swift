//===----------------------------------------------------------------------===//
// GML (Himsholt, "GML: A portable Graph File Format", Universität Passau, 1997)
//===----------------------------------------------------------------------===//

extension NetworkExport {
    /// GML as `networkx.write_gml` writes it, so that `networkx.read_gml` (which relabels by
    /// `label`), igraph's `Graph.Read_GML` and Gephi read it: `graph [ directed 0|1 node [ id N
    /// label "ID" … ] edge [ source N target N … ] ]`. Strings are quoted; every character outside
    /// printable ASCII, and `"` and `&`, is written as the character reference `&#N;` (NetworkX's
    /// `escape`, undone by its `unescape` on reading; GML itself is ISO 8859-1 text). Booleans are
    /// written as 1/0 (GML has no boolean); doubles always carry a `.` or an exponent so that they
    /// read back as reals.
    public func gml() -> String {
        var out = ""
        gml(to: &out)
        return out
    }

    /// `gml()` written piece by piece to `out` (an `OutputFileStream` streams it to a file).
    public func gml<Out: TextOutputStream>(to out: inout Out) {
        out.write("graph [\n  directed \(isDirected ? 1 : 0)\n")
        func value(_ v: Value) -> String {
            switch v {
            case let .string(s): "\"" + Self.gmlEscape(s) + "\""
            case let .integer(i): String(i)
            case let .bool(b): b ? "1" : "0"
            case let .double(d): Value.decimal(d)
            }
        }
        for u in 0 ..< nodeCount {
            out.write("  node [\n    id \(u)\n    label \"\(Self.gmlEscape(nodeIDs[u]))\"\n")
            for c in nodeColumns { if let v = c.values[u] { out.write("    \(c.name) \(value(v))\n") } }
            out.write("  ]\n")
        }
        for e in 0 ..< edgeCount {
            out.write("  edge [\n    source \(edgeSources[e])\n    target \(edgeTargets[e])\n")
            for c in edgeColumns { if let v = c.values[e] { out.write("    \(c.name) \(value(v))\n") } }
            out.write("  ]\n")
        }
        out.write("]\n")
    }

    /// `&#N;` for every scalar outside U+0020…U+007E and for `"` and `&`.
    static func gmlEscape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || u.value > 0x7E || u == "\"" || u == "&" {
                out += "&#\(u.value);"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
