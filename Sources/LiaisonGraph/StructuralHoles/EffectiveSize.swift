//===----------------------------------------------------------------------===//
// effectiveSize(), efficiency()
//===----------------------------------------------------------------------===//

extension Graph {
    /// Burt's effective size of every node's ego network:
    /// e(i) = Σ_{j ∈ N(i)} (1 − Σ_{w ∈ N(i)} p_iw m_jw), with p_iw = m_iw / Σ_k m_ik (share of i's
    /// mutual weight) and m_jw = mutual weight of j and w divided by j's largest mutual weight.
    /// Unweighted and undirected it reduces to Borgatti's n − 2t/n.
    ///
    ///     let triangleAndPendant = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 2), (0, 3)])
    ///     triangleAndPendant.effectiveSize()   // [2.333…, 1.0, 1.0, 1.0]   (3 − 2·1/3)
    ///
    /// - Returns: values indexed by node; NaN for isolated nodes.
    /// - Complexity: as `burtConstraint()` (a hub's row is searched from its neighbours, not
    ///   scanned; same order of terms), O(*n*) scratch per active core (nodes are shared among
    ///   them; the values do not depend on how many).
    /// - Note: Matches `nx.effective_size(G, weight="weight")`, directed included, to 1e-9.
    ///
    /// Burt 1992, *Structural Holes*; [Borgatti 1997](http://www.analytictech.com/connections/v20(1)/holes.htm).
    public func effectiveSize() -> [Double] {
        let m = undirected()
        let n = m.nodeCount
        var strength = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            strength[u] = m.strength(u)
            for slot in m.offsets[u] ..< m.offsets[u + 1] { largest[u] = max(largest[u], m.weights[slot]) }
        }
        // p_iw = share[w] for the current i (`_valuesOverShareWeightedRows`).
        return m._valuesOverShareWeightedRows(strength: strength) { _, row, share in
            var size = 0.0
            for slot in row {
                let j = Int(m.targets[slot])
                // Σ_w p_iw m_jw over w ∈ N(i) ∩ N(j), by increasing w (as `burtConstraint`).
                let redundancy = m._commonNeighbourSum(row: row, with: j, share: share) { slot, _ in
                    m.weights[slot] / largest[j]
                }
                size += 1 - redundancy
            }
            return size
        }
    }

    /// Burt's efficiency: effective size divided by the number of distinct neighbours (alters, in
    /// either direction). NaN for isolated nodes.
    ///
    /// - Complexity: as `effectiveSize()`.
    /// - Note: NetworkX has no function; its docs compute `effective_size[v] / G.degree(v)`, equal
    ///   for undirected graphs. For directed ones Liaison divides by the distinct alters
    ///   (`len(set(nx.all_neighbors(G, v)))`), Burt's definition; the fixtures use that.
    public func efficiency() -> [Double] {
        efficiency(effectiveSize: effectiveSize())
    }

    /// `efficiency()` from effective sizes already computed (`effectiveSize()` of this graph).
    public func efficiency(effectiveSize size: [Double]) -> [Double] {
        precondition(size.count == nodeCount, "one effective size per node")
        let m = undirected()
        return (0 ..< nodeCount).map { m.degree($0) > 0 ? size[$0] / Double(m.degree($0)) : .nan }
    }
}
