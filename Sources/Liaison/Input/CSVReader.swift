//===----------------------------------------------------------------------===//
// CSVReader: RFC 4180 over bytes, streaming, with positions for diagnostics
//===----------------------------------------------------------------------===//

import Foundation

/// Reads RFC 4180 CSV: fields separated by `,`, records by CRLF or LF, fields optionally quoted with
/// `"` (a quote inside a quoted field is written `""`; quoted fields may hold commas and newlines).
/// A UTF-8 byte-order mark at the start is skipped; blank lines are skipped. Text must be UTF-8.
///
/// The reader walks the bytes once and hands each record to a closure as a `CSVRecord` that points
/// into the buffer: no string is made until a field is asked for, and a field's column is computed
/// only when a diagnostic needs it.
///
/// Limits (issue 19, item 7; data/README.md): a field holds at most ``maxFieldBytes`` bytes
/// (64 KiB, quotes not counted) and a physical line at most ``maxLineBytes`` (1 MiB, line break not
/// counted). Past either, the read ends with `file:line:column` at the field's start or at the
/// byte where the line passes its limit. The largest field of the shared data sets is far below
/// both (data/README.md gives the measurement).
///
/// - Complexity: O(*bytes*) time; O(fields per record) scratch.
public struct CSVReader: Sendable {
    /// The most bytes in one field (64 KiB).
    public static let maxFieldBytes = 64 << 10
    /// The most bytes on one physical line (1 MiB).
    public static let maxLineBytes = 1 << 20

    public let file: String
    public let bytes: [UInt8]
    public let delimiter: UInt8
    /// This reader's limits: the defaults above unless a caller (a test) sets smaller ones.
    public var maxFieldBytes = CSVReader.maxFieldBytes
    public var maxLineBytes = CSVReader.maxLineBytes

    public init(file: String, bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        self.file = file
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Reads the file at `path` whole. Throws `InputMissing` when it cannot be read.
    public init(contentsOf path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        self.init(file: path, bytes: try FileBytes(path: path).withBytes { Array($0) }, delimiter: delimiter)
    }

    /// Calls `body` with each record in order. A syntax error (an unterminated quote, text after a
    /// closing quote) ends the read with an `InputErrors` carrying its position.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { i = 3 }
            var line = 1, lineStart = i
            var fields = [CSVRecord.Field]()
            fields.reserveCapacity(16)
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            let delim = delimiter
            let maxField = maxFieldBytes, maxLine = maxLineBytes
            /// A line from `lineStart` to `end` (its break) must fit `maxLine`.
            func checkLine(_ lineStart: Int, _ end: Int, _ line: Int) throws {
                guard end - lineStart > maxLine else { return }
                throw InputErrors([Diagnostic(file: file, line: line,
                    column: Self.column(buf, lineStart: lineStart, at: lineStart + maxLine),
                    message: "line longer than \(Self.size(maxLine)): a line of a CSV file holds at most \(Self.size(maxLine))")])
            }
            func checkField(_ start: Int, _ end: Int, line: Int, lineStart: Int, at: Int) throws {
                guard end - start > maxField else { return }
                throw InputErrors([Diagnostic(file: file, line: line,
                    column: Self.column(buf, lineStart: lineStart, at: at),
                    message: "field longer than \(Self.size(maxField)): a field of a CSV file holds at most \(Self.size(maxField))")])
            }
            while i < n {
                fields.removeAll(keepingCapacity: true)
                let recordLine = line
                // One record.
                while true {
                    let fieldLine = line, fieldLineStart = lineStart, fieldStart = i
                    if i < n && buf[i] == quote {
                        i += 1
                        let start = i
                        var escaped = false
                        while true {
                            guard i < n else {
                                throw InputErrors([Diagnostic(file: file, line: fieldLine,
                                    column: Self.column(buf, lineStart: fieldLineStart, at: fieldStart),
                                    message: "unterminated quoted field: expected a closing '\"'")])
                            }
                            let b = buf[i]
                            if b == quote {
                                if i + 1 < n && buf[i + 1] == quote { escaped = true; i += 2; continue }
                                break
                            }
                            if b == lf || (b == cr && !(i + 1 < n && buf[i + 1] == lf)) {
                                try checkLine(lineStart, b == lf && i > lineStart && buf[i - 1] == cr ? i - 1 : i, line)
                                line += 1; lineStart = i + 1
                            }
                            i += 1
                            if i - start > maxField { break }
                        }
                        try checkField(start, i, line: fieldLine, lineStart: fieldLineStart, at: fieldStart)
                        fields.append(.init(start: start, end: i, escaped: escaped, line: fieldLine,
                                            lineStart: fieldLineStart, quoted: true))
                        i += 1 // closing quote
                        if i < n && buf[i] != delim && buf[i] != lf && buf[i] != cr {
                            throw InputErrors([Diagnostic(file: file, line: line,
                                column: Self.column(buf, lineStart: lineStart, at: i),
                                message: "unexpected text after a closing quote: expected ',' or the end of the line")])
                        }
                    } else {
                        let start = i
                        while i < n, buf[i] != delim, buf[i] != lf, buf[i] != cr { i += 1 }
                        try checkField(start, i, line: fieldLine, lineStart: fieldLineStart, at: fieldStart)
                        fields.append(.init(start: start, end: i, escaped: false, line: fieldLine,
                                            lineStart: fieldLineStart, quoted: false))
                    }
                    try checkLine(lineStart, i, line)   // before many short fields fill `fields`
                    if i < n && buf[i] == delim { i += 1; continue }
                    // End of record: CRLF, LF, CR or end of input.
                    if i < n && buf[i] == cr { i += 1 }
                    if i < n && buf[i] == lf { i += 1 }
                    line += 1; lineStart = i
                    break
                }
                if fields.count == 1 && fields[0].start == fields[0].end && !fields[0].quoted { continue }
                let record = CSVRecord(buffer: buf, fields: fields, line: recordLine, file: file)
                try body(record)
            }
        }
    }

    /// "64 KiB", "1 MiB" or "N bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    /// 1-based column of byte `at` on the line starting at byte `lineStart`, in Unicode scalars.
    static func column(_ buf: UnsafeBufferPointer<UInt8>, lineStart: Int, at: Int) -> Int {
        var scalars = 0
        var i = lineStart
        while i < at { if buf[i] & 0xC0 != 0x80 { scalars += 1 }; i += 1 }
        return scalars + 1
    }
}

