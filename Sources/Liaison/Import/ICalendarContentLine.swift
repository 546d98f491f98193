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
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return s }
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
        parse(bytes: Array(s.utf8), line: line)
    }

    /// The same on UTF-8 bytes (every delimiter is ASCII, so names pass through whole).
    static func parse(bytes u: [UInt8], line: Int) -> ICalendarContentLine? {
        let semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":"), quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        func text(_ a: Int, _ b: Int) -> String { String(decoding: u[a ..< b], as: UTF8.self) }
        var i = 0
        while i < u.count, u[i] != semicolon, u[i] != colon { i += 1 }
        guard i < u.count, i > 0 else { return nil }
        let name = text(0, i).uppercased()
        var parameters = [String: [String]]()
        while i < u.count, u[i] == semicolon {
            i += 1
            let nameStart = i
            while i < u.count, u[i] != UInt8(ascii: "="), u[i] != colon, u[i] != semicolon { i += 1 }
            let pname = text(nameStart, i).uppercased()
            var values = [String]()
            if i < u.count, u[i] == UInt8(ascii: "=") {
                i += 1
                while true {
                    var v = ""
                    if i < u.count, u[i] == quote {
                        let q = i + 1
                        i = q
                        while i < u.count, u[i] != quote { i += 1 }
                        guard i < u.count else { return nil }              // unterminated quote
                        v = text(q, i)
                        i += 1
                    }
                    let rest = i
                    while i < u.count, u[i] != comma, u[i] != semicolon, u[i] != colon { i += 1 }
                    if i > rest { v += text(rest, i) }
                    values.append(caretDecoded(v))
                    if i < u.count, u[i] == comma { i += 1; continue }
                    break
                }
            }
            parameters[pname, default: []] += values
        }
        guard i < u.count, u[i] == colon else { return nil }
        let column = u[0 ..< i].reduce(2) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }    // scalars before the value, +1
        return ICalendarContentLine(name: name, parameters: parameters, value: text(i + 1, u.count),
                                    line: line, valueColumn: column)
    }

    /// RFC 6868 parameter value encoding.
    private static func caretDecoded(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "^")) else { return s }
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
    /// or tab continues the one before, that one white-space character removed). Blank lines and
    /// a leading byte-order mark are passed over. Lines that are not content lines become diagnostics.
    static func forEach(path: String, display: String, problems: inout [Diagnostic],
                        _ body: (ICalendarContentLine) -> Void) throws {
        try forEach(.file(path: path), display: display, problems: &problems, body)
    }

    /// The same over a file read in chunks or over bytes in memory.
    static func forEach(_ input: ChunkedLineReader.Input, display: String, problems: inout [Diagnostic],
                        _ body: (ICalendarContentLine) -> Void) throws {
        var pending = [UInt8]()
        var pendingLine = 0
        var local = [Diagnostic]()
        func flush() {
            guard !pending.isEmpty else { return }
            if let c = parse(bytes: pending, line: pendingLine) { body(c) } else {
                local.append(Diagnostic(file: display, line: pendingLine, column: 1,
                                        message: "not an iCalendar content line (expected 'NAME;PARAM=…:value')"))
            }
            pending.removeAll(keepingCapacity: true)
        }
        try ChunkedLineReader.forEachLine(input) { line, number, _ in
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
            if number == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
                pending.append(contentsOf: line.dropFirst(3))                 // a UTF-8 byte-order mark
            } else {
                pending.append(contentsOf: line)
            }
            pendingLine = number
        }
        flush()
        problems += local
    }
}
