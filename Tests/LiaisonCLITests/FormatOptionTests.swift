import Foundation
import Testing

/// Every command that prints results takes `--format table|csv|json`; plan and suggest, whose
/// tables were called `text`, still accept that word.
@Suite struct FormatOptionTests {
    let demo = packageRoot.appendingPathComponent("data/demo").path

    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func checkAsJSONListsFilesAndCountsRows() throws {
        let r = try runLiaison(["check", demo, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try json(r.stdout)
        #expect(object["valid"] as? Bool == true)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["contacts.csv", "interactions.csv", "ties.csv", "introductions.csv",
                                                          "deals.csv", "deliveries.csv", "feedback.csv", "liaison.toml"])
        // The row count is the number of lines after the header in the demo's contacts.csv.
        let contacts = try String(contentsOfFile: demo + "/contacts.csv", encoding: .utf8)
        let lines = contacts.split(separator: "\n", omittingEmptySubsequences: true).count - 1
        #expect(files[0]["rows"] as? Int == lines)
        #expect((object["me"] as? [String: Any])?["id"] as? String == "alexey-voronov")
    }

    @Test func checkAsJSONReportsEveryErrorWithItsPlaceAndExits65() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "id,name,kind\na,Anna,client\na,Again,client\nb,Boris,wizard\n"
            .write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        let r = try runLiaison(["check", dir.path, "--format", "json"])
        #expect(r.status == 65)
        let object = try json(r.stdout)
        #expect(object["valid"] as? Bool == false)
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.map { $0["line"] as? Int } == [3, 4])
        #expect(errors.allSatisfy { ($0["file"] as? String)?.hasSuffix("contacts.csv") == true })
    }

    @Test func checkAsCSV() throws {
        let r = try runLiaison(["check", demo, "--format", "csv"])
        let csv = try #require(ParsedCSV(r.stdout))
        #expect(csv.header == ["file", "present", "rows"])
        #expect(csv.rows.count == 8)
    }

    @Test func planAsCSVHasOneRowPerAskAndAgreesWithJSON() throws {
        let csvRun = try runLiaison(["plan", demo, "--format", "csv"])
        let jsonRun = try runLiaison(["plan", demo, "--format", "json"])
        #expect(csvRun.status == 0 && jsonRun.status == 0)
        let csv = try #require(ParsedCSV(csvRun.stdout))
        #expect(csv.header == ["step", "goal", "action", "ask", "ask_name", "target", "target_name", "path",
                               "reliability", "value", "score", "text", "draft_language", "draft"])
        let asks = try #require(try json(jsonRun.stdout)["asks"] as? [[String: Any]])
        #expect(csv.rows.count == asks.count)
        for (row, ask) in zip(csv.rows, asks) {
            #expect(row[5] == (ask["target"] as? [String: Any])?["id"] as? String)
            #expect(row[7] == (ask["path"] as? [String])?.joined(separator: ";"))
            // The draft is the same in both (empty / null when you reach out yourself).
            let draft = ask["draft"] as? [String: Any]
            #expect(row[12] == (draft?["language"] as? String ?? "") && row[13] == (draft?["text"] as? String ?? ""))
            // Both print the same digits; Foundation's JSON parser on Linux may round the last
            // bit, so compare to a relative 1e-15.
            let a = try #require(Double(row[8])), b = try #require(ask["reliability"] as? Double)
            #expect(abs(a - b) <= 1e-15 * abs(b))
        }
    }

    @Test func textStillMeansTheTable() throws {
        for command in ["plan", "suggest"] {
            let text = try runLiaison([command, demo, "--format", "text"])
            let table = try runLiaison([command, demo])
            #expect(text.status == 0 && text.stdout == table.stdout && !table.stdout.isEmpty, "\(command)")
        }
    }

    @Test func suggestAsCSVCountsEveryListOfTheJSON() throws {
        let csv = try #require(ParsedCSV(try runLiaison(["suggest", demo, "--format", "csv"]).stdout))
        let object = try json(try runLiaison(["suggest", demo, "--format", "json"]).stdout)
        let lists = ["introductions": "introduction", "revive": "revive", "fading": "fading", "bridges_at_risk": "bridge_at_risk"]
        for (key, name) in lists {
            let count = (object[key] as? [Any])?.count ?? -1
            #expect(csv.column("list").filter { $0 == name }.count == count, "\(key)")
        }
    }

    @Test func plainGraphPathsAsCSV() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.csv")
        try "source,target,weight\na,b,0.5\nb,c,0.5\na,c,0.2\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "c", "--format", "csv"])
        let csv = try #require(ParsedCSV(r.stdout))
        // a–b–c: 0.5 × 0.5 = 0.25 beats the direct 0.2.
        #expect(csv.rows == [["1", "a;b;c", "2", "0.25"], ["2", "a;c", "1", "0.2"]])
    }
}
