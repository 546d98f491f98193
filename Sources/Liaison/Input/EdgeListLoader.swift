//===----------------------------------------------------------------------===//
// EdgeListLoader: plain graphs (SPEC §3.2) — CSV, SNAP-style text, GraphML
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A plain graph read from a file: node ids as given, display names where the file has them.
public struct LoadedEdgeList: Sendable {
    public var network: LabeledGraph
    /// A readable name per node (GraphML `name`/`label` data, CSV `source_name`/`target_name`
    /// columns), else the id.
    public var names: [String]
    public var warnings: [Diagnostic]
}

/// Reads `--edges FILE` (SPEC §3.2).
///
/// - **CSV** (`.csv`, or a first line with a comma): a header naming `source` and `target`
///   (or `from`/`to`, `a`/`b`), optionally `weight`, and optionally `source_name`/`target_name`;
///   other columns are ignored.
/// - **SNAP-style text** (anything else): `source target [weight]` per line separated by spaces or
///   tabs; lines starting with `#` or `%` are comments.
/// - **GraphML** (`.graphml`, `.xml`): `<node id>`, `<edge source target>`, a `weight` data key
///   (by `attr.name`), `edgedefault="directed"`.
///
/// Weights default to 1 and must be finite and > 0: in this mode the weight IS the tie strength.
/// Parallel edges are merged into one edge whose weight is their sum (undirected `a,b` and `b,a`
/// are the same edge); self-loops are dropped with a warning. Every bad line is reported as
/// `file:line:column: message`, all in one run.
public enum EdgeListLoader {
    public enum Format: String, Sendable, CaseIterable { case csv, snap, graphml }

    public static func load(path: String, directed: Bool?, format: Format? = nil) throws -> LoadedEdgeList {
        var collector = Collector(file: path)
        let fileDirected = try parse(path: path, format: format, into: &collector)
        // The file's bytes are gone by now: the graph is built with only the parsed edges in memory.
        return try collector.finish(directed: directed ?? fileDirected)
    }

    /// Reads the file into `collector`; returns whether the file declares itself directed.
    private static func parse(path: String, format: Format?, into collector: inout Collector) throws -> Bool {
        let bytes: [UInt8]
        do {   // the Data goes at the end of this scope: one copy of the file in memory while parsing
            guard let data = FileManager.default.contents(atPath: path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                throw InputMissing(path: path, reason: exists ? "cannot be read" : "no such file")
            }
            bytes = [UInt8](data)
        }
        // About one edge per line: reserve once instead of growing (and overshooting) by doubling.
        var lines = 0
        for b in bytes where b == 0x0A { lines += 1 }
        collector.reserve(lines + 1)
        switch format ?? detect(path: path, bytes: bytes) {
        case .csv: try readCSV(bytes, file: path, into: &collector); return false
        case .snap: readSNAP(bytes, file: path, into: &collector); return false
        case .graphml: return try readGraphML(Data(bytes), file: path, into: &collector)
        }
    }

    static func detect(path: String, bytes: [UInt8]) -> Format {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "graphml" || ext == "xml" { return .graphml }
        if ext == "csv" { return .csv }
        let head = bytes.prefix(4096)
        if head.starts(with: Array("<?xml".utf8)) || head.starts(with: Array("<graphml".utf8)) { return .graphml }
        // A comma-separated first line is a CSV header if it names the columns; otherwise the file is
        // a headerless comma-separated edge list (NetworkX's `write_edgelist(delimiter=",")`).
        if let newline = head.firstIndex(of: UInt8(ascii: "\n")), head[..<newline].contains(UInt8(ascii: ",")) {
            let first = String(decoding: head[..<newline], as: UTF8.self).lowercased()
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return first.contains(where: { ["source", "from", "src"].contains($0) }) ? .csv : .snap
        }
        return .snap
    }

    /// Accumulates labelled edges and diagnostics; builds the graph at the end.
    struct Collector {
        let file: String
        var labels = [String](), names = [String](), index = [String: Int32]()
        var sources = [Int32](), targets = [Int32](), weights = [Double]()
        var errors = [Diagnostic](), warnings = [Diagnostic]()
        var selfLoopLines = [Int]()

        init(file: String) { self.file = file }

        mutating func reserve(_ edges: Int) {
            sources.reserveCapacity(edges); targets.reserveCapacity(edges); weights.reserveCapacity(edges)
        }

