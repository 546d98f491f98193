import Testing
@testable import LiaisonGraph

@Suite struct ConstraintTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        expectColumn(f.graph.burtConstraint(), f.values("constraint"), "constraint", f)
    }

    /// Star with 3 leaves: hub p = 1/3 to each, no indirect paths → 3 · (1/3)² = 1/3; each leaf
    /// has one contact → 1. Isolated node → NaN.
    @Test func starAndIsolatedByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3)])
        let c = g.burtConstraint()
        #expect(close(c[0], 1.0 / 3.0) && c[1] == 1 && c[2] == 1 && c[3] == 1 && c[4].isNaN)
    }

    /// Triangle: p = 1/2 everywhere; local constraint (1/2 + 1/2·1/2)² = 9/16, twice → 9/8.
    @Test func triangleByHand() throws {
        let c = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)]).burtConstraint()
        #expect(c.allSatisfy { close($0, 9.0 / 8.0) })
    }

    @Test func emptyGraph() throws {
        #expect(try Graph(nodeCount: 0, edges: []).burtConstraint() == [])
    }

    /// Parallel edges are merged (weights summed) and self-loops dropped by the builder, so the
    /// measure sees the simple graph: 0–1 twice with weight 1 equals one edge of weight 2.
    @Test func parallelEdgesAndSelfLoops() throws {
        let multi = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 1), (1, 0, 1), (1, 2, 1), (2, 2, 5)])
        let simple = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 2), (1, 2, 1)])
        #expect(multi.burtConstraint() == simple.burtConstraint())
        #expect(multi.betweenness() == simple.betweenness())
    }
}
