import Foundation
import Testing

/// Issue 14 end to end: money in its currency (item 2), bridges named by the groups they connect
/// and `--groups` (item 4), drafts of the request in `plan` and `suggest` (item 5).
@Suite struct MoneyAndDraftCommandTests {
    static let contacts = "id,name,kind,organization,industry,city\nme,Me,me,,,\nanna,Anna,client,,,\n"

    @Test func badCurrencyIsAnErrorAtItsCell() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        // "2026-05-01,anna,100," is 20 characters: the currency starts at column 21.
        try writeWorkspace(["contacts.csv": Self.contacts,
                            "deals.csv": "date,contact,amount,currency,status\n2026-04-01,anna,50,eur,won\n2026-05-01,anna,100,EURO,won\n2026-06-01,anna,100,€,won\n"],
                           named: "ws", in: tmp)
        let r = try runLiaison(["contacts", "ws"], in: tmp)
        #expect(r.status == 65)
        #expect(r.stdout == "")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines == ["ws/deals.csv:3:21: currency 'EURO' is not an ISO 4217 code: expected three letters A–Z (EUR, RUB, PLN)",
                          "ws/deals.csv:4:21: currency '€' is not an ISO 4217 code: expected three letters A–Z (EUR, RUB, PLN)",
                          "error: 2 errors; nothing was written"])
    }

    @Test func unratedCurrencyIsWarnedOnStderrAndInJSON() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace(["contacts.csv": Self.contacts,
                            "deals.csv": "date,contact,amount,currency,status\n2026-04-01,anna,1000000,RUB,won\n2026-05-01,anna,200,USD,won\n",
                            "liaison.toml": "me = \"me\"\nas_of = 2026-11-20\n[currency]\nbase = \"EUR\"\n[currency.rates]\nRUB = 0.01\n"],
                           named: "ws", in: tmp)
        let r = try runLiaison(["contacts", "ws", "--format", "json"], in: tmp)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: 1 won deal in USD (200 USD): no rate to EUR"))
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let anna = rows.first { $0["id"] as? String == "anna" }!
        // 1,000,000 RUB × 0.01 = 10,000 EUR; the 200 USD stay apart.
        #expect(anna["revenue"] as? Double == 10_000)
        #expect(anna["revenue_apart"] as? [String: Double] == ["USD": 200])
        #expect((anna["money_warning"] as? String)?.contains("no rate to EUR: 200 USD") == true)
        // liaison check lists the warning at the first USD deal's currency cell.
        let check = try runLiaison(["check", "ws"], in: tmp)
        #expect(check.stderr.contains("ws/deals.csv:3:21: warning: won deals in USD have no rate to EUR"))
    }

    /// Vera bridges two pairs: Anna and Tom (fintech, London; ties to her of strength 5 on the 1–5
    /// scale) and Ola and Piotr (logistics, Warsaw; 4). By hand: two groups of two neighbours,
    /// fintech/London first (more summed strength), people by strength, then name.
    @Test func groupsChangeWhatABridgeConnects() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace([
            "contacts.csv": """
                id,name,kind,organization,industry,city
                me,Me,me,Routely,software,Berlin
                vera,Vera Lind,partner,Lind Consulting,consulting,Berlin
                anna,Anna Ivanova,investor,Nord Capital,fintech,London
                tom,Tom Baker,investor,Kestrel,fintech,London
                ola,Ola Kowalska,client,Trans-Pol,logistics,Warsaw
                piotr,Piotr Nowak,client,Cargo-Pol,logistics,Warsaw

                """,
            "ties.csv": "a,b,strength\nme,vera,5\nvera,anna,5\nvera,tom,5\nanna,tom,5\nvera,ola,4\nvera,piotr,4\nola,piotr,4\n",
            "liaison.toml": "me = \"me\"\nas_of = 2026-11-20\n",
        ], named: "ws", in: tmp)
        func reason(_ groups: String) throws -> String {
            let r = try runLiaison(["bridges", "ws", "--format", "json", "--groups", groups], in: tmp)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            let vera = (json["contacts"] as! [[String: Any]]).first { $0["id"] as? String == "vera" }!
            return vera["reason"] as! String
        }
        #expect(try reason("industry").hasPrefix("Connects fintech (Anna Ivanova, Tom Baker) with logistics (Ola Kowalska, Piotr Nowak); "))
        #expect(try reason("city").hasPrefix("Connects London (Anna Ivanova, Tom Baker) with Warsaw (Ola Kowalska, Piotr Nowak); "))
        #expect(try reason("organization").hasPrefix("Connects Kestrel (Tom Baker) with Nord Capital (Anna Ivanova); "))
        // Communities (Leiden): {me, Vera, Anna, Tom} and {Ola, Piotr}. By the CommunityLabels rule:
        // the first has industries software, consulting, fintech, fintech → fintech (2 of 4, half);
        // organisations of the two fintech members (Nord Capital, Kestrel) differ → none; cities of
        // the two fintech members: London 2 of 2 → "fintech · London" (over all four members
        // Berlin 2 and London 2 would tie and Unicode order would give "fintech · Berlin", a label
        // that fits none of them); the second "logistics · Warsaw".
        let community = try reason("community")
        #expect(community.hasPrefix("Connects fintech · London (Anna Ivanova, Tom Baker) with logistics · Warsaw (Ola Kowalska, Piotr Nowak); "))
        // Ola is on no shortest path between others (Piotr and Vera are tied): no "connects".
        let r = try runLiaison(["bridges", "ws", "--format", "json"], in: tmp)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let ola = (json["contacts"] as! [[String: Any]]).first { $0["id"] as? String == "ola" }!
        #expect((ola["reason"] as! String).hasPrefix("Not a bridge"))
        #expect(json["community_labels"] as! [String] == ["fintech · London", "logistics · Warsaw"])
    }

    @Test func planAndSuggestCarryADraft() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace([
            "contacts.csv": """
                id,name,kind,organization,industry,title
                me,Алексей Воронов,me,Routely,software,
                olga,Ольга Смирнова,mentor,Север,fintech,
                ivan,Иван Петров,investor,Вектор,fintech,Партнёр

                """,
            "ties.csv": "a,b,strength\nme,olga,5\nolga,ivan,5\n",
            "liaison.toml": "me = \"me\"\nas_of = 2026-11-20\n[[goal]]\nname = \"Seed\"\nkind = \"investor\"\n",
        ], named: "ws", in: tmp)
        let text = try runLiaison(["plan", "ws"], in: tmp)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Draft to Ольга Смирнова: Ольга, добрый день! Не могли бы вы познакомить меня с человеком из вашего круга: Иван Петров (Партнёр, Вектор)?"))
        let csv = try runLiaison(["plan", "ws", "--format", "csv"], in: tmp)
        let header = csv.stdout.split(separator: "\n").first.map(String.init)
        #expect(header == "step,goal,action,ask,ask_name,target,target_name,path,reliability,value,score,text,draft_language,draft")
        #expect(csv.stdout.contains(",ru,\"Ольга, добрый день!"))
        let json = try runLiaison(["plan", "ws", "--format", "json"], in: tmp)
        let plan = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let draft = (plan["asks"] as! [[String: Any]])[0]["draft"] as! [String: Any]
        #expect(draft["language"] as? String == "ru" && (draft["to"] as! [String: Any])["id"] as? String == "olga")
    }

    /// suggest: a client and a supplier in logistics, both tied to you and not to each other, both
    /// Cyrillic → a Russian draft of your offer to the first, in text, CSV and JSON.
    @Test func suggestOffersAnIntroductionWithADraft() throws {
        let tmp = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try writeWorkspace([
            "contacts.csv": """
                id,name,kind,organization,industry,title
                me,Alex Stone,me,Routely,software,
                oleg,Олег Никитин,client,Магистраль-Карго,logistics,
                yulia,Юлия Фролова,supplier,Эталон-QA,logistics,Директор

                """,
            "ties.csv": "a,b,strength\nme,oleg,5\nme,yulia,5\n",
            "liaison.toml": "me = \"me\"\nas_of = 2026-11-20\n",
        ], named: "ws", in: tmp)
        let text = try runLiaison(["suggest", "ws"], in: tmp)
        #expect(text.status == 0, "\(text.stderr)")
        let drafts = text.stdout.split(separator: "\n").filter { $0.contains("Draft to ") }
        #expect(drafts.count == 1)
        let expected = ["Олег, добрый день! Хочу предложить вам знакомство: Юлия Фролова (Директор, Эталон-QA). "
                        + "Думаю, вы можете быть полезны друг другу. Если вы оба не против, напишу вам одно письмо на двоих. Alex",
                        "Юлия, добрый день! Хочу предложить вам знакомство: Олег Никитин (клиент, Магистраль-Карго). "
                        + "Думаю, вы можете быть полезны друг другу. Если вы оба не против, напишу вам одно письмо на двоих. Alex"]
        #expect(expected.contains { drafts.first?.hasSuffix($0) == true })
        let csv = try runLiaison(["suggest", "ws", "--format", "csv"], in: tmp)
        #expect(csv.stdout.hasPrefix("list,contact,contact_name,other,other_name,score,strength,past,value,last_touch,detail,draft_language,draft\n"))
        #expect(csv.stdout.contains(",ru,"))
        let json = try JSONSerialization.jsonObject(with: Data(try runLiaison(["suggest", "ws", "--format", "json"], in: tmp).stdout.utf8)) as! [String: Any]
        let intro = (json["introductions"] as! [[String: Any]])[0]
        let draft = intro["draft"] as! [String: Any]
        #expect(draft["language"] as? String == "ru" && expected.contains(draft["text"] as! String))
    }
}
