//===----------------------------------------------------------------------===//
// TOML values with their place in the file (the output of TOMLParser)
//===----------------------------------------------------------------------===//

/// A place in a TOML document: 1-based line, and 1-based column counted in Unicode scalars (one
/// per character a text editor shows; a tab counts one), as `Diagnostic` counts them.
public struct TOMLPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

/// A calendar date (TOML local date, RFC 3339 full-date).
public struct TOMLDate: Sendable, Hashable {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
}

/// A time of day (TOML local time, RFC 3339 partial-time); fractions kept to the nanosecond.
public struct TOMLTime: Sendable, Hashable {
    public var hour: Int, minute: Int, second: Int, nanosecond: Int
    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour; self.minute = minute; self.second = second; self.nanosecond = nanosecond
    }
}

/// A date and time: an offset date-time when `offsetMinutes` is set (`Z` is 0), else a local one.
public struct TOMLDateTime: Sendable, Hashable {
    public var date: TOMLDate
    public var time: TOMLTime
    public var offsetMinutes: Int?
    public init(date: TOMLDate, time: TOMLTime, offsetMinutes: Int?) {
        self.date = date; self.time = time; self.offsetMinutes = offsetMinutes
    }
}

/// A TOML 1.0 value. Arrays and tables hold `TOMLNode`s, so every value down the tree keeps the
/// place where it was written.
public indirect enum TOMLValue: Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// Offset date-time (`offsetMinutes` set) or local date-time.
    case dateTime(TOMLDateTime)
    case date(TOMLDate)
    case time(TOMLTime)
    case array([TOMLNode])
    case table(TOMLTable)
}

/// A value and the place of its first character (for a `[table]` or `[[array]]` element: the
/// place of its name in the header).
public struct TOMLNode: Sendable {
    public var value: TOMLValue
    public var position: TOMLPosition
    public init(_ value: TOMLValue, at position: TOMLPosition) { self.value = value; self.position = position }
}

/// A key of a table, the place where it was first written, and its value.
public struct TOMLEntry: Sendable {
    public var key: String
    public var keyPosition: TOMLPosition
    public var node: TOMLNode
}

/// A TOML table: its entries in the order they were first written.
public struct TOMLTable: Sendable {
    public var entries: [TOMLEntry]
    private var index: [String: Int]

    public init(entries: [TOMLEntry] = []) {
        self.entries = entries
        var index = [String: Int](minimumCapacity: entries.count)
        for (i, e) in entries.enumerated() { index[e.key] = i }
        self.index = index
    }

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }
    public subscript(key: String) -> TOMLNode? { index[key].map { entries[$0].node } }
    public func entry(_ key: String) -> TOMLEntry? { index[key].map { entries[$0] } }

    /// The table without `key` (no-op when absent).
    public func removing(_ key: String) -> TOMLTable { TOMLTable(entries: entries.filter { $0.key != key }) }
}

extension TOMLValue {
    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var integer: Int? { if case .integer(let n) = self { n } else { nil } }
    public var boolean: Bool? { if case .boolean(let b) = self { b } else { nil } }
    public var array: [TOMLNode]? { if case .array(let a) = self { a } else { nil } }
    public var table: TOMLTable? { if case .table(let t) = self { t } else { nil } }
    /// A float, or an integer as a float.
    public var number: Double? {
        switch self {
        case .float(let x): x
        case .integer(let n): Double(n)
        default: nil
        }
    }

    /// True when both hold the same data, positions and key order aside (NaN equals NaN).
    public func sameContent(as other: TOMLValue) -> Bool {
        switch (self, other) {
        case let (.string(a), .string(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.dateTime(a), .dateTime(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.time(a), .time(b)): return a == b
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.value.sameContent(as: $1.value) }
        case let (.table(a), .table(b)):
            return a.entries.count == b.entries.count
                && a.entries.allSatisfy { e in b[e.key].map { e.node.value.sameContent(as: $0.value) } ?? false }
        default: return false
        }
    }

    /// The value as TOML text, for messages (`got "abc"`, `got -1`, `got [ 1, 2 ]`): strings in
    /// double quotes as written (unescaped) at the top level, escaped inside arrays and tables.
    public var shown: String { describe(topLevel: true) }

    private func describe(topLevel: Bool) -> String {
        switch self {
        case .string(let s): return topLevel ? "\"\(s)\"" : TOMLValue.quoted(s)
        case .integer(let n): return String(n)
        case .float(let x): return String(x)
        case .boolean(let b): return String(b)
        case .date(let d): return TOMLValue.text(d)
        case .time(let t): return TOMLValue.text(t)
        case .dateTime(let dt):
            var s = TOMLValue.text(dt.date) + "T" + TOMLValue.text(dt.time)
            if let m = dt.offsetMinutes {
                if m == 0 { s += "Z" } else {
                    let a = abs(m)
                    s += (m < 0 ? "-" : "+") + TOMLValue.two(a / 60) + ":" + TOMLValue.two(a % 60)
                }
            }
            return s
        case .array(let a):
            return a.isEmpty ? "[]" : "[ " + a.map { $0.value.describe(topLevel: false) }.joined(separator: ", ") + " ]"
        case .table(let t):
            return t.isEmpty ? "{}" : "{ " + t.entries.map { TOMLValue.quotedKey($0.key) + " = " + $0.node.value.describe(topLevel: false) }
                .joined(separator: ", ") + " }"
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func text(_ d: TOMLDate) -> String {
        let y = String(d.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(d.month) + "-" + two(d.day)
    }
    static func text(_ t: TOMLTime) -> String {
        var s = two(t.hour) + ":" + two(t.minute) + ":" + two(t.second)
        if t.nanosecond > 0 {
            var f = String(t.nanosecond)
            f = String(repeating: "0", count: 9 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        return s
    }

    /// A basic string with TOML escapes for `"`, `\` and control characters.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A key bare when it can be, quoted otherwise.
    static func quotedKey(_ k: String) -> String {
        !k.isEmpty && k.utf8.allSatisfy(TOMLParser.isBareKeyByte) ? k : quoted(k)
    }
}
