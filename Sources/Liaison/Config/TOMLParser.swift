//===----------------------------------------------------------------------===//
// TOMLParser: TOML 1.0 text -> TOMLTable, every key and value with its line:column
//===----------------------------------------------------------------------===//

/// A TOML 1.0 document that cannot be read: where and what is wrong, in one sentence.
public struct TOMLError: Error, Sendable, CustomStringConvertible {
    public var position: TOMLPosition
    public var message: String
    /// The bytes are not UTF-8 text (as opposed to a TOML syntax error).
    public var isEncoding = false
    public init(_ message: String, at position: TOMLPosition) { self.message = message; self.position = position }
    public var description: String { "\(position): \(message)" }
}

/// A parser of TOML 1.0 (https://toml.io/en/v1.0.0), written for liaison.toml.
///
/// ## Why our own
/// Liaison first read liaison.toml with TOMLKit, whose C++ core (toml++ 3) aborted the whole
/// process on a malformed table header: `[é]`, `[.]`, `[ж]`, `[😀]` and the two bytes `[\r` each
/// ended `liaison check` with exit 134 (`toml.hpp:15481 parse_key(): Assertion
/// is_bare_key_character(*cp) || is_string_delimiter(*cp) failed`, reproduced on the release build
/// of 2026-12-01, issue 19 item 1). It also kept no place for keys and values, only for syntax
/// errors, so a bad setting could not be reported as `liaison.toml:line:column` (issue 12), and a
/// NUL byte silently ended the document (issue 19 item 6). This parser reports each of those as
/// an error at its place and never traps.
///
/// ## What it accepts
/// All of TOML 1.0: comments; bare, quoted and dotted keys; basic, literal and multi-line strings
/// with every escape (`\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`, line-ending backslash); integers
/// in decimal, `0x`, `0o`, `0b` with `_` between digits (64-bit signed, larger ones are errors as
/// the specification asks); floats with fraction and/or exponent, `inf`, `nan` with signs;
/// booleans; offset and local date-times, local dates and local times; arrays (mixed types);
/// inline tables; `[tables]`; `[[arrays of tables]]`. CRLF counts as one newline (and is read as
/// LF inside multi-line strings). The definition rules are those of the specification as
/// Python's `tomllib` implements them (Hukkinen, "tomli"): a table is defined once, by a header or
/// by dotted keys but not both; a header may first open a table that an earlier header only named
/// on its path; inline tables and arrays are closed once written; `[[a]]` appends to an array of
/// tables, never to an array value.
///
/// Differences from `tomllib`, each a reject where it accepts: integers beyond 64 bits; year 0000
/// and second 60 are rejected by both. Nesting of arrays and inline tables, and the parts of a
/// dotted key, are limited to `maxDepth` (tomllib fails with RecursionError near 1000).
///
/// ## Errors
/// The first error ends the parse (what follows a syntax error cannot be trusted); it comes with the
/// line and column of the offending character: invalid UTF-8 and NUL or other control bytes at
/// their byte, a duplicate key at its second writing.
///
/// The parser is split by what it reads: documents, keys, headers, arrays and inline tables here;
/// strings in TOMLParser+Strings.swift; numbers, dates and times in TOMLParser+Numbers.swift; the
/// values it builds in TOMLValue.swift.
///
/// - Complexity: O(n) time in the bytes of the document (a column is counted from the last one
///   computed on the same line), O(n) memory.
public enum TOML {
    /// Deepest nesting of arrays and inline tables, and most parts in one key or header.
    public static let maxDepth = 100

    /// Parses a whole document. A UTF-8 byte-order mark is not TOML and is rejected; strip it first.
    public static func parse(_ bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(bytes)
        return try parser.document()
    }

    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}

/// A table being filled: a reference so that headers and dotted keys can reach into it.
final class TOMLTableBuilder {
    enum Slot {
        case value(TOMLNode)
        case table(TOMLTableBuilder)
        case arrayOfTables(TOMLArrayOfTablesBuilder)
    }
    var keys: [String] = []
    var keyPositions: [TOMLPosition] = []
    var slots: [String: Slot] = [:]
    /// Where the table was defined: the `[` of its header, else where its name was first written
    /// (a header path, a dotted key), or its `{`.
    var position: TOMLPosition
    /// Defined by a `[header]`, or by dotted keys of an earlier section: no header may define it
    /// again and no dotted key may add to it.
    var explicit: Bool

