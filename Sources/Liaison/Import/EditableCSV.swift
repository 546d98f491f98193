//===----------------------------------------------------------------------===//
// EditableCSV: a workspace CSV file edited in place, every untouched byte kept
//===----------------------------------------------------------------------===//

import Foundation

/// A CSV file held as its original bytes plus a list of edits, so that an import or `liaison log`
/// changes only what it must: rows are appended, empty cells of a row are filled (that row alone
/// is written again), a column is added at the end of the header when a value needs it (the rows
/// before it are left one cell short, which the workspace loader, like most CSV readers, reads as
/// empty). Every other byte — rows, their order, quoting, line ends, columns Liaison does not know,
/// blank lines — comes out as it went in.
///
/// The file is parsed with `CSVReader` (RFC 4180). Column names are matched case-insensitively
/// after trimming, as the workspace loader does.
///
/// - Complexity: O(*bytes*) to read and to write back.
public struct EditableCSV: Sendable {
    public let file: String
    /// The header cells as written.
    public private(set) var header: [String]
    /// The data rows' cells (unescaped, untrimmed), in file order, then the appended rows.
    public private(set) var rows: [[String]]
    /// The 1-based line on which each row starts (0 for appended rows).
    public private(set) var lines: [Int]
    private let original: [UInt8]
    /// Byte span of each original record (without its line end); the header is span 0.
    private var spans: [Range<Int>]
    private var dirtyRows = Set<Int>()
    private var addedColumns = 0
    private let lineEnd: String
    private let originalRowCount: Int
    private let existed: Bool

    /// Reads `path`; a missing file becomes an empty table with `defaultHeader` (written only if a
    /// row is appended).
    public init(path: String, defaultHeader: [String]) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            self.init(file: path, header: defaultHeader)
            return
        }
        try self.init(file: path, bytes: readFileBytes(path), defaultHeader: defaultHeader)
    }

    /// An empty table that does not exist on disk yet.
    public init(file: String, header: [String]) {
        self.file = file; self.header = header; rows = []; lines = []; original = []; spans = []
        lineEnd = "\n"; originalRowCount = 0; existed = false
        indexHeader()
    }

    /// Parses `bytes`. Throws `InputErrors` on a CSV syntax error.
    public init(file: String, bytes: [UInt8], defaultHeader: [String]) throws {
        self.file = file
        original = bytes
        existed = true
        var header: [String]?
        var rows = [[String]](), lines = [Int](), spans = [Range<Int>]()
        let reader = CSVReader(file: file, bytes: bytes)
        try reader.forEachRecord { r in
            let first = r.fields[0], last = r.fields[r.fields.count - 1]
            let span = (first.quoted ? first.start - 1 : first.start) ..< (last.quoted ? last.end + 1 : last.end)
            let cells = (0 ..< r.count).map { r.string($0) ?? String(decoding: r.withBytes($0) { Array($0) }, as: UTF8.self) }
            spans.append(span)
            if header == nil { header = cells } else { rows.append(cells); lines.append(r.line) }
        }
        self.header = header ?? defaultHeader
        if header == nil { spans = [] }
        self.rows = rows
        self.lines = lines
        self.spans = spans
        originalRowCount = rows.count
        if let lf = bytes.firstIndex(of: 0x0A), lf > 0, bytes[lf - 1] == 0x0D { lineEnd = "\r\n" } else { lineEnd = "\n" }
        indexHeader()
    }

    /// True when something was appended or changed.
    public var isModified: Bool { !dirtyRows.isEmpty || addedColumns > 0 || rows.count > originalRowCount }

    /// Column positions by lower-cased, trimmed name (the first of duplicates).
    private var positions: [String: Int] = [:]

    private mutating func indexHeader() {
        positions = [:]
        for (k, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if positions[key] == nil { positions[key] = k }
        }
    }

    /// Position of column `name` (case-insensitive, trimmed), or `nil`.
    public func column(_ name: String) -> Int? {
        positions[name] ?? positions[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Position of column `name`, added at the end of the header when absent.
    public mutating func ensureColumn(_ name: String) -> Int {
        if let c = column(name) { return c }
        header.append(name)
        positions[name.trimmingCharacters(in: .whitespaces).lowercased()] = header.count - 1
        addedColumns += 1
        return header.count - 1
    }

    /// Cell `column` of row `row`, trimmed ("" when the row is short).
    public func cell(_ row: Int, _ column: Int?) -> String {
        guard let column, column < rows[row].count else { return "" }
        return rows[row][column].trimmedBlanks
    }

    /// Sets cell `column` of row `row` (the row is written again).
    public mutating func setCell(_ row: Int, _ column: Int, _ value: String) {
        while rows[row].count <= column { rows[row].append("") }
        rows[row][column] = value
        if row < originalRowCount { dirtyRows.insert(row) }
    }

    /// Appends a row given by column name; unknown names are added as columns.
    @discardableResult
    public mutating func append(_ values: [String: String]) -> Int {
        for name in values.keys.sorted() where !(values[name] ?? "").isEmpty { _ = ensureColumn(name) }
        var cells = [String](repeating: "", count: header.count)
        for (name, value) in values { if let c = column(name) { cells[c] = value } }
        rows.append(cells)
        lines.append(0)
        return rows.count - 1
    }

    /// The file's new contents: the original bytes with the edits applied.
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(original.count + 128 * (rows.count - originalRowCount + 1))
        if !existed || spans.isEmpty {
            out += Array(original)
            if !out.isEmpty, out.last != 0x0A { out += Array(lineEnd.utf8) }
            out += Array((Self.record(header) + lineEnd).utf8)
        } else {
            var at = 0
            for (k, span) in spans.enumerated() {
                out += original[at ..< span.lowerBound]
                if k == 0 && addedColumns > 0 {
                    out += original[span]
                    out += Array(("," + header.suffix(addedColumns).map(Self.field).joined(separator: ",")).utf8)
                } else if k > 0 && dirtyRows.contains(k - 1) {
                    out += Array(Self.record(rows[k - 1]).utf8)
                    if rows[k - 1].count < header.count {
                        out += Array(String(repeating: ",", count: header.count - rows[k - 1].count).utf8)
                    }
                } else {
                    out += original[span]
                }
                at = span.upperBound
            }
            out += original[at...]
            if rows.count > originalRowCount, !out.isEmpty, out.last != 0x0A { out += Array(lineEnd.utf8) }
        }
        for row in rows[originalRowCount...] {
            let padded = row + [String](repeating: "", count: max(0, header.count - row.count))
            out += Array((Self.record(padded) + lineEnd).utf8)
        }
        return out
    }

    /// One record: cells joined by `,`, each quoted when it must be (RFC 4180).
    static func record(_ cells: [String]) -> String { cells.map(field).joined(separator: ",") }

    /// A cell quoted when it holds a comma, quote, CR or LF, or starts or ends with a space.
    static func field(_ value: String) -> String {
        let needs = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        return needs ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs; `self`, uncopied, when there are none
    /// (the common case, and Foundation's trimming is slow on Linux).
    var trimmedBlanks: String {
        guard let f = utf8.first, let l = utf8.last else { return self }
        if f != 0x20 && f != 0x09 && l != 0x20 && l != 0x09 { return self }
        return trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    }
}
