import Testing
import LiaisonGraph
@testable import Liaison

/// Hand example, ego 0, strong = weight ≥ 3, h = 2.
///   0–1 (5), 0–2 (1), 0–3 (1), 1–4 (5), 2–5 (1), 2–6 (5), 3–6 (5), 4–7 (5), 5–8 (1)
/// Strong only: 0–1–4 → {1, 4}. Any ties within 2 hops: {1, 2, 3} ∪ {4, 5, 6}.
/// Only through a weak tie: {2, 3, 5, 6}.
/// Per tie, R_x = {x} ∪ neighbours of x other than 0: R_1 = {1, 4}, R_2 = {2, 5, 6}, R_3 = {3, 6}.
/// Unique (the tie's own contact excluded: the ego reaches it directly): tie 1 → {4};
/// tie 2 → {5} (6 is also reached by 3); tie 3 → {} (its only other contact, 6, is shared).
/// Communities A = {0, 1, 4, 7} (label 0), B = {2, 5, 8} (1), C = {3, 6} (2):
/// R_1 meets A; R_2 meets B and C; R_3 meets C → unique: tie 1 → [A], tie 2 → [B], tie 3 → [].
@Test func weakTieReachHandExample() throws {
    let g = try Graph(nodeCount: 9,
                      sources: [0, 0, 0, 1, 2, 2, 3, 4, 5], targets: [1, 2, 3, 4, 5, 6, 6, 7, 8],
                      weights: [5, 1, 1, 5, 1, 5, 5, 5, 1])
    let p = Partition(nodeCount: 9, groups: [[0, 1, 4, 7], [2, 5, 8], [3, 6]])
    let r = g.weakTieReach(ego: 0, hops: 2, strongThreshold: 3, communities: p)
    #expect(r.strongOnly == [1, 4])
    #expect(r.anyTies == [1, 2, 3, 4, 5, 6])
    #expect(r.onlyThroughWeak == [2, 3, 5, 6])
    #expect(r.ties.map(\.contact) == [2, 1, 3])   // 1 unique each for ties 2 and 1; weaker first
    #expect(r.ties.map(\.uniqueContacts) == [[5], [4], []])
    #expect(r.ties.map(\.uniqueCommunities) == [[1], [0], []])
    #expect(r.ties.map(\.reach) == [3, 2, 2])
    #expect(r.weakTies.map(\.contact) == [2, 3])
}

/// With h = 3 the strong path 0–1–4–7 adds 7; node 8 comes through 2–5–8 (weak ties).
/// R_2 = {2} ∪ 2 hops from 2 without 0 = {2, 5, 6, 8, 3}; R_3 = {3, 6, 2}: node 2 is now also
/// reached through tie 3 (0–3–6–2), so tie 2's unique reach is {5, 8}.
@Test func weakTieReachThreeHops() throws {
    let g = try Graph(nodeCount: 9,
                      sources: [0, 0, 0, 1, 2, 2, 3, 4, 5], targets: [1, 2, 3, 4, 5, 6, 6, 7, 8],
                      weights: [5, 1, 1, 5, 1, 5, 5, 5, 1])
    let r = g.weakTieReach(ego: 0, hops: 3, strongThreshold: 3)
    #expect(r.strongOnly == [1, 4, 7])
    #expect(r.onlyThroughWeak == [2, 3, 5, 6, 8])
    #expect(r.ties.first { $0.contact == 2 }!.uniqueContacts == [5, 8])
}

@Test func medianWeightOfEvenAndOddCounts() throws {
    #expect(try Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, 4]).medianWeight() == 2.5)
    #expect(try Graph(nodeCount: 4, sources: [0, 1, 2], targets: [1, 2, 3], weights: [9, 1, 4]).medianWeight() == 4)
}
