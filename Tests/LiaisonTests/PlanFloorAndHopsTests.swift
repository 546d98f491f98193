import Foundation
import Testing
@testable import Liaison
@testable import LiaisonGraph

// Plans worth sending (issue 14, item 5): a reliability floor under which an introduction route is
// not planned, and fewer hops first among equally reliable routes.

private func fintech(_ specs: [(String, ContactKind)]) -> [Contact] {
    specs.map { Contact(id: $0.0, name: $0.0.capitalized, kind: $0.1, industry: "fintech") }
}

private func graph(_ n: Int, _ edges: [(Int, Int, Double)]) throws -> Graph {
    try Graph(nodeCount: n, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
              weights: edges.map(\.2))
}

/// me(0) – anna(1) 0.9 – ivan(2, investor) 0.5: reliability 0.45.
/// me – oleg(3) 0.1 – nina(4, investor) 0.02: reliability 0.002, a hopeless ask.
private func planner() throws -> IntroductionPlanner {
    let contacts = fintech([("me", .me), ("anna", .partner), ("ivan", .investor), ("oleg", .other), ("nina", .investor)])
    let g = try graph(5, [(0, 1, 0.9), (1, 2, 0.5), (0, 3, 0.1), (3, 4, 0.02)])
    return IntroductionPlanner(graph: g, contacts: contacts, ego: 0)
}

@Test func routesBelowTheFloorAreColdOutreachNotPlanned() throws {
    let goal = Goal(name: "investors", filter: ContactFilter(kinds: [.investor]), count: 2)
    let plan = try planner().plan(goals: [goal])
    // Default floor 0.05: ivan (0.45) is planned, nina (0.1 × 0.02 = 0.002) is not.
    #expect(plan.asks.map(\.target) == [2])
    let nina = try #require(plan.goals[0].targets.first { $0.contact == 4 })
    #expect(nina.status == .coldOutreach)
    #expect(abs(try #require(nina.reliability) - 0.002) < 1e-12)
    #expect(nina.bestRoute?.nodes == [0, 3, 4])
    #expect(plan.goals[0].shortfall == 1)
    // With the floor at 0.001 the hopeless ask is planned again (the old behaviour).
    var loose = try planner()
    loose.options.minReliability = 0.001
    #expect(try loose.plan(goals: [goal]).asks.map(\.target) == [2, 4])
}

@Test func theFloorIsReadFromLiaisonToml() throws {
    #expect(try WorkspaceConfig(parsing: "[plan]\nmin_reliability = 0.2\n").planning.minReliability == 0.2)
    #expect(try WorkspaceConfig(parsing: "").planning.minReliability == 0.05)
    #expect {
        try WorkspaceConfig(parsing: "[plan]\nmin_reliability = 1.5\n")
    } throws: { error in
        guard let e = error as? InputErrors else { return false }
        return e.diagnostics.count == 1 && e.diagnostics[0].description.hasPrefix("liaison.toml:2:19:")
    }
}

@Test func equallyReliableRoutesFewestHopsFirst() throws {
    // Unweighted (all weights 1): me(0) reaches t(7) by 0–1–7 (2 hops), 0–2–3–7 (3 hops) and
    // 0–4–5–6–7 (4 hops); every route has reliability 1. Listed by hops: 2, 3, 4 — whatever the
    // order of the edges (the 4-hop route is given first).
    let contacts = fintech([("me", .me), ("a", .other), ("b", .other), ("c", .other), ("d", .other), ("e", .other),
                            ("f", .other), ("t", .investor)])
    let g = try graph(8, [(0, 4, 1), (4, 5, 1), (5, 6, 1), (6, 7, 1), (0, 2, 1), (2, 3, 1), (3, 7, 1), (0, 1, 1), (1, 7, 1)])
    var p = IntroductionPlanner(graph: g, contacts: contacts, ego: 0)
    p.options.maxHops = 6
    p.options.paths = 3
    let paths = try p.paths(to: 7)
    #expect(paths.map { $0.nodes.count - 1 } == [2, 3, 4])
    #expect(paths.allSatisfy { $0.reliability == 1 })
}
