//===----------------------------------------------------------------------===//
// Pearson and Spearman correlation (overlap vs strength)
//===----------------------------------------------------------------------===//

/// Pearson's product-moment correlation of two equally long samples; `nil` when fewer than two
/// values or when either sample is constant. O(*n*), two-pass (mean first) for accuracy.
/// Python twin: `scipy.stats.pearsonr(x, y).statistic`.
public func pearsonCorrelation(_ x: [Double], _ y: [Double]) -> Double? {
    precondition(x.count == y.count, "samples of different lengths")
    let n = x.count
    guard n >= 2 else { return nil }
    let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in 0 ..< n {
        let dx = x[i] - mx, dy = y[i] - my
        sxy += dx * dy; sxx += dx * dx; syy += dy * dy
    }
    guard sxx > 0, syy > 0 else { return nil }
    return sxy / (sxx * syy).squareRoot()
}

/// Spearman's rank correlation: Pearson's on the ranks, ties given their average rank.
/// O(*n* log *n*). Python twin: `scipy.stats.spearmanr(x, y).statistic`.
public func spearmanCorrelation(_ x: [Double], _ y: [Double]) -> Double? {
    pearsonCorrelation(averageRanks(x), averageRanks(y))
}

/// Ranks 1 … n, equal values sharing the mean of their ranks.
public func averageRanks(_ x: [Double]) -> [Double] {
    let order = x.indices.sorted { x[$0] < x[$1] }
    var ranks = [Double](repeating: 0, count: x.count)
    var i = 0
    while i < order.count {
        var j = i
        while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
        let r = Double(i + j) / 2 + 1
        for k in i ... j { ranks[order[k]] = r }
        i = j + 1
    }
    return ranks
}

/// The mean of `values` within each of `bins` equally sized groups of `keys` ranks (Onnela et al.
/// 2007, Fig. 2: mean overlap per strength percentile). Returns (mean key, mean value) per bin.
public func binnedMeans(keys: [Double], values: [Double], bins: Int = 10) -> [(key: Double, value: Double)] {
    precondition(keys.count == values.count)
    guard !keys.isEmpty, bins > 0 else { return [] }
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    var out = [(key: Double, value: Double)]()
    for b in 0 ..< bins {
        let lo = b * order.count / bins, hi = (b + 1) * order.count / bins
        guard hi > lo else { continue }
        var k = 0.0, v = 0.0
        for i in lo ..< hi { k += keys[order[i]]; v += values[order[i]] }
        out.append((key: k / Double(hi - lo), value: v / Double(hi - lo)))
    }
    return out
}
