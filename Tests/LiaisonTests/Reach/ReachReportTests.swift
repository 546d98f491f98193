import Testing
import LiaisonGraph
@testable import Liaison

/// The two-triangle example of OnnelaTestTests: weak-first removal shrinks the largest component
/// sooner, so the verdict says weak ties hold the network together; with every weight equal the
/// two orders coincide (same seeded shuffle) and the verdict says so.
@Test func reachReportVerdictAndJSON() throws {
    let weighted = try LabeledGraph(edges: [("a", "b", 4), ("a", "c", 4), ("b", "c", 4), ("d", "e", 4), ("d", "f", 4),
                                            ("e", "f", 4), ("c", "d", 1), ("f", "g", 2)])
    let net = AnalysisNetwork(network: weighted, names: weighted.labels)
    let r = ReachReport(network: net, ego: weighted.index(of: "a"), hops: 2, strongThreshold: 3,
                        communities: weighted.graph.leidenCommunities().partition,
                        overlap: weighted.graph.neighborhoodOverlap(), steps: 8, seed: 3)
    #expect(r.onnelaVerdict.hasPrefix("Removing weak ties first fragments the network faster"))
    #expect(r.reach!.onlyThroughWeak.map { weighted.labels[$0] } == ["d"])
    let json = r.json().serialized()
    #expect(json.contains("\"weak_ties_hold_network_together\":true"))
    #expect(json.contains("\"only_through_weak_ids\":[\"d\"]"))

    let flat = try LabeledGraph(edges: [("a", "b", 1), ("b", "c", 1), ("c", "a", 1)])
    let f = ReachReport(network: AnalysisNetwork(network: flat, names: flat.labels), ego: nil, hops: 2,
                        strongThreshold: 1, communities: .singletons(3), overlap: nil, steps: 3, seed: 0)
    #expect(f.onnelaVerdict.hasPrefix("Removing weak or strong ties first fragments the network equally fast"))
    #expect(f.reach == nil && f.overlapStrength == nil)
}
