//===----------------------------------------------------------------------===//
// Pajek .net for --edges (Batagelj & Mrvar, Pajek manual, "Input file formats")
//===----------------------------------------------------------------------===//

extension EdgeListLoader {
    /// Reads a Pajek network (`.net`) as Pajek, igraph (`write_graph(format="pajek")`) and
    /// NetworkX (`write_pajek`) write it:
    ///
    ///     *Vertices 3                  (optionally "*Vertices N M" for two-mode networks)
    ///     1 "Ann" 0.1 0.2 0.5          (number, optional quoted label, coordinates and options ignored)
    ///     *Edges                       (undirected lines; *Arcs: directed)
    ///     1 2 2.5                      (from, to, optional weight)
    ///     *Arcslist / *Edgeslist       (one line: from, then every neighbour)
    ///
    /// `%` starts a comment line; section keywords are case-insensitive; `*Network NAME` is
    /// skipped. Vertices are numbered from 1; one not listed under `*Vertices` is named by its
    /// number. Node ids are the labels when every vertex has a distinct label (as
    /// `networkx.read_pajek` keys nodes), else the numbers, with the labels as names. A file with
    /// `*Arcs` is directed (its `*Edges` lines then count in both directions).
    ///
    /// - Complexity: O(bytes). Returns whether the file has arcs.
    /// The largest vertex number a Pajek file may declare or use. Every vertex 1 … N is a node (the
    /// format's meaning of '*Vertices N'), so without a cap a 20-byte file could ask for billions
    /// of nodes; 10^7 nodes take about a gigabyte.
    static let pajekMaxVertices = 10_000_000

    /// The most vertices a Pajek file of `bytes` bytes may declare or use: 4,096 + 16 per byte,
    /// and never more than `pajekMaxVertices`. A vertex that has a line of its own or ends an edge
    /// costs the file at least two bytes, so only vertices that are declared by '*Vertices N' and
    /// then never written (isolated, unlabelled) can pass it: it keeps the memory a file asks for
    /// proportional to the file (about 100 bytes per vertex: label, index entry, graph offsets),
    /// where a 20-byte '*Vertices 9999999' asked for a gigabyte.
    static func pajekVertexLimit(bytes: Int) -> Int {
        min(pajekMaxVertices, 4_096 + 16 * bytes)
    }

