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
}
