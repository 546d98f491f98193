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
///   (by `attr.name`), `edgedefault="directed"`. The bytes must be UTF-8 (checked before the
///   XML parser sees them: the place of the first bad byte is reported).
/// - **GML** (`.gml`, or text starting with `graph [`, `Creator` or `Version`): `readGML`.
/// - **Pajek** (`.net`, `.paj`, or text starting with `*Vertices`/`*Network`): `readPajek`.
/// - **gzip** (magic bytes 1F 8B, whatever the name): decompressed, then read as the file inside
///   (its format from the name without `.gz`, or from its content).
///
/// The CSV delimiter is read from the header line: the most frequent of `,` `;` TAB outside
/// quotes (`.tsv` files: TAB). `columns` names the source, target and weight columns when they
/// are called something else. `-` reads standard input. A file in a format this loader does not
/// read (JSON, GEXF, DOT, a spreadsheet, binary data) is one diagnostic that says so.
///
/// Weights default to 1 and must be finite and > 0: in this mode the weight IS the tie strength.
/// Parallel edges are merged into one edge whose weight is their sum (undirected `a,b` and `b,a`
/// are the same edge); self-loops are dropped with a warning. Every bad line is reported as
/// `file:line:column: message`, all in one run.
public enum EdgeListLoader {
    public enum Format: String, Sendable, CaseIterable { case csv, snap, graphml, gml, pajek }

    /// The CSV columns to read when they are not called `source`, `target`, `weight`.
    public struct Columns: Sendable, Equatable {
        public var source: String?, target: String?, weight: String?
        public init(source: String? = nil, target: String? = nil, weight: String? = nil) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// The name diagnostics give standard input (`--edges -`).
    public static let standardInputName = "<stdin>"

    /// - Parameter threads: worker threads for a large SNAP-style list (nil: every core). The
    ///   result is the same whatever the count.
    public static func load(path: String, directed: Bool?, format: Format? = nil, threads: Int? = nil,
                            columns: Columns = Columns()) throws -> LoadedEdgeList {
        var collector = Collector(file: path == "-" ? standardInputName : path)
        collector.columns = columns
        let fileDirected = try parse(path: path, format: format, threads: threads, into: &collector)
        // The file's bytes are gone by now: the graph is built with only the parsed edges in memory.
        return try collector.finish(directed: directed ?? fileDirected, threads: threads)
    }

    /// The same load from the bytes of a file already in memory (tests, the fuzz targets): `name`
    /// stands for the path, both in diagnostics (`name:line:column: …`) and, when `format` is nil,
    /// for the format detection by extension. The result and every diagnostic are those of
    /// `load(path: name, …)` on a file holding `bytes`; gzip bytes are decompressed as there.
    public static func load(bytes: [UInt8], name: String, directed: Bool?, format: Format? = nil, threads: Int? = nil,
                            columns: Columns = Columns()) throws -> LoadedEdgeList {
        var collector = Collector(file: name)
        collector.columns = columns
        let fileDirected = try bytes.withUnsafeBufferPointer {
            try parse(fileBytes: $0, path: name, format: format, threads: threads, into: &collector)
        }
        return try collector.finish(directed: directed ?? fileDirected, threads: threads)
    }

    /// Reads the file into `collector`; returns whether the file declares itself directed.
    private static func parse(path: String, format: Format?, threads: Int?, into collector: inout Collector) throws -> Bool {
        let file = try FileBytes(path: path == "-" ? "/dev/stdin" : path)   // freed at the end of this scope, before the graph is built
        return try file.withBytes { bytes in
            try parse(fileBytes: bytes, path: path, format: format, threads: threads, into: &collector)
        }
    }

