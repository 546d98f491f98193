import Foundation
import Testing

@Suite struct PlanCommandTests {
    /// a–b 0.5, b–c 0.5, a–c 0.2, c–d 1, e isolated pair e–f 0.9.
    static let edges = "source,target,weight\na,b,0.5\nb,c,0.5\na,c,0.2\nc,d,1\ne,f,0.9\n"

    func write(_ text: String, name: String = "edges.csv") throws -> URL {
        let file = try temporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func paths(_ json: String) throws -> [(nodes: [String], reliability: Double)] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return (object["paths"] as! [[String: Any]]).map { ($0["nodes"] as! [String], $0["reliability"] as! Double) }
    }

    @Test func edgesJSONContract() throws {
        let file = try write(Self.edges)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = try paths(r.stdout)
        // By hand: a–b–c–d = 0.5·0.5·1 = 0.25; a–c–d = 0.2·1 = 0.2. Most reliable first.
        #expect(p.map(\.nodes) == [["a", "b", "c", "d"], ["a", "c", "d"]])
        #expect(abs(p[0].reliability - 0.25) < 1e-12 && abs(p[1].reliability - 0.2) < 1e-12)
        // --paths 1 and --max-hops 2.
        let one = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--paths", "1", "--format", "json"])
        #expect(try paths(one.stdout).map(\.nodes) == [["a", "b", "c", "d"]])
        let short = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--max-hops", "2", "--format", "json"])
        #expect(try paths(short.stdout).map(\.nodes) == [["a", "c", "d"]])
    }

