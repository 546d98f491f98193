import Foundation
import Testing
@testable import LiaisonGraph

@Suite struct KadabraBetweennessTests {
    /// A random graph with weights from {1, 2, 4, 8} (lengths 1/w exact binary fractions, many
    /// ties), optionally made of `components` disjoint parts.
    static func graph(seed: UInt64, n: Int, degree: Int, directed: Bool, components: Int = 1) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int, Double)] = []
        let part = n / components
        for c in 0 ..< components {
            let base = c * part, size = c == components - 1 ? n - base : part
            for _ in 0 ..< degree * size / 2 {
                let u = base + Int.random(in: 0 ..< size, using: &rng), v = base + Int.random(in: 0 ..< size, using: &rng)
                edges.append((u, v, [1.0, 2, 4, 8].randomElement(using: &rng)!))
            }
        }
        return try Graph(nodeCount: n, weightedEdges: edges, directed: directed)
    }

    /// Weighted (undirected and directed) and disconnected graphs: every estimate within the
    /// stated ε of Brandes' exact values (themselves checked against NetworkX in BetweennessTests).
    @Test(arguments: [(false, 1), (true, 1), (false, 3), (true, 3)])
    func errorStaysWithinEpsilon(_ directed: Bool, _ components: Int) throws {
        let g = try Self.graph(seed: directed ? 31 : 32, n: 300, degree: 6, directed: directed, components: components)
        let exact = g.betweenness()
        let estimate = g.kadabraBetweenness(epsilon: 0.05, delta: 0.1, seed: 3)
        let worst = zip(exact, estimate.values).map { abs($0 - $1) }.max()!
        #expect(worst <= estimate.epsilon, "max error \(worst) > ε \(estimate.epsilon)")
        #expect(estimate.epsilon == 0.05 && estimate.delta == 0.1)
        #expect(estimate.sampleCount > 0 && estimate.sampleCount <= estimate.sampleLimit)
    }

    /// Unit lengths (BFS distances) on a grid, where shortest paths tie massively.
    @Test func unitLengthsOnAGrid() throws {
        let side = 12
        var edges: [(Int, Int)] = []
        for r in 0 ..< side { for c in 0 ..< side {
            if c + 1 < side { edges.append((r * side + c, r * side + c + 1)) }
            if r + 1 < side { edges.append((r * side + c, (r + 1) * side + c)) }
        } }
        let g = try Graph(nodeCount: side * side, edges: edges)
        let exact = g.betweenness(length: .unit)
        let estimate = g.kadabraBetweenness(epsilon: 0.03, delta: 0.1, seed: 8, length: .unit)
        let worst = zip(exact, estimate.values).map { abs($0 - $1) }.max()!
        #expect(worst <= 0.03, "max error \(worst)")
    }

    /// Number of shortest a→b paths for every pair, from Floyd–Warshall distances (exact binary
    /// fractions, so equality is exact): σ(a, b) = Σ over arcs x→b with d(a,x) + ℓ(x,b) = d(a,b).
    static func pathCounts(_ g: Graph, _ d: [[Double]]) -> [[Double]] {
        let n = g.nodeCount
        var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for a in 0 ..< n {
            sigma[a][a] = 1
            for b in (0 ..< n).filter({ d[a][$0].isFinite && $0 != a }).sorted(by: { d[a][$0] < d[a][$1] }) {
                for x in g.inNeighbors(b).map(Int.init) where d[a][x] + 1 / g.weight(from: x, to: b)! == d[a][b] {
                    sigma[a][b] += sigma[a][x]
                }
            }
        }
        return sigma
    }

    /// The sampler draws each shortest s→t path with probability 1/σ(s,t): on random graphs with
    /// many ties, every distinct path (its inner-node sequence) is seen, as many distinct paths
    /// as σ(s,t) counts by brute force, each with frequency 1/σ within 5 standard deviations.
    /// With `hops`, every weight is 1 (lengths uniform), which takes the sampler's level-by-level
    /// BFS branch; Floyd–Warshall and the brute-force σ are the independent reference for both.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func pathsAreDrawnUniformlyAmongTies(_ directed: Bool, _ hops: Bool) throws {
        var rng = SplitMix64(seed: (directed ? 41 : 42) + (hops ? 10 : 0))
        var checkedPairs = 0
        for _ in 0 ..< 400 where checkedPairs < 12 {
            var g = randomGraph(&rng, maxNodes: 11, directed: directed)
            if hops {
                g = try Graph(nodeCount: g.nodeCount,
                              weightedEdges: (0 ..< g.edgeCount).map { (Int(g.edgeSource[$0]), Int(g.edgeTarget[$0]), 1.0) },
                              directed: directed)
            }
            let n = g.nodeCount
            guard n >= 4 else { continue }
            let d = naiveDistances(g)
            let sigma = Self.pathCounts(g, d)
            let lengths = g._lengths(.inverseWeight)
            if hops { #expect(lengths.uniform == 1) }
            let sampler = _BidirectionalPathSampler(nodeCount: n)
            for s in 0 ..< n { for t in 0 ..< n where s != t && sigma[s][t] >= 3 && checkedPairs < 12 {
                checkedPairs += 1
                let draws = 6000
                var seen: [[Int32]: Int] = [:]
                _withRows(g.offsets, g.targets, lengths.out) { out in
                    _withRows(g.inOffsets, g.inSources, lengths.in) { inn in
                        var draw = SplitMix64(seed: UInt64(s * 100 + t))
                        for _ in 0 ..< draws {
                            sampler.sample(out, inn, from: s, to: t, uniform: hops, using: &draw)
                            seen[sampler.inner, default: 0] += 1
                            sampler.clearInner()
                        }
                    }
                }
                let p = 1 / sigma[s][t]
                let tolerance = 5 * (p * (1 - p) / Double(draws)).squareRoot()
                #expect(Double(seen.count) == sigma[s][t], "\(s)→\(t): \(seen.count) distinct paths, σ = \(sigma[s][t])\n\(dot(g))")
                for (path, count) in seen {
                    // Each drawn path is a shortest path: consecutive arcs, total length d(s,t).
                    let nodes = [t] + path.map(Int.init) + [s]
                    var total = 0.0
                    for k in 0 ..< nodes.count - 1 {
                        let w = g.weight(from: nodes[k + 1], to: nodes[k])
                        #expect(w != nil, "\(nodes) is not a path")
                        total += 1 / (w ?? 1)
                    }
                    #expect(total == d[s][t])
                    #expect(abs(Double(count) / Double(draws) - p) <= tolerance,
                            "\(s)→\(t) via \(path): \(count)/\(draws), expected \(p)")
                }
            } }
        }
        #expect(checkedPairs == 12)
    }

    /// Unreachable targets and one-edge paths credit nobody.
    @Test func unreachableAndAdjacentPairsCreditNobody() throws {
        let g = try Graph(nodeCount: 4, weightedEdges: [(0, 1, 1), (2, 3, 2)], directed: true)
        let lengths = g._lengths(.inverseWeight)
        let sampler = _BidirectionalPathSampler(nodeCount: 4)
        var rng = SplitMix64(seed: 1)
        _withRows(g.offsets, g.targets, lengths.out) { out in
            _withRows(g.inOffsets, g.inSources, lengths.in) { inn in
                for (s, t) in [(0, 1), (1, 0), (0, 2), (3, 2)] {
                    sampler.sample(out, inn, from: s, to: t, using: &rng)
                    sampler.sample(out, inn, from: s, to: t, uniform: true, using: &rng)   // the BFS branch
                }
            }
        }
        #expect(sampler.inner.isEmpty)
    }

    /// Where no node carries a large share of the shortest paths, the stopping rule ends the
    /// run before ω and before the fixed Riondato–Kornaropoulos sample at the same ε and δ.
    @Test func stopsBeforeTheFixedSampleSize() throws {
        let g = try Self.graph(seed: 5, n: 2000, degree: 8, directed: false)
        let kadabra = g.kadabraBetweenness(epsilon: 0.05, delta: 0.1, seed: 1)
        let fixed = g.approximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 1)
        #expect(kadabra.sampleCount < kadabra.sampleLimit)
        #expect(kadabra.sampleCount < fixed.sampleCount,
                "KADABRA \(kadabra.sampleCount) (ω \(kadabra.sampleLimit)) vs RK \(fixed.sampleCount)")
    }

    /// ω by hand for a path of 5 nodes (unit lengths, VD bound 8 as in the RK test): ε′ = 0.1 · 3/5
    /// = 0.06; ω = ⌈0.5/0.0036 · (⌊log₂ 6⌋ + 1 + ln 20)⌉ = ⌈138.88… · 5.995732…⌉ = 833.
    @Test func sampleLimitByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let estimate = g.kadabraBetweenness(epsilon: 0.1, delta: 0.1, threads: 1)
        #expect(estimate.vertexDiameterBound == 8)
        #expect(estimate.sampleLimit == 833)
        #expect(estimate.values[0] == 0 && estimate.values[4] == 0)
    }

    /// The stopping rule's functions at a point worked out by hand: τ = 1000, ω = 2000, b̃ = 0.1,
    /// ln(1/δ) = 10: f = 10/1000 · (1/3 − 2 + √((5/3)² + 2·0.1·2000/10)) = 0.01 · (−5/3 + √(2.7778 + 40))
    /// = 0.01 · (−1.6667 + 6.5405) = 0.048738…; g = 0.01 · (7/3 + √((7/3)² + 40)) = 0.01 · (2.3333 +
    /// 6.7412) = 0.090745…. So ε = 0.1 converges, ε = 0.09 does not (g), and ε = 0.05 neither.
    @Test func stoppingRuleByHand() {
        let counts = [100, 0], logs = [10.0, 10.0]
        #expect(Graph._kadabraConverged(counts, samples: 1000, limit: 2000, logInverseDelta: logs, epsilon: 0.1))
        #expect(!Graph._kadabraConverged(counts, samples: 1000, limit: 2000, logInverseDelta: logs, epsilon: 0.09))
        // A zero count still needs g = 0.01 · 2 · 7/3 = 0.0467 < ε.
        #expect(!Graph._kadabraConverged([0, 0], samples: 1000, limit: 2000, logInverseDelta: logs, epsilon: 0.045))
        #expect(Graph._kadabraConverged([0, 0], samples: 1000, limit: 2000, logInverseDelta: logs, epsilon: 0.047))
    }

    /// The calibrated failure probabilities sum to at most δ/2 over both tails and all nodes.
    @Test func calibratedDeltasStayWithinHalfDelta() {
        var rng = SplitMix64(seed: 3)
        let b0 = (0 ..< 500).map { _ in Bool.random(using: &rng) ? 0 : Double.random(in: 0 ..< 0.3, using: &rng) }
        let logs = Graph._kadabraLogInverseDeltas(b0, epsilon: 0.05, delta: 0.1)
        let total = logs.reduce(0) { $0 + 2 * exp(-$1) }
        #expect(total <= 0.05 * (1 + 1e-12) && total > 0.04, "Σ δ_L + δ_U = \(total)")
    }

    /// Same seed → same values, whatever the number of threads.
    @Test func deterministicAcrossThreadCounts() throws {
        let g = MeasureFixture.named("karate").graph
        let one = g.kadabraBetweenness(epsilon: 0.05, seed: 9, threads: 1)
        let two = g.kadabraBetweenness(epsilon: 0.05, seed: 9, threads: 2)
        #expect(one.values == two.values && one.sampleCount == two.sampleCount)
        let other = g.kadabraBetweenness(epsilon: 0.05, seed: 10, threads: 2)
        #expect(other.values != one.values)
    }

    @Test func graphsWithoutInnerNodesAreZero() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        let estimate = g.kadabraBetweenness(epsilon: 0.1)
        #expect(estimate.values == [0, 0, 0, 0] && estimate.sampleCount == 0)
    }
}
