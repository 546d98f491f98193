//===----------------------------------------------------------------------===//
// BridgeContactReport: the ranking of bridge contacts with its communities and brokerage roles
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// Everything `liaison bridges` shows for a network (SPEC §5.5): Leiden communities (a directed
/// network read as undirected), the bridge measures and ranking over that undirected graph, and
/// the "connects … with …" clause of each reason over the chosen groups (communities labelled by
/// what their members share, or the contacts' industry, organisation or city), and
/// Gould & Fernandez brokerage roles over the same groups, following the arcs of a directed
/// network (their two-paths are directed).
public struct BridgeContactReport: Sendable {
    public var communities: Partition
    /// What each community is called (`CommunityLabels`; "community N" on a plain graph).
    public var communityLabels: [String]
    public var ranking: BridgeContactRanking
    /// Roles per node.
    public var roles: [BrokerageRoles]
    /// How the ranking's betweenness was computed (exact, or the estimate's ε, δ and sample size).
    public var betweenness: BetweennessResult

    /// - Throws: `GroupingUnavailable` when the grouping is an attribute and the network is a plain
    ///   graph (no contacts carry it).
    /// - Parameter policy: exact or estimated betweenness (default: by size, `BetweennessPolicy`).
    public init(_ network: AnalysisNetwork, ego: Int?, grouping: BrokerageGrouping, seed: UInt64,
                betweenness policy: BetweennessPolicy = .automatic) throws {
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        communities = g.leidenCommunities(.init(seed: seed)).partition
        let measures = BridgeMeasures(graph: g, communities: communities, betweenness: policy)
        betweenness = measures.betweennessResult
        guard let groups = grouping.groups(for: network, communities: communities) else {
            throw GroupingUnavailable(grouping: grouping)
        }
        let contacts = network.workspace.flatMap { $0.contacts.count == g.nodeCount ? $0.contacts : nil }
        let labels = CommunityLabels.labels(members: communities.members(), contacts: contacts)
        communityLabels = labels
        ranking = BridgeContactRanking(graph: g, measures: measures, names: network.names, ego: ego,
                                       communityLabels: labels,
                                       sides: BridgeSides(groups: groups, labels: grouping.labels(groups, network, communityLabels: labels)))
        roles = network.graph.brokerageRoles(groups: groups)
    }
}

extension BridgeContactRanking {
    /// The ranking `liaison bridges` prints with its default grouping (communities labelled by
    /// what their members share), from measures and communities already computed: the HTML
    /// report's bridge table says the same "connects … with …" as the command.
    public static func byCommunity(_ network: AnalysisNetwork, graph g: Graph, measures: BridgeMeasures,
                                   communities: Partition, ego: Int?) -> BridgeContactRanking {
        let contacts = network.workspace.flatMap { $0.contacts.count == g.nodeCount ? $0.contacts : nil }
        let labels = CommunityLabels.labels(members: communities.members(), contacts: contacts)
        let grouping = BrokerageGrouping.community
        let groups = communities.community.map(Int.init)
        return BridgeContactRanking(graph: g, measures: measures, names: network.names, ego: ego, communityLabels: labels,
                                    sides: BridgeSides(groups: groups, labels: grouping.labels(groups, network, communityLabels: labels)))
    }
}

/// `--groups organization|industry|city` asked of a plain graph, whose nodes carry no attributes.
public struct GroupingUnavailable: Error, Sendable, CustomStringConvertible {
    public var grouping: BrokerageGrouping
    public var description: String { "--groups \(grouping.rawValue) needs a workspace (contacts with that attribute)" }
}

/// The per-tie view of bridges (`liaison bridges --edges-only`) on an undirected graph: each
/// edge's neighbourhood overlap (Onnela et al. 2007), whether it is a bridge (`nx.bridges`) and a
/// local bridge with its span (`nx.local_bridges(G, with_span=True)`), and the articulation points
/// (`nx.articulation_points`).
public struct TieBridges: Sendable {
    public var isBridge: [Bool]
    public var isLocalBridge: [Bool]
    /// Hops between the ends without the edge, for local bridges that are not bridges; nil otherwise.
    public var span: [Int?]
    public var overlap: [Double]
    public var articulationPoints: [Int]

    /// - Parameter spans: whether to measure the local bridges' spans (a search per local bridge);
    ///   without them `span` is all nil (an export, which writes no span, skips them).
    /// - Complexity: O(n + m) for bridges and articulation points; local bridges and overlap as
    ///   their graph-core functions state.
    public init(_ g: Graph, spans: Bool = true) {
        let m = g.edgeCount
        isBridge = [Bool](repeating: false, count: m)
        for e in g.bridges() { isBridge[e] = true }
        span = [Int?](repeating: nil, count: m)
        if spans {
            isLocalBridge = [Bool](repeating: false, count: m)
            for lb in g.localBridges() { isLocalBridge[lb.edge] = true; span[lb.edge] = lb.span }
        } else {
            isLocalBridge = g.isLocalBridge()
        }
        overlap = g.neighborhoodOverlap()
        articulationPoints = g.articulationPoints()
    }

    /// The local bridges, widest span first (bridges, span ∞, before all), then by edge id.
    public var localBridgesWidestFirst: [Int] {
        isLocalBridge.indices.filter { isLocalBridge[$0] }.sorted { (span[$0] ?? Int.max, $1) > (span[$1] ?? Int.max, $0) }
    }
}
