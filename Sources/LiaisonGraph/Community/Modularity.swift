//===----------------------------------------------------------------------===//
// Modularity with a resolution parameter
//===----------------------------------------------------------------------===//

extension Graph {
    /// The modularity *Q* of `partition`, with resolution γ (Newman & Girvan 2004; Reichardt &
    /// Bornholdt 2006 for γ).
    ///
    /// Undirected, with *m* the total edge weight, *L_c* the weight of the edges inside community *c*
    /// and *K_c* the sum of the strengths of its nodes:
    ///
    ///     Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]
    ///
    /// Directed, with *K_c^out*, *K_c^in* the out- and in-strength sums (Leicht & Newman 2008):
    ///
    ///     Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]
    ///
    /// γ > 1 favours smaller communities, γ < 1 larger ones. A graph without edges has Q = 0 (NetworkX
    /// divides by zero there; we return 0).
    ///
    /// NetworkX twin: `nx.community.modularity(G, parts, weight="weight", resolution=γ)` — equal to
    /// 1e-9 on the fixtures in `Tests/LiaisonGraphTests/Fixtures/communities`.
    ///
    /// - Reference: M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in
    ///   networks", Phys. Rev. E 69, 026113 (2004), doi:10.1103/PhysRevE.69.026113.
    /// - Complexity: O(*n* + *m*) time, O(*k*) extra space for *k* communities.
    public func modularity(_ partition: Partition, resolution: Double = 1) -> Double {
        precondition(partition.nodeCount == nodeCount, "partition must cover the graph's nodes")
        let c = partition.community
        var inside = [Double](repeating: 0, count: partition.count)
        var outTotal = [Double](repeating: 0, count: partition.count)
        var inTotal = [Double](repeating: 0, count: partition.count)
        var m = 0.0
        for e in 0 ..< edgeCount {
            let s = Int(edgeSource[e]), t = Int(edgeTarget[e]), w = edgeWeight[e]
            m += w
            let cs = Int(c[s]), ct = Int(c[t])
            if cs == ct { inside[cs] += w }
            outTotal[cs] += w
            inTotal[ct] += w
        }
        guard m > 0 else { return 0 }
        var q = 0.0
        if isDirected {
            for k in 0 ..< partition.count {
                q += inside[k] / m - resolution * outTotal[k] * inTotal[k] / (m * m)
            }
        } else {
            for k in 0 ..< partition.count {
                let total = outTotal[k] + inTotal[k]
                q += inside[k] / m - resolution * (total / (2 * m)) * (total / (2 * m))
            }
        }
        return q
    }
}
