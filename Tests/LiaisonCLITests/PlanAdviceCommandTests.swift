import Foundation
import Testing

/// Issue 14, advice a person can act on (after items 1–6): a goal's own contacts are pitched, not
/// spent as introducers; the draft's language follows the introducer's name and says the goal in
/// that language; `suggest` names each person at most once per list.
@Suite struct PlanAdviceCommandTests {
    /// Анна (a fintech investor you know) and her analyst Ксения; Елена (a mentor) knows William
    /// (a fintech investor in London). Goal "investors in fintech, 3": Анна herself, William via
    /// Елена; Ксения not (her firm is Анна's, and her only route is through Анна).
    static let workspace: [String: String] = [
        "contacts.csv": """
            id,name,kind,organization,industry,city,title
            me,Алексей Воронов,me,Routely,software,Berlin,
            anna,Анна Петрова,investor,Север Капитал,fintech,Moscow,Partner
            ksenia,Ксения Виноградова,investor,Север Капитал,fintech,Moscow,Аналитик
            elena,Елена Кузнецова,mentor,,fintech,Moscow,
            william,William Harris,investor,Harbor Pay,fintech,London,Partner

            """,
        "ties.csv": "a,b,strength\nme,anna,3\nanna,ksenia,5\nme,elena,5\nelena,william,5\n",
        "liaison.toml": """
            me = "me"
            as_of = 2026-11-20
            [[goal]]
            name = "Raise a seed round from fintech investors"
            kind = "investor"
            industry = "fintech"
            count = 3
            pitch = { ru = "Я привлекаю посевной раунд для Routely и встречаюсь с инвесторами в финтехе" }

            """,
    ]

    /// Ксения (no organisation given) is reachable only through Анна, a target of the same goal:
    /// the plan says to pitch Анна, and still gives Ксения the cold-outreach advice with the best
    /// first step; under a floor above that route (0.25 · 0.5 = 0.125, printed 0.12) she is plain cold outreach
    /// (and this checks that `[plan] min_reliability` in liaison.toml reaches `liaison plan`).
    @Test func onlyThroughAnotherTargetStillGetsTheColdOutreachAdvice() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        var ws = Self.workspace
        ws["contacts.csv"] = ws["contacts.csv"]!.replacingOccurrences(of: "ksenia,Ксения Виноградова,investor,Север Капитал,",
                                                                      with: "ksenia,Ксения Виноградова,investor,,")
        try writeWorkspace(ws, named: "ws", in: tmp)
        let text = try runLiaison(["plan", "ws"], in: tmp)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Ксения Виноградова (reachable only through Анна Петрова, who matches this goal: pitch them instead; "
                                     + "no warm route of its own: cold outreach; best first step: ask Анна Петрова, or write to them yourself)"),
                "\(text.stdout)")
        ws["liaison.toml"] = ws["liaison.toml"]! + "[plan]\nmin_reliability = 0.2\n"
        try writeWorkspace(ws, named: "strict", in: tmp)
        let strict = try runLiaison(["plan", "strict"], in: tmp)
        #expect(strict.stdout.contains("Ксения Виноградова (no warm route: the best is 0.12, under min_reliability 0.20; cold outreach; "
                                       + "best first step: ask Анна Петрова, or write to them yourself)"), "\(strict.stdout)")
    }

    @Test func aGoalsOwnContactIsPitchedAndTheDraftIsInTheIntroducersLanguage() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace(Self.workspace, named: "ws", in: tmp)
        let r = try runLiaison(["plan", "ws", "--format", "json"], in: tmp)
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let asks = plan["asks"] as! [[String: Any]]
        // Declared strengths on the 1–5 scale are s/10 here: you–Анна 3 → 0.25 (weak); 5 → 0.5.
        // Анна herself 0.25 and William via Елена 0.5·0.5 = 0.25 are equally reliable: fewer hops first.
        #expect(asks.map { $0["path"] as! [String] } == [["me", "anna"], ["me", "elena", "william"]])
        #expect(asks.map { $0["reliability"] as! Double } == [0.25, 0.25])
        let draft = asks[1]["draft"] as! [String: Any]
        // To Елена about William: Russian (her name), the goal in her language, not its English name;
        // his Latin title "Partner" is left out of a Russian sentence (his kind is said instead).
        #expect(draft["language"] as? String == "ru")
        #expect(draft["text"] as? String == "Елена, добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: "
                + "William Harris (инвестор, Harbor Pay)? Я привлекаю посевной раунд для Routely и встречаюсь с инвесторами в финтехе. "
                + "Насколько я знаю, вы регулярно общаетесь. Достаточно короткого письма нам обоим — могу прислать пару строк о себе для пересылки. Спасибо! Алексей")
        let targets = (plan["goals"] as! [[String: Any]])[0]["targets"] as! [[String: Any]]
        // Ксения is Анна's analyst: one pitch per organisation (and her only route is through Анна).
        #expect(targets.first { $0["id"] as? String == "ksenia" }?["status"] as? String == "same_organization")
        let text = try runLiaison(["plan", "ws"], in: tmp)
        #expect(text.stdout.contains("Ксения Виноградова (Анна Петрова at Север Капитал is already on this goal; one pitch per organisation)"))
        #expect(!text.stdout.contains("Raise a seed round from fintech investors»"))
    }

    /// One investor and three founders in fintech, all tied to you and not to each other: each
    /// founder complements the investor, but the investor is introduced once; a second investor
    /// takes the next slot. Every name at most once in the list.
    @Test func suggestNamesEachPersonOnce() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace([
            "contacts.csv": """
                id,name,kind,organization,industry,title
                me,Me,me,Routely,software,
                ivan,Ivan Stone,investor,Nord,fintech,Partner
                petr,Petr Gray,investor,Kestrel,fintech,Partner
                a,Ann Lee,other,A Pay,fintech,Founder
                b,Bob Ray,other,B Pay,fintech,Founder
                c,Cy Fox,other,C Pay,fintech,Founder

                """,
            "ties.csv": "a,b,strength\nme,ivan,5\nme,petr,4\nme,a,5\nme,b,4\nme,c,3\n",
            "liaison.toml": "me = \"me\"\nas_of = 2026-11-20\n",
        ], named: "ws", in: tmp)
        let r = try runLiaison(["suggest", "ws", "--format", "json"], in: tmp)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let pairs = (json["introductions"] as! [[String: Any]]).map {
            [($0["a"] as! [String: Any])["id"] as! String, ($0["b"] as! [String: Any])["id"] as! String].sorted()
        }
        // Scores √(s_a s_b)·1 (no mutual contacts): ivan–a is best (both strongest), then petr
        // with the best founder left, b; c and the other pairs are left out.
        #expect(pairs == [["a", "ivan"], ["b", "petr"]])
    }
}
