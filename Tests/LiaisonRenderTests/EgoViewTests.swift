import Testing
import LiaisonGraph
@testable import LiaisonRender

/// Path 0–1–2–3–4 with a pendant 1–5: from 0, hops are [0, 1, 2, 3, 4, 2].
private func pathInput(directed: Bool = false) throws -> DrawingInput {
    let g = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (1, 5)], directed: directed)
    return DrawingInput(graph: g, ids: (0 ..< 6).map { "p\($0)" },
                        size: NodeMeasure(name: "score", values: [1, 5, 2, 1, 1, 3]))
}

@Test func egoViewKeepsNodesWithinHopsAndCentresTheEgo() throws {
    let d = EgoView.drawing(try pathInput(), ego: 0, hops: 2)
    #expect(Set(d.nodes.map(\.id)) == ["p0", "p1", "p2", "p5"])
    #expect(d.nodes[0].id == "p0" && d.nodes[0].emphasis.contains(.ego) && d.root == 0)
    #expect(d.edges.count == 3)
    #expect(d.preferredEngine == .twopi)
    let hops = Dictionary(uniqueKeysWithValues: d.nodes.map { ($0.id, $0.tooltip.last!) })
    #expect(hops["p2"] == "hops from p0: 2" && hops["p5"] == "hops from p0: 2" && hops["p1"] == "hops from p0: 1")
    #expect(d.nodes[0].label == ["p0"])  // the ego is always labelled
}

@Test func egoViewFollowsArcsBothWaysWhenDirected() throws {
    // Arcs point away from 4 when reversed: from 2, hops 1 reaches 1 (out-arc 1→2 is an in-arc of 2) and 3.
    let d = EgoView.drawing(try pathInput(directed: true), ego: 2, hops: 1)
    #expect(Set(d.nodes.map(\.id)) == ["p1", "p2", "p3"])
}

@Test func cappedEgoViewKeepsEveryRingConnected() throws {
    // Cap 3 nodes: ego 0, then ring 1 = {1}, ring 2 = {2, 5} ranked by score: 5 (3) before 2 (2).
    let d = EgoView.drawing(try pathInput(), ego: 0, hops: 4, options: ViewOptions(summaryThreshold: 3))
    #expect(d.nodes.map(\.id) == ["p0", "p1", "p5"])
    #expect(d.notes.contains { $0.contains("3 of the 6 contacts within 4 hops are left out") })
    let all = EgoView.drawing(try pathInput(), ego: 0, hops: 4, options: ViewOptions(full: true, summaryThreshold: 3))
    #expect(all.nodes.count == 6)
}
