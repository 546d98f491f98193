//===----------------------------------------------------------------------===//
// ConfigReader: the problems found while reading liaison.toml, each at its line:column
//===----------------------------------------------------------------------===//

import Foundation

/// Collects the problems of one liaison.toml as diagnostics placed at the offending key or value,
/// so that every section reports all of its problems at once (SPEC §3.1).
struct ConfigReader {
    let file: String
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func problem(_ message: String, at place: TOMLPosition) {
        errors.append(Diagnostic(file: file, line: place.line, column: place.column, message: message))
    }

    mutating func warning(_ message: String, at place: TOMLPosition) {
        warnings.append(Diagnostic(file: file, line: place.line, column: place.column, message: message, severity: .warning))
    }

    /// The finite number at `key` of `table` (named `tableName` in messages) when `check` holds;
    /// otherwise a problem at the value, `[table] key: got …, expected …`, and `nil`.
    mutating func number(_ table: TOMLTable, _ tableName: String, _ key: String, _ check: (Double) -> Bool,
                         _ expected: String) -> Double? {
        guard let node = table[key] else { return nil }
        guard let x = node.value.number, x.isFinite, check(x) else {
            problem("[\(tableName)] \(key): got \(node.value.shown), expected \(expected)", at: node.position)
            return nil
        }
        return x
    }

    /// The sub-table at `key` of `table`; a problem (`[name] must be a table`) when it is something else.
    mutating func table(_ table: TOMLTable, _ key: String, name: String) -> TOMLTable? {
        guard let node = table[key] else { return nil }
        guard let t = node.value.table else {
            problem("[\(name)] must be a table", at: node.position)
            return nil
        }
        return t
    }

    /// A problem at each key of `table` that is not in `known`.
    mutating func unknownKeys(_ table: TOMLTable, _ name: String, known: Set<String>) {
        for e in table.entries where !known.contains(e.key) {
            problem("[\(name)] \(e.key): unknown key, expected one of \(known.sorted().joined(separator: ", "))", at: e.keyPosition)
        }
    }

    /// A TOML value as a date (UTC): a local date (midnight), a date-time (with its offset when it
    /// has one, else read as UTC), or a string in one of `ISODate`'s forms.
    static func date(_ value: TOMLValue) -> Date? {
        switch value {
        case .date(let d):
            return Date(timeIntervalSince1970: Double(ISODate.daysFromCivil(year: d.year, month: d.month, day: d.day) * 86_400))
        case .dateTime(let dt):
            let days = ISODate.daysFromCivil(year: dt.date.year, month: dt.date.month, day: dt.date.day)
            var t = Double(days * 86_400 + dt.time.hour * 3600 + dt.time.minute * 60 + dt.time.second)
            t += Double(dt.time.nanosecond) / 1e9
            if let offset = dt.offsetMinutes { t -= Double(offset) * 60 }
            return Date(timeIntervalSince1970: t)
        case .string(let s):
            return ISODate.parse(s.trimmingCharacters(in: .whitespaces))
        default:
            return nil
        }
    }
}