        mutating func node(_ id: String, name: String? = nil) -> Int32 {
            if let i = index[id] {
                if let name, !name.isEmpty, names[Int(i)] == id { names[Int(i)] = name }
                return i
            }
            let i = Int32(labels.count)
            labels.append(id); names.append(name.flatMap { $0.isEmpty ? nil : $0 } ?? id); index[id] = i
            return i
        }

        mutating func edge(_ a: String, _ b: String, weight: Double, line: Int, names: (String?, String?) = (nil, nil)) {
            edge(node(a, name: names.0), node(b, name: names.1), weight: weight, line: line)
        }

        mutating func edge(_ s: Int32, _ t: Int32, weight: Double, line: Int) {
            if s == t { selfLoopLines.append(line); return }
            sources.append(s); targets.append(t); weights.append(weight)
        }

        /// Parses a weight cell; nil (and an error) when it is not a finite number > 0.
        mutating func weight(_ text: String, line: Int, column: Int) -> Double? {
            guard let w = Double(text.trimmingCharacters(in: .whitespaces)), w.isFinite else {
                errors.append(Diagnostic(file: file, line: line, column: column,
                                         message: "weight '\(text)' is not a number; expected a number > 0"))
                return nil
            }
            guard w > 0 else {
                errors.append(Diagnostic(file: file, line: line, column: column,
                                         message: "weight \(text) is not positive; expected a number > 0 (the weight is the tie strength)"))
                return nil
            }
            return w
        }

        func finish(directed: Bool) throws -> LoadedEdgeList {
            if !errors.isEmpty { throw InputErrors(errors) }
            var warnings = self.warnings
            if !selfLoopLines.isEmpty {
                let shown = selfLoopLines.prefix(5).map(String.init).joined(separator: ", ")
                warnings.append(Diagnostic(file: file, line: selfLoopLines[0], column: 1,
                    message: "dropped \(selfLoopLines.count) self-loop\(selfLoopLines.count == 1 ? "" : "s") (lines \(shown)\(selfLoopLines.count > 5 ? ", …" : ""))",
                    severity: .warning))
            }
            let graph = try Graph(nodeCount: labels.count, sources: sources, targets: targets, weights: weights, directed: directed)
            if graph.buildReport.mergedParallelEdges > 0 {
                warnings.append(Diagnostic(file: file, line: 0, column: 0,
                    message: "merged \(graph.buildReport.mergedParallelEdges) parallel edge\(graph.buildReport.mergedParallelEdges == 1 ? "" : "s") by summing their weights",
                    severity: .warning))
            }
            return LoadedEdgeList(network: LabeledGraph(graph: graph, labels: labels), names: names, warnings: warnings)
        }
    }

    // MARK: CSV

    static func readCSV(_ bytes: [UInt8], file: String, into c: inout Collector) throws {
        var columns: (s: Int, t: Int, w: Int?, sn: Int?, tn: Int?)?
        try CSVReader(file: file, bytes: bytes).forEachRecord { r in
            guard let cols = columns else {
                let header = (0 ..< r.count).map { (r.string($0) ?? "").trimmingCharacters(in: .whitespaces).lowercased() }
                func find(_ names: [String]) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
                guard let s = find(["source", "from", "a", "src"]), let t = find(["target", "to", "b", "dst"]) else {
                    c.errors.append(r.diagnostic(0, "the header must name a 'source' and a 'target' column (found: \(header.joined(separator: ",")))"))
                    columns = (-1, -1, nil, nil, nil)
                    return
                }
                columns = (s, t, find(["weight"]), find(["source_name"]), find(["target_name"]))
                return
            }
            guard cols.s >= 0 else { return }
            guard let a = r.string(cols.s), let b = r.string(cols.t) else {
                c.errors.append(r.diagnostic(0, "invalid UTF-8; expected UTF-8 text")); return
            }
            if a.isEmpty || b.isEmpty {
                c.errors.append(r.diagnostic(a.isEmpty ? cols.s : cols.t, "empty node id; expected a source and a target on every row"))
                return
            }
            var w = 1.0
            if let wc = cols.w, !r.isEmpty(wc) {
                let p = r.position(wc)
                guard let parsed = c.weight(r.string(wc) ?? "", line: p.line, column: p.column) else { return }
                w = parsed
            }
            c.edge(a, b, weight: w, line: r.line,
                   names: (cols.sn.flatMap { r.string($0) }, cols.tn.flatMap { r.string($0) }))
        }
        if columns == nil {
            c.errors.append(Diagnostic(file: file, line: 1, column: 1, message: "empty file; expected a header 'source,target[,weight]'"))
        }
    }

    // MARK: SNAP-style whitespace edge lists

