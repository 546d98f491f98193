import Foundation
import Testing
@testable import LiaisonGraph

@Suite struct ApproximateClosenessTests {
    /// A connected random graph: a weighted path through every node plus random chords, weights
    /// from {1, 2, 4, 8}.
    static func connected(seed: UInt64, n: Int, chords: Int, directed: Bool) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for u in 0 ..< n { edges.append((u, (u + 1) % n, [1.0, 2, 4, 8].randomElement(using: &rng)!)) }   // a cycle
        for _ in 0 ..< chords {
            edges.append((Int.random(in: 0 ..< n, using: &rng), Int.random(in: 0 ..< n, using: &rng),
                          [1.0, 2, 4, 8].randomElement(using: &rng)!))
        }
        return try Graph(nodeCount: n, weightedEdges: edges, directed: directed)
    }

    /// The largest finite distance Δ (Dijkstra from every node).
    static func largestDistance(_ g: Graph) -> Double {
        (0 ..< g.nodeCount).map { g.shortestPaths(from: $0).distance.filter(\.isFinite).max() ?? 0 }.max() ?? 0
    }

    /// On connected graphs (strongly connected when directed: a directed cycle through every
    /// node) every estimated mean distance 1/closeness is within εΔ of the exact one, and
    /// harmonic/(n−1) within ε/ℓ_min.
    @Test(arguments: [false, true])
    func meanDistanceWithinEpsilonTimesDiameter(_ directed: Bool) throws {
        let g = try Self.connected(seed: directed ? 51 : 52, n: 900, chords: 1800, directed: directed)
        let exact = g.closenessAndHarmonic()
        let estimate = g.approximateCloseness(epsilon: 0.2, delta: 0.1, seed: 4)
        #expect(estimate.pivotCount == Graph.closenessPivotCount(nodeCount: 900, epsilon: 0.2, delta: 0.1))
        #expect(estimate.pivotCount < 900)
        let diameter = Self.largestDistance(g)
        let worstMean = zip(exact.closeness, estimate.closeness).map { abs(1 / $0 - 1 / $1) }.max()!
        #expect(worstMean <= 0.2 * diameter, "mean distance off by \(worstMean), εΔ = \(0.2 * diameter)")
        let shortest = 1.0 / 8
        let worstHarmonic = zip(exact.harmonic, estimate.harmonic).map { abs($0 - $1) / 899 }.max()!
        #expect(worstHarmonic <= 0.2 / shortest, "harmonic/(n−1) off by \(worstHarmonic)")
        // Much tighter in practice: the mean distance error is a few percent of Δ.
        #expect(worstMean <= 0.1 * diameter)
    }

    /// Three components: harmonic keeps its bound; closeness scales by the estimated reach.
    @Test func disconnectedHarmonicWithinBound() throws {
        var edges: [(Int, Int, Double)] = []
        var rng = SplitMix64(seed: 9)
        for c in 0 ..< 3 { for _ in 0 ..< 900 {
            edges.append((c * 300 + Int.random(in: 0 ..< 300, using: &rng), c * 300 + Int.random(in: 0 ..< 300, using: &rng), 2))
        } }
        let g = try Graph(nodeCount: 900, weightedEdges: edges)
        let exact = g.closenessAndHarmonic()
        let estimate = g.approximateCloseness(epsilon: 0.2, delta: 0.1, seed: 1)
        let worstHarmonic = zip(exact.harmonic, estimate.harmonic).map { abs($0 - $1) / 899 }.max()!
        #expect(worstHarmonic <= 0.2 / 0.5)
        // Closeness has no stated bound here: its reach factor R/k_u comes from the ~k/3 pivots
        // that fall in the node's component (124 pivots in all). Measured: within 27 % of exact.
        let worst = zip(exact.closeness, estimate.closeness).map { abs($0 - $1) / $0 }.max()!
        #expect(worst < 0.4, "relative closeness error \(worst)")
    }

    /// k = ⌈ln(2n/δ)/(2ε²)⌉ + 1 by hand: n = 20,000, ε = δ = 0.1: ln(400,000) = 12.8992…, / 0.02 =
    /// 644.96…, so 645 + 1 = 646.
    @Test func pivotCountByHand() {
        #expect(Graph.closenessPivotCount(nodeCount: 20_000, epsilon: 0.1, delta: 0.1) == 646)
    }

    /// With at least n pivots the values are exact.
    @Test func smallGraphsAreExact() throws {
        let g = MeasureFixture.named("karate").graph
        let estimate = g.approximateCloseness(epsilon: 0.1)
        let exact = g.closenessAndHarmonic()
        #expect(estimate.closeness == exact.closeness && estimate.harmonic == exact.harmonic)
        #expect(estimate.pivotCount == g.nodeCount && estimate.epsilon == 0)
    }

    @Test func sameSeedSameResult() throws {
        let g = try Self.connected(seed: 3, n: 700, chords: 700, directed: false)
        let a = g.approximateCloseness(epsilon: 0.25, seed: 2, threads: 2)
        let b = g.approximateCloseness(epsilon: 0.25, seed: 2, threads: 2)
        #expect(a.closeness == b.closeness && a.harmonic == b.harmonic)
    }
}
