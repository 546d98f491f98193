import Testing
@testable import LiaisonGraph

@Suite struct ClusteringTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        expectColumn(f.graph.clustering(), f.values("clustering"), "clustering", f)
    }

    @Test func triangleWithPendantByHand() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 2), (0, 3)])
        #expect(g.clustering() == [1.0 / 3.0, 1, 1, 0])
    }

    /// Directed cycle 0→1→2→0: (A+Aᵀ)³_ii = 2, k_tot = 2, no reciprocal arcs → 2 / (2·2) = 0.5.
    @Test func directedCycleByHand() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], directed: true)
        #expect(g.clustering() == [0.5, 0.5, 0.5])
    }

    @Test func emptyAndIsolated() throws {
        #expect(try Graph(nodeCount: 0, edges: []).clustering() == [])
        #expect(try Graph(nodeCount: 2, edges: []).clustering() == [0, 0])
    }
}