    /// Reads `source target [weight]` lines. Lines of plain ASCII (the common case) are split and
    /// parsed on bytes, and ids that are canonical decimal numbers (no sign, no leading zero) find
    /// their node through an array indexed by the number instead of the string table; every other
    /// line goes through `readSNAPLine`, which handles Unicode whitespace and columns. Both paths
    /// give the same nodes (in order of first appearance), edges and diagnostics.
    /// - Complexity: O(bytes), one hash lookup per distinct non-numeric id occurrence.
    static func readSNAP(_ bytes: [UInt8], file: String, into c: inout Collector) {
        var numeric = [Int32]()   // node of the canonical decimal id k, -1 when not seen yet
        bytes.withUnsafeBufferPointer { buf in
            let count = buf.count
            let numericLimit = min(1 << 24, max(4096, count))   // the table stays within 4× the file
            var line = 0
            var start = buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var tokens = [(Int, Int)]()   // byte ranges of the first three fields of an ASCII line
            tokens.reserveCapacity(3)
            while start < count {
                var end = start
                var ascii = true
                while end < count, buf[end] != 0x0A { ascii = ascii && buf[end] < 0x80; end += 1 }
                line += 1
                defer { start = end + 1 }
                guard ascii else { readSNAPLine(UnsafeBufferPointer(rebasing: buf[start ..< end]), line: line, file: file, into: &c); continue }
                // Trimmed (ASCII whitespace and newlines: \t \n \v \f \r and space) empty or a comment?
                var first = start
                while first < end, buf[first] == 0x20 || (buf[first] >= 0x09 && buf[first] <= 0x0D) { first += 1 }
                if first == end || buf[first] == UInt8(ascii: "#") || buf[first] == UInt8(ascii: "%") { continue }
                tokens.removeAll(keepingCapacity: true)
                var fields = 0, i = start
                while i < end {
                    let b = buf[i]
                    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x2C { i += 1; continue }
                    let tokenStart = i
                    while i < end, buf[i] != 0x20, buf[i] != 0x09, buf[i] != 0x0D, buf[i] != 0x2C { i += 1 }
                    fields += 1
                    if fields <= 3 { tokens.append((tokenStart, i)) } else { break }
                }
                guard fields >= 2 else {
                    c.errors.append(Diagnostic(file: file, line: line, column: tokens.first.map { $0.0 - start + 1 } ?? 1,
                                               message: "expected 'source target [weight]', found one field"))
                    continue
                }
                func text(_ t: (Int, Int)) -> String { String(decoding: UnsafeBufferPointer(rebasing: buf[t.0 ..< t.1]), as: UTF8.self) }
                var w = 1.0
                if fields >= 3, let parsed = plainDecimal(buf, tokens[2].0, tokens[2].1), parsed > 0 {
                    w = parsed
                } else if fields >= 3 {
                    let token = text(tokens[2])
                    if let parsed = Double(token), parsed.isFinite, parsed > 0 {
                        w = parsed
                    } else {
                        guard let parsed = c.weight(token, line: line, column: tokens[2].0 - start + 1) else { continue }
                        w = parsed
                    }
                }
                func node(_ t: (Int, Int)) -> Int32 {
                    // Canonical decimal ids below `numericLimit`: look up by value.
                    let length = t.1 - t.0
                    if length <= 8, buf[t.0] != UInt8(ascii: "0") || length == 1 {
                        var value = 0, digits = true
                        for k in t.0 ..< t.1 {
                            let d = buf[k] &- UInt8(ascii: "0")
                            if d > 9 { digits = false; break }
                            value = value * 10 + Int(d)
                        }
                        if digits, value < numericLimit {
                            if value >= numeric.count { numeric.append(contentsOf: repeatElement(-1, count: max(value + 1 - numeric.count, numeric.count))) }
                            if numeric[value] < 0 { numeric[value] = c.node(text(t)) }
                            return numeric[value]
                        }
                    }
                    return c.node(text(t))
                }
                let a = node(tokens[0]), b = node(tokens[1])
                c.edge(a, b, weight: w, line: line)
            }
        }
    }

    /// Powers of ten exactly representable as doubles (10^0 … 10^22).
    static let exactPowersOfTen: [Double] = (0 ... 22).map { k in (0 ..< k).reduce(1.0) { x, _ in x * 10 } }

