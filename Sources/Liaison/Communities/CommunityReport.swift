//===----------------------------------------------------------------------===//
// CommunityReport: communities of a network, their members ranked, and participation
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// A community detection method, as the domain offers it (the graph core's `CommunityMethod`).
public enum CommunityAlgorithm: String, Sendable, CaseIterable {
    /// Leiden (Traag, Waltman & van Eck 2019), the default.
    case leiden
    /// Louvain (Blondel et al. 2008).
    case louvain

    var method: CommunityMethod { self == .leiden ? .leiden : .louvain }
}

/// The communities of `liaison communities` (SPEC §5.4): Leiden or Louvain on the network (a
/// directed one read as undirected, opposite arcs summed), members of each community ranked by
/// decreasing strength, then id.
public struct CommunityReport: Sendable {
    public var network: AnalysisNetwork
    public var method: CommunityAlgorithm
    public var options: CommunityOptions
    /// The undirected graph the communities were found on.
    public var graph: Graph
    public var result: CommunityResult
    /// Members per community (community c = `result.partition` community c), strongest first.
    public var rankedMembers: [[Int]]

    /// - Parameters:
    ///   - resolution: modularity resolution γ > 0; `iterations`: Leiden iterations / Louvain rounds.
    public init(_ network: AnalysisNetwork, method: CommunityAlgorithm, resolution: Double, seed: UInt64, iterations: Int) {
        let options = CommunityOptions(resolution: resolution, seed: seed, maxIterations: iterations)
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        graph = g
        self.network = network
        self.method = method
        self.options = options
        result = g.communities(method.method, options)
        let strength = (0 ..< g.nodeCount).map { g.strength($0) }
        let ids = network.ids
        rankedMembers = result.partition.members().map { group in
            group.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : ids[$0] < ids[$1] }
        }
    }

    /// The participation coefficient of each node across the communities (Guimerà & Amaral 2005).
    public func participation() -> [Double] { graph.participationCoefficients(result.partition) }
}
