//===----------------------------------------------------------------------===//
// clustering()
//===----------------------------------------------------------------------===//

extension Graph {
    /// The unweighted local clustering coefficient of every node.
    ///
    /// Undirected: C(i) = 2T(i) / (k(k−1)), T(i) = triangles through i, k = degree.
    /// Directed (Fagiolo 2007): C(i) = [(A + Aᵀ)³]_ii / (2 (k_tot(k_tot − 1) − 2 k↔)), with
    /// k_tot = in + out degree and k↔ the number of reciprocated arcs at i. 0 when i is in no
    /// triangle (including degree < 2).
    ///
    ///     try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 2), (0, 3)]).clustering()
    ///     // [0.333…, 1.0, 1.0, 0.0]
    ///
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} deg(j)) time, O(*n*) scratch.
    /// - Note: Matches `nx.clustering(G, weight=None)` (directed included) to 1e-9.
    ///
    /// [Watts & Strogatz 1998]: https://doi.org/10.1038/30918 ;
    /// [Fagiolo 2007]: https://doi.org/10.1103/PhysRevE.76.026107
    public func clustering() -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        var mark = [Double](repeating: 0, count: n)   // s_ik = a_ik + a_ki for the current i
        for i in 0 ..< n {
            for k in neighbors(i) { mark[Int(k)] += 1 }
            if isDirected { for k in inNeighbors(i) { mark[Int(k)] += 1 } }
            // t = Σ_j s_ij Σ_k s_jk s_ki; s_jk split into out- and in-arcs of j.
            var t = 0.0
            func visit(_ j: Int32) {
                var inner = 0.0
                for k in neighbors(Int(j)) { inner += mark[Int(k)] }
                if isDirected { for k in inNeighbors(Int(j)) { inner += mark[Int(k)] } }
                t += inner
            }
            for j in neighbors(i) { visit(j) }
            if isDirected { for j in inNeighbors(i) { visit(j) } }
            if t > 0 {
                if isDirected {
                    let total = Double(degree(i) + inDegree(i))
                    var reciprocal = 0
                    for k in neighbors(i) where mark[Int(k)] == 2 { reciprocal += 1 }
                    result[i] = t / ((total * (total - 1) - 2 * Double(reciprocal)) * 2)
                } else {
                    let k = Double(degree(i))
                    result[i] = t / (k * (k - 1))
                }
            }
            for k in neighbors(i) { mark[Int(k)] = 0 }
            if isDirected { for k in inNeighbors(i) { mark[Int(k)] = 0 } }
        }
        return result
    }
}
