//===----------------------------------------------------------------------===//
// CommunityReport: communities of a network, their members ranked, and participation
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The communities of `liaison communities` (SPEC §5.4): Leiden or Louvain on the network (a
/// directed one read as undirected, opposite arcs summed), members of each community ranked by
/// decreasing strength, then id.
public struct CommunityReport: Sendable {
    public var network: AnalysisNetwork
    public var method: CommunityMethod
    public var options: CommunityOptions
    /// The undirected graph the communities were found on.
    public var graph: Graph
    public var result: CommunityResult
    /// Members per community (community c = `result.partition` community c), strongest first.
    public var rankedMembers: [[Int]]

    public init(_ network: AnalysisNetwork, method: CommunityMethod, options: CommunityOptions) {
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        graph = g
        self.network = network
        self.method = method
        self.options = options
        result = g.communities(method, options)
        let strength = (0 ..< g.nodeCount).map { g.strength($0) }
        let ids = network.ids
        rankedMembers = result.partition.members().map { group in
            group.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : ids[$0] < ids[$1] }
        }
    }

    /// The participation coefficient of each node across the communities (Guimerà & Amaral 2005).
    public func participation() -> [Double] { graph.participationCoefficients(result.partition) }
}
