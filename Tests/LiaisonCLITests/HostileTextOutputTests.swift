import Foundation
import Testing

/// Issue 19 item 5: terminal injection through `--format csv` and `--format json`.
@Suite struct HostileTextOutputTests {
    /// ESC ] 0 ; title BEL ESC [ 2 J, a C1 CSI, RLO … PDF and LRM/RLM/ALM around Cyrillic, CJK and emoji.
    static let name = "Иван \u{1B}]0;pwned\u{07}\u{1B}[2J 王小明 \u{9B}31m \u{202E}evil\u{202C} \u{200E}\u{200F}\u{061C} 😀 end"
    /// An id with a clear-screen sequence, a C1 CSI and an override (ids reach the CSV of `ties`).
    static let id = "x\u{1B}[2J\u{9B}y\u{202E}"

    /// The characters no output may hold raw (C0 but LF, DEL, C1, bidi controls and marks).
    static func forbidden(in text: String) -> [String] {
        text.unicodeScalars.filter { u in
            let v = u.value
            return (v <= 0x1F && v != 0x0A) || v == 0x7F || (0x80 ... 0x9F).contains(v) || (0x202A ... 0x202E).contains(v)
                || (0x2066 ... 0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static func workspace() throws -> URL {
        let dir = try temporaryDirectory()
        func write(_ file: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(file)) }
        try write("contacts.csv", "id,name,kind\nme,Me,me\n\(id),\(name),client\nbob,Bob,partner\n")
        try write("interactions.csv", """
        date,from,to,channel
        2026-05-01,me,\(id),email
        2026-05-02,me,bob,email
        2026-05-03,bob,\(id),meeting

        """)
        try write("liaison.toml", "me = \"me\"\nas_of = 2026-06-01\n")
        return dir
    }

    @Test func issue19Item5_tiesCSVWritesNoRawControlOrBidiCharacter() throws {
        let ws = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.forbidden(in: r.stdout).isEmpty, "\(Self.forbidden(in: r.stdout))")
        // The hostile id is there, each hostile character shown as U+FFFD.
        #expect(r.stdout.contains("x\u{FFFD}[2J\u{FFFD}y\u{FFFD}"))
        #expect(r.stdout.split(separator: "\n").count == 4)   // header and three pairs
    }

    @Test func issue19Item5_tiesJSONEscapesEveryControlAndBidiCharacter() throws {
        let ws = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: ws) }
        let r = try runLiaison(["ties", ws.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.forbidden(in: r.stdout).isEmpty, "\(Self.forbidden(in: r.stdout))")
        for piece in ["Иван", "王小明", "😀", "\\u001b]0;pwned\\u0007\\u001b[2J", "\\u009b31m", "\\u202eevil\\u202c",
                      "\\u200e\\u200f\\u061c"] {
            #expect(r.stdout.contains(piece), "\(piece)")
        }
        // Lossless: the parsed JSON holds the name and the id exactly.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let ties = try #require(root["ties"] as? [[String: Any]])
        let names = Set(ties.flatMap { [$0["a_name"] as? String, $0["b_name"] as? String].compactMap { $0 } })
        let ids = Set(ties.flatMap { [$0["a"] as? String, $0["b"] as? String].compactMap { $0 } })
        #expect(names.contains(Self.name))
        #expect(ids.contains(Self.id))
    }
}
