import Testing
@testable import LiaisonGraph

@Suite struct ApproximateBetweennessTests {
    /// A 200-node random graph (average degree 6): every estimate within the stated ε of exact.
    @Test(arguments: [false, true])
    func errorStaysWithinEpsilon(_ directed: Bool) throws {
        var rng = SplitMix64(seed: directed ? 11 : 12)
        let n = 200
        var edges: [(Int, Int, Double)] = []
        for _ in 0 ..< 3 * n {
            let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
            edges.append((u, v, [1.0, 2, 4, 8].randomElement(using: &rng)!))
        }
        let g = try Graph(nodeCount: n, weightedEdges: edges, directed: directed)
        let exact = g.betweenness()
        let estimate = g.approximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 3)
        let worst = zip(exact, estimate.values).map { abs($0 - $1) }.max()!
        #expect(worst <= estimate.epsilon, "max error \(worst) > ε \(estimate.epsilon)")
        #expect(estimate.epsilon == 0.05 && estimate.delta == 0.1)
    }

    /// Sample size by hand for a path of 5 nodes (unit lengths): BFS from node 0 reaches distances
    /// 4 and 3, so the VD bound is 4 + 3 + 1 = 8 (true VD: 5); ε′ = 0.1 · 3/5 = 0.06;
    /// r = ⌈0.5/0.0036 · (⌊log₂ 6⌋ + 1 + ln 10)⌉ = ⌈138.88… · 5.302585…⌉ = 737.
    @Test func sampleSizeByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let estimate = g.approximateBetweenness(epsilon: 0.1, delta: 0.1, threads: 1)
        #expect(estimate.vertexDiameterBound == 8)
        #expect(estimate.sampleCount == 737)
        // Sampling one of the (only) shortest paths: node 0 and 4 are never inner nodes.
        #expect(estimate.values[0] == 0 && estimate.values[4] == 0)
    }

    @Test func sameSeedSameResult() throws {
        let g = MeasureFixture.named("karate").graph
        let a = g.approximateBetweenness(epsilon: 0.05, seed: 9, threads: 2)
        let b = g.approximateBetweenness(epsilon: 0.05, seed: 9, threads: 2)
        #expect(a.values == b.values)
    }

    @Test func graphsWithoutInnerNodesAreZero() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        let estimate = g.approximateBetweenness(epsilon: 0.1)
        #expect(estimate.values == [0, 0, 0, 0] && estimate.sampleCount == 0)
    }
}
