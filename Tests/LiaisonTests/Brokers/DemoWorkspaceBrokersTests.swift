import Foundation
import Testing
import LiaisonGraph
@testable import Liaison

/// The bundled demo workspace (data/demo) end to end through the domain: tie strength → bridge
/// contacts and weak-tie reach of `me`. Asserts the invariants that must hold on any workspace and
/// prints the top of each for a reader (swift test --filter demoWorkspace).
@Test func demoWorkspaceBridgeContactsAndReach() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let (ws, _) = try WorkspaceLoader.load(from: root.appendingPathComponent("data/demo").path)
    let model = ws.config.tieStrength
    let labeled = ws.strengthGraph(asOf: ws.asOf, model: model)
    let g = labeled.graph
    let me = Int(try #require(ws.me))
    let names = ws.contacts.map(\.name)
    let part = g.leidenCommunities().partition
    let ranking = BridgeContactRanking(graph: g, measures: BridgeMeasures(graph: g, communities: part),
                                       names: names, ego: me)
    #expect(ranking.contacts.count == g.nodeCount - 1 && !ranking.contacts.contains { $0.node == me })
    #expect(ranking.contacts.allSatisfy { $0.reason.hasSuffix(".") && $0.score >= 0 && $0.score <= 1 })
    #expect(zip(ranking.contacts, ranking.contacts.dropFirst()).allSatisfy { $0.score >= $1.score })
    print(ranking.table(names: names, top: 5))

    let reach = g.weakTieReach(ego: me, hops: 2, strongThreshold: model.strongThreshold, communities: part)
    #expect(Set(reach.onlyThroughWeak) == Set(reach.anyTies).subtracting(reach.strongOnly))
    #expect(reach.ties.count == g.degree(me))
    print("reach of me within 2 hops: strong only \(reach.strongOnly.count), any \(reach.anyTies.count), " +
          "only through weak \(reach.onlyThroughWeak.count); weak ties \(reach.weakTies.count)")
    for t in reach.weakTies.prefix(5) {
        print("  \(names[t.contact]) (\(decimalText(t.strength, 2))): unique \(t.uniqueContacts.count), new communities \(t.uniqueCommunities.count)")
    }
}
