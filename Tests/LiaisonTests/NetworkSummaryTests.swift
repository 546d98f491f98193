import Foundation
import LiaisonGraph
import Testing
@testable import Liaison

@Test func networkSummaryCountsComponentsAndDensityByHand() throws {
    // 0–1–2 path, 3–4 edge, 5 isolated; a parallel edge and a self-loop in the input.
    let g = try Graph(nodeCount: 6, sources: [0, 1, 1, 3, 2], targets: [1, 2, 0, 4, 2])
    let s = NetworkSummary(graph: g)
    #expect(s.nodes == 6)
    #expect(s.edges == 3)
    #expect(s.components == 3)
    #expect(s.largestComponent == 3)
    #expect(s.isolated == 1)
    // 2m / (n(n−1)) = 6 / 30.
    #expect(s.density == 0.2)
    #expect(s.selfLoopsDropped == 1 && s.parallelEdgesMerged == 1)
}

@Test func directedSummaryUsesWeakComponents() throws {
    // 0→1, 2→1: one weak component of 3; 3 alone. Density m / (n(n−1)) = 2 / 12.
    let g = try Graph(nodeCount: 4, edges: [(0, 1), (2, 1)], directed: true)
    let s = NetworkSummary(graph: g)
    #expect(s.components == 2 && s.largestComponent == 3 && s.isolated == 1)
    #expect(s.density == 2.0 / 12.0)
    #expect(NetworkSummary(graph: try Graph(nodeCount: 0, edges: [])).components == 0)
}

@Test func workspaceSummaryCountsKindsDatesAndTopContacts() throws {
    let day = { (d: String) in ISODate.parse(d)! }
    let ws = Workspace(
        contacts: [Contact(id: "me", name: "Я", kind: .me), Contact(id: "a", name: "A", kind: .client),
                   Contact(id: "b", name: "B", kind: .client), Contact(id: "c", name: "C", kind: .investor)],
        interactions: [Interaction(date: day("2025-05-01"), from: 0, to: [1, 2]),
                       Interaction(date: day("2024-01-10"), from: 2, to: [0]),
                       Interaction(date: day("2026-02-03"), from: 0, to: [2])],
        ties: [DeclaredTie(a: 1, b: 3)])
    let s = try WorkspaceSummary(ws)
    // Ties are pairs with a positive strength: me–a and me–b. The declared a–c gives no strength
    // and was never touched, so it is no tie (as `liaison ties` and every drawing count it):
    // components {me, a, b} and {c}.
    #expect(s.network.edges == 2)
    #expect(s.network.components == 2)
    #expect(ISODate.dayString(s.firstInteraction!) == "2024-01-10")
    #expect(ISODate.dayString(s.lastInteraction!) == "2026-02-03")
    #expect(s.kinds.first { $0.kind == .client }?.count == 2)
    #expect(s.kinds.first { $0.kind == .mentor }?.count == 0)
    // b: 3 interactions, a: 1; me is left out; c has none.
    #expect(s.topContacts == [.init(index: 2, interactions: 3), .init(index: 1, interactions: 1)])
}
