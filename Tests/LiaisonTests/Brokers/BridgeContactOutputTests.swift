import Foundation
import Testing
import LiaisonGraph
@testable import Liaison

/// Path a–b–c (b the only link), communities {a, b}, {c}: b is ranked first, holds the bridges
/// b–a and b–c (span null), the community bridge to c, and as a broker on the two-paths a→b→c and
/// c→b→a it is a representative once (a, b same group, c other) and a gatekeeper once.
@Test func bridgeContactJSONFields() throws {
    let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
    let part = Partition(nodeCount: 3, groups: [[0, 1], [2]])
    let ranking = BridgeContactRanking(graph: g, measures: BridgeMeasures(graph: g, communities: part),
                                       names: ["A", "B", "C"])
    let roles = g.brokerageRoles(groups: part.community.map(Int.init))
    let json = ranking.json(ids: ["a", "b", "c"], names: ["A", "B", "C"], top: 1, brokerage: roles).serialized()
    let first = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]])[0]
    #expect(first["id"] as! String == "b" && first["rank"] as! Int == 1)
    #expect(first["community_bridges"] as! [String] == ["c"])
    #expect((first["local_bridges"] as! [[String: Any]]).map { $0["span"] is NSNull } == [true, true])
    #expect(first["your_strength"] is NSNull)
    let b = first["brokerage"] as! [String: Int]
    #expect(b == ["coordinator": 0, "itinerant": 0, "representative": 1, "gatekeeper": 1, "liaison": 0])
    #expect(first["cut_off"] as! Int == 1)
    #expect(ranking.table(names: ["A", "B", "C"], top: 2).contains("The only link between"))
}

@Test func brokerageGroupingByAttribute() {
    let ws = Workspace(contacts: [Contact(id: "x", name: "X", organization: "Acme"),
                                  Contact(id: "y", name: "Y", organization: ""),
                                  Contact(id: "z", name: "Z", organization: "Acme")])
    let net = AnalysisNetwork(network: ws.strengthGraph(from: ws.tieStrengths(model: TieStrengthModel())),
                              names: ["X", "Y", "Z"], workspace: ws)
    let groups = BrokerageGrouping.organization.groups(for: net, communities: .singletons(3))!
    #expect(groups[0] == groups[2] && groups[1] != groups[0])
    #expect(BrokerageGrouping.community.groups(for: net, communities: Partition(labels: [0, 0, 1])) == [0, 0, 1])
}
