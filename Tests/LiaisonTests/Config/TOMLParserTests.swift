import Foundation
import Testing
@testable import Liaison

/// Places, messages and bounds of `TOML.parse` (values are checked against tomllib in
/// TOMLDifferentialTests).
@Suite struct TOMLParserTests {
    private func error(_ bytes: [UInt8]) -> TOMLError? {
        do { _ = try TOML.parse(bytes); return nil } catch { return error }
    }
    private func error(_ text: String) -> TOMLError? { error(Array(text.utf8)) }

    @Test func keysAndValuesCarryLineAndColumnInCharacters() throws {
        let t = try TOML.parse("# Мария\n\"имя\" = \"Анна\" # x\n[t]\n  k.j  =  [ 1, { a = 2 } ]\n[[g]]\n[[g]]\nx = 1979-05-27\n")
        let e = t.entry("имя")!
        #expect(e.keyPosition == TOMLPosition(line: 2, column: 1))
        #expect(e.node.position == TOMLPosition(line: 2, column: 9))
        let table = t["t"]!
        #expect(table.position == TOMLPosition(line: 3, column: 1))
        let k = table.value.table!.entry("k")!
        #expect(k.keyPosition == TOMLPosition(line: 4, column: 3))
        let j = k.node.value.table!.entry("j")!
        #expect(j.keyPosition == TOMLPosition(line: 4, column: 5))
        // "  k.j  =  [ 1, { a = 2 } ]": '[' is character 11, 1 is 13, '{' is 16, 2 is 22.
        #expect(j.node.position == TOMLPosition(line: 4, column: 11))
        let items = j.node.value.array!
        #expect(items.map(\.position) == [TOMLPosition(line: 4, column: 13), TOMLPosition(line: 4, column: 16)])
        #expect(items[1].value.table!.entry("a")!.node.position == TOMLPosition(line: 4, column: 22))
        let g = t["g"]!.value.array!
        #expect(g.map(\.position) == [TOMLPosition(line: 5, column: 1), TOMLPosition(line: 6, column: 1)])
        #expect(g[1].value.table!["x"]!.position == TOMLPosition(line: 7, column: 5))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "ключ = 'Ж'" then a bad value: 'ж' is 2 bytes but one character.
        let e = error("a = 'жж' ?\n")
        #expect(e?.position == TOMLPosition(line: 1, column: 10))
        #expect(e?.message == "expected the end of the line, found '?'")
    }

    @Test func syntaxErrorsArePlacedAtTheOffendingCharacter() {
        #expect(error("a = 1\nb = 012\n")?.position == TOMLPosition(line: 2, column: 5))
        #expect(error("a = 1\na = 2\n")?.description == "2:1: duplicate key a: it is already defined at line 1")
        #expect(error("[t]\nx = 1\n[t]\n")?.description == "3:2: table [t] is already defined (line 1)")
        #expect(error("a = \"x\\qy\"\n")?.position == TOMLPosition(line: 1, column: 7))
        #expect(error("a = 2026-02-30\n")?.message == "day 30 is not in 2026-02 (01–28)")
        #expect(error("a = { x = 1,\n y = 2 }\n")?.message.contains("an inline table stays on one line") == true)
    }

    @Test func invalidUTF8IsPlacedAtItsByte() {
        let e = error(Array("a = 1\nb = \"Жx".utf8) + [0xC3, 0x28] + Array("\"\n".utf8))
        #expect(e?.position == TOMLPosition(line: 2, column: 8))
        #expect(e?.isEncoding == true)
        #expect(e?.message == "not valid UTF-8 text (byte 0xC3): save the file as UTF-8")
    }

    /// Issue 19 item 6: nothing after a NUL byte may be silently dropped.
    @Test func issue19Item6NulByteIsAnErrorWhereverItIs() {
        for (bytes, place) in [
            (Array("a = 1".utf8) + [0] + Array("\nb = 2\n".utf8), TOMLPosition(line: 1, column: 6)),
            (Array("a = \"x".utf8) + [0] + Array("\"\n".utf8), TOMLPosition(line: 1, column: 7)),
            (Array("# x".utf8) + [0] + Array("\n".utf8), TOMLPosition(line: 1, column: 4)),
            ([0] + Array("a = 1\n".utf8), TOMLPosition(line: 1, column: 1)),
            (Array("a = '''x\n".utf8) + [0] + Array("'''\n".utf8), TOMLPosition(line: 2, column: 1)),
        ] {
            let e = error(bytes)
            #expect(e?.position == place, "\(bytes)")
            #expect(e?.message.contains("U+0000") == true, "\(String(describing: e))")
        }
    }

    /// Issue 19 item 1: the headers that made toml++ abort.
    @Test func issue19Item1MalformedHeadersAreErrorsNotCrashes() {
        for (text, found) in [("[é]\n", "'é'"), ("[.]\n", "'.'"), ("[ж]\n", "'ж'"), ("[😀]\n", "'😀'")] {
            let e = error(text)
            #expect(e?.position == TOMLPosition(line: 1, column: 2))
            #expect(e?.message == "expected a key (letters A–Z a–z, digits, _ and - or a quoted string), found \(found)")
        }
        #expect(error([0x5B, 0x0D])?.description == "1:2: a carriage return must be followed by a line feed")
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        _ = try TOML.parse("a = \(deep)\n")
        let tooDeep = String(repeating: "[", count: 100_000)
        #expect(error("a = \(tooDeep)\n")?.message == "arrays and inline tables nested more than 100 deep")
        let tables = String(repeating: "{ a = ", count: 101) + "1" + String(repeating: " }", count: 101)
        #expect(error("a = \(tables)\n")?.message == "arrays and inline tables nested more than 100 deep")
        let key = Array(repeating: "k", count: 101).joined(separator: ".")
        #expect(error("[\(key)]\n")?.message.contains("too deep") == true)
    }

    /// Every prefix and many one-byte mutations of a real liaison.toml: an error or a table, never a trap.
    @Test func truncationsAndMutationsNeverTrap() {
        let text = Array(#"""
            me = "alexey-voronov"  # Алексей
            as_of = 2026-11-20T09:30:00.5+03:00
            [tie_strength.weights]
            intercept = -7.25e0
            "quoted key" = 'lit'
            [[goal]]
            kind = ["investor", 0x1F, 0o17, 0b1, inf, { a.b = """m
            l""" }]
            t = 07:32:00
            """#.utf8)
        var state: UInt64 = 19
        func next() -> UInt64 { // xorshift64
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        for n in 0 ... text.count { _ = try? TOML.parse(Array(text[..<n])) }
        let alphabet: [UInt8] = Array("[]{}=.,\"'#\\\n\r\t 0_x+-:eTZé".utf8) + [0, 0xFF, 0x7F, 0xC3]
        for _ in 0 ..< 20_000 {
            var m = text
            for _ in 0 ..< 1 + Int(next() % 3) {
                m[Int(next() % UInt64(m.count))] = alphabet[Int(next() % UInt64(alphabet.count))]
            }
            _ = try? TOML.parse(m)
        }
    }
}
