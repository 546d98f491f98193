//===----------------------------------------------------------------------===//
// DrawingInput from an analysed network: what every view of a workspace or --edges graph shows
//===----------------------------------------------------------------------===//

import Liaison
import LiaisonGraph

extension DrawingInput {
    /// The drawing input of a network and its overview: size = betweenness (with the degree in the
    /// tooltips) or degree, groups = the overview's communities ("community 1" = biggest), line
    /// width = the weight, line class = the workspace's tie class (fading drawn at its level),
    /// bridges and local bridges from the overview.
    public init(_ network: AnalysisNetwork, overview: NetworkOverview) {
        let g = network.graph
        let degree = NodeMeasure(name: "degree", values: overview.degree)
        var size = degree
        var measures: [NodeMeasure] = []
        if let betweenness = overview.betweenness {
            size = NodeMeasure(name: "betweenness", values: betweenness)
            measures = [degree]
        }
        let partition = overview.communities
        let groups = (partition.community.map(Int.init), Self.communityNames(network, partition.community.map(Int.init), partition.count), "community")
        let lineClasses: [LineClass]? = overview.tieClasses.map { classes in
            (0 ..< g.edgeCount).map { e in
                guard let tieClass = classes[e] else { return .weak }
                switch tieClass {
                case .strong: return .strong
                case .medium: return .medium
                case .weak: return .weak
                case .dormant: return .dormant
                case .fading:
                    let model = network.ties!.model
                    let strength = network.ties!.tie(g.edgeSource[e], g.edgeTarget[e])!.strength
                    return LineClass.of(strength: strength, strongAt: model.strongThreshold, mediumAt: model.mediumThreshold)
                }
            }
        }
        self.init(graph: g, ids: network.ids, names: network.names, size: size, measures: measures,
                  groups: groups, tieClass: lineClasses, bridges: overview.bridges, localBridges: overview.localBridges)
    }

    /// Community names from what the members share (``CommunityNames``: industry, organisation,
    /// city), or "community N" for a plain graph without a workspace.
    static func communityNames(_ network: AnalysisNetwork, _ community: [Int], _ count: Int) -> [String] {
        guard let contacts = network.workspace?.contacts else { return (0 ..< count).map { "community \($0 + 1)" } }
        var byID = [String: Contact]()
        for c in contacts { byID[c.id] = c }
        let attributes = network.ids.map { id -> [String] in
            guard let c = byID[id] else { return ["", "", ""] }
            return [c.industry, c.organization, c.city]
        }
        return CommunityNames.names(community: community, count: count, attributes: attributes)
    }

    /// The drawing input of `network` with a fresh overview.
    /// - Parameter policy: exact or estimated betweenness when it sizes the nodes (`BetweennessPolicy`).
    public init(_ network: AnalysisNetwork, size: NodeSizeMeasure = .auto, betweenness policy: BetweennessPolicy = .automatic) {
        self.init(network, overview: NetworkOverview(network, size: size, betweennessPolicy: policy))
    }
}
