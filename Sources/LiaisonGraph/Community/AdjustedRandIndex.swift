//===----------------------------------------------------------------------===//
// Adjusted Rand index between two partitions
//===----------------------------------------------------------------------===//

/// The adjusted Rand index of two partitions of the same nodes (Hubert & Arabie 1985): the Rand
/// index corrected for chance, from the contingency table *n_ij* with row sums *a_i*, column sums
/// *b_j* and *n* nodes:
///
///     ARI = (Σ C(n_ij,2) − E) / (½[Σ C(a_i,2) + Σ C(b_j,2)] − E),  E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)
///
/// 1 for identical partitions (up to renaming), about 0 for independent ones. When both partitions
/// are all-singletons or both are one block the denominator is 0 and the result is 1 (as in
/// scikit-learn's `adjusted_rand_score`, the Python twin).
///
/// - Reference: L. Hubert, P. Arabie, "Comparing partitions", J. Classification 2, 193–218 (1985),
///   doi:10.1007/BF01908075.
/// - Complexity: O(*n* + *k_a k_b*) … O(*n*) with a sparse table (a dictionary of pairs here).
public func adjustedRandIndex(_ a: Partition, _ b: Partition) -> Double {
    precondition(a.nodeCount == b.nodeCount, "partitions of different node sets")
    let n = a.nodeCount
    func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
    var cells = [Int: Int]()
    for u in 0 ..< n { cells[Int(a.community[u]) * b.count + Int(b.community[u]), default: 0] += 1 }
    let sumCells = cells.values.reduce(0.0) { $0 + pairs($1) }
    let sumA = a.sizes().reduce(0.0) { $0 + pairs($1) }
    let sumB = b.sizes().reduce(0.0) { $0 + pairs($1) }
    let expected = n < 2 ? 0 : sumA * sumB / pairs(n)
    let maximum = (sumA + sumB) / 2
    if maximum == expected { return 1 }
    return (sumCells - expected) / (maximum - expected)
}
