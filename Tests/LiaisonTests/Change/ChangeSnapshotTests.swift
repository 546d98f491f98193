import Foundation
import Testing
import LiaisonGraph
@testable import Liaison

/// `changes(since:asOf:current:)` with the later date's measures handed in (what the HTML report
/// does) must give exactly what it computes on its own: same ties, contacts, bridge ranks,
/// communities and goals.
private func expectSameChanges(_ ws: Workspace, since: Date, asOf: Date) {
    let alone = ws.changes(since: since, asOf: asOf)
    let strengths = ws.tieStrengths(asOf: asOf, model: ws.config.tieStrength)
    let quality = ws.contactQuality(strengths: strengths, model: ws.config.quality)
    let graph = ws.strengthGraph(from: strengths).graph
    let communities = graph.leidenCommunities(.init(seed: 0)).partition
    let measures = BridgeMeasures(graph: graph, communities: communities, betweenness: .automatic)
    // The report's ranking carries community labels and sides; the ranks must not depend on them.
    let network = AnalysisNetwork(network: ws.strengthGraph(from: strengths), names: ws.contacts.map(\.name),
                                  workspace: ws, ego: ws.me.map(Int.init), ties: strengths)
    let ranking = BridgeContactRanking.byCommunity(network, graph: graph, measures: measures,
                                                   communities: communities, ego: ws.me.map(Int.init))
    let snapshot = ChangeSnapshot(strengths: strengths, quality: quality, graph: graph, communities: communities,
                                  ranking: ranking)
    let reused = ws.changes(since: since, asOf: asOf, current: snapshot)
    #expect(reused.ties == alone.ties)
    #expect(reused.contacts == alone.contacts)
    #expect(reused.communities == alone.communities)
    #expect(reused.communityCounts == alone.communityCounts)
    #expect(reused.goals == alone.goals)
    #expect(!alone.ties.isEmpty)
}

@Test func changesWithTheLaterSnapshotEqualChangesAlone() {
    expectSameChanges(ChangeHistory.workspace(), since: ChangeHistory.since, asOf: ChangeHistory.asOf)
}

@Test func changesWithTheLaterSnapshotEqualChangesAloneOnTheDemo() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let (ws, _) = try WorkspaceLoader.load(from: root.appendingPathComponent("data/demo").path)
    expectSameChanges(ws, since: ws.asOf.addingTimeInterval(-90 * ISODate.secondsPerDay), asOf: ws.asOf)
}