    @Test func noPathExitsOne() throws {
        let file = try write(Self.edges)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "f", "--format", "json"])
        #expect(r.status == 1)
        #expect(try paths(r.stdout).isEmpty)
        #expect(r.stderr.contains("no path from a to f"))
        let hops = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--max-hops", "1"])
        #expect(hops.status == 1 && hops.stderr.contains("within 1 hops"))
    }

    @Test func weightsOutsideTheUnitIntervalAreRejected() throws {
        let file = try write("source,target,weight\na,b,0.5\nb,c,3\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "c", "--format", "json"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("every weight must be a tie strength in (0, 1]"))
        #expect(r.stderr.contains("b–c has weight 3"))
    }

    @Test func usageErrors() throws {
        let file = try write(Self.edges)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try runLiaison(["plan", "--edges", file.path, "--from", "a"]).status == 64)
        #expect(try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "nobody"]).status == 65)
        #expect(try runLiaison(["plan"]).status == 64)
        #expect(try runLiaison(["plan", "--edges", file.path, "--from", "a", "--to", "d", "--paths", "0"]).status == 64)
    }

    // MARK: workspaces

    /// me–anna and me–oleg; anna and oleg both know boris (investor, fintech); declared strengths.
    func workspace(contactsExtra: String = "", introductions: String? = nil, toml: String? = nil,
                   annaName: String = "Анна Петрова") throws -> URL {
        let dir = try temporaryDirectory()
        try """
        id,name,kind,organization,title,industry,city,tags
        me,Alex Morgan,me,,,,,
        anna,"\(annaName)",partner,Nord,,fintech,Berlin,\(contactsExtra)
        oleg,Oleg Sidorov,colleague,,,,,
        boris,Борис Иванов,investor,Nord Capital,,fintech,Berlin,
        """.write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        try """
        a,b,strength
        me,anna,1
        me,oleg,0.6
        anna,boris,0.8
        oleg,boris,0.9
        """.write(to: dir.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        if let introductions {
            try introductions.write(to: dir.appendingPathComponent("introductions.csv"), atomically: true, encoding: .utf8)
        }
        try (toml ?? """
        as_of = 2026-03-14

        [[goal]]
        name = "Seed"
        kind = "investor"
        industry = "fintech"
        """).write(to: dir.appendingPathComponent("liaison.toml"), atomically: true, encoding: .utf8)
        return dir
    }

    private func asks(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return object["asks"] as! [[String: Any]]
    }

    private func askedID(_ ask: [String: Any]) -> String? { (ask["ask"] as? [String: Any])?["id"] as? String }

    @Test func workspacePlanAsksTheStrongerIntroducer() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runLiaison(["plan", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let a = try asks(r.stdout)
        #expect(a.count == 1)
        #expect(askedID(a[0]) == "anna")
        #expect(a[0]["path"] as? [String] == ["me", "anna", "boris"])
        #expect(a[0]["action"] as? String == "ask_introduction")
        #expect((a[0]["text"] as? String)?.hasPrefix("Ask Анна Петрова (") == true)
        let text = try runLiaison(["plan", dir.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("to introduce you to Борис Иванов, investor at Nord Capital, fintech — path reliability"))
    }

    @Test func workspaceDoNotAskAndDeclinedIntroductionsReroute() throws {
        let tagged = try workspace(contactsExtra: "do-not-ask")
        defer { try? FileManager.default.removeItem(at: tagged) }
        let r = try runLiaison(["plan", tagged.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try asks(r.stdout).map(askedID) == ["oleg"])

        let declined = try workspace(introductions: "date,introducer,from,to,status\n2026-01-10,anna,me,boris,declined\n")
        defer { try? FileManager.default.removeItem(at: declined) }
        let d = try runLiaison(["plan", declined.path, "--format", "json"])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(try asks(d.stdout).map(askedID) == ["oleg"])
    }

    @Test func goalsFromTheCommandLineAndErrors() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byName = try runLiaison(["plan", dir.path, "--goal", "seed", "--format", "json"])
        #expect(byName.status == 0)
        #expect(try asks(byName.stdout).count == 1)
        let filter = try runLiaison(["plan", dir.path, "--goal", "kind=colleague", "--format", "json"])
        #expect(filter.status == 0)
        #expect(try asks(filter.stdout).map { $0["action"] as? String } == ["reach_out"])
        let unknown = try runLiaison(["plan", dir.path, "--goal", "Series B"])
        #expect(unknown.status == 64 && unknown.stderr.contains("no [[goal]] with this name"))
        let bad = try runLiaison(["plan", dir.path, "--goal", "kind=investr"])
        #expect(bad.status == 64 && bad.stderr.contains("unknown kind"))
    }

    @Test func badGoalInLiaisonTomlExits65WithItsPlace() throws {
        let dir = try workspace(toml: "as_of = 2026-03-14\n\n[[goal]]\nname = \"Seed\"\nkind = \"investor\"\ncount = -1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runLiaison(["plan", dir.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("liaison.toml:6:1: [[goal]] 1 (\"Seed\") count: got -1, expected a whole number ≥ 1"))
    }
}

extension PlanCommandTests {
    @Test func hostileNamesAreInertInTextAndExactInJSON() throws {
        let hostile = "Anna\u{1B}[2J\u{202E}<script>"
        let dir = try workspace(annaName: hostile)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try runLiaison(["plan", dir.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(!text.stdout.contains("\u{1B}") && !text.stdout.contains("\u{202E}"))
        #expect(text.stdout.contains("Ask Anna\u{FFFD}[2J\u{FFFD}<script> ("))
        let json = try runLiaison(["plan", dir.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let ask = (object["asks"] as! [[String: Any]])[0]["ask"] as! [String: Any]
        #expect(ask["name"] as? String == hostile)
        #expect(!json.stdout.contains("<script>"))   // escaped as \u003c in JSON
    }
}

extension PlanCommandTests {
    @Test func drawsThePlan() throws {
        let dir = try workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.dot")
        let r = try runLiaison(["plan", dir.path, "--draw", file.path])
        if r.status == 69 { return }   // no Graphviz engine on this machine: said so, nothing to check
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.contains("Борис Иванов") && dot.contains("Анна Петрова"))
        #expect(try runLiaison(["plan", dir.path, "--draw", dir.appendingPathComponent("plan.txt").path]).status == 64)
    }
}