    /// `digits[.digits]` with at most 15 digits in all, parsed as m / 10^k with both m and 10^k
    /// exact doubles, so the one division rounds correctly and the result equals `Double(text)`
    /// (Clinger's fast path, https://doi.org/10.1145/93548.93557); nil for anything else.
    @inline(__always)
    static func plainDecimal(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, point = false
        for i in start ..< end {
            let b = buf[i]
            if b == UInt8(ascii: ".") {
                if point { return nil }
                point = true
                continue
            }
            let d = b &- UInt8(ascii: "0")
            if d > 9 { return nil }
            mantissa = mantissa * 10 + UInt64(d)
            digits += 1
            if point { fraction += 1 }
        }
        guard digits > 0, digits <= 15 else { return nil }
        return Double(mantissa) / exactPowersOfTen[fraction]
    }

    /// One line that is not plain ASCII: tokens split on Unicode scalars, columns counted in scalars.
    static func readSNAPLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, file: String, into c: inout Collector) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            c.errors.append(Diagnostic(file: file, line: line, column: 1, message: "invalid UTF-8; expected UTF-8 text"))
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("%") { return }
        // Tokens with their columns (in Unicode scalars).
        var tokens = [(String, Int)]()
        var current = "", column = 0, tokenColumn = 0
        for u in text.unicodeScalars {
            column += 1
            if u == " " || u == "\t" || u == "\r" || u == "," {
                if !current.isEmpty { tokens.append((current, tokenColumn)); current = "" }
            } else {
                if current.isEmpty { tokenColumn = column }
                current.unicodeScalars.append(u)
            }
        }
        if !current.isEmpty { tokens.append((current, tokenColumn)) }
        guard tokens.count >= 2 else {
            c.errors.append(Diagnostic(file: file, line: line, column: tokens.first?.1 ?? 1,
                                       message: "expected 'source target [weight]', found one field"))
            return
        }
        var w = 1.0
        if tokens.count >= 3 {
            guard let parsed = c.weight(tokens[2].0, line: line, column: tokens[2].1) else { return }
            w = parsed
        }
        c.edge(tokens[0].0, tokens[1].0, weight: w, line: line)
    }

    // MARK: GraphML

    /// Returns whether the file declares `edgedefault="directed"`.
    static func readGraphML(_ data: Data, file: String, into c: inout Collector) throws -> Bool {
        let delegate = GraphMLDelegate(file: file)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            let e = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            c.errors.append(Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                       message: "not well-formed GraphML: \(e)"))
            return false
        }
        c.errors += delegate.errors
        for n in delegate.nodes { _ = c.node(n.id, name: n.name) }
        for e in delegate.edges {
            var w = 1.0
            if let text = e.weight {
                guard let parsed = c.weight(text, line: e.line, column: e.column) else { continue }
                w = parsed
            }
            c.edge(e.source, e.target, weight: w, line: e.line)
        }
        return delegate.directed
    }

    final class GraphMLDelegate: NSObject, XMLParserDelegate {
        struct PendingEdge { var source: String, target: String, weight: String?, line: Int, column: Int }
        let file: String
        var directed = false
        var weightKeys = Set<String>(), nameKeys = Set<String>()
        var nodes = [(id: String, name: String?)]()
        var edges = [PendingEdge]()
        var errors = [Diagnostic]()
        private var dataKey: String?
        private var text = ""
        private var inNode = false, inEdge = false

        init(file: String) { self.file = file }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "key":
                let attr = (attributes["attr.name"] ?? "").lowercased()
                if attr == "weight", attributes["for"] != "node" { weightKeys.insert(attributes["id"] ?? "") }
                if attr == "name" || attr == "label", attributes["for"] != "edge" { nameKeys.insert(attributes["id"] ?? "") }
            case "graph":
                directed = attributes["edgedefault"] == "directed"
            case "node":
                guard let id = attributes["id"] else {
                    errors.append(Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                             message: "<node> without an 'id' attribute"))
                    return
                }
                nodes.append((id, nil)); inNode = true
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    errors.append(Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                             message: "<edge> needs 'source' and 'target' attributes"))
                    return
                }
                edges.append(PendingEdge(source: s, target: t, weight: nil, line: parser.lineNumber, column: parser.columnNumber))
                inEdge = true
            case "data":
                dataKey = attributes["key"]; text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "data":
                if let key = dataKey {
                    if inEdge, weightKeys.contains(key), !edges.isEmpty { edges[edges.count - 1].weight = text }
                    if inNode, nameKeys.contains(key), !nodes.isEmpty { nodes[nodes.count - 1].name = text }
                }
                dataKey = nil
            case "node": inNode = false
            case "edge": inEdge = false
            default: break
            }
        }
    }
}
