import Testing
import LiaisonGraph
@testable import Liaison

/// "New communities" of a tie (issue 14, item 6): communities its reach touches that none of the
/// ego's strong ties reaches, the ego's own left out.
///
/// Ego 0; strong ties (1.0) to 1 and 2, weak ties (0.1) to 3 and 4; other ties 1–5, 2–6, 3–5,
/// 3–7, 4–7, 4–8 (1.0). Communities C0 = {0, 1, 2}, C1 = {5, 6}, C2 = {3, 7}, C3 = {4, 8}.
/// Within 2 hops, the reach through each tie (the tie's contact and its neighbours but the ego):
/// R1 = {1, 5}, R2 = {2, 6}, R3 = {3, 5, 7}, R4 = {4, 7, 8}; communities met: R1 {C0, C1},
/// R2 {C0, C1}, R3 {C1, C2}, R4 {C2, C3}. The strong ties cover C0 and C1.
/// By hand: new(3) = {C1, C2} − C0 − {C0, C1} = {C2}; new(4) = {C2, C3}; new(1) = {C0, C1} − C0 −
/// (C1, also met by strong tie 2) = {}; new(2) = {}.
/// The stricter "reached by no other tie at all" (uniqueCommunities): C2 is met by both 3 and 4,
/// C1 by 1, 2 and 3, so only C3 (by 4) — tie 3 would show 0, as every demo row did.
@Test func newCommunitiesAreThoseBeyondYourStrongTies() throws {
    let edges: [(Int32, Int32, Double)] = [(0, 1, 1), (0, 2, 1), (0, 3, 0.1), (0, 4, 0.1), (1, 5, 1), (2, 6, 1),
                                           (3, 5, 1), (3, 7, 1), (4, 7, 1), (4, 8, 1)]
    let g = try Graph(nodeCount: 9, sources: edges.map(\.0), targets: edges.map(\.1), weights: edges.map(\.2))
    let part = Partition(nodeCount: 9, groups: [[0, 1, 2], [5, 6], [3, 7], [4, 8]])
    let r = g.weakTieReach(ego: 0, hops: 2, strongThreshold: 0.5, communities: part)
    func tie(_ x: Int) -> WeakTieReach.TieReach { r.ties.first { $0.contact == x }! }
    // The partition numbers its communities itself: name them by a member.
    let c2 = Int(part.community[7]), c3 = Int(part.community[8])
    #expect(Set([part.community[0], part.community[5], part.community[7], part.community[8]]).count == 4)
    #expect(tie(3).newCommunities == [c2])
    #expect(tie(4).newCommunities == [c2, c3].sorted())
    #expect(tie(1).newCommunities == [] && tie(2).newCommunities == [])
    #expect(tie(3).uniqueCommunities == [] && tie(4).uniqueCommunities == [c3])
    // The weak-tie contact is never its own unique contact: 3 reaches 5 (also via 1) and 7 (also via 4).
    #expect(tie(3).uniqueContacts == [] && tie(4).uniqueContacts == [8])
}

/// Without strong ties every community a weak tie reaches is new, except the ego's own.
@Test func withoutStrongTiesEveryOtherCommunityIsNew() throws {
    let g = try Graph(nodeCount: 4, sources: [0, 1, 0], targets: [1, 2, 3], weights: [0.1, 1, 0.1])
    let part = Partition(nodeCount: 4, groups: [[0, 3], [1], [2]])
    let r = g.weakTieReach(ego: 0, hops: 2, strongThreshold: 0.5, communities: part)
    #expect(r.ties.first { $0.contact == 1 }!.newCommunities == [1, 2])
    #expect(r.ties.first { $0.contact == 3 }!.newCommunities == [])
}
