import Foundation

/// Writes RFC 4180 CSV that is safe to open in a spreadsheet.
///
/// Text fields first lose their control, bidi and invisible format characters
/// (`TextSanitizer.csv`: each becomes U+FFFD, TAB and LF stay), so that printing the CSV cannot
/// drive a terminal. Then text that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or CR — OWASP's CSV-injection list) is prefixed with `'` so that it stays inert,
/// and fields are quoted when they hold a comma, quote, CR or LF. Numbers are written with
/// `number(_:)` and are never prefixed. NaN and ±∞ are written as empty cells.
public struct CSVWriter {
    public private(set) var output = ""
    private var fieldsInRow = 0

    public init() {}

    /// A text cell.
    public mutating func text(_ value: String) {
        separate()
        // Printable ASCII without a comma or quote and not starting with = + - @ (ids, dates, most
        // names) needs no sanitising, prefix or quotes: appended as it is.
        let bytes = value.utf8
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x2C && $0 != 0x22 }),
           bytes.first.map({ $0 != 0x3D && $0 != 0x2B && $0 != 0x2D && $0 != 0x40 }) ?? true {
            output += value
            return
        }
        var v = TextSanitizer.csv(value)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { v = "'" + v }
        // Scalars, not Characters: a comma or quote followed by a combining mark is one Character
        // (",\u{1937}"), yet a reader splits on the comma (found by CSVRoundTripPropertyTests).
        if v.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            var quoted = String.UnicodeScalarView()
            quoted.append("\"")
            for scalar in v.unicodeScalars {
                if scalar == "\"" { quoted.append("\"") }
                quoted.append(scalar)
            }
            quoted.append("\"")
            output += String(quoted)
        } else {
            output += v
        }
    }

    /// A numeric cell: shortest round-trip representation; empty for NaN or ±∞.
    public mutating func number(_ value: Double) {
        separate()
        if value.isFinite { output += CSVWriter.format(value) }
    }

    public mutating func number(_ value: Int) { separate(); output += String(value) }
    public mutating func number(_ value: Double?) { if let value { number(value) } else { empty() } }
    public mutating func bool(_ value: Bool) { separate(); output += value ? "true" : "false" }
    public mutating func empty() { separate() }

    /// Ends the current row.
    /// The text written so far, leaving the writer empty (at a row end) for the rows that follow:
    /// how a long table is handed on in pieces.
    public mutating func takeOutput() -> String {
        precondition(fieldsInRow == 0, "take the output at a row end")
        defer { output = "" }
        return output
    }

    public mutating func endRow() { output += "\n"; fieldsInRow = 0 }

    /// A whole row of text cells (e.g. the header).
    public mutating func row(_ cells: [String]) { for c in cells { text(c) }; endRow() }

    private mutating func separate() {
        if fieldsInRow > 0 { output += "," }
        fieldsInRow += 1
    }

    /// Integers without a trailing ".0"; everything else in Swift's shortest round-trip form.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
