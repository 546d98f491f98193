import Testing
@testable import LiaisonGraph

/// Star centre 0 with leaves 1,2 in community A (with 0) and 3 in B; edge 0–3 has weight 2.
/// Unweighted: k_0 = 3, k_0A = 2, k_0B = 1 → P = 1 − (4/9 + 1/9) = 4/9.
/// Weighted:   k_0 = 4, k_0A = 2, k_0B = 2 → P = 1 − (1/4 + 1/4) = 1/2.
/// Leaves have one tie: P = 0. Isolated node 4: P = 0.
@Test func participationCoefficientByHand() throws {
    let g = try Graph(nodeCount: 5, sources: [0, 0, 0], targets: [1, 2, 3], weights: [1, 1, 2])
    let p = Partition(nodeCount: 5, groups: [[0, 1, 2], [3], [4]])
    let unweighted = g.participationCoefficients(p, weighted: false)
    #expect(abs(unweighted[0] - 4.0 / 9) < 1e-15)
    #expect(unweighted[1] == 0 && unweighted[3] == 0 && unweighted[4] == 0)
    #expect(abs(g.participationCoefficients(p)[0] - 0.5) < 1e-15)
}
