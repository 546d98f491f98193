import Testing
@testable import LiaisonGraph

/// Hand example. a = {0,1,2},{3,4,5}; b = {0,1},{2,3},{4,5}. Contingency n_ij: [[2,1,0],[0,1,2]].
/// Σ C(n_ij,2) = 1 + 1 = 2; Σ C(a_i,2) = 3 + 3 = 6; Σ C(b_j,2) = 1 + 1 + 1 = 3; C(6,2) = 15.
/// E = 6·3/15 = 1.2; max = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3 = 8/33.
/// (scikit-learn: adjusted_rand_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.24242424…)
@Test func adjustedRandIndexByHand() {
    let a = Partition(labels: [0, 0, 0, 1, 1, 1]), b = Partition(labels: [0, 0, 1, 1, 2, 2])
    #expect(abs(adjustedRandIndex(a, b) - 8.0 / 33) < 1e-15)
    #expect(abs(adjustedRandIndex(b, a) - 8.0 / 33) < 1e-15)
    #expect(adjustedRandIndex(a, Partition(labels: [4, 4, 4, 2, 2, 2])) == 1)
}

/// One block vs singletons: Σ C(n_ij,2) = 0, Σ C(a,2) = 6 (n = 4), Σ C(b,2) = 0, E = 0, max = 3 → 0.
@Test func adjustedRandIndexOfUnrelatedPartitionsIsZero() {
    #expect(adjustedRandIndex(Partition(labels: [0, 0, 0, 0]), .singletons(4)) == 0)
}
