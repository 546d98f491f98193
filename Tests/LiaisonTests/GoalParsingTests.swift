import Foundation
import Testing
@testable import Liaison

/// A liaison.toml text and the file name its diagnostics carry.
private struct ConfigText { var text: String; var file: String }

private func config(_ text: String) throws -> (ConfigText, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-goals-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("liaison.toml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return (ConfigText(text: text, file: file.path), dir)
}

@Test func goalsFromLiaisonToml() throws {
    let (cfg, dir) = try config("""
    me = "me"

    [[goal]]
    name = "Seed round"
    kind = "investor"
    industry = ["fintech", "payments"]
    count = 2
    deadline = 2026-06-30

    [[goal]]
    name = "Berlin clients"
    kind = ["client"]
    city = "Berlin"
    tags = "warm"
    text = "logistics"
    new = true
    """)
    defer { try? FileManager.default.removeItem(at: dir) }
    let goals = try WorkspaceConfig(parsing: cfg.text, file: cfg.file).goals
    #expect(goals.count == 2)
    #expect(goals[0] == Goal(name: "Seed round", filter: ContactFilter(kinds: [.investor], industries: ["fintech", "payments"]),
                             count: 2, deadline: ISODate.parse("2026-06-30")))
    #expect(goals[1] == Goal(name: "Berlin clients",
                             filter: ContactFilter(kinds: [.client], tags: ["warm"], cities: ["Berlin"], text: "logistics"),
                             newOnly: true))
}

@Test func badGoalsAreAllReportedAtTheirKeys() throws {
    let (cfg, dir) = try config("""
    [[goal]]
    name = "A"
    kind = "investr"
    count = 0

    [[goal]]
    name = "B"
    colour = "red"
    deadline = "soon"

    [[goal]]
    name = "C"
    """)
    defer { try? FileManager.default.removeItem(at: dir) }
    do {
        _ = try WorkspaceConfig(parsing: cfg.text, file: cfg.file).goals
        Issue.record("expected InputErrors")
    } catch let e as InputErrors {
        let lines = e.diagnostics.map(\.description)
        let f = cfg.file
        #expect(lines.contains { $0.hasPrefix("\(f):3:1: [[goal]] 1 (\"A\") kind: unknown kind \"investr\"") })
        #expect(lines.contains { $0.hasPrefix("\(f):4:1: [[goal]] 1 (\"A\") count: got 0, expected a whole number ≥ 1") })
        #expect(lines.contains { $0.hasPrefix("\(f):8:1: [[goal]] 2 (\"B\") colour: unknown key") })
        #expect(lines.contains { $0.hasPrefix("\(f):9:1: [[goal]] 2 (\"B\") deadline:") })
        #expect(lines.contains { $0.hasPrefix("\(f):11:1: [[goal]] 3 (\"C\") has no filter") })
        #expect(lines.contains { $0.hasPrefix("\(f):6:1: [[goal]] 2 (\"B\") has no filter") })
    }
}

@Test func goalsFromTheCommandLine() throws {
    let g = try Goal(commandLine: "kind=investor,partner industry=fintech city=\"New York\" count=2 deadline=2026-06-30")
    #expect(g.filter == ContactFilter(kinds: [.investor, .partner], industries: ["fintech"], cities: ["New York"]))
    #expect(g.count == 2 && g.deadline == ISODate.parse("2026-06-30"))
    #expect(try Goal(commandLine: "name='Seed' tags=warm").name == "Seed")
    #expect(try Goal(commandLine: "kind=client new=true").newOnly)
    #expect(try !Goal(commandLine: "kind=client").newOnly)
    #expect(try Goal(commandLine: "  text=платежи  ").filter.text == "платежи")
}

@Test func badCommandLineGoalsSayWhatIsExpected() {
    func message(_ text: String) -> String {
        do { _ = try Goal(commandLine: text); return "" } catch { return "\(error)" }
    }
    #expect(message("kind=investr").contains("unknown kind \"investr\", expected one of me, client"))
    #expect(message("count=two kind=client").contains("count=two: expected a whole number ≥ 1"))
    #expect(message("investor").contains("\"investor\" is not key=value"))
    #expect(message("colour=red").contains("unknown key \"colour\""))
    #expect(message("city=\"New York").contains("quote \" is not closed"))
    #expect(message("count=2").contains("no filter"))
    #expect(message("kind=client new=maybe").contains("new=maybe: expected true or false"))
    #expect(message("deadline=soon kind=client").contains("deadline=soon: expected an ISO 8601 date"))
}