    init(at position: TOMLPosition, explicit: Bool) { self.position = position; self.explicit = explicit }

    func add(_ key: String, at position: TOMLPosition, _ slot: Slot) {
        keys.append(key)
        keyPositions.append(position)
        slots[key] = slot
    }

    func build() -> TOMLTable {
        TOMLTable(entries: zip(keys, keyPositions).map { key, place in
            let node: TOMLNode
            switch slots[key]! {
            case .value(let n): node = n
            case .table(let t): node = TOMLNode(.table(t.build()), at: t.position)
            case .arrayOfTables(let a): node = TOMLNode(.array(a.tables.map { TOMLNode(.table($0.build()), at: $0.position) }), at: a.position)
            }
            return TOMLEntry(key: key, keyPosition: place, node: node)
        })
    }
}

final class TOMLArrayOfTablesBuilder {
    var tables: [TOMLTableBuilder] = []
    let position: TOMLPosition
    init(at position: TOMLPosition) { self.position = position }
}

/// One pass over the bytes; `i` is the next byte, `line`/`lineStart` where it is.
struct TOMLParser {
    typealias Key = [(name: String, position: TOMLPosition)]
    let b: [UInt8]
    var i = 0
    var line = 1
    var lineStart = 0
    var columnCache = (offset: 0, column: 1)
    /// Tables reached by dotted keys in the current section: explicit from the next header on.
    private var pending: [TOMLTableBuilder] = []

    init(_ bytes: [UInt8]) { b = bytes }

    // MARK: places and errors

    /// The place of byte `offset` on the current line.
    mutating func place(_ offset: Int? = nil) -> TOMLPosition {
        let p = offset ?? i
        if columnCache.offset < lineStart || columnCache.offset > p { columnCache = (lineStart, 1) }
        var column = columnCache.column
        for k in columnCache.offset ..< min(p, b.count) where b[k] & 0xC0 != 0x80 { column += 1 }
        columnCache = (p, column)
        return TOMLPosition(line: line, column: column)
    }

    mutating func fail(_ message: String, at offset: Int? = nil) -> TOMLError {
        TOMLError(message, at: place(offset))
    }

    /// The character at byte `offset`, for messages: `'é'`, `U+0000`, `end of file`.
    func shown(at offset: Int) -> String {
        guard offset < b.count else { return "the end of the file" }
        let c = b[offset]
        if c == 0x0A || (c == 0x0D && offset + 1 < b.count && b[offset + 1] == 0x0A) { return "the end of the line" }
        if c < 0x20 || c == 0x7F { return "the control character U+" + hex4(UInt32(c)) }
        let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        return "'" + String(decoding: b[offset ..< min(b.count, offset + length)], as: UTF8.self) + "'"
    }

