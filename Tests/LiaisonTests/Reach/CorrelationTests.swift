import Testing
@testable import Liaison

/// x = [1, 2, 2, 3, 5, 8], y = [0.1, 0.0, 0.3, 0.2, 0.5, 0.4].
/// SciPy 1.x: pearsonr → 0.7227641798688509, spearmanr → 0.753702346348183.
/// By hand for Spearman: ranks x = [1, 2.5, 2.5, 4, 5, 6], ranks y = [2, 1, 4, 3, 6, 5].
@Test func correlationsMatchSciPy() {
    let x: [Double] = [1, 2, 2, 3, 5, 8], y = [0.1, 0.0, 0.3, 0.2, 0.5, 0.4]
    #expect(abs(pearsonCorrelation(x, y)! - 0.7227641798688509) < 1e-12)
    #expect(abs(spearmanCorrelation(x, y)! - 0.753702346348183) < 1e-12)
    #expect(averageRanks(x) == [1, 2.5, 2.5, 4, 5, 6])
    #expect(pearsonCorrelation([1, 1, 1], [1, 2, 3]) == nil)
}

/// keys 1…4, values 10, 20, 30, 40 in two bins: (1.5, 15), (3.5, 35).
@Test func binnedMeansByHand() {
    let b = binnedMeans(keys: [4, 1, 3, 2], values: [40, 10, 30, 20], bins: 2)
    #expect(b.map(\.key) == [1.5, 3.5] && b.map(\.value) == [15, 35])
}
