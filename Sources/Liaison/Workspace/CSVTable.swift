//===----------------------------------------------------------------------===//
// CSVTable: a workspace file's header, typed field readers, and the diagnostics log
//===----------------------------------------------------------------------===//

import Foundation

/// The columns a workspace file knows, in the order of SPEC §3.1.
struct TableSchema {
    let name: String
    let columns: [String]
    let required: Set<String>

    var requiredList: String { columns.filter { required.contains($0) }.joined(separator: ", ") }
    var knownList: String { columns.joined(separator: ", ") }
}

/// Where each known column sits in a file's header (`nil` when absent). Looked up by a linear scan
/// of a dozen short names: cheaper per row than hashing a `String`.
struct ColumnMap {
    private var names: [String] = []
    private var positions: [Int] = []
    subscript(_ name: String) -> Int? {
        for k in names.indices where names[k] == name { return positions[k] }
        return nil
    }
    mutating func set(_ name: String, _ position: Int) { names.append(name); positions.append(position) }
    /// Number of columns the header declares.
    var width = 0
}

/// Every problem of one load, errors and warnings apart. Each file keeps at most `cap` errors, then
/// one line says how many more were left out (a million copies of the same mistake help nobody).
struct DiagnosticLog {
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    private var perFile: [String: Int] = [:]
    let cap: Int

    init(cap: Int = 1000) { self.cap = cap }

    mutating func error(_ d: Diagnostic) {
        let n = perFile[d.file, default: 0] + 1
        perFile[d.file] = n
        if n <= cap { errors.append(d) }
    }

    mutating func warning(_ d: Diagnostic) {
        var d = d
        d.severity = .warning
        warnings.append(d)
    }

    /// One "… and N more" line per file over the cap, to print after the errors.
    var overflow: [Diagnostic] {
        perFile.filter { $0.value > cap }.sorted { $0.key < $1.key }.map {
            Diagnostic(file: $0.key, line: 0, column: 0,
                       message: "… and \($0.value - cap) more errors in this file (only the first \(cap) are shown)")
        }
    }
}

extension Diagnostic {
    /// Order of reports: by file, then line, then column.
    static func sortedByPlace(_ ds: [Diagnostic]) -> [Diagnostic] {
        ds.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return x.offset < y.offset
        }.map(\.element)
    }
}

/// Reads a workspace CSV file, the file `schema.name` of `files` shown as `path`: checks its
/// header against `schema`, then calls `body` with each data record and the column map. Syntax
/// errors and header problems go to `log`.
func readTable(path: String, from files: WorkspaceFiles, schema: TableSchema, log: inout DiagnosticLog,
               _ body: (CSVRecord, ColumnMap, inout DiagnosticLog) -> Void) throws {
    let reader = CSVReader(file: path, bytes: try files.bytes(schema.name))
    var columns: ColumnMap?
    var sawHeader = false
    do {
        try reader.forEachRecord { record in
            if let columns {
                if record.count > columns.width {
                    // Extra cells are an error only when they hold something: a trailing comma is harmless.
                    for i in columns.width ..< record.count where !record.isEmpty(i) {
                        log.error(record.diagnostic(i,
                            "this row has \(record.count) cells but the header names \(columns.width) columns: quote a value that contains a comma"))
                        return
                    }
                }
                body(record, columns, &log)
                return
            }
            sawHeader = true
            columns = header(record, schema: schema, log: &log)
        }
    } catch let e as InputErrors {
        for d in e.diagnostics { log.error(d) }
    }
    if !sawHeader {
        let d = Diagnostic(file: path, line: 1, column: 1,
                           message: "empty file: expected a header row naming \(schema.knownList)")
        if schema.name == "contacts.csv" { log.error(d) } else { log.warning(d) }
    }
}

