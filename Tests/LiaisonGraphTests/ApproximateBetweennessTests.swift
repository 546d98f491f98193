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

    /// The weighted bound (2e/ℓ_min + 1) against the true vertex diameter: the most nodes on any
    /// shortest path, found by Floyd–Warshall and a longest-hops walk over each shortest-path DAG.
    @Test func weightedVertexDiameterBoundHolds() throws {
        var rng = SplitMix64(seed: 21)
        for trial in 0 ..< 60 {
            let g = randomGraph(&rng, maxNodes: 14, directed: false)
            let n = g.nodeCount
            let d = naiveDistances(g)                       // lengths 1/w
            // hops[s][t]: most edges on a shortest s–t path (−1 when unreachable).
            var most = 0
            for s in 0 ..< n {
                let order = (0 ..< n).filter { d[s][$0].isFinite }.sorted { d[s][$0] < d[s][$1] }
                var hops = [Int](repeating: -1, count: n)
                hops[s] = 0
                for v in order where v != s {
                    for u in g.neighbors(v).map(Int.init) where hops[u] >= 0 {
                        let through = d[s][u] + 1 / g.weight(from: u, to: v)!
                        if abs(through - d[s][v]) <= 1e-9 * d[s][v] { hops[v] = max(hops[v], hops[u] + 1) }
                    }
                    most = max(most, hops[v])
                }
            }
            let bound = g._vertexDiameterBound(length: .inverseWeight, uniform: false,
                                               shortestLength: g.weights.map { 1 / $0 }.min() ?? 1)
            #expect(bound >= most + 1, "trial \(trial): bound \(bound) < VD \(most + 1)\n\(dot(g))")
        }
    }

    /// A 41-node path with node 0 in the middle and nearly equal weights: e ≈ 20 · ℓ, so the
    /// bound 2e/ℓ_min + 1 ≈ 41 nodes, the true vertex diameter (the component's size caps it).
    @Test func weightedBoundOnAPathIsTight() throws {
        // Positions −20 … 20 on a line; node 0 sits at position 0, the others alternate sides.
        let positions = [0] + (1 ... 20).flatMap { [$0, -$0] }
        let node = Dictionary(uniqueKeysWithValues: positions.enumerated().map { ($0.element, $0.offset) })
        let edges = (-20 ..< 20).map { p in (node[p]!, node[p + 1]!, p % 2 == 0 ? 1.0 : 1.0001) }
        let g = try Graph(nodeCount: 41, weightedEdges: edges)
        let bound = g._vertexDiameterBound(length: .inverseWeight, uniform: false, shortestLength: 1 / 1.0001)
        #expect(bound == 41)
    }

    /// Two shortest 0–3 paths of equal length on a weighted graph (lengths 1 + 2 and 2 + 1): the
    /// sampled path must be either with probability ½, so 1 and 2 get the same betweenness.
    @Test func weightedTiesAreSampledUniformly() throws {
        let g = try Graph(nodeCount: 4, weightedEdges: [(0, 1, 1), (1, 3, 0.5), (0, 2, 0.5), (2, 3, 1)])
        let exact = g.betweenness()
        #expect(exact[1] == exact[2] && exact[1] > 0)
        let estimate = g.approximateBetweenness(epsilon: 0.02, delta: 0.1, seed: 5, threads: 1)
        for v in 0 ..< 4 {
            #expect(abs(estimate.values[v] - exact[v]) <= estimate.epsilon, "node \(v): \(estimate.values[v]) vs \(exact[v])")
        }
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
