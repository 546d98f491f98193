import Foundation
import Testing

/// One definition of a tie (an unordered pair with a positive strength as of the date) and of a
/// component, used by every command: the numbers two commands both print are the same number.
@Suite struct CountConsistencyTests {
    let demo = packageRoot.appendingPathComponent("data/demo").path

    @Test func tiesAndComponentsAgreeAcrossCommands() throws {
        let summaryRun = try runLiaison(["summary", demo, "--format", "json"])
        let summary = try #require(JSONSerialization.jsonObject(with: Data(summaryRun.stdout.utf8)) as? [String: Any])
        let ties = try #require(ParsedCSV(try runLiaison(["ties", demo, "--format", "csv", "--top", "0"]).stdout))
        let edges = try #require(ParsedCSV(try runLiaison(["bridges", demo, "--edges-only", "--format", "csv"]).stdout))
        let contacts = try #require(summary["contacts"] as? Int)
        let tieCount = try #require(summary["ties"] as? Int)

        #expect(ties.rows.count == tieCount)
        #expect(edges.rows.count == tieCount)
        #expect(ties.column("strength").allSatisfy { (Double($0) ?? 0) > 0 })

        // Components counted here from the ties CSV with a union–find of our own, isolated
        // contacts (no tie) each a component of their own.
        let ids = try #require(ParsedCSV(try String(contentsOfFile: demo + "/contacts.csv", encoding: .utf8))).column("id")
        #expect(ids.count == contacts)
        var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        func find(_ x: String) -> String {
            var x = x
            while parent[x]! != x { parent[x] = parent[parent[x]!]!; x = parent[x]! }
            return x
        }
        for row in ties.rows { parent[find(row[0])] = find(row[1]) }
        let components = Set(ids.map(find)).count
        #expect(summary["components"] as? Int == components)

        // The report's key figures say the same.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("r.html").path
        #expect(try runLiaison(["report", demo, "-o", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<dt>ties</dt><dd>\(tieCount)</dd>"), "the report's ties figure")
        #expect(page.contains("<dt>contacts</dt><dd>\(contacts)</dd>"))
    }

    @Test func allListsThePairsWithRecordsButNoStrength() throws {
        let ties = try #require(ParsedCSV(try runLiaison(["ties", demo, "--format", "csv", "--top", "0"]).stdout))
        let all = try #require(ParsedCSV(try runLiaison(["ties", demo, "--format", "csv", "--top", "0", "--all"]).stdout))
        let zero = all.column("strength").filter { Double($0) == 0 }.count
        #expect(all.rows.count == ties.rows.count + zero)
    }
}
