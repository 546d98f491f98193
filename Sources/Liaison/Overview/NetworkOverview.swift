//===----------------------------------------------------------------------===//
// NetworkOverview: the analyses a picture of the whole network shows, computed once
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// What node size shows in a drawing. `auto`: betweenness up to ``NetworkOverview/betweennessLimit``
/// nodes, degree above (exact betweenness is O(nm): seconds at a few thousand nodes, longer than
/// the drawing itself).
public enum NodeSizeMeasure: String, CaseIterable, Sendable {
    case auto, degree, betweenness
}

extension AnalysisNetwork {
    /// Leiden communities with the default options (seed 0); a directed network is read as
    /// undirected (opposite arcs summed). The communities every drawing and the report show.
    public func defaultCommunities() -> Partition {
        (graph.isDirected ? graph.undirected() : graph).leidenCommunities().partition
    }
}

/// The measures a drawing of the network shows, from the graph core: node size (normalised
/// betweenness on lengths 1/w, or degree), Leiden communities, bridges and local bridges (an
/// undirected edge whose ends share no neighbour: neighbourhood overlap 0), and for a workspace
/// the class of each tie.
public struct NetworkOverview: Sendable {
    /// Above this many nodes `NodeSizeMeasure.auto` means degree.
    public static let betweennessLimit = 1_000

    /// Degree per node (in + out for a directed network).
    public var degree: [Double]
    /// Betweenness per node when it is the size measure; nil when the size is the degree.
    public var betweenness: [Double]?
    /// The estimate's guarantee when the betweenness computed here was approximated.
    public var betweennessEstimate: ApproximateBetweenness?
    public var communities: Partition
    /// Per edge id; nil for a directed network.
    public var bridges: [Bool]?
    public var localBridges: [Bool]?
    /// The workspace's class of each edge's tie (nil where the edge has no tie record); nil for a
    /// plain graph.
    public var tieClasses: [TieClass?]?

    /// - Parameters:
    ///   - betweenness, communities: values a caller already computed for this network's graph,
    ///     so that they are not computed twice.
    ///   - policy: exact or estimated betweenness when it is computed here (`BetweennessPolicy`).
    public init(_ network: AnalysisNetwork, size: NodeSizeMeasure = .auto, betweenness known: [Double]? = nil,
                communities: Partition? = nil, betweennessPolicy policy: BetweennessPolicy = .automatic) {
        let g = network.graph
        degree = (0 ..< g.nodeCount).map { Double(g.isDirected ? g.degree($0) + g.inDegree($0) : g.degree($0)) }
        if size == .betweenness || (size == .auto && (known != nil || g.nodeCount <= Self.betweennessLimit)) {
            if let known {
                betweenness = known
            } else {
                let result = policy.compute(g)
                betweenness = result.values
                betweennessEstimate = result.estimate
            }
        }
        self.communities = communities ?? network.defaultCommunities()
        if !g.isDirected {
            var isBridge = [Bool](repeating: false, count: g.edgeCount)
            for e in g.bridges() { isBridge[e] = true }
            bridges = isBridge
            localBridges = g.isLocalBridge()   // the zeros of neighborhoodOverlap()
        }
        tieClasses = network.ties.map { ties in
            (0 ..< g.edgeCount).map { ties.tie(g.edgeSource[$0], g.edgeTarget[$0])?.tieClass }
        }
    }
}
