//===----------------------------------------------------------------------===//
// ClosenessPolicy: exact closeness where it is cheap, the pivot estimate above
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// How `centrality` and `export` compute closeness and harmonic centrality: exactly (one full
/// single-source search per node, about *n* · *m* relaxations) when *n* · *m* ≤
/// `BetweennessPolicy.exactWorkLimit` or when `--exact` is given, else from k pivots
/// (Eppstein–Wang, `Graph.approximateCloseness`) at ε ``epsilon``, δ ``delta``: k = ⌈ln(2n/δ)/(2ε²)⌉ + 1,
/// 646 searches on 20,000 nodes instead of 20,000. The estimate says so (``note(_:)``).
///
/// ε 0.1 is relative to the network's largest distance Δ: every node's mean distance within
/// 0.1 Δ with probability 0.9 on a connected network. That keeps central and peripheral contacts
/// apart; it does not order contacts whose mean distances differ by less.
public enum ClosenessPolicy {
    public static let epsilon = 0.1
    public static let delta = 0.1

    /// Whether closeness is computed exactly under the betweenness `policy` (`--exact` forces it).
    public static func isExact(_ g: Graph, policy: BetweennessPolicy) -> Bool {
        if policy == .exact { return true }
        let work = g.nodeCount.multipliedReportingOverflow(by: g.edgeCount)
        if !work.overflow && work.partialValue <= BetweennessPolicy.exactWorkLimit { return true }
        return Graph.closenessPivotCount(nodeCount: g.nodeCount, epsilon: epsilon, delta: delta) >= g.nodeCount
    }

    /// Closeness and harmonic, with the estimate's guarantee when estimated.
    public static func compute(_ g: Graph, policy: BetweennessPolicy, threads: Int? = nil, seed: UInt64 = 0)
        -> (closeness: [Double], harmonic: [Double], estimate: ApproximateCloseness?) {
        if isExact(g, policy: policy) {
            ProgressReporter.shared.begin("closeness and harmonic: \(ProgressReporter.grouped(g.nodeCount)) sources")
            defer { ProgressReporter.shared.end() }
            let exact = g.closenessAndHarmonic(threads: threads)
            return (exact.closeness, exact.harmonic, nil)
        }
        let pivots = Graph.closenessPivotCount(nodeCount: g.nodeCount, epsilon: epsilon, delta: delta)
        ProgressReporter.shared.begin("closeness and harmonic: \(ProgressReporter.grouped(pivots)) pivot sources")
        defer { ProgressReporter.shared.end() }
        let estimate = g.approximateCloseness(epsilon: epsilon, delta: delta, seed: seed, threads: threads)
        return (estimate.closeness, estimate.harmonic, estimate)
    }

    /// The sentence for stderr.
    public static func note(_ e: ApproximateCloseness) -> String {
        "closeness, harmonic: estimated from \(e.pivotCount) pivot searches: each mean distance within "
            + "\(e.epsilon) × the largest distance with probability ≥ \(1 - e.delta) on a connected network "
            + "(--exact for exact values)"
    }
}
