import Testing
import LiaisonGraph
@testable import Liaison

@Suite struct BetweennessPolicyTests {
    /// The automatic choice switches exactly at n·m = exactWorkLimit (60,000,000) when the sample
    /// is smaller than n: n = 100,000 gives KADABRA's ceiling ω = ⌈0.5/ε′² · (⌊log₂ 99,998⌋ + 1 + ln 20)⌉
    /// with ε′ = 0.05 · 99,998/100,000: 200.008 · 19.9957 = 3,999.3, so 4,000 pairs, far below n.
    @Test func automaticSwitchesAtTheWorkLimit() {
        let p = BetweennessPolicy.automatic
        #expect(BetweennessPolicy.exactWorkLimit == 60_000_000)
        #expect(p.isExact(nodeCount: 100_000, edgeCount: 600))       // n·m = 60,000,000
        #expect(!p.isExact(nodeCount: 100_000, edgeCount: 601))      // n·m = 60,100,000
        let ceiling = BetweennessPolicy.sampleCeiling(nodeCount: 100_000, epsilon: 0.05)
        #expect(ceiling == 4_000)
        // Above the limit but with fewer nodes than the sample would hold: exact stays cheaper.
        #expect(BetweennessPolicy.sampleCeiling(nodeCount: 1_000, epsilon: 0.05) >= 1_000)
        #expect(p.isExact(nodeCount: 1_000, edgeCount: 100_000))
        // Overrides ignore the size.
        #expect(BetweennessPolicy.exact.isExact(nodeCount: 1_000_000, edgeCount: 10_000_000))
        #expect(!BetweennessPolicy.approximate(epsilon: 0.1).isExact(nodeCount: 10, edgeCount: 9))
    }

    /// A small network under `automatic` is computed exactly and says so.
    @Test func smallNetworkIsExact() throws {
        let g = try Graph(nodeCount: 5, weightedEdges: [(0, 1, 2), (1, 2, 1), (2, 3, 4), (3, 4, 1), (1, 3, 1)])
        let result = BetweennessPolicy.automatic.compute(g)
        #expect(result.estimate == nil && result.method == "exact" && result.note == nil)
        #expect(result.values == g.betweenness(normalized: true, length: .inverseWeight))
        #expect(result.json == .object([("method", .string("exact")), ("epsilon", .null), ("delta", .null), ("samples", .null)]))
    }

    /// Random graph of `n` nodes in `parts` disconnected blocks, weights 1–8.
    private func randomGraph(seed: UInt64, n: Int, parts: Int, directed: Bool) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        let block = n / parts
        var edges: [(Int, Int, Double)] = []
        for _ in 0 ..< 3 * n {
            let b = Int.random(in: 0 ..< parts, using: &rng) * block
            let u = b + Int.random(in: 0 ..< block, using: &rng), v = b + Int.random(in: 0 ..< block, using: &rng)
            if u != v { edges.append((u, v, [1.0, 2, 3, 5, 8].randomElement(using: &rng)!)) }
        }
        return try Graph(nodeCount: n, weightedEdges: edges, directed: directed)
    }

    /// The estimate an override asks for stays within its ε of the exact values (Brandes) on
    /// weighted, directed and disconnected graphs, and reports ε, δ and its sample size.
    @Test(arguments: [(false, 1), (true, 1), (false, 3), (true, 3)])
    func estimateWithinEpsilon(_ directed: Bool, _ parts: Int) throws {
        let g = try randomGraph(seed: 40 + UInt64(parts) + (directed ? 100 : 0), n: 180, parts: parts, directed: directed)
        let exact = g.betweenness(normalized: true, length: .inverseWeight)
        let result = BetweennessPolicy.approximate(epsilon: 0.04).compute(g, seed: 5)
        let estimate = try #require(result.estimate)
        let worst = zip(exact, result.values).map { abs($0 - $1) }.max()!
        #expect(worst <= 0.04, "max error \(worst) > ε 0.04 (directed \(directed), \(parts) parts)")
        #expect(estimate.epsilon == 0.04 && estimate.delta == BetweennessPolicy.delta && estimate.sampleCount > 0)
        #expect(result.method == "approximate")
        #expect(result.note?.contains("\(estimate.sampleCount) sampled paths") == true)
        #expect(result.json == .object([("method", .string("approximate")), ("epsilon", .number(0.04)),
                                        ("delta", .number(0.1)), ("samples", .integer(estimate.sampleCount))]))
    }
}
