import Testing
@testable import LiaisonGraph

@Suite struct ComponentsTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        #expect(f.graph.connectedComponents().members == f.intLists("weak_components"), "\(f.name) weak")
        #expect(f.graph.stronglyConnectedComponents().members == f.intLists("strong_components"), "\(f.name) strong")
    }

    @Test func directedByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], directed: true)
        #expect(g.stronglyConnectedComponents().members == [[0, 1, 2], [3], [4]])
        #expect(g.connectedComponents().members == [[0, 1, 2, 3], [4]])
        #expect(try Graph(nodeCount: 0, edges: []).connectedComponents().count == 0)
    }

    /// A 100,000-node path: the iterative Tarjan must not overflow the stack.
    @Test func longPathDoesNotRecurse() throws {
        let n = 100_000
        let g = try Graph(nodeCount: n, edges: (0 ..< n - 1).map { ($0, $0 + 1) }, directed: true)
        #expect(g.stronglyConnectedComponents().count == n)
    }
}
