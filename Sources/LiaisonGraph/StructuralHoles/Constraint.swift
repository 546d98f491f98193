//===----------------------------------------------------------------------===//
// burtConstraint()
//===----------------------------------------------------------------------===//

extension Graph {
    /// Burt's constraint of every node: c(i) = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ i, j} p_iq p_qj)²,
    /// where p_ij = m_ij / Σ_k m_ik is the share of i's mutual weight m_ij = w(i→j) + w(j→i) that
    /// goes to j, and N(i) are i's neighbours in either direction. Low constraint = a broker.
    ///
    ///     let star = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
    ///     star.burtConstraint()   // [0.333…, 1.0, 1.0, 1.0]   (hub: 3 · (1/3)²)
    ///
    /// - Returns: values indexed by node; NaN for isolated nodes (undefined, as NetworkX).
    /// - Complexity: O(Σ_i Σ_{j ∈ N(i)} min(deg(j), deg(i) log deg(j))) time (a hub's row is
    ///   searched, not scanned, from its neighbours), O(*n*) scratch. The terms are added in the
    ///   same order either way (increasing q), so the values do not depend on which is used.
    ///   Nodes are shared among the active cores, O(*n*) scratch each; the values do not depend on
    ///   how many.
    /// - Note: Matches `nx.constraint(G, weight="weight")`, directed graphs included, to 1e-9.
    ///
    /// [Burt 2004]: https://doi.org/10.1086/421787
    public func burtConstraint() -> [Double] {
        let m = undirected()   // mutual weights m_ij (the factor 2 of undirected graphs cancels in p)
        let n = m.nodeCount
        var strength = [Double](repeating: 0, count: n)
        for u in 0 ..< n { strength[u] = m.strength(u) }
        // p_iq = share[q] for the current i (`_valuesOverShareWeightedRows`).
        return m._valuesOverShareWeightedRows(strength: strength) { _, row, share in
            var c = 0.0
            for slot in row {
                let j = Int(m.targets[slot])
                // Σ_q p_iq p_qj over q adjacent to both (p_iq is 0 unless q ∈ N(i)), by increasing q.
                let indirect = m._commonNeighbourSum(row: row, with: j, share: share) { slot, q in
                    m.weights[slot] / strength[q]
                }
                let local = share[j] + indirect
                c += local * local
            }
            return c
        }
    }
}
