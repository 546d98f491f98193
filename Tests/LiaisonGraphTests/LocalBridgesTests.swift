import Testing
@testable import LiaisonGraph

@Suite struct LocalBridgesTests {
    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func matchesNetworkX(_ f: MeasureFixture) {
        let g = f.graph
        let ours = g.localBridges().map { ($0.edge, $0.span) }
        let expected = f.triples("local_bridges")
        #expect(ours.count == expected.count, "\(f.name) local bridge count")
        for ((e, span), (a, b, s)) in zip(ours, expected) {
            #expect(Int(g.edgeSource[e]) == a && Int(g.edgeTarget[e]) == b, "\(f.name) local bridge \(a)–\(b)")
            #expect(span.map(Double.init) == s, "\(f.name) span of \(a)–\(b)")
        }
    }

    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func overlapMatchesFormula(_ f: MeasureFixture) {
        let g = f.graph
        let overlap = g.neighborhoodOverlap()
        for (a, b, o) in f.triples("overlap") {
            let e = (0 ..< g.edgeCount).first { Int(g.edgeSource[$0]) == a && Int(g.edgeTarget[$0]) == b }!
            #expect(close(overlap[e], o!), "\(f.name) overlap \(a)–\(b)")
        }
    }

    /// Square 0–1–2–3–0: no triangles, every edge a local bridge of span 3; adding the chord 0–2
    /// leaves 1–… edges with a common neighbour, so none is a local bridge; a pendant edge has
    /// span ∞ (nil).
    @Test func squareByHand() throws {
        let square = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)])
        #expect(square.localBridges() == (0 ..< 4).map { LocalBridge(edge: $0, span: 3) })
        let chord = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (3, 4)])
        #expect(chord.localBridges() == [LocalBridge(edge: 5, span: nil)])   // edges sorted; 3–4 is last
        #expect(chord.neighborhoodOverlap()[5] == 0)
    }

    @Test func emptyGraph() throws {
        let g = try Graph(nodeCount: 0, edges: [])
        #expect(g.localBridges() == [] && g.neighborhoodOverlap() == [] && g.articulationPoints() == [])
    }
}