private func header(_ record: CSVRecord, schema: TableSchema, log: inout DiagnosticLog) -> ColumnMap {
    var map = ColumnMap()
    map.width = record.count
    var found = [String]()
    for i in 0 ..< record.count {
        let name = (record.string(i) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        found.append(name)
        if schema.columns.contains(name) {
            if let first = map[name] {
                log.error(record.diagnostic(i, "duplicate column '\(shown(name))' (also column \(first + 1) of the header)"))
            } else {
                map.set(name, i)
            }
        } else if !name.isEmpty {
            log.warning(record.diagnostic(i, "unknown column '\(shown(name))' is kept and ignored (known: \(schema.knownList))"))
        }
    }
    for name in schema.columns where schema.required.contains(name) && map[name] == nil {
        log.error(Diagnostic(file: record.file, line: 1, column: 1,
            message: "missing required column '\(shown(name))': the header must name \(schema.requiredList) (it names \(shown(found.filter { !$0.isEmpty }.joined(separator: ", "))))"))
    }
    return map
}

// MARK: - Typed fields

extension CSVRecord {
    /// Field `i` with surrounding spaces and tabs removed, as bytes (`""` escapes left in place).
    @inline(__always)
    func withTrimmedBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withBytes(i) { raw in
            var s = 0, e = raw.count
            while s < e, raw[s] == 0x20 || raw[s] == 0x09 { s += 1 }
            while e > s, raw[e - 1] == 0x20 || raw[e - 1] == 0x09 { e -= 1 }
            return try body(UnsafeBufferPointer(rebasing: raw[s ..< e]))
        }
    }

    /// True when field `i` holds `""` escapes (and so cannot be used as raw bytes).
    func isEscaped(_ i: Int) -> Bool { i < fields.count && fields[i].escaped }

    /// True when field `i` is absent or holds only spaces.
    func isBlank(_ i: Int?) -> Bool {
        guard let i else { return true }
        return withTrimmedBytes(i) { $0.isEmpty }
    }

    /// Field `i` as trimmed text; `nil` (and an error in `log`) when it is not valid UTF-8.
    func text(_ i: Int?, _ log: inout DiagnosticLog) -> String? {
        guard let i else { return "" }
        guard let s = string(i) else {
            log.error(diagnostic(i, "not valid UTF-8 text: save the file as UTF-8"))
            return nil
        }
        if let f = s.utf8.first, let l = s.utf8.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return s }
        return s.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    }
}

/// A value from the user's file as it is quoted in a message: control and bidi characters shown as
/// U+FFFD (so a hostile cell cannot drive the terminal), at most 80 characters.
func shown(_ value: String) -> String {
    let safe = TextTable.sanitize(value)
    return safe.count > 80 ? String(safe.prefix(79)) + "…" : safe
}

/// Reads a decimal number from trimmed bytes: digits with an optional sign, point and exponent
/// (no `inf`, `nan` or hex). `nil` when malformed.
func parseNumber(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !b.isEmpty, b.count < 64 else { return nil }
    var digits = 0
    for (k, c) in b.enumerated() {
        switch c {
        case 0x30 ... 0x39: digits += 1
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            if k != 0 && b[k - 1] != UInt8(ascii: "e") && b[k - 1] != UInt8(ascii: "E") { return nil }
        default: return nil
        }
    }
    guard digits > 0 else { return nil }
    guard let v = Double(String(decoding: b, as: UTF8.self)), v.isFinite else { return nil }
    return v
}

/// Splits a `;`-separated list cell into trimmed, non-empty byte ranges.
@inline(__always)
func forEachListItem(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var s = 0
    let n = b.count
    while s <= n {
        var e = s
        while e < n, b[e] != UInt8(ascii: ";") { e += 1 }
        var a = s, z = e
        while a < z, b[a] == 0x20 || b[a] == 0x09 { a += 1 }
        while z > a, b[z - 1] == 0x20 || b[z - 1] == 0x09 { z -= 1 }
        if z > a { body(UnsafeBufferPointer(rebasing: b[a ..< z])) }
        s = e + 1
    }
}

/// Parses a case-insensitive enum value; `nil` when unknown.
func parseChoice<E: RawRepresentable & CaseIterable>(_ b: UnsafeBufferPointer<UInt8>, as: E.Type) -> E?
    where E.RawValue == String {
    // Fast path: compare bytes against each (short, ASCII) raw value, folding ASCII case.
    outer: for c in E.allCases {
        let raw = c.rawValue.utf8
        guard raw.count == b.count else { continue }
        var k = 0
        for r in raw {
            var x = b[k]
            if x >= 0x41 && x <= 0x5A { x |= 0x20 }
            if x != r { continue outer }
            k += 1
        }
        return c
    }
    return nil
}

/// "expected one of a, b, c" plus a "did you mean" when one value is within two edits.
func choiceMessage<E: RawRepresentable & CaseIterable>(_ what: String, _ value: String, _ type: E.Type) -> String
    where E.RawValue == String {
    let all = E.allCases.map(\.rawValue)
    var message = "unknown \(what) '\(shown(value))': expected one of \(all.joined(separator: ", "))"
    let lower = value.lowercased()
    if let best = all.min(by: { editDistance($0, lower) < editDistance($1, lower) }), editDistance(best, lower) <= 2 {
        message += " (did you mean '\(best)'?)"
    }
    return message
}

/// Levenshtein distance (Wagner–Fischer, O(|a|·|b|)); used only on short words in error messages.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0 ... b.count), cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1 ... a.count {
        cur[0] = i
        for j in 1 ... b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
