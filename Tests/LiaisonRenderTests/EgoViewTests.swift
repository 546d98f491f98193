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
    #expect(d.preferredEngine == .neato && d.pinned?.rings.count == 2)
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
    // Outer rings capped at 1 contact: ego 0, ring 1 = {1}, ring 2 = {5} (score 3 before 2's 2) and
    // a "+1 more" box for 2; ring 3 (3) hangs under 2, which is not drawn, so it is left out too.
    var options = ViewOptions()
    options.outerRingLimit = 1
    let d = EgoView.drawing(try pathInput(), ego: 0, hops: 4, options: options)
    #expect(d.nodes.map(\.id) == ["p0", "p1", "p5", "more via p1"])
    #expect(d.nodes.last?.label == ["+1 more"])
    #expect(d.notes.contains { $0.contains("3 of the 6 contacts within 4 hops are not drawn (1 of them counted") })
    options.full = true
    let all = EgoView.drawing(try pathInput(), ego: 0, hops: 4, options: options)
    #expect(all.nodes.count == 6)
}
