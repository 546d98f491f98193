import Foundation
import PropertyBased
import Testing
@testable import Liaison

/// Issue 19, item 3: CSV write → read round trips with arbitrary Unicode, property-based with
/// shrinking (a failure is reported as the smallest table that still fails, with its seed).
@Suite struct CSVRoundTripPropertyTests {
    /// Any Unicode scalar (surrogates are not scalars), with ASCII — commas, quotes, CR, LF, the
    /// formula starters and the C0 controls — drawn as often as the rest of the code space.
    static let scalar = Gen.oneOf(
        Gen.unicodeScalar(in: "\u{0}" ... "\u{7F}"),
        Gen.unicodeScalar(in: "\u{80}" ... "\u{D7FF}"),
        Gen.unicodeScalar(in: "\u{E000}" ... "\u{10FFFF}"))
    static let cell = scalar.array(of: 0 ... 10).map { scalars -> String in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
    /// Rows of 2–5 cells (a row of one empty cell is a blank line, which readers skip).
    static let table = cell.array(of: 2 ... 5).array(of: 1 ... 6)

    /// What the reader must give back for a cell: the sanitised text, with the `'` the writer puts
    /// before a formula starter (CSVWriter's documented rule).
    static func expected(_ cell: String) -> String {
        let v = TextSanitizer.csv(cell)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + v }
        return v
    }

    static func read(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader(file: "t.csv", bytes: Array(text.utf8)).forEachRecord { r in
            rows.append((0 ..< r.count).map { r.string($0) ?? "<invalid UTF-8>" })
        }
        return rows
    }

    @Test func issue19WriteThenReadGivesBackTheSanitisedCells() async {
        await propertyCheck(count: 300, input: Self.table) { table in
            var w = CSVWriter()
            for row in table { w.row(row) }
            let back = try? Self.read(w.output)
            #expect(back == table.map { $0.map(Self.expected) }, "written: \(w.output.debugDescription)")
        }
    }

    /// Text the sanitiser keeps (letters of several scripts, digits, the CSV specials `,` `"` LF,
    /// spaces, emoji) comes back unchanged, byte for byte.
    @Test func issue19KeptTextComesBackUnchanged() async {
        let kept = Gen.oneOf(
            Gen.unicodeScalar(in: " " ... "~"),                 // printable ASCII, `,` and `"` included
            Gen.unicodeScalar(in: "\u{410}" ... "\u{44F}"),     // Cyrillic А–я
            Gen.unicodeScalar(in: "\u{4E00}" ... "\u{4FFF}"),   // CJK
            Gen.unicodeScalar(in: "\u{1F600}" ... "\u{1F64F}"), // emoji
            Gen.unicodeScalar(in: "\n" ... "\n"))
        let text = kept.array(of: 0 ... 12).map { s -> String in
            var view = String.UnicodeScalarView(); view.append(contentsOf: s); return String(view)
        }.filter { s in s.unicodeScalars.first.map { !"=+-@".unicodeScalars.contains($0) } ?? true }
        await propertyCheck(count: 300, input: text.array(of: 2 ... 4).array(of: 1 ... 5)) { table in
            var w = CSVWriter()
            for row in table { w.row(row) }
            #expect((try? Self.read(w.output)) == table)
        }
    }
}
