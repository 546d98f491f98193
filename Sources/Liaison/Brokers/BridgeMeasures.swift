//===----------------------------------------------------------------------===//
// The structural measures a bridge-contact ranking combines
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// Per-node inputs of `BridgeContactRanking`, kept separate from the ranking so that any source of
/// the measures (the graph core, a cached computation, a test's hand values) can feed it.
public struct BridgeMeasures: Sendable {
    /// Normalised betweenness (share of node pairs whose shortest paths pass through the node).
    public var betweenness: [Double]
    /// Burt's constraint (NaN for isolated nodes).
    public var constraint: [Double]
    /// The communities, and each node's participation coefficient across them.
    public var communities: Partition
    public var participation: [Double]
    /// Local bridges (edge id + span in hops, `nil` = a bridge), from `Graph.localBridges()`.
    public var localBridges: [LocalBridge]
    /// Articulation points (node indices).
    public var articulationPoints: [Int]
    /// The estimate's guarantee when betweenness was approximated; nil when exact.
    public var betweennessEstimate: ApproximateBetweenness?

    public init(betweenness: [Double], constraint: [Double], communities: Partition, participation: [Double],
                localBridges: [LocalBridge], articulationPoints: [Int]) {
        self.betweenness = betweenness
        self.constraint = constraint
        self.communities = communities
        self.participation = participation
        self.localBridges = localBridges
        self.articulationPoints = articulationPoints
    }

    /// All measures from the graph core on an undirected graph whose weights are tie strengths
    /// (betweenness on distances 1/w, SPEC §5.3).
    ///
    /// - Parameter policy: exact or estimated betweenness (`BetweennessPolicy`; default: by size).
    /// - Complexity: dominated by betweenness, O(*nm* + *n*² log *n*) exact, O(*r*(*m* + *n* log *n*))
    ///   estimated.
    public init(graph g: Graph, communities: Partition, betweenness policy: BetweennessPolicy = .automatic) {
        precondition(!g.isDirected, "bridge measures need an undirected graph; call undirected() first")
        let result = policy.compute(g)
        self.init(betweenness: result.values,
                  constraint: g.burtConstraint(),
                  communities: communities,
                  participation: g.participationCoefficients(communities),
                  localBridges: g.localBridges(),
                  articulationPoints: g.articulationPoints())
        betweennessEstimate = result.estimate
    }

    /// The betweenness and how it was computed.
    public var betweennessResult: BetweennessResult {
        BetweennessResult(values: betweenness, estimate: betweennessEstimate)
    }
}
