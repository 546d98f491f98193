/// A plain-text table for the terminal: columns padded to the widest cell, numbers right-aligned.
///
/// Widths count terminal cells: East Asian wide characters and emoji take two, combining marks
/// none; control characters are shown as U+FFFD so that a hostile name cannot move the cursor.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }
    public var headers: [String]
    public var alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    public mutating func append(_ row: [String]) { rows.append(row.map(TextTable.sanitize)) }

    public func rendered() -> String {
        let all = [headers] + rows
        var widths = headers.map { _ in 0 }
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.width(cell)) } }
        var out = ""
        for (r, row) in all.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - TextTable.width(cell))
                if i > 0 { line += "  " }
                line += alignments[i] == .right ? pad + cell : cell + (i == row.count - 1 ? "" : pad)
            }
            out += line + "\n"
            if r == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Replaces control characters (including bidi overrides) with U+FFFD.
    public static func sanitize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            let isControl = v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A ... 0x202E).contains(v) || (0x2066 ... 0x2069).contains(v)
            out.append(isControl ? "\u{FFFD}" : u)
        }
        return String(out)
    }

    /// Terminal cells taken by `s`.
    public static func width(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars {
            let v = u.value
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark || v == 0x200D || (0xFE00 ... 0xFE0F).contains(v) { continue }
            let wide = (0x1100 ... 0x115F).contains(v) || (0x2E80 ... 0xA4CF).contains(v) || (0xAC00 ... 0xD7A3).contains(v)
                || (0xF900 ... 0xFAFF).contains(v) || (0xFE30 ... 0xFE4F).contains(v) || (0xFF00 ... 0xFF60).contains(v)
                || (0xFFE0 ... 0xFFE6).contains(v) || (0x1F300 ... 0x1FAFF).contains(v) || (0x20000 ... 0x3FFFD).contains(v)
            w += wide ? 2 : 1
        }
        return w
    }
}
