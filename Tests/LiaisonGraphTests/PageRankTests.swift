import Testing
@testable import LiaisonGraph

@Suite struct PageRankTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) throws {
        expectColumn(try f.graph.pageRank(), f.values("pagerank"), "pagerank", f)
    }

    /// Two nodes, 0 → 1: node 1 is dangling. Fixed point: x₀ = 0.075 + 0.425·x₁ (x₁'s dangling
    /// mass spread over both), x₁ = 0.075 + 0.425·x₁ + 0.85·x₀ and x₀ + x₁ = 1, so x₀ = 0.15/0.4275.
    @Test func danglingMassIsSpreadUniformly() throws {
        let g = try Graph(nodeCount: 2, edges: [(0, 1)], directed: true)
        let x = try g.pageRank()
        #expect(close(x[0], 0.15 / 0.4275) && close(x[1], 1 - 0.15 / 0.4275))
    }

    @Test func zeroIterationsDoNotConverge() throws {
        let g = try Graph(nodeCount: 2, edges: [(0, 1)])
        #expect(throws: AlgorithmError.self) { try g.pageRank(maxIterations: 0) }
        #expect(try Graph(nodeCount: 0, edges: []).pageRank() == [])
    }
}
