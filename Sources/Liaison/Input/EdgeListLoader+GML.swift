//===----------------------------------------------------------------------===//
// GML for --edges (Himsholt, "GML: A portable Graph File Format", Passau 1997)
//===----------------------------------------------------------------------===//

extension EdgeListLoader {
    /// Reads GML as NetworkX, igraph and Gephi write it: `graph [ directed 0|1 node [ id N
    /// label "…" name "…" … ] edge [ source N target N weight|value W … ] ]`.
    ///
    /// Grammar (Himsholt §2): a list is `key value` pairs; a value is an integer, a real, a
    /// `"`-quoted string (no escapes; `&#N;`, `&#xH;` and `&amp; &lt; &gt; &quot; &apos;` are
    /// decoded, as NetworkX's `unescape` does) or a `[ list ]`; `#` starts a comment line.
    /// Node ids are the GML `label` when every node has a distinct one (what `networkx.read_gml`
    /// does), else the GML `id`; the display name is `label`, else `name`. The weight is `weight`,
    /// else `value` (igraph's and the classic datasets' key). Keys it does not know are skipped.
    ///
    /// - Complexity: O(bytes). Returns whether the graph declares `directed 1`.
    static func readGML(_ bytes: UnsafeBufferPointer<UInt8>, file: String, into c: inout Collector) -> Bool {
        var lexer = GMLLexer(bytes: bytes, file: file)
        struct Node { var id: String; var label: String?; var name: String?; var line: Int; var column: Int }
        struct Edge { var source: String?; var target: String?; var weight: (text: String, line: Int, column: Int)?; var line: Int; var column: Int }
        var nodes = [Node](), edges = [Edge]()
        var directed = false
        var sawGraph = false

        // Top level: find `graph [`; skip everything else (Creator, Version, …).
        while let token = lexer.next() {
            guard case let .key(key) = token.kind else {
                if case .error = token.kind { break }
                c.errors.append(lexer.diagnostic(token, "expected a key such as 'graph'"))
                return false
            }
            if key == "graph" {
                guard let open = lexer.next(), case .open = open.kind else {
                    c.errors.append(Diagnostic(file: file, line: token.line, column: token.column, message: "'graph' must be followed by '['"))
                    return false
                }
                sawGraph = true
                // graph list
                while let t = lexer.next() {
                    if case .close = t.kind { break }
                    guard case let .key(k) = t.kind else {
                        if case .error = t.kind { break }
                        c.errors.append(lexer.diagnostic(t, "expected a key inside 'graph [ … ]'")); return false
                    }
                    if k == "node" || k == "edge" {
                        guard let o = lexer.next(), case .open = o.kind else {
                            c.errors.append(Diagnostic(file: file, line: t.line, column: t.column, message: "'\(k)' must be followed by '['")); return false
                        }
                        var fields = [String: (text: String, line: Int, column: Int, isString: Bool)]()
                        while let f = lexer.next() {
                            if case .close = f.kind { break }
                            guard case let .key(fk) = f.kind else {
                                if case .error = f.kind { break }
                                c.errors.append(lexer.diagnostic(f, "expected a key inside '\(k) [ … ]'")); return false
                            }
                            guard let v = lexer.next() else { break }
                            switch v.kind {
                            case let .number(text): if fields[fk] == nil { fields[fk] = (text, v.line, v.column, false) }
                            case let .string(text): if fields[fk] == nil { fields[fk] = (text, v.line, v.column, true) }
                            case .open: lexer.skipList()
                            case .error: break
                            default: c.errors.append(lexer.diagnostic(v, "expected a value after '\(fk)'")); return false
                            }
                        }
                        if k == "node" {
                            guard let id = fields["id"] else {
                                c.errors.append(Diagnostic(file: file, line: t.line, column: t.column, message: "node without an 'id'")); continue
                            }
                            nodes.append(Node(id: id.text, label: fields["label"]?.text, name: fields["name"]?.text, line: t.line, column: t.column))
                        } else {
                            let w = fields["weight"] ?? fields["value"]
                            edges.append(Edge(source: fields["source"]?.text, target: fields["target"]?.text,
                                              weight: w.map { ($0.text, $0.line, $0.column) }, line: t.line, column: t.column))
                        }
                    } else {
                        guard let v = lexer.next() else { break }
                        switch v.kind {
                        case let .number(text): if k == "directed" { directed = text == "1" }
                        case .open: lexer.skipList()
                        default: break
                        }
                    }
                }
            } else {
                guard let v = lexer.next() else { break }
                if case .open = v.kind { lexer.skipList() }
            }
        }
        if let error = lexer.error { c.errors.append(error); return directed }
        guard sawGraph else {
            c.errors.append(Diagnostic(file: file, line: 1, column: 1, message: "no 'graph [ … ]' in this GML file"))
            return directed
        }
        let labels = nodes.compactMap(\.label)
        let byLabel = labels.count == nodes.count && Set(labels).count == labels.count
        var index = [String: Int32]()
        for n in nodes {
            guard index[n.id] == nil else {
                c.errors.append(Diagnostic(file: file, line: n.line, column: n.column, message: "node id \(n.id) is used twice"))
                continue
            }
            index[n.id] = c.node(byLabel ? n.label! : n.id, name: n.label ?? n.name)
        }
        for e in edges {
            guard let s = e.source, let t = e.target else {
                c.errors.append(Diagnostic(file: file, line: e.line, column: e.column, message: "edge without 'source' and 'target'")); continue
            }
            guard let a = index[s], let b = index[t] else {
                c.errors.append(Diagnostic(file: file, line: e.line, column: e.column,
                                           message: "edge names node \(index[s] == nil ? s : t), which has no 'node [ id … ]'"))
                continue
            }
            var w = 1.0
            if let text = e.weight {
                guard let parsed = c.weight(text.text, line: text.line, column: text.column) else { continue }
                w = parsed
            }
            c.edge(a, b, weight: w, line: e.line)
        }
        return directed
    }
}

