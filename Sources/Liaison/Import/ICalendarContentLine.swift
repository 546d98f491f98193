//===----------------------------------------------------------------------===//
// ICalendarContentLine: RFC 5545 §3.1 content lines, unfolded and split
//===----------------------------------------------------------------------===//

/// One unfolded content line: `name *(";" param) ":" value` (RFC 5545 §3.1).
struct ICalendarContentLine {
    /// Upper-cased property name ("DTSTART", "ATTENDEE", "BEGIN").
    var name: String
    /// Parameters by upper-cased name; a parameter may have several comma-separated values. Quoted
    /// values lose their quotes; RFC 6868 `^n`, `^'` and `^^` are decoded.
    var parameters: [String: [String]]
    /// The value as written (text escapes are undone only by `text`).
    var value: String
    /// Where the line starts in the file, and the 1-based column (in Unicode scalars) of its value.
    var line: Int
    var valueColumn: Int

    func parameter(_ name: String) -> String? { parameters[name]?.first }

    /// The value as TEXT (§3.3.11): `\\`, `\;`, `\,`, `\n`/`\N` undone.
    var text: String { Self.unescape(value) }

    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = "", escaped = false
        for c in s {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }

    /// Parses one unfolded line; nil when it has no `:` outside quotes or no name.
    static func parse(_ s: String, line: Int) -> ICalendarContentLine? {
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count, u[i] != ";", u[i] != ":" { i += 1 }
        guard i < u.count, i > 0 else { return nil }
        let name = String(String.UnicodeScalarView(u[0 ..< i])).uppercased()
        var parameters = [String: [String]]()
        while i < u.count, u[i] == ";" {
            i += 1
            let nameStart = i
            while i < u.count, u[i] != "=", u[i] != ":", u[i] != ";" { i += 1 }
            let pname = String(String.UnicodeScalarView(u[nameStart ..< i])).uppercased()
            var values = [String]()
            if i < u.count, u[i] == "=" {
                i += 1
                while true {
                    var v = String.UnicodeScalarView()
                    if i < u.count, u[i] == "\"" {
                        i += 1
                        while i < u.count, u[i] != "\"" { v.append(u[i]); i += 1 }
                        guard i < u.count else { return nil }              // unterminated quote
                        i += 1
                    }
                    while i < u.count, u[i] != ",", u[i] != ";", u[i] != ":" { v.append(u[i]); i += 1 }
                    values.append(caretDecoded(String(v)))
                    if i < u.count, u[i] == "," { i += 1; continue }
                    break
                }
            }
            parameters[pname, default: []] += values
        }
        guard i < u.count, u[i] == ":" else { return nil }
        return ICalendarContentLine(name: name, parameters: parameters,
                                    value: String(String.UnicodeScalarView(u[(i + 1)...])),
                                    line: line, valueColumn: i + 2)
    }

    /// RFC 6868 parameter value encoding.
    private static func caretDecoded(_ s: String) -> String {
        guard s.contains("^") else { return s }
        var out = "", caret = false
        for c in s {
            if caret {
                switch c {
                case "n": out.append("\n")
                case "'": out.append("\"")
                case "^": out.append("^")
                default: out.append("^"); out.append(c)
                }
                caret = false
            } else if c == "^" { caret = true } else { out.append(c) }
        }
        if caret { out.append("^") }
        return out
    }

    /// Calls `body` with each unfolded content line of a file (§3.1: a line starting with a space
    /// or tab continues the one before, that one white-space character removed). Blank lines are
    /// passed over. Lines that are not content lines become diagnostics.
    static func forEach(path: String, display: String, problems: inout [Diagnostic],
                        _ body: (ICalendarContentLine) -> Void) throws {
        var pending = [UInt8]()
        var pendingLine = 0
        var local = [Diagnostic]()
        func flush() {
            guard !pending.isEmpty else { return }
            let s = String(decoding: pending, as: UTF8.self)
            if let c = parse(s, line: pendingLine) { body(c) } else {
                local.append(Diagnostic(file: display, line: pendingLine, column: 1,
                                        message: "not an iCalendar content line (expected 'NAME;PARAM=…:value')"))
            }
            pending.removeAll(keepingCapacity: true)
        }
        try ChunkedLineReader.forEachLine(path: path) { line, number, _ in
            guard let first = line.first else { return }
            if first == 32 || first == 9 {
                if pending.isEmpty {
                    local.append(Diagnostic(file: display, line: number, column: 1,
                                            message: "continuation line with no content line before it"))
                } else {
                    pending.append(contentsOf: line.dropFirst())
                }
                return
            }
            flush()
            pending.append(contentsOf: line)
            pendingLine = number
        }
        flush()
        problems += local
    }
}
