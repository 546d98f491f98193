import Foundation
import PropertyBased
import Testing
@testable import Liaison

/// Issue 19, item 3, for the liaison.toml parser: any table of arbitrary keys and values (strings
/// of any Unicode scalar, every 64-bit integer, any double with ±inf and NaN, booleans, arrays and
/// inline tables of them), written as TOML by the small writer below, parses back to the same
/// content — shrinking to the smallest table that does not. The writer follows TOML 1.0 to the
/// letter (quoted keys, basic strings with `\uXXXX` for every control character, floats as
/// Swift's shortest round-trip form), so a failure is the parser's. The differential test against
/// Python's tomllib (TOMLDifferentialTests) covers the reading of hand-written documents.
@Suite struct TOMLRoundTripPropertyTests {
    static let scalar = Gen.oneOf(
        Gen.unicodeScalar(in: "\u{0}" ... "\u{7F}"),
        Gen.unicodeScalar(in: "\u{80}" ... "\u{D7FF}"),
        Gen.unicodeScalar(in: "\u{E000}" ... "\u{10FFFF}"))
    static let text = scalar.array(of: 0 ... 8).map { s -> String in
        var view = String.UnicodeScalarView(); view.append(contentsOf: s); return String(view)
    }
    static let leaf = Gen.oneOf(
        text.map { TOMLValue.string($0) },
        Gen.int().map { TOMLValue.integer($0) },
        Gen.double(in: -1e307 ... 1e307).map { TOMLValue.float($0) },   // wider is an infinite range to the generator
        Gen.double(in: -1000 ... 1000).map { TOMLValue.float($0) },
        Gen.element(of: [Double.infinity, -.infinity, .nan, 0, -0.0, 5e-324, .greatestFiniteMagnitude])
            .map { TOMLValue.float($0!) },
        Gen.bool().map { TOMLValue.boolean($0) })
    static let value = Gen.frequency(
        (4, leaf),
        (1, leaf.array(of: 0 ... 4).map { TOMLValue.array($0.map { TOMLNode($0, at: origin) }) }),
        (1, zip(text, leaf).array(of: 0 ... 3).map { TOMLValue.table(table($0)) }))
    static let document = zip(text, value).array(of: 0 ... 6).map { table($0) }

    static let origin = TOMLPosition(line: 1, column: 1)

    /// A table of the pairs, a later pair with the same key dropped (TOML keys are unique).
    static func table(_ pairs: [(String, TOMLValue)]) -> TOMLTable {
        var seen = Set<String>(), entries = [TOMLEntry]()
        for (k, v) in pairs where seen.insert(k).inserted {
            entries.append(TOMLEntry(key: k, keyPosition: origin, node: TOMLNode(v, at: origin)))
        }
        return TOMLTable(entries: entries)
    }

    /// A TOML basic string: `"` and `\` escaped, every control character (C0 and DEL) as `\uXXXX`.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where u.value < 0x20 || u.value == 0x7F: out += String(format: "\\u%04X", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static func write(_ v: TOMLValue) -> String {
        switch v {
        case .string(let s): return quoted(s)
        case .integer(let n): return String(n)
        case .float(let x):
            if x.isNaN { return "nan" }
            if x.isInfinite { return x < 0 ? "-inf" : "inf" }
            let s = String(x)   // "5.0", "1e-05", "-1.7976931348623157e+308": all TOML floats
            return s
        case .boolean(let b): return String(b)
        case .array(let a): return "[" + a.map { write($0.value) }.joined(separator: ", ") + "]"
        case .table(let t): return "{" + t.entries.map { quoted($0.key) + " = " + write($0.node.value) }.joined(separator: ", ") + "}"
        case .date, .time, .dateTime: preconditionFailure("not generated")
        }
    }

    @Test func issue19WrittenTOMLParsesBackToTheSameTable() async {
        await propertyCheck(count: 400, input: Self.document) { doc in
            let text = doc.entries.map { Self.quoted($0.key) + " = " + Self.write($0.node.value) + "\n" }.joined()
            do {
                let back = try TOML.parse(text)
                #expect(TOMLValue.table(back).sameContent(as: .table(doc)), "written as:\n\(text)")
            } catch {
                Issue.record("\(error) in:\n\(text)")
            }
        }
    }
}
