import Testing
@testable import Liaison

/// Issue 19 item 8: a 100,000-character name must not pad every table row to that width.
@Suite struct TextTableWidthTests {
    func lineWidths(_ out: String) -> [Int] { out.split(separator: "\n").map { TextTable.width(String($0)) } }

    @Test func issue19Item8_aHugeNameIsCutAndDoesNotPadTheOtherRows() {
        let huge = String(repeating: "a", count: 100_000)
        var t = TextTable(headers: ["name", "org", "score"], alignments: [.left, .left, .right])
        t.append([huge, "Acme", "0.5"])
        t.append(["Bob", huge, "12"])
        let out = t.rendered()
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // 60 + 2 + 60 + 2 + 5 columns at most.
        #expect(lineWidths(out).allSatisfy { $0 <= 129 }, "\(lineWidths(out))")
        #expect(lines[2].hasPrefix(String(repeating: "a", count: 59) + "…  Acme"))
        #expect(lines[3].hasPrefix("Bob" + String(repeating: " ", count: 57) + "  " + String(repeating: "a", count: 59) + "…"))
        // The stored rows keep the whole text; only the rendering is cut.
        #expect(t.rows[0][0].count == 100_000)
    }

    @Test func numbersAreNeverCut() {
        let long = String(repeating: "9", count: 80)
        var t = TextTable(headers: ["name", "amount", "note"], alignments: [.left, .right, .left])
        t.append([long, long, "x"])   // a left-aligned cell that reads as a number is a number too
        let out = t.rendered()
        #expect(out.components(separatedBy: long).count == 3)
    }

    @Test func wideCharactersAndEmojiAreCutWhole() {
        let cjk = String(repeating: "王", count: 100)         // 200 columns
        let emoji = String(repeating: "👩‍💻", count: 40)
        #expect(TextTable.truncated(cjk, toWidth: 60) == String(repeating: "王", count: 29) + "…")
        let cut = TextTable.truncated(emoji, toWidth: 60)
        #expect(TextTable.width(cut) <= 60)
        #expect(cut.hasSuffix("…"))
        #expect(cut.dropLast().allSatisfy { $0 == "👩‍💻" })    // no sequence split
        #expect(TextTable.truncated("Алексей", toWidth: 60) == "Алексей")
        #expect(TextTable.truncated("abcdef", toWidth: 4) == "abc…")
    }

    @Test func theFreeTextLastColumnHasAWiderCap() {
        let sentence = String(repeating: "word ", count: 100)   // 500 columns
        var t = TextTable(headers: ["#", "why"], alignments: [.right, .left])
        t.append(["1", sentence])
        let lines = t.rendered().split(separator: "\n").map(String.init)
        #expect(TextTable.width(lines[2]) == 1 + 2 + TextTable.maxLastCellWidth)
        #expect(lines[2].hasSuffix("…"))
        #expect(TextTable.width(lines[1]) == 1 + 2 + TextTable.maxLastCellWidth)   // the rule too
        // A sentence under the cap is shown whole, as before.
        var short = TextTable(headers: ["#", "why"], alignments: [.right, .left])
        let why = String(repeating: "x", count: 177)
        short.append(["1", why])
        #expect(short.rendered().contains(why))
    }
}

/// Issue 17 item 3: tables fit `$COLUMNS`; text columns are cut, numbers never.
@Suite struct TextTableFitTests {
    func table() -> TextTable {
        var t = TextTable(headers: ["id", "name", "organization", "betweenness", "why"],
                          alignments: [.left, .left, .left, .right, .left])
        t.append(["alexey-voronov", "Алексей Воронов", "Routely GmbH, Berlin office", "0.916712630998", String(repeating: "bridges two groups; ", count: 6)])
        t.append(["li", "李小龙 😀", "Kowloon Trading", "12345678.5", "short"])
        return t
    }

    @Test func fitsEightyColumnsAndKeepsNumbersWhole() {
        var t = table()
        t.maxWidth = 80
        let out = t.rendered()
        let widths = out.split(separator: "\n").map { TextTable.width(String($0)) }
        #expect(widths.allSatisfy { $0 <= 80 }, "\(widths)\n\(out)")
        #expect(out.contains("0.916712630998") && out.contains("12345678.5"))
        // The widest text columns are cut first (why: 120 → about 15, organization: 27 → about
        // 15), so the narrower id (14) stays whole.
        #expect(out.contains("alexey-voronov") && out.contains("Алексей"))
        #expect(!out.contains("Routely GmbH, Berlin office") && !out.contains("bridges two groups; bridges"))
    }

    @Test func narrowTerminalCutsSeveralColumnsButNotBelowTheFloor() {
        var t = table()
        t.maxWidth = 40
        let lines = t.rendered().split(separator: "\n").map(String.init)
        // Cannot fit 40: every text column at its floor (8), the numbers whole.
        #expect(lines[2] == "alexey-…  Алексей…  Routely…  0.916712630998  bridges…", "\(lines)")
        #expect(lines[3] == "li        李小龙 …  Kowloon…      12345678.5  short")
    }

    @Test func noLimitLeavesTheTableAsItWas() {
        var t = table()
        t.maxWidth = nil
        #expect(t.rendered().contains(String(repeating: "bridges two groups; ", count: 3)))
    }
}