    /// A whole file's bytes, gzip or not, into `collector`; `path` names it for format detection.
    private static func parse(fileBytes bytes: UnsafeBufferPointer<UInt8>, path: String, format: Format?, threads: Int?,
                              into collector: inout Collector) throws -> Bool {
        if Gzip.isCompressed(bytes) {
            let inner = try Gzip.decompress(bytes, file: collector.file)
            var name = path
            if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
            return try inner.withUnsafeBufferPointer { try parse(bytes: $0, name: name, format: format, threads: threads, into: &collector) }
        }
        return try parse(bytes: bytes, name: path, format: format, threads: threads, into: &collector)
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, name: String, format: Format?, threads: Int?,
                              into collector: inout Collector) throws -> Bool {
        let file = collector.file
        switch try format ?? detect(path: name, bytes: bytes, file: file) {
        case .csv: try readCSV(Array(bytes), file: file, delimiter: csvDelimiter(path: name, bytes: bytes), into: &collector); return false
        case .snap: readSNAP(bytes, file: file, threads: threads, into: &collector); return false
        case .graphml:
            try UTF8Check.validate(bytes, file: file)
            try XMLInstructionCheck.validate(bytes, file: file)
            return try readGraphML(Data(buffer: bytes), file: file, into: &collector)
        case .gml: return readGML(bytes, file: file, into: &collector)
        case .pajek: return readPajek(bytes, file: file, into: &collector)
        }
    }

    /// The format of a file, from its name and then its first bytes. Throws one diagnostic for a
    /// format this loader does not read.
    static func detect(path: String, bytes: UnsafeBufferPointer<UInt8>, file: String? = nil) throws -> Format {
        let ext = (path as NSString).pathExtension.lowercased()
        if let unsupported = UnsupportedFormat.named(extension: ext, head: bytes.prefix(4096)) {
            throw InputErrors([Diagnostic(file: file ?? path, line: 1, column: 1, message: unsupported.sentence)])
        }
        if ext == "graphml" || ext == "xml" { return .graphml }
        if ext == "csv" || ext == "tsv" { return .csv }
        if ext == "gml" { return .gml }
        if ext == "net" || ext == "paj" { return .pajek }
        let head = bytes.prefix(4096)
        if head.starts(with: Array("<?xml".utf8)) || head.starts(with: Array("<graphml".utf8)) { return .graphml }
        let start = String(decoding: head.prefix(256), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if start.hasPrefix("*vertices") || start.hasPrefix("*network") { return .pajek }
        if start.hasPrefix("creator") || start.hasPrefix("version") || start.range(of: #"^graph\s*\["#, options: .regularExpression) != nil {
            return .gml
        }
        // A first line with ; or TAB that names a source column is a CSV header too.
        if let newline = head.firstIndex(of: UInt8(ascii: "\n")) {
            let first = String(decoding: head[..<newline], as: UTF8.self).lowercased()
            for d: Character in [";", "\t"] where first.contains(d) {
                let cells = first.split(separator: d).map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.contains(where: { ["source", "from", "src"].contains($0) }) { return .csv }
            }
        }
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
        var index = LabelIndex()
        /// Display names that differ from the id (CSV name columns, GraphML name/label data).
        var displayNames = [Int32: String]()
        var sources = [Int32](), targets = [Int32](), weights = [Double]()
        var errors = [Diagnostic](), warnings = [Diagnostic]()
        var selfLoopLines = [Int]()
        /// CSV column names given by the user.
        var columns = Columns()

        init(file: String) { self.file = file }

        /// The node with this id; the first non-empty `name` given for it becomes its display name.
        mutating func node(_ id: String, name: String? = nil) -> Int32 {
            let i = index.insert(id).index
            if let name, !name.isEmpty, name != id, displayNames[i] == nil { displayNames[i] = name }
            return i
        }

        mutating func edge(_ a: String, _ b: String, weight: Double, line: Int, names: (String?, String?) = (nil, nil)) {
            edge(node(a, name: names.0), node(b, name: names.1), weight: weight, line: line)
        }

        @inline(__always)
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

        /// Builds the graph; the edge arrays are handed over to the builder, which sorts in them.
        mutating func finish(directed: Bool, threads: Int?) throws -> LoadedEdgeList {
            if !errors.isEmpty { throw InputErrors(errors) }
            var warnings = self.warnings
            if !selfLoopLines.isEmpty {
                let shown = selfLoopLines.prefix(5).map(String.init).joined(separator: ", ")
                warnings.append(Diagnostic(file: file, line: selfLoopLines[0], column: 1,
                    message: "dropped \(selfLoopLines.count) self-loop\(selfLoopLines.count == 1 ? "" : "s") (lines \(shown)\(selfLoopLines.count > 5 ? ", …" : ""))",
                    severity: .warning))
            }
            let (s, t, w) = (sources, targets, weights)
            (sources, targets, weights) = ([], [], [])
            let graph = try Graph(nodeCount: index.count, sources: s, targets: t, weights: w, directed: directed, threads: threads)
            if graph.buildReport.mergedParallelEdges > 0 {
                warnings.append(Diagnostic(file: file, line: 0, column: 0,
                    message: "merged \(graph.buildReport.mergedParallelEdges) parallel edge\(graph.buildReport.mergedParallelEdges == 1 ? "" : "s") by summing their weights",
                    severity: .warning))
            }
            var names = index.labels
            for (i, name) in displayNames { names[Int(i)] = name }
            return LoadedEdgeList(network: LabeledGraph(graph: graph, index: index), names: names, warnings: warnings)
        }
    }

    // MARK: CSV

    /// The CSV delimiter: TAB for `.tsv`; else the most frequent of `,` `;` TAB in the header line
    /// outside quotes (`,` when none is there or on a tie with it).
    static func csvDelimiter(path: String, bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if (path as NSString).pathExtension.lowercased() == "tsv" { return UInt8(ascii: "\t") }
        var counts = [UInt8: Int]()
        var quoted = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && b == UInt8(ascii: "\n") { break }
            if !quoted && (b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "\t")) { counts[b, default: 0] += 1 }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        guard let best, best.value > comma else { return UInt8(ascii: ",") }
        return best.key
    }

