import Testing
import LiaisonGraph
@testable import Liaison

/// Two 4-cliques joined by one tie. A = {me 0, Ann 1, Bob 2, Vera 3}, B = {Lena 4, Max 5, Oleg 6,
/// Pia 7}; weights 1 except me–Vera = 4; the only tie between the clusters is Vera–Lena.
/// By hand: the bridge 3–4 is the only (local) bridge; articulation points {3, 4}.
/// Betweenness (d = 1/w): every pair {0,1,2}×{4,5,6,7} (12) goes through Vera and every pair
/// {0,1,2,3}×{5,6,7} (12) through Lena; inside A the direct ties (d = 1) beat 0–3–x (0.25 + 1):
/// b(3) = b(4) = 12 / C(7,2) = 12/21 = 0.571…; all others 0.
/// Cut-off from me: without Vera I reach {me, Ann, Bob} = 3 of the 8 − 1 = 7 others → 4 cut off;
/// without Lena {me, Ann, Bob, Vera} → 3. Vera outranks Lena (same betweenness, and me–Vera = 4 is
/// my strongest tie).
@Test func bridgeContactsRankedAndExplainedByHand() throws {
    var edges = [(Int32, Int32, Double)]()
    for a in 0 ..< 4 { for b in a + 1 ..< 4 {
        edges.append((Int32(a), Int32(b), a == 0 && b == 3 ? 4 : 1)); edges.append((Int32(a + 4), Int32(b + 4), 1))
    } }
    edges.append((3, 4, 1))
    let g = try Graph(nodeCount: 8, sources: edges.map(\.0), targets: edges.map(\.1), weights: edges.map(\.2))
    let names = ["me", "Ann", "Bob", "Vera", "Lena", "Max", "Oleg", "Pia"]
    let part = Partition(nodeCount: 8, groups: [[0, 1, 2, 3], [4, 5, 6, 7]])
    let measures = BridgeMeasures(graph: g, communities: part)
    #expect(abs(measures.betweenness[3] - 12.0 / 21) < 1e-12 && measures.betweenness[1] == 0)
    #expect(measures.articulationPoints == [3, 4])
    let ranking = BridgeContactRanking(graph: g, measures: measures, names: names, ego: 0,
                                       communityLabels: ["your logistics cluster", "the fintech cluster"])
    #expect(ranking.contacts.count == 7)
    #expect(ranking.contacts.prefix(2).map(\.node) == [3, 4])
    let vera = ranking.contacts[0], lena = ranking.contacts[1]
    #expect(vera.cutOff == 4 && lena.cutOff == 3)
    #expect(vera.communityBridges == [4] && vera.egoStrength == 4 && lena.egoStrength == nil)
    #expect(vera.reason == "The only link between your logistics cluster and the fintech cluster; " +
            "without them you lose your only route to 4 contacts; on the shortest paths of 57% of all pairs; " +
            "you know them well (strength 4.00).")
    #expect(lena.reason == "The only link between the fintech cluster and your logistics cluster; " +
            "without them you lose your only route to 3 contacts; on the shortest paths of 57% of all pairs; " +
            "not your direct contact yet.")
    // Ann: no bridge, betweenness 0, a tie of weight 1 out of my strongest 4.
    let ann = ranking.contacts.first { $0.node == 1 }!
    #expect(ann.reason == "Not a bridge: every contact of theirs is reachable another way; a weak tie of yours (strength 1.00).")
}

/// Without an ego, an articulation point's cut-off is what falls outside the largest remaining piece:
/// path 0–1–2–3–4: removing 1 leaves {0} and {2,3,4} → 1; removing 2 leaves {0,1}, {3,4} → 2.
@Test func cutOffWithoutEgo() throws {
    let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
    let cut = g.cutOffCounts()
    #expect(cut == [0, 1, 2, 1, 0])
}
