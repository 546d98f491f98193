import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
/// a number.
///
/// The table fits `maxWidth` columns (default ``terminalWidth``: `$COLUMNS` when set, else the
/// terminal's width when standard output is one, else no limit): while the lines are too wide,
/// the widest text column is narrowed one column at a time (its cells cut with "…" as above),
/// never below ``minimumFittedWidth`` nor below the widest number in it, and never a number
/// column. A table that cannot fit that way is printed at its narrowest and the terminal wraps it.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }
    public var headers: [String]
    public var alignments: [Alignment]
    public private(set) var rows: [[String]] = []
    /// The widest a line may be, in terminal columns; nil: no limit.
    public var maxWidth: Int? = TextTable.terminalWidth

    /// A text column is not narrowed below this many terminal columns to fit ``maxWidth``.
    public static let minimumFittedWidth = 8

    /// `$COLUMNS` when it is a positive number; else, when standard output is a terminal, its
    /// width (`TIOCGWINSZ`); else nil (a pipe or a file: no limit).
    public static let terminalWidth: Int? = {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }()

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
        let capped = ([headers] + rows).map { row in
            row.enumerated().map { i, cell in
                i <= last && alignments[i] == .left && Double(cell) == nil
                    ? TextTable.truncated(cell, toWidth: i == last ? TextTable.maxLastCellWidth : TextTable.maxCellWidth)
                    : cell
            }
        }
        var all = capped
        var widths = headers.map { _ in 0 }
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.width(cell)) } }
        if let maxWidth { fit(&all, widths: &widths, into: maxWidth) }
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

    /// Narrows the widest text columns until a line is at most `limit` columns (see the type's
    /// doc). - Complexity: O(excess × columns) to choose, then O(cells) to cut.
    private func fit(_ all: inout [[String]], widths: inout [Int], into limit: Int) {
        let count = widths.count
        guard count > 0 else { return }
        var floor = [Int](repeating: Int.max, count: count)   // Int.max: a column never narrowed
        for i in 0 ..< count where alignments[i] == .left {
            var widestNumber = 0
            for row in all.dropFirst() where i < row.count && Double(row[i]) != nil {
                widestNumber = max(widestNumber, TextTable.width(row[i]))
            }
            floor[i] = max(TextTable.minimumFittedWidth, widestNumber)
        }
        var limits = widths
        var excess = widths.reduce(0, +) + 2 * (count - 1) - limit
        while excess > 0 {
            var pick = -1
            for i in 0 ..< count where limits[i] > floor[i] && (pick < 0 || limits[i] > limits[pick]) { pick = i }
            guard pick >= 0 else { break }
            limits[pick] -= 1
            excess -= 1
        }
        for i in 0 ..< count where limits[i] < widths[i] {
            for r in all.indices where i < all[r].count && (r == 0 || Double(all[r][i]) == nil) {
                all[r][i] = TextTable.truncated(all[r][i], toWidth: limits[i])
            }
            widths[i] = all.map { i < $0.count ? TextTable.width($0[i]) : 0 }.max() ?? 0
        }
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
