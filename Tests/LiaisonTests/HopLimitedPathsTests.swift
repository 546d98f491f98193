import Foundation
import Testing
@testable import Liaison
@testable import LiaisonGraph

/// The planner's one bounded search against Yen's first path (`shortestSimplePaths`, itself
/// checked against NetworkX) under the same rules: hop limit, do-not-ask inner nodes, declined
/// steps — on random graphs, every target.
@Test(arguments: [1, 2, 3, 4])
func hopLimitedSearchMatchesYensFirstPath(_ maxHops: Int) throws {
    var rng = SplitMix64(seed: 90 + UInt64(maxHops))
    for _ in 0 ..< 15 {
        let n = 30
        var edges: [(Int, Int, Double)] = []
        var seen = Set<Int>()                        // one edge per pair: strengths stay ≤ 1
        for _ in 0 ..< 2 * n {
            let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
            if u != v && seen.insert(min(u, v) * n + max(u, v)).inserted {
                edges.append((u, v, Double.random(in: 0.05 ... 1, using: &rng)))
            }
        }
        let g = try Graph(nodeCount: n, weightedEdges: edges).mapWeights(Graph.reliabilityCost)
        let avoid = (0 ..< n).map { $0 != 0 && Double.random(in: 0 ..< 1, using: &rng) < 0.15 }
        let declinedSteps = (0 ..< 5).map { _ in (Int.random(in: 0 ..< n, using: &rng), Int.random(in: 0 ..< n, using: &rng)) }
        let bounded = HopLimitedPaths(costs: g, source: 0, maxHops: maxHops, avoiding: avoid,
                                      declined: Set(declinedSteps.map { $0.0 * n + $0.1 }))
        for t in 1 ..< n {
            let yen = try g.shortestSimplePaths(from: 0, to: t, maxHops: maxHops,
                                                avoiding: (0 ..< n).filter { avoid[$0] },
                                                avoidingSteps: declinedSteps).first { _ in true }
            let path = bounded.path(to: t)
            #expect((yen == nil) == (path == nil), "target \(t): Yen \(yen?.nodes ?? []) vs \(path ?? [])")
            guard let yen, let path else { continue }
            #expect(abs(yen.cost - bounded.cost[t]) <= 1e-9 * max(1, yen.cost))
            // The path found is valid and costs what the search says.
            #expect(path.first == 0 && path.last == t && path.count - 1 <= maxHops && Set(path).count == path.count)
            #expect(path.dropFirst().dropLast().allSatisfy { !avoid[$0] })
            let steps = zip(path, path.dropFirst())
            #expect(steps.allSatisfy { s in !declinedSteps.contains { $0 == s } })
            let sum = steps.map { g.weight(from: $0.0, to: $0.1)! }.reduce(0, +)
            #expect(abs(sum - bounded.cost[t]) <= 1e-9 * max(1, sum))
        }
    }
}
