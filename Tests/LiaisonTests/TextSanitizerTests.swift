import Foundation
import Testing
@testable import Liaison

/// A name that tries everything at once: an OSC window title (ESC ] 0 ; … BEL), a clear screen
/// (ESC [ 2 J), a one-byte C1 CSI (U+009B), a right-to-left override (U+202E … U+202C), the marks
/// LRM, RLM and ALM, between Cyrillic, CJK and emoji (one a ZWJ sequence) that must survive.
let hostileName = "Иван \u{1B}]0;pwned\u{07}\u{1B}[2J 王小明 \u{9B}31m \u{202E}evil\u{202C} \u{200E}\u{200F}\u{061C} 😀 👩‍💻 end"

/// The characters no output may hold raw, written out from issue 19 item 5 and issue 12 item 4
/// (independently of `TextSanitizer`): C0, DEL, C1, bidi embeddings/overrides/isolates and marks.
func isForbiddenRaw(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    return v <= 0x1F || v == 0x7F || (0x80 ... 0x9F).contains(v) || (0x202A ... 0x202E).contains(v)
        || (0x2066 ... 0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
}

/// The forbidden characters in `text`, other than those in `allowed`.
func forbiddenRaw(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> [String] {
    text.unicodeScalars.filter { isForbiddenRaw($0) && !allowed.contains($0) }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
}

/// The letters that must come through every output untouched.
let survivingText = ["Иван", "王小明", "😀", "👩‍💻", "pwned", "evil", "end"]

@Suite struct TextSanitizerTests {
    @Test func definitionCoversTheListAndSparesLetters() {
        for v: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x061C, 0x200B,
                          0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2060, 0x2066, 0x2069, 0x206F, 0xFEFF, 0xFFF9] {
            #expect(TextSanitizer.isHostile(Unicode.Scalar(v)!), "U+\(String(v, radix: 16)) is hostile")
        }
        // Every scalar the brief forbids is hostile.
        for v: UInt32 in 0 ... 0x2FFFF {
            guard let u = Unicode.Scalar(v), isForbiddenRaw(u) else { continue }
            #expect(TextSanitizer.isHostile(u))
        }
        // Letters and the joiners, selectors and tags that scripts and emoji need are not.
        let kept: [ClosedRange<UInt32>] = [0x20 ... 0x7E, 0xA0 ... 0x5FF, 0x4E00 ... 0x9FFF, 0x1F300 ... 0x1FAFF,
                                           0x200C ... 0x200D, 0xFE00 ... 0xFE0F, 0xE0020 ... 0xE007F]
        for range in kept {
            for v in range { #expect(!TextSanitizer.isHostile(Unicode.Scalar(v)!), "U+\(String(v, radix: 16)) kept") }
        }
    }

    @Test func cleanTextIsReturnedAsItIs() {
        let s = "Алексей Воронов, 王小明 😀"
        #expect(TextSanitizer.terminal(s) == s)
        #expect(TextSanitizer.csv(s) == s)
    }

    @Test func terminalTableShowsPlaceholders() {
        var t = TextTable(headers: ["name", "n"], alignments: [.left, .right])
        t.append([hostileName, "1"])
        let out = t.rendered()
        #expect(forbiddenRaw(in: out, allowing: ["\n"]).isEmpty, "\(forbiddenRaw(in: out, allowing: ["\n"]))")
        #expect(out.split(separator: "\n").count == 3)   // header, rule, one row: no line break leaked
        for piece in survivingText { #expect(out.contains(piece), "\(piece) survives") }
        // ESC ] 0 ; pwned BEL ESC [ 2 J → � ] 0 ; pwned � � [ 2 J
        #expect(out.contains("\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2J"))
        #expect(TextTable.sanitize(hostileName) == TextSanitizer.terminal(hostileName))
        #expect(TextSanitizer.terminal("a\tb\nc") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test func csvHasNoRawControlOrBidiCharacter() {
        var w = CSVWriter()
        w.row(["name", "note"])
        w.text(hostileName); w.text("ok"); w.endRow()
        let out = w.output
        #expect(forbiddenRaw(in: out, allowing: ["\n"]).isEmpty, "\(forbiddenRaw(in: out, allowing: ["\n"]))")
        for piece in survivingText { #expect(out.contains(piece), "\(piece) survives") }
        #expect(out.contains("\u{FFFD}[2J"))
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test func csvKeepsTabAndNewlineAndItsFormulaDefence() {
        var w = CSVWriter()
        w.text("a\tb\nc"); w.text("x\ry"); w.text("=SUM(A1)"); w.text("\t=1+1"); w.text("@cmd"); w.text("-2+3")
        w.text("\u{202E}=1+1"); w.text("Иван, \"Ваня\""); w.number(-2.5)
        w.endRow()
        // TAB and LF stay (quoted for LF); a bare CR becomes U+FFFD; formulas get a leading '.
        #expect(w.output == "\"a\tb\nc\",x\u{FFFD}y,'=SUM(A1),'\t=1+1,'@cmd,'-2+3,\u{FFFD}=1+1,\"Иван, \"\"Ваня\"\"\",-2.5\n")
    }

    @Test func jsonEscapesEveryControlAndBidiCharacterLosslessly() throws {
        let value = JSONValue.array([.string(hostileName), .string("\u{2066}x\u{2069}\u{7F}\u{85}\u{FEFF}")])
        let out = value.serialized(pretty: true)
        #expect(forbiddenRaw(in: out, allowing: ["\n"]).isEmpty, "\(forbiddenRaw(in: out, allowing: ["\n"]))")
        for piece in survivingText { #expect(out.contains(piece), "\(piece) survives raw") }
        for escape in ["\\u001b]0;pwned\\u0007\\u001b[2J", "\\u009b31m", "\\u202eevil\\u202c", "\\u200e\\u200f\\u061c",
                       "\\u2066x\\u2069\\u007f\\u0085\\ufeff"] {
            #expect(out.contains(escape), "\(escape)")
        }
        // Lossless: a JSON reader gets the original strings back.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String])
        #expect(parsed == [hostileName, "\u{2066}x\u{2069}\u{7F}\u{85}\u{FEFF}"])
    }

    @Test func jsonOfCleanTextIsUnchanged() {
        #expect(JSONValue.string("Алексей <b>&\n\t\"").serialized() == "\"Алексей \\u003cb\\u003e\\u0026\\n\\t\\\"\"")
    }
}