    func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    var peek: UInt8? { i < b.count ? b[i] : nil }
    func peek(_ k: Int) -> UInt8? { i + k < b.count ? b[i + k] : nil }
    func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        return s.withUTF8Buffer { p in (0 ..< n).allSatisfy { b[i + $0] == p[$0] } }
    }

    /// Consumes a newline (LF or CRLF) at `i` when there is one.
    mutating func newline() -> Bool {
        if peek == 0x0A { i += 1 } else if peek == 0x0D, peek(1) == 0x0A { i += 2 } else { return false }
        line += 1
        lineStart = i
        return true
    }

    mutating func skipSpaces() { while let c = peek, c == 0x20 || c == 0x09 { i += 1 } }

    static func isBareKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
    }
    static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    static func isControl(_ c: UInt8) -> Bool { (c < 0x20 && c != 0x09) || c == 0x7F }

    // MARK: document

    /// Checks that the bytes are UTF-8 (RFC 3629: no overlong forms, surrogates or values past
    /// U+10FFFF) before anything else, so that every later message can quote the text.
    mutating func validateUTF8() throws(TOMLError) {
        var k = 0
        while k < b.count {
            let c = b[k]
            if c == 0x0A { line += 1; lineStart = k + 1; k += 1; continue }
            if c < 0x80 { k += 1; continue }
            var length = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var ok = length > 0 && k + length <= b.count
            if ok {
                for j in 1 ..< length {
                    let lo: UInt8 = j == 1 ? low : 0x80, hi: UInt8 = j == 1 ? high : 0xBF
                    if b[k + j] < lo || b[k + j] > hi { ok = false; break }
                }
            }
            guard ok else {
                let h = String(c, radix: 16, uppercase: true)
                var e = fail("not valid UTF-8 text (byte 0x\(h.count == 1 ? "0" : "")\(h)): save the file as UTF-8", at: k)
                e.isEncoding = true
                throw e
            }
            k += length
        }
        line = 1
        lineStart = 0
        columnCache = (0, 1)
    }

    mutating func document() throws(TOMLError) -> TOMLTable {
        try validateUTF8()
        let root = TOMLTableBuilder(at: TOMLPosition(line: 1, column: 1), explicit: false)
        var section = root
        while true {
            skipSpaces()
            guard let c = peek else { break }
            if newline() { continue }
            if c == 0x5B { // [
                for t in pending { t.explicit = true }
                pending.removeAll()
                section = peek(1) == 0x5B ? try arrayOfTablesHeader(root) : try tableHeader(root)
                skipSpaces()
            } else if Self.isBareKeyByte(c) || c == 0x22 || c == 0x27 {
                try keyValue(into: section, inline: false)
                skipSpaces()
            } else if c != 0x23 {
                throw fail(c == 0x0D ? "a carriage return must be followed by a line feed"
                           : "expected a key, a [table] header or a comment, found \(shown(at: i))")
            }
            try skipComment()
            guard peek != nil else { break }
            if !newline() {
                throw fail(peek == 0x0D ? "a carriage return must be followed by a line feed"
                           : "expected the end of the line, found \(shown(at: i))")
            }
        }
        return root.build()
    }

    /// A `#` comment up to (not including) the end of the line; control characters other than tab
    /// are not allowed in it.
    mutating func skipComment() throws(TOMLError) {
        guard peek == 0x23 else { return }
        i += 1
        while let c = peek, c != 0x0A {
            if c == 0x0D, peek(1) == 0x0A { return }
            if Self.isControl(c) { throw fail("\(shown(at: i)) is not allowed in a comment") }
            i += 1
        }
    }

    /// Whitespace, newlines and comments between the elements of an array.
    mutating func skipArraySpace() throws(TOMLError) {
        while true {
            skipSpaces()
            if newline() { continue }
            if peek == 0x23 { try skipComment(); continue }
            return
        }
    }

    // MARK: keys and headers

    /// A bare, quoted or dotted key; spaces around the dots are allowed.
    mutating func key() throws(TOMLError) -> Key {
        var parts: Key = []
        while true {
            let start = place()
            guard let c = peek else { throw fail("expected a key, found the end of the file") }
            let name: String
            if c == 0x22 {
                if starts("\"\"\"") { throw fail("a key cannot be a multi-line string") }
                name = try basicString()
            } else if c == 0x27 {
                if starts("'''") { throw fail("a key cannot be a multi-line string") }
                name = try literalString()
            } else if Self.isBareKeyByte(c) {
                let s = i
                while let d = peek, Self.isBareKeyByte(d) { i += 1 }
                name = String(decoding: b[s ..< i], as: UTF8.self)
            } else if c == 0x0D && peek(1) != 0x0A {
                throw fail("a carriage return must be followed by a line feed")
            } else {
                throw fail("expected a key (letters A–Z a–z, digits, _ and - or a quoted string), found \(shown(at: i))")
            }
            parts.append((name, start))
            if parts.count > TOML.maxDepth { throw fail("a key of more than \(TOML.maxDepth) dotted parts is too deep", at: nil) }
            skipSpaces()
            guard peek == 0x2E else { return parts }
            i += 1
            skipSpaces()
        }
    }

    static func dotted(_ key: Key) -> String {
        key.map { TOMLValue.quotedKey($0.name) }.joined(separator: ".")
    }

    /// Walks the header path `key` but its last part, opening (implicitly) missing tables.
    mutating func parent(of key: Key, in root: TOMLTableBuilder, header: String) throws(TOMLError) -> TOMLTableBuilder {
        var t = root
        for (n, part) in key.dropLast().enumerated() {
            switch t.slots[part.name] {
            case nil:
                let u = TOMLTableBuilder(at: part.position, explicit: false)
                t.add(part.name, at: part.position, .table(u))
                t = u
            case .table(let u)?: t = u
            case .arrayOfTables(let a)?: t = a.tables[a.tables.count - 1]
            case .value(let v)?:
                throw TOMLError("cannot define \(header): \(Self.dotted(Array(key.prefix(n + 1)))) is already "
                                + Self.kind(v.value) + " (line \(v.position.line))", at: part.position)
            }
        }
        return t
    }

    static func kind(_ v: TOMLValue) -> String {
        switch v {
        case .array: "an array"
        case .table: "an inline table"
        default: "a value"
        }
    }

    /// `[a.b]`: defines a table (once) and makes it the current section.
    mutating func tableHeader(_ root: TOMLTableBuilder) throws(TOMLError) -> TOMLTableBuilder {
        let open = place()
        i += 1
        skipSpaces()
        let key = try key()
        guard peek == 0x5D else { throw fail("expected ']' to close the table header, found \(shown(at: i))") }
        i += 1
        let header = "[\(Self.dotted(key))]"
        let parent = try parent(of: key, in: root, header: header)
        let last = key[key.count - 1]
        switch parent.slots[last.name] {
        case nil:
            let t = TOMLTableBuilder(at: open, explicit: true)
            parent.add(last.name, at: last.position, .table(t))
            return t
        case .table(let t)?:
            guard !t.explicit else {
                throw TOMLError("table \(header) is already defined (line \(t.position.line))", at: last.position)
            }
            t.explicit = true
            t.position = open
            return t
        case .arrayOfTables(let a)?:
            throw TOMLError("cannot define \(header): it is already an array of tables (line \(a.position.line))", at: last.position)
        case .value(let v)?:
            throw TOMLError("cannot define \(header): \(Self.dotted(key)) is already \(Self.kind(v.value)) (line \(v.position.line))",
                            at: last.position)
        }
    }

    /// `[[a.b]]`: appends a table to an array of tables and makes it the current section.
    mutating func arrayOfTablesHeader(_ root: TOMLTableBuilder) throws(TOMLError) -> TOMLTableBuilder {
        let open = place()
        i += 2
        skipSpaces()
        let key = try key()
        guard peek == 0x5D, peek(1) == 0x5D else { throw fail("expected ']]' to close the array-of-tables header, found \(shown(at: i))") }
        i += 2
        let header = "[[\(Self.dotted(key))]]"
        let parent = try parent(of: key, in: root, header: header)
        let last = key[key.count - 1]
        let t = TOMLTableBuilder(at: open, explicit: true)
        switch parent.slots[last.name] {
        case nil:
            let a = TOMLArrayOfTablesBuilder(at: open)
            a.tables.append(t)
            parent.add(last.name, at: last.position, .arrayOfTables(a))
        case .arrayOfTables(let a)?:
            a.tables.append(t)
        case .table(let u)?:
            throw TOMLError("cannot define \(header): \(Self.dotted(key)) is already a table (line \(u.position.line))", at: last.position)
        case .value(let v)?:
            throw TOMLError("cannot define \(header): \(Self.dotted(key)) is already \(Self.kind(v.value)) (line \(v.position.line))",
                            at: last.position)
        }
        return t
    }

    /// `key = value` into `table` (a section, or an inline table being read).
    mutating func keyValue(into table: TOMLTableBuilder, inline: Bool, depth: Int = 0) throws(TOMLError) {
        let key = try key()
        guard peek == 0x3D else { throw fail("expected '=' after the key \(Self.dotted(key)), found \(shown(at: i))") }
        i += 1
        skipSpaces()
        let value = try value(depth: depth)
        var t = table
        for (n, part) in key.dropLast().enumerated() {
            switch t.slots[part.name] {
            case nil:
                let u = TOMLTableBuilder(at: part.position, explicit: false)
                t.add(part.name, at: part.position, .table(u))
                if !inline { pending.append(u) }
                t = u
            case .table(let u)? where !u.explicit:
                if !inline { pending.append(u) }
                t = u
            case .table(let u)?:
                throw TOMLError("cannot add \(Self.dotted(key)) with a dotted key: \(Self.dotted(Array(key.prefix(n + 1)))) is a table "
                                + "defined at line \(u.position.line); write the key in that table", at: part.position)
            case .arrayOfTables(let a)?:
                throw TOMLError("cannot add \(Self.dotted(key)) with a dotted key: \(Self.dotted(Array(key.prefix(n + 1)))) is an array "
                                + "of tables (line \(a.position.line))", at: part.position)
            case .value(let v)?:
                throw TOMLError("cannot add \(Self.dotted(key)): \(Self.dotted(Array(key.prefix(n + 1)))) is already "
                                + "\(Self.kind(v.value)) (line \(v.position.line))", at: part.position)
            }
        }
        let last = key[key.count - 1]
        if let existing = t.slots[last.name] {
            let at: TOMLPosition
            switch existing {
            case .value(let v): at = v.position
            case .table(let u): at = u.position
            case .arrayOfTables(let a): at = a.position
            }
            throw TOMLError("duplicate key \(Self.dotted(key)): it is already defined at line \(at.line)", at: last.position)
        }
        t.add(last.name, at: last.position, .value(value))
    }

    // MARK: values

    mutating func value(depth: Int) throws(TOMLError) -> TOMLNode {
        let start = place()
        guard let c = peek else { throw fail("expected a value, found the end of the file") }
        let value: TOMLValue
        switch c {
        case 0x22: value = .string(starts("\"\"\"") ? try multilineBasicString() : try basicString())
        case 0x27: value = .string(starts("'''") ? try multilineLiteralString() : try literalString())
        case 0x74 where starts("true"): i += 4; value = .boolean(true)
        case 0x66 where starts("false"): i += 5; value = .boolean(false)
        case 0x5B: value = try array(depth: depth + 1)
        case 0x7B: value = try inlineTable(depth: depth + 1)
        case 0x2B, 0x2D, 0x30 ... 0x39, 0x69, 0x6E: value = try numberOrDate()
        default:
            throw fail("expected a value (a string, number, true, false, date, array or inline table), found \(shown(at: i))")
        }
        if let d = peek, Self.isBareKeyByte(d) || d == 0x2E || d == 0x3A || d == 0x2B {
            throw fail("unexpected \(shown(at: i)) after the value")
        }
        return TOMLNode(value, at: start)
    }

    mutating func array(depth: Int) throws(TOMLError) -> TOMLValue {
        if depth > TOML.maxDepth { throw fail("arrays and inline tables nested more than \(TOML.maxDepth) deep") }
        i += 1
        var items = [TOMLNode]()
        while true {
            try skipArraySpace()
            if peek == 0x5D { i += 1; return .array(items) }
            items.append(try value(depth: depth))
            try skipArraySpace()
            if peek == 0x5D { i += 1; return .array(items) }
            guard peek == 0x2C else { throw fail("expected ',' or ']' in the array, found \(shown(at: i))") }
            i += 1
        }
    }

    mutating func inlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        if depth > TOML.maxDepth { throw fail("arrays and inline tables nested more than \(TOML.maxDepth) deep") }
        let t = TOMLTableBuilder(at: place(), explicit: false)
        i += 1
        skipSpaces()
        if peek == 0x7D { i += 1; return .table(t.build()) }
        while true {
            guard let c = peek, Self.isBareKeyByte(c) || c == 0x22 || c == 0x27 else {
                throw fail("expected a key in the inline table, found \(shown(at: i))"
                           + (peek == 0x7D ? " (TOML 1.0 allows no comma before '}')" : "")
                           + (peek == 0x0A || peek == 0x0D ? " (an inline table stays on one line)" : ""))
            }
            try keyValue(into: t, inline: true, depth: depth)
            skipSpaces()
            if peek == 0x7D { i += 1; return .table(t.build()) }
            guard peek == 0x2C else {
                throw fail("expected ',' or '}' in the inline table, found \(shown(at: i))"
                           + (peek == 0x0A || peek == 0x0D ? " (an inline table stays on one line)" : ""))
            }
            i += 1
            skipSpaces()
        }
    }

}
