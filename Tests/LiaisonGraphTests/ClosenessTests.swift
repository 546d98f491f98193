import Testing
@testable import LiaisonGraph

@Suite struct ClosenessTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        let both = f.graph.closenessAndHarmonic()
        expectColumn(both.closeness, f.values("closeness"), "closeness", f)
        expectColumn(both.harmonic, f.values("harmonic"), "harmonic", f)
        expectColumn(f.graph.closeness(threads: 1), f.values("closeness"), "closeness(threads: 1)", f)
    }

    @Test func pathByHand() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(g.closeness() == [2.0 / 3.0, 1, 2.0 / 3.0])   // 2/(1+2), 2/(1+1)
        #expect(g.harmonic() == [1.5, 2, 1.5])                // 1 + 1/2
    }

    /// Wasserman–Faust: an isolated node scores 0; a pair in a 4-node graph scores (1/1)·(1/3).
    @Test func disconnectedAndDirected() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1)])
        #expect(g.closeness() == [1.0 / 3.0, 1.0 / 3.0, 0, 0])
        #expect(g.harmonic() == [1, 1, 0, 0])
        // Directed: closeness uses in-distances. 0 → 1 → 2: node 2 is reached by 0 (2 hops) and 1.
        let d = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: true)
        #expect(d.closeness() == [0, 1.0 / 1.0 * (1.0 / 2.0), 2.0 / 3.0 * (2.0 / 2.0)])
        #expect(d.harmonic() == [0, 1, 1.5])
    }

    /// Weighted: lengths are 1/w, so a strong tie (w = 4) is a short edge.
    @Test func weightedUsesInverseWeights() throws {
        let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 4), (1, 2, 2)])
        // d(0,1) = 1/4, d(1,2) = 1/2, d(0,2) = 3/4.
        let expected: [Double] = [4.0 + 4.0 / 3.0, 4.0 + 2.0, 2.0 + 4.0 / 3.0]
        let h = g.harmonic()
        #expect(zip(h, expected).allSatisfy { close($0, $1) })
    }

    @Test func emptyGraph() throws {
        let g = try Graph(nodeCount: 0, edges: [])
        #expect(g.closeness() == [] && g.harmonic() == [])
    }
}
