import Testing
import LiaisonGraph

@Suite struct PathReliabilityTests {
    /// Hand calculation: 0.9 × 0.5 = 0.45; a non-edge gives 0; one node gives the empty product 1.
    @Test func handCalculation() throws {
        let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 0.9), (1, 2, 0.5)])
        #expect(g.pathReliability([0, 1, 2]) == 0.9 * 0.5)
        #expect(g.pathReliability([2, 1, 0]) == 0.5 * 0.9)
        #expect(g.pathReliability([0, 2]) == 0)
        #expect(g.pathReliability([1]) == 1)
        #expect(g.pathReliability([]) == 1)
    }

    /// NetworkX: `math.prod(G[a][b]["w"] for a, b in nx.utils.pairwise(path))` on the weighted
    /// karate club of `Karate` (both multiply from 1, first step first, so the bits agree).
    @Test func matchesNetworkXProduct() {
        let g = Karate.graph
        #expect(g.pathReliability([0, 1, 2, 3]) == 0.5120000000000001)
        #expect(g.pathReliability([33, 32, 2, 0, 11]) == 0.03200000000000001)
        #expect(g.pathReliability([5]) == 1)
    }

    /// A directed graph multiplies along arcs: 0 → 1 exists, 1 → 0 does not.
    @Test func directedStepsFollowArcs() throws {
        let g = try Graph(nodeCount: 2, weightedEdges: [(0, 1, 0.25)], directed: true)
        #expect(g.pathReliability([0, 1]) == 0.25)
        #expect(g.pathReliability([1, 0]) == 0)
    }

    /// `mostReliablePath` reports the same product as `pathReliability` of its nodes.
    @Test func mostReliablePathUsesIt() throws {
        let g = Karate.graph
        let best = try #require(try g.mostReliablePath(from: 16, to: 25))
        #expect(best.reliability == g.pathReliability(best.nodes))
        #expect(best.reliability > 0)
    }
}