/// One CSV record. It points into the reader's buffer: use it only inside the `forEachRecord`
/// closure that received it.
public struct CSVRecord {
    struct Field {
        var start: Int, end: Int
        var escaped: Bool
        var line: Int, lineStart: Int
        var quoted: Bool
    }
    let buffer: UnsafeBufferPointer<UInt8>
    let fields: [Field]
    /// The physical line on which the record starts.
    public let line: Int
    public let file: String

    init(buffer: UnsafeBufferPointer<UInt8>, fields: [Field], line: Int, file: String) {
        self.buffer = buffer
        self.fields = fields
        self.line = line
        self.file = file
    }

    public var count: Int { fields.count }

    /// Field `i` as a string, or `nil` if it is not valid UTF-8. Fields past the end are "".
    public func string(_ i: Int) -> String? {
        guard i < fields.count else { return "" }
        let f = fields[i]
        let raw = UnsafeBufferPointer(rebasing: buffer[f.start ..< f.end])
        guard f.escaped else { return String(validating: raw, as: UTF8.self) }
        var unescaped = [UInt8]()
        unescaped.reserveCapacity(raw.count)
        var j = 0
        while j < raw.count {
            unescaped.append(raw[j])
            j += raw[j] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(validating: unescaped, as: UTF8.self)
    }

    /// True when field `i` is absent or empty.
    public func isEmpty(_ i: Int) -> Bool { i >= fields.count || fields[i].start == fields[i].end }

    /// The raw bytes of field `i` (quotes removed, `""` not yet unescaped).
    public func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard i < fields.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let f = fields[i]
        return try body(UnsafeBufferPointer(rebasing: buffer[f.start ..< f.end]))
    }

    /// Where field `i` starts, as `(line, column)`; past the end, the end of the record.
    public func position(_ i: Int) -> (line: Int, column: Int) {
        let f = i < fields.count ? fields[i] : fields[fields.count - 1]
        let at = i < fields.count ? (f.quoted ? f.start - 1 : f.start) : f.end
        return (f.line, CSVReader.column(buffer, lineStart: f.lineStart, at: at))
    }

    /// A diagnostic pointing at field `i`.
    public func diagnostic(_ i: Int, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let p = position(i)
        return Diagnostic(file: file, line: p.line, column: p.column, message: message, severity: severity)
    }
}
