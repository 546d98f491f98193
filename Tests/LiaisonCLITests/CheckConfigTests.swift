import Foundation
import Testing

/// `liaison check` with liaison.toml problems: each table's problems at the line:column of the
/// offending key or value, all at once, exit 65 (issue 12 item 1; issue 19 items 1 and 6).
@Suite struct CheckConfigTests {
    private static let contacts = "id,name,kind\nme,Мария Орлова,me\nanna,Анна Петрова,investor\n"

    /// Runs `liaison check ws` on a workspace whose liaison.toml holds `toml` (bytes as given).
    private func check(_ toml: [UInt8]) throws -> (status: Int32, stdout: String, stderr: String) {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace(["contacts.csv": Self.contacts], named: "ws", in: tmp)
        try Data(toml).write(to: tmp.appendingPathComponent("ws/liaison.toml"))
        let r = try runLiaison(["check", "ws"], in: tmp)
        return (r.status, r.stdout, r.stderr)
    }

    private func check(_ toml: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try check(Array(toml.utf8))
    }

    private func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    @Test func badTieStrengthValueIsPlacedAtTheValue() throws {
        let r = try check("me = \"me\"\n[tie_strength]\nhalf_life_days = 0\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr) == ["ws/liaison.toml:3:18: [tie_strength] half_life_days: got 0, expected a number of days > 0",
                                    "error: 1 error; nothing was written"])
    }

    @Test func badQualityValueIsPlacedAtTheValue() throws {
        // "  valuable   = " is 15 characters: the value starts at column 16.
        let r = try check("[quality]\n  valuable   = 1.5\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr).first == "ws/liaison.toml:2:16: [quality] valuable: got 1.5, expected a quality between 0 and 1")
    }

    @Test func badGoalIsPlacedAtItsKey() throws {
        let r = try check("[[goal]]\nname = \"Seed\"\nkind = \"investr\"\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr).count == 3)
        #expect(lines(r.stderr)[0] == "ws/liaison.toml:1:1: [[goal]] 1 (\"Seed\") has no filter: give at least one of kind, industry, tags, city, organization, text")
        #expect(lines(r.stderr)[1].hasPrefix("ws/liaison.toml:3:1: [[goal]] 1 (\"Seed\") kind: unknown kind \"investr\""))
    }

    /// A goal's `pitch`: a table of sentences per draft language; an unknown language or a
    /// non-string sentence is placed at the `pitch` key; a good one passes.
    @Test func goalPitchIsCheckedAtItsKey() throws {
        let good = try check("me = \"me\"\n[[goal]]\nname = \"Seed\"\nkind = \"investor\"\npitch = { en = \"I'm raising a seed round\", ru = \"Я привлекаю посевной раунд\" }\n")
        #expect(good.status == 0, "\(good.stderr)")
        let r = try check("me = \"me\"\n[[goal]]\nname = \"Seed\"\nkind = \"investor\"\npitch = { de = \"Ich suche\", ru = 3 }\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr) == ["ws/liaison.toml:5:1: [[goal]] 1 (\"Seed\") pitch: unknown language \"de\", expected one of en, ru",
                                    "ws/liaison.toml:5:1: [[goal]] 1 (\"Seed\") pitch: ru: got 3, expected a string",
                                    "error: 2 errors; nothing was written"])
        let notATable = try check("me = \"me\"\n[[goal]]\nname = \"Seed\"\nkind = \"investor\"\npitch = \"Seed\"\n")
        #expect(lines(notATable.stderr).first?.hasPrefix("ws/liaison.toml:5:1: [[goal]] 1 (\"Seed\") pitch: got \"Seed\", expected a table") == true)
    }

    @Test func badPlanValueIsPlacedAtTheValue() throws {
        let r = try check("[plan]\npaths = 3\nmax_hops = 0\nbudget = \"two\"\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr) == ["ws/liaison.toml:3:12: [plan] max_hops: got 0, expected a whole number ≥ 1",
                                    "ws/liaison.toml:4:10: [plan] budget: got \"two\", expected a whole number ≥ 1",
                                    "error: 2 errors; nothing was written"])
    }

    @Test func everyProblemOfEveryTableIsListedWithTheCSVProblems() throws {
        let toml = """
            me = "me"
            [tie_strength]
            colour = "red"
            [tie_strength.weights]
            recency = -2
            [tie_strength.thresholds]
            strong = 0.2
            medium = 0.5
            [quality.weights]
            robot = { revenue = 1 }
            [plan]
            hops = 2
            [[goal]]
            name = "A"
            count = 0
            """
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace(["contacts.csv": Self.contacts + "boris,,client\n", "liaison.toml": toml], named: "ws", in: tmp)
        let r = try runLiaison(["check", "ws"], in: tmp)
        #expect(r.status == 65)
        #expect(r.stdout == "")
        let tsKeys = "channels, declared_weight, dormant_after_days, duration_scale_days, fading_share, fading_window_days, "
            + "frequency_scale, half_life_days, intensity_scale, max_group_size, recency_half_life_days, reply_half_life_hours, thresholds, weights"
        #expect(lines(r.stderr) == [
            "ws/contacts.csv:4:7: empty name: every contact needs a name",
            "ws/liaison.toml:3:1: [tie_strength] colour: unknown key, expected one of \(tsKeys)",
            "ws/liaison.toml:5:11: [tie_strength.weights] recency: got -2, expected a weight ≥ 0 (negative weights would break monotonicity)",
            "ws/liaison.toml:8:10: [tie_strength.thresholds] medium (0.5) is above strong (0.2), expected medium ≤ strong",
            "ws/liaison.toml:10:1: [quality.weights] robot: expected a table named after a kind of contact (me, client, supplier, investor, partner, colleague, mentor, other)",
            "ws/liaison.toml:12:1: [plan] hops: unknown key, expected one of budget, max_hops, min_reliability, paths",
            "ws/liaison.toml:13:1: [[goal]] 1 (\"A\") has no filter: give at least one of kind, industry, tags, city, organization, text",
            "ws/liaison.toml:15:1: [[goal]] 1 (\"A\") count: got 0, expected a whole number ≥ 1",
            "error: 8 errors; nothing was written",
        ])
    }

    @Test func badCurrencyValuesArePlacedAtTheValueOrKey() throws {
        // "base = " is 7 characters: the value starts at column 8; "RUB = " 6: column 7.
        let r = try check("[currency]\nbase = \"eur\"\nfallback = \"EUR\"\n[currency.rates]\nRUB = -1\nrub = 0.01\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr) == [
            "ws/liaison.toml:2:8: [currency] base: got \"eur\", expected an ISO 4217 code in capitals as a string (base = \"EUR\")",
            "ws/liaison.toml:3:1: [currency] fallback: unknown key, expected one of base, default, rates",
            "ws/liaison.toml:5:7: [currency.rates] RUB: got -1, expected a rate > 0: what one RUB is worth in the base currency",
            "ws/liaison.toml:6:1: [currency.rates] rub: expected an ISO 4217 code in capitals (RUB = 0.0105)",
            "error: 4 errors; nothing was written",
        ])
        // A good table is no problem, and "currency" is a known top-level key (no warning).
        let ok = try check("[currency]\nbase = \"EUR\"\ndefault = \"RUB\"\n[currency.rates]\nRUB = 0.0105\n")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(!ok.stderr.contains("unknown key"))
    }

    @Test func planTableSetsThePlannerDefaultsAndOptionsOverrideThem() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        // me → anna → boris → vera: vera is 3 hops away.
        try writeWorkspace([
            "contacts.csv": "id,name,kind\nme,Я,me\nanna,Анна,partner\nboris,Борис,partner\nvera,Вера,investor\n",
            "ties.csv": "a,b,strength\nme,anna,5\nanna,boris,5\nboris,vera,5\n",
            "liaison.toml": "as_of = 2026-03-14\n[plan]\nmax_hops = 2\npaths = 2\nbudget = 1\n[[goal]]\nname = \"V\"\nkind = \"investor\"\n",
        ], named: "ws", in: tmp)
        let limited = try runLiaison(["plan", "ws"], in: tmp)
        #expect(limited.status == 0)
        #expect(limited.stdout.contains("(up to 2 routes per target, at most 2 ties long, at most 1 asks per introducer)"))
        #expect(limited.stdout.contains("Вера (no route within 2 ties)"))
        let open = try runLiaison(["plan", "ws", "--max-hops", "3", "--paths", "4"], in: tmp)
        #expect(open.status == 0)
        #expect(open.stdout.contains("(up to 4 routes per target, at most 3 ties long, at most 1 asks per introducer)"))
        #expect(open.stdout.contains("1 planned"))
    }

    /// Issue 19 item 1: each of these made toml++ abort (exit 134); now a syntax error at its place.
    @Test(arguments: [("[é]", 2), ("[.]", 2), ("[ж]", 2), ("[😀]", 2)])
    func issue19Item1MalformedHeadersAreSyntaxErrors(header: String, column: Int) throws {
        let r = try check("me = \"me\"\n\(header)\n")
        #expect(r.status == 65)
        let first = lines(r.stderr).first ?? ""
        #expect(first.hasPrefix("ws/liaison.toml:2:\(column): TOML syntax error: "), "\(first)")
        #expect(first.contains("found '\(header.dropFirst().dropLast())'"), "\(first)")
    }

    @Test func issue19Item1BracketCarriageReturnIsASyntaxError() throws {
        let r = try check(Array("me = \"me\"\n[".utf8) + [0x0D])
        #expect(r.status == 65)
        #expect(lines(r.stderr).first == "ws/liaison.toml:2:2: TOML syntax error: a carriage return must be followed by a line feed")
    }

    /// Issue 19 item 6: a NUL byte used to end the document silently (as_of and goals vanished).
    @Test func issue19Item6NulByteIsAnErrorAtItsPlace() throws {
        let r = try check(Array("me = \"me\"\nas_of = 2026-03-14".utf8) + [0x00] + Array("\n[[goal]]\nname = \"x\"\nkind = \"investor\"\n".utf8))
        #expect(r.status == 65)
        #expect(lines(r.stderr).first == "ws/liaison.toml:2:19: TOML syntax error: expected the end of the line, found the control character U+0000")
        let inString = try check(Array("me = \"m".utf8) + [0x00] + Array("e\"\n".utf8))
        #expect(inString.status == 65)
        #expect(lines(inString.stderr).first?.hasPrefix("ws/liaison.toml:1:8: TOML syntax error: the control character U+0000 is not allowed in a string") == true)
    }

    @Test func invalidUTF8IsReportedAtItsByte() throws {
        let r = try check(Array("me = \"me\"\n# Мария ".utf8) + [0xFF] + Array("\n".utf8))
        #expect(r.status == 65)
        #expect(lines(r.stderr).first == "ws/liaison.toml:2:9: not valid UTF-8 text (byte 0xFF): save the file as UTF-8")
    }

    @Test func unknownTopLevelKeyIsAWarning() throws {
        let r = try check("me = \"me\"\n[render]\nlayout = \"sfdp\"\n")
        #expect(r.status == 0)
        #expect(r.stderr.contains("ws/liaison.toml:2:2: warning: unknown key render is ignored"))
    }

    /// `team` (issue 15 item 4): a known key; each member a contact id or "me", placed at its string.
    @Test func teamIsAKnownKeyAndItsMembersArePlaced() throws {
        let good = try check("me = \"me\"\nteam = [\"me\", \"anna\"]\n")
        #expect(good.status == 0)
        #expect(!good.stderr.contains("unknown key"))
        // `team = [` is 8 characters: "me" starts at column 9, "nobody" at 15.
        let r = try check("me = \"me\"\nteam = [\"me\", \"nobody\", 3, \"anna\", \"anna\"]\n")
        #expect(r.status == 65)
        #expect(lines(r.stderr) == [
            "ws/liaison.toml:2:15: team: 'nobody' names no contact: no row of contacts.csv has this id",
            "ws/liaison.toml:2:25: team: every member must be a contact id as a string (team = [\"me\", \"olga\"])",
            "ws/liaison.toml:2:36: team: anna is listed twice",
            "error: 3 errors; nothing was written"])
        let notAList = try check("team = \"me\"\n")
        #expect(lines(notAList.stderr).first == "ws/liaison.toml:1:8: team must be a list of contact ids (team = [\"me\", \"olga\"])")
    }
}