    static func readPajek(_ bytes: UnsafeBufferPointer<UInt8>, file: String, into c: inout Collector) -> Bool {
        enum Section { case none, vertices, edges, arcs, edgesList, arcsList, other }
        var section = Section.none
        var declared: Int?          // the N of '*Vertices N', once read (0 is a network without vertices)
        var labels = [Int: String]()
        struct Line { var a: Int, b: Int, weight: String?, column: Int, line: Int, arc: Bool }
        var lines = [Line]()
        var hasArcs = false
        let text = String(decoding: bytes, as: UTF8.self)
        let sizeLimit = Self.pajekVertexLimit(bytes: bytes.count)
        func sizeLimitMessage(_ what: String) -> String {
            "\(what) is over the limit of \(sizeLimit) vertices for a file of \(bytes.count) bytes "
                + "(4096 + 16 per byte; every vertex 1 … N is a node): write the vertices under '*Vertices'"
        }
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let row = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = row.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            if trimmed.hasPrefix("*") {
                let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
                switch words[0].lowercased() {
                case "*vertices":
                    section = .vertices
                    guard words.count >= 2, let n = Int(words[1]), n >= 0 else {
                        c.errors.append(Diagnostic(file: file, line: number, column: 1, message: "'*Vertices' needs the number of vertices"))
                        return false
                    }
                    guard n <= Self.pajekMaxVertices else {
                        c.errors.append(Diagnostic(file: file, line: number, column: 1,
                                                   message: "'*Vertices \(n)' is over the limit of \(Self.pajekMaxVertices) vertices"))
                        return false
                    }
                    guard n <= sizeLimit else {
                        c.errors.append(Diagnostic(file: file, line: number, column: 1, message: sizeLimitMessage("'*Vertices \(n)'")))
                        return false
                    }
                    declared = n
                case "*edges": section = .edges
                case "*arcs": section = .arcs; hasArcs = true
                case "*edgeslist": section = .edgesList
                case "*arcslist": section = .arcsList; hasArcs = true
                case "*network": section = .none
                default: section = .other
                }
                continue
            }
            let (fields, columns) = Self.pajekFields(trimmed, offset: row.count - trimmed.count)
            func int(_ k: Int) -> Int? {
                guard k < fields.count, let v = Int(fields[k]), v >= 1 else {
                    c.errors.append(Diagnostic(file: file, line: number, column: k < columns.count ? columns[k] : 1,
                                               message: "expected a vertex number ≥ 1, found '\(k < fields.count ? fields[k] : "")'"))
                    return nil
                }
                if v > Self.pajekMaxVertices {
                    c.errors.append(Diagnostic(file: file, line: number, column: columns[k],
                                               message: "vertex \(v) is over the limit of \(Self.pajekMaxVertices) vertices"))
                    return nil
                }
                if v > sizeLimit {
                    c.errors.append(Diagnostic(file: file, line: number, column: columns[k], message: sizeLimitMessage("vertex \(v)")))
                    return nil
                }
                if let declared, v > declared {
                    c.errors.append(Diagnostic(file: file, line: number, column: columns[k],
                                               message: "vertex \(v) is beyond '*Vertices \(declared)'"))
                    return nil
                }
                return v
            }
            switch section {
            case .vertices:
                guard let v = int(0) else { continue }
                if fields.count >= 2 { labels[v] = fields[1] }
            case .edges, .arcs:
                guard let a = int(0), let b = int(1) else { continue }
                lines.append(Line(a: a, b: b, weight: fields.count >= 3 ? fields[2] : nil,
                                  column: columns.count >= 3 ? columns[2] : 1, line: number, arc: section == .arcs))
            case .edgesList, .arcsList:
                guard let a = int(0) else { continue }
                for k in 1 ..< max(1, fields.count) {
                    guard let b = int(k) else { continue }
                    lines.append(Line(a: a, b: b, weight: nil, column: 1, line: number, arc: section == .arcsList))
                }
            case .none, .other:
                continue
            }
        }
        // Node ids: distinct labels, else numbers. Every labelled vertex is at most `count` (a
        // vertex beyond '*Vertices N' was refused above), so a label per vertex means a label for
        // each of 1 … count; that is checked rather than assumed.
        let count = max(declared ?? 0, lines.map { max($0.a, $0.b) }.max() ?? 0)
        // Every key of `labels` is in 1 … count, so a label for each vertex is labels.count == count
        // (O(1), where asking for each of 1 … count was a hash lookup per vertex).
        let byLabel = count >= 1 && labels.count == count && Set(labels.values).count == labels.count
        var index = [Int32](repeating: -1, count: count + 1)
        for v in 1 ... max(1, count) where v <= count {
            if byLabel, let label = labels[v] {
                index[v] = c.node(label)
            } else if let name = labels[v] {
                index[v] = c.node(String(v), name: name)
            } else {
                index[v] = c.index.insert(number: v).index      // the common case: no string parsed
            }
        }
        for l in lines {
            var w = 1.0
            if let text = l.weight {
                guard let parsed = c.weight(text, line: l.line, column: l.column) else { continue }
                w = parsed
            }
            c.edge(index[l.a], index[l.b], weight: w, line: l.line)
            if hasArcs && !l.arc { c.edge(index[l.b], index[l.a], weight: w, line: l.line) }
        }
        return hasArcs
    }

    /// The whitespace-separated fields of a line, a `"…"` field as one (without its quotes), with
    /// the 1-based column of each.
    static func pajekFields(_ line: Substring, offset: Int) -> ([String], [Int]) {
        var fields = [String](), columns = [Int]()
        var i = line.startIndex
        var column = offset + 1
        while i < line.endIndex {
            let ch = line[i]
            if ch == " " || ch == "\t" { i = line.index(after: i); column += 1; continue }
            columns.append(column)
            if ch == "\"" {
                var j = line.index(after: i)
                var field = ""
                while j < line.endIndex && line[j] != "\"" { field.append(line[j]); j = line.index(after: j) }
                fields.append(field)
                column += field.count + 2
                i = j < line.endIndex ? line.index(after: j) : j
            } else {
                var j = i
                while j < line.endIndex && line[j] != " " && line[j] != "\t" { j = line.index(after: j) }
                fields.append(String(line[i ..< j]))
                column += line[i ..< j].count
                i = j
            }
        }
        return (fields, columns)
    }
}
