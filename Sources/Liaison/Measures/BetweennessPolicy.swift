//===----------------------------------------------------------------------===//
// BetweennessPolicy: exact betweenness where it is cheap, the (ε, δ) estimate above
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// How a command computes betweenness: exact (Brandes, O(*nm* + *n*² log *n*)), the KADABRA
/// estimate with a stated (ε, δ) guarantee (adaptive sampling, `Graph.kadabraBetweenness`), or
/// `automatic`, which picks exact below a work limit and the estimate above it. One policy for
/// `bridges`, `report`, `render --size betweenness` and `centrality`.
///
/// The automatic choice. Exact betweenness runs one full single-source search per node, so its
/// cost is about *n* · *m* edge relaxations; the estimate runs at most ω bidirectional searches
/// between sampled pairs (ω set by ε, δ and the vertex diameter: about 4,000 at ε 0.05, δ 0.1 on
/// 100,000 nodes) and usually stops well before ω. Exact is chosen when *n* · *m* ≤
/// ``exactWorkLimit`` (measured: exact takes about a second there on the synthetic workspaces,
/// release build, 2 cores — see bench/README.md), or when ω would reach *n* pairs (then the
/// estimate cannot be cheaper than exact).
///
/// The default ε is 0.05 with δ 0.1: on the 20,000-contact synthetic workspace (342,172 ties)
/// that is at most ω ≈ 3,000 sampled paths (2,944 measured) and about a second of CPU, against
/// minutes for exact;
/// ε 0.01 needs up to 25 times the samples. An absolute error of
/// 0.05 on the normalised scale keeps the leading brokers (shares of 0.1 and more of all
/// shortest paths) in order; below 0.05 the ranking's sentences already say "minor go-between".
public enum BetweennessPolicy: Sendable, Equatable {
    /// Exact when cheap, else `approximate(epsilon: defaultEpsilon)`.
    case automatic
    case exact
    /// Absolute error ε on the normalised scale, with probability 1 − ``delta``.
    case approximate(epsilon: Double)

    public static let defaultEpsilon = 0.05
    /// The failure probability of every estimate.
    public static let delta = 0.1
    /// Largest *n* · *m* computed exactly by `automatic` (about one second of exact betweenness).
    public static let exactWorkLimit = 60_000_000

    /// Whether this policy computes exactly on a graph of `nodeCount` nodes and `edgeCount` edges.
    public func isExact(nodeCount n: Int, edgeCount m: Int) -> Bool {
        switch self {
        case .exact: return true
        case .approximate: return false
        case .automatic:
            let work = n.multipliedReportingOverflow(by: m)
            if !work.overflow && work.partialValue <= Self.exactWorkLimit { return true }
            return Self.sampleCeiling(nodeCount: n, epsilon: Self.defaultEpsilon) >= n
        }
    }

    /// The most pairs the estimate can sample on `n` nodes: KADABRA's ω (the
    /// Riondato–Kornaropoulos size at δ/2) with the vertex diameter bounded by *n* (see
    /// `Graph.kadabraBetweenness`).
    static func sampleCeiling(nodeCount n: Int, epsilon: Double) -> Int {
        guard n >= 3 else { return 0 }
        let e = epsilon * Double(n - 2) / Double(n)
        let log2Term = Double(Int.bitWidth - 1 - (n - 2).leadingZeroBitCount)
        return Int((0.5 / (e * e) * (log2Term + 1 + log(2 / delta))).rounded(.up))
    }

    /// Normalised betweenness on lengths 1/w under this policy.
    /// - Parameter threads: workers (nil: all cores).
    public func compute(_ g: Graph, threads: Int? = nil, seed: UInt64 = 0) -> BetweennessResult {
        let exact = isExact(nodeCount: g.nodeCount, edgeCount: g.edgeCount)
        ProgressReporter.shared.begin(exact ? "betweenness: exact, \(ProgressReporter.grouped(g.nodeCount)) sources"
                                            : "betweenness: estimating from sampled paths")
        defer { ProgressReporter.shared.end() }
        if exact {
            return BetweennessResult(values: g.betweenness(normalized: true, length: .inverseWeight, threads: threads),
                                     estimate: nil)
        }
        let epsilon: Double
        if case .approximate(let e) = self { epsilon = e } else { epsilon = Self.defaultEpsilon }
        let estimate = g.kadabraBetweenness(epsilon: epsilon, delta: Self.delta, seed: seed,
                                            length: .inverseWeight, threads: threads)
        return BetweennessResult(values: estimate.values, estimate: estimate)
    }
}

/// Betweenness values and, when they were estimated, the estimate's guarantee.
public struct BetweennessResult: Sendable {
    public var values: [Double]
    /// nil: exact.
    public var estimate: ApproximateBetweenness?

    public init(values: [Double], estimate: ApproximateBetweenness?) {
        self.values = values
        self.estimate = estimate
    }

    /// "exact" or "approximate".
    public var method: String { estimate == nil ? "exact" : "approximate" }

    /// The sentence for stderr or a table's footer; nil when exact.
    public var note: String? {
        estimate.map { e in
            "betweenness: approximate, |error| ≤ \(e.epsilon) with probability ≥ \(1 - e.delta) "
                + "(\(e.sampleCount) sampled paths; --exact for exact values)"
        }
    }

    /// JSON metadata: {method, epsilon, delta, samples} (epsilon, delta and samples null when exact).
    public var json: JSONValue {
        .object([("method", .string(method)),
                 ("epsilon", estimate.map { .number($0.epsilon) } ?? .null),
                 ("delta", estimate.map { .number($0.delta) } ?? .null),
                 ("samples", estimate.map { .integer($0.sampleCount) } ?? .null)])
    }
}
