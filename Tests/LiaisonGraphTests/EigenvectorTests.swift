import Testing
@testable import LiaisonGraph

@Suite struct EigenvectorTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) throws {
        if f.has("eigenvector_error") {
            // NetworkX raises AmbiguousSolution (disconnected / not strongly connected); so do we.
            #expect(throws: AlgorithmError.self) { try f.graph.eigenvectorCentrality() }
        } else {
            expectColumn(try f.graph.eigenvectorCentrality(), f.values("eigenvector"), "eigenvector", f)
        }
    }

    /// Path 0–1–2: λ = √2, x = (1, √2, 1)/2. Bipartite, so plain power iteration would oscillate;
    /// the shift A + I converges.
    @Test func pathByHand() throws {
        let x = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).eigenvectorCentrality()
        #expect(close(x[0], 0.5) && close(x[1], 2.0.squareRoot() / 2) && close(x[2], 0.5))
    }

    @Test func zeroIterationsDoNotConverge() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: AlgorithmError.self) { try g.eigenvectorCentrality(maxIterations: 0) }
    }

    @Test func emptyAndDisconnected() throws {
        #expect(try Graph(nodeCount: 0, edges: []).eigenvectorCentrality() == [])
        #expect(throws: AlgorithmError.self) { try Graph(nodeCount: 3, edges: [(0, 1)]).eigenvectorCentrality() }
    }
}
