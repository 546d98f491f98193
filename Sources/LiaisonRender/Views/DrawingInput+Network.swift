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

    /// Community names from what the members share (the domain's ``CommunityLabels``, the same
    /// names `bridges` and the report's tables print), or "community N" for a plain graph.
    static func communityNames(_ network: AnalysisNetwork, _ community: [Int], _ count: Int) -> [String] {
        var members = [[Int]](repeating: [], count: count)
        for (u, c) in community.enumerated() where c >= 0 && c < count { members[c].append(u) }
        guard let contacts = network.workspace?.contacts else { return CommunityLabels.labels(members: members, contacts: nil) }
        // A workspace's network has its contacts as nodes, in order: no lookup by id needed.
        if contacts.count == network.ids.count && zip(contacts, network.ids).allSatisfy({ $0.id == $1 }) {
            return CommunityLabels.labels(members: members, contacts: contacts)
        }
        var byID = [String: Contact](minimumCapacity: contacts.count)
        for c in contacts { byID[c.id] = c }
        let perNode = network.ids.map { byID[$0] ?? Contact(id: $0, name: $0) }
        return CommunityLabels.labels(members: members, contacts: perNode)
    }

    /// The drawing input of `network` with a fresh overview.
    /// - Parameter policy: exact or estimated betweenness when it sizes the nodes (`BetweennessPolicy`).
    public init(_ network: AnalysisNetwork, size: NodeSizeMeasure = .auto, betweenness policy: BetweennessPolicy = .automatic) {
        self.init(network, overview: NetworkOverview(network, size: size, betweennessPolicy: policy))
    }
}
