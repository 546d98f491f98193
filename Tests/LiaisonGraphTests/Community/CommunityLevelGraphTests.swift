import Testing
@testable import LiaisonGraph

/// Path 0–1 (2), 1–2 (3), 2–3 (1), 3–0 (4) aggregated by {0, 1} → A, {2, 3} → B:
/// A's self-loop = 2 (edge 0–1), B's = 1 (edge 2–3), A–B = 3 + 4 = 7. Strengths: A = 2·2 + 7 = 11,
/// B = 2·1 + 7 = 9; m = 10 before and after. Modularity of the partition on the base graph equals
/// that of the singletons of the aggregate: 2/10 − (11/20)² + 1/10 − (9/20)² = 0.3 − 0.505 = −0.205.
@Test func aggregationKeepsWeightAndModularity() throws {
    let g = try Graph(nodeCount: 4, sources: [0, 1, 2, 3], targets: [1, 2, 3, 0], weights: [2, 3, 1, 4])
    let base = CommunityLevelGraph(g)
    let agg = base.aggregated(labels: [0, 0, 1, 1], count: 2)
    #expect(agg.selfLoop == [2, 1])
    #expect(agg.targets == [1, 0] && agg.weights == [7, 7])
    #expect(agg.strength == [11, 9] && agg.totalWeight == 10)
    let q = base.modularity(labels: [0, 0, 1, 1], count: 2, resolution: 1)
    #expect(abs(q - (-0.205)) < 1e-12)
    #expect(abs(agg.modularity(labels: [0, 1], count: 2, resolution: 1) - q) < 1e-12)
    #expect(abs(g.modularity(Partition(labels: [0, 0, 1, 1])) - q) < 1e-12)
}