    static func readCSV(_ bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","), into c: inout Collector) throws {
        var columns: (s: Int, t: Int, w: Int?, sn: Int?, tn: Int?)?
        let given = c.columns
        try CSVReader(file: file, bytes: bytes, delimiter: delimiter).forEachRecord { r in
            guard let cols = columns else {
                let raw = (0 ..< r.count).map { (r.string($0) ?? "").trimmingCharacters(in: .whitespaces) }
                let header = raw.map { $0.lowercased() }
                func find(_ names: [String]) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
                func named(_ name: String?, option: String, defaults: [String]) -> Int? {
                    guard let name else { return find(defaults) }
                    if let exact = raw.firstIndex(of: name) ?? header.firstIndex(of: name.lowercased()) { return exact }
                    c.errors.append(r.diagnostic(0, "no column '\(name)' (\(option)); the header has: \(raw.joined(separator: ", "))"))
                    return nil
                }
                let s = named(given.source, option: "--source-column", defaults: ["source", "from", "a", "src"])
                let t = named(given.target, option: "--target-column", defaults: ["target", "to", "b", "dst"])
                let w = named(given.weight, option: "--weight-column", defaults: ["weight"])
                guard let s, let t, given.weight == nil || w != nil else {
                    if given.source == nil && given.target == nil && (s == nil || t == nil) {
                        c.errors.append(r.diagnostic(0, "the header must name a 'source' and a 'target' column, or give --source-column and --target-column (found: \(raw.joined(separator: ", ")))"))
                    }
                    columns = (-1, -1, nil, nil, nil)
                    return
                }
                columns = (s, t, w, find(["source_name"]), find(["target_name"]))
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
                var text = r.string(wc) ?? ""
                // A `;`-separated file is usually a European spreadsheet's, with a decimal comma.
                if delimiter == UInt8(ascii: ";"), !text.contains("."), text.filter({ $0 == "," }).count == 1 {
                    text = text.replacingOccurrences(of: ",", with: ".")
                }
                guard let parsed = c.weight(text, line: p.line, column: p.column) else { return }
                w = parsed
            }
            c.edge(a, b, weight: w, line: r.line,
                   names: (cols.sn.flatMap { r.string($0) }, cols.tn.flatMap { r.string($0) }))
        }
        if columns == nil {
            c.errors.append(Diagnostic(file: file, line: 1, column: 1, message: "empty file; expected a header 'source,target[,weight]'"))
        }
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

        /// `<data><![CDATA[…]]></data>`: the section's text is the value, as in any XML reader.
        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if dataKey != nil { text += String(decoding: block, as: UTF8.self) }
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