/// Tokens of GML: keys, numbers, strings (entities decoded), `[` and `]`, with positions.
struct GMLLexer {
    enum Kind { case key(String), number(String), string(String), open, close, error }
    struct Token { var kind: Kind; var line: Int; var column: Int }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var i = 0, line = 1, lineStart = 0
    var error: Diagnostic?

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    func diagnostic(_ t: Token, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: t.line, column: t.column, message: message)
    }

    /// Skips to the `]` that closes a list whose `[` was just read.
    mutating func skipList() {
        var depth = 1
        while depth > 0, let t = next() {
            switch t.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .error: return
            default: break
            }
        }
    }

    mutating func next() -> Token? {
        guard error == nil else { return nil }
        // Whitespace and `#` comment lines.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { i += 1; line += 1; lineStart = i }
            else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { i += 1 }
            else if b == UInt8(ascii: "#") { while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 } }
            else { break }
        }
        guard i < bytes.count else { return nil }
        let start = i
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart ..< start]), as: UTF8.self).count + 1
        let startLine = line
        let b = bytes[i]
        if b == UInt8(ascii: "[") { i += 1; return Token(kind: .open, line: line, column: column) }
        if b == UInt8(ascii: "]") { i += 1; return Token(kind: .close, line: line, column: column) }
        if b == UInt8(ascii: "\"") {
            i += 1
            let from = i
            while i < bytes.count && bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
                i += 1
            }
            guard i < bytes.count else {
                error = Diagnostic(file: file, line: startLine, column: column, message: "unterminated string: expected a closing '\"'")
                return Token(kind: .error, line: startLine, column: column)
            }
            let raw = UnsafeBufferPointer(rebasing: bytes[from ..< i])
            i += 1
            guard let text = String(validating: raw, as: UTF8.self) else {
                error = Diagnostic(file: file, line: startLine, column: column, message: "invalid UTF-8 in a string; expected UTF-8 text")
                return Token(kind: .error, line: startLine, column: column)
            }
            return Token(kind: .string(Self.unescape(text)), line: startLine, column: column)
        }
        func isWord(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
        }
        while i < bytes.count && isWord(bytes[i]) { i += 1 }
        guard i > start else {
            error = Diagnostic(file: file, line: line, column: column,
                               message: "unexpected character '\(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< min(start + 4, bytes.count)]), as: UTF8.self).prefix(1))' in GML")
            return Token(kind: .error, line: line, column: column)
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i]), as: UTF8.self)
        let first = word.unicodeScalars.first!
        if ("A" ... "Z").contains(first) || ("a" ... "z").contains(first) || first == "_" {
            // INF / NAN are reals in NetworkX's GML; everything else starting with a letter is a key.
            if ["INF", "NAN"].contains(word.uppercased()) { return Token(kind: .number(word), line: line, column: column) }
            return Token(kind: .key(word), line: line, column: column)
        }
        return Token(kind: .number(word), line: line, column: column)
    }

    /// `&#N;`, `&#xH;` and the XML entities, decoded (NetworkX's `unescape`); anything else kept.
    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let body = after[after.index(after: amp) ..< semi]
                var scalar: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") { scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if body.hasPrefix("#") { scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][String(body)] }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after.dropFirst()
        }
        return out + rest
    }
}
