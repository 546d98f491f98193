/// A plain-text table for the terminal: columns padded to the widest cell, numbers right-aligned.
///
/// Widths count terminal cells: East Asian wide characters and emoji take two, combining marks
/// none. Cells go through `TextSanitizer.terminal` (control, bidi and invisible format characters
/// shown as U+FFFD) so that a hostile name cannot move the cursor or reorder the line.
///
/// A text cell is shown at most `maxCellWidth` (60) columns wide, cut at a character boundary and
/// ended with "…", so that one very long name cannot pad every row of its column to its width.
/// The last column, when left-aligned, is never padded — it holds sentences (the "why" of
/// `bridges`, examples) — and is cut at `maxLastCellWidth` (240) instead, which also bounds the rule
/// under its header. Numbers are never cut: cells of right-aligned columns and cells that read as
/// a number. (Fitting the table to the terminal's width is not done here.)
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

    /// The widest a text cell is shown, in terminal columns ("…" included).
    public static let maxCellWidth = 60
    /// The same for the cells of a left-aligned last column.
    public static let maxLastCellWidth = 240

    public func rendered() -> String {
        let last = headers.count - 1
        let all = ([headers] + rows).map { row in
            row.enumerated().map { i, cell in
                i <= last && alignments[i] == .left && Double(cell) == nil
                    ? TextTable.truncated(cell, toWidth: i == last ? TextTable.maxLastCellWidth : TextTable.maxCellWidth)
                    : cell
            }
        }
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

    /// Text for the terminal: `TextSanitizer.terminal(_:)` (every control, bidi and invisible
    /// format character shown as U+FFFD), under the name the messages have always used.
    public static func sanitize(_ s: String) -> String { TextSanitizer.terminal(s) }

    /// `s` cut to at most `limit` terminal columns: whole characters (grapheme clusters, so an
    /// emoji sequence or a letter with its accents is never split) while they fit in `limit − 1`
    /// columns, then "…". Unchanged when it fits.
    public static func truncated(_ s: String, toWidth limit: Int) -> String {
        guard limit > 0, width(s) > limit else { return s }
        var out = "", used = 0
        for character in s {
            let w = width(String(character))
            if used + w > limit - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
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
