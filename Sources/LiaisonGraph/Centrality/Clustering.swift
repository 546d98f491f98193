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
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} min(deg(j), deg(i) log deg(j))) time undirected (a hub's row
    ///   is searched, not scanned, from its neighbours), O(Σ_i Σ_{j∈N(i)} deg(j)) directed;
    ///   O(*n*) scratch per active core (nodes are shared among them; the values do not depend on
    ///   how many).
    /// - Note: Matches `nx.clustering(G, weight=None)` (directed included) to 1e-9.
    ///
    /// [Watts & Strogatz 1998]: https://doi.org/10.1038/30918 ;
    /// [Fagiolo 2007]: https://doi.org/10.1103/PhysRevE.76.026107
    public func clustering() -> [Double] {
        let n = nodeCount
        // Each worker with its own marks s_ik = a_ik + a_ki for the current i (`_parallelMap`).
        return _parallelMap(count: n, work: edgeCount / 100_000 + 1,
                            scratch: { [Double](repeating: 0, count: n) }) { i, mark in
            for k in neighbors(i) { mark[Int(k)] += 1 }
            if isDirected { for k in inNeighbors(i) { mark[Int(k)] += 1 } }
            defer {
                for k in neighbors(i) { mark[Int(k)] = 0 }
                if isDirected { for k in inNeighbors(i) { mark[Int(k)] = 0 } }
            }
            // t = Σ_j s_ij Σ_k s_jk s_ki; s_jk split into out- and in-arcs of j.
            var t = 0.0
            func visit(_ j: Int32) {
                // Undirected, Σ_k s_jk s_ki is |N(i) ∩ N(j)|: a hub's row much longer than i's is
                // searched from i's row, not scanned once per neighbour of the hub (an exact
                // integer either way, so the value is the same).
                if !isDirected && degree(Int(j)) > Graph._gallopRatio * degree(i) {
                    t += Double(_commonNeighborCount(i, Int(j)))
                    return
                }
                var inner = 0.0
                for k in neighbors(Int(j)) { inner += mark[Int(k)] }
                if isDirected { for k in inNeighbors(Int(j)) { inner += mark[Int(k)] } }
                t += inner
            }
            for j in neighbors(i) { visit(j) }
            if isDirected { for j in inNeighbors(i) { visit(j) } }
            guard t > 0 else { return 0 }
            if isDirected {
                let total = Double(degree(i) + inDegree(i))
                var reciprocal = 0
                for k in neighbors(i) where mark[Int(k)] == 2 { reciprocal += 1 }
                return t / ((total * (total - 1) - 2 * Double(reciprocal)) * 2)
            }
            let k = Double(degree(i))
            return t / (k * (k - 1))
        }
    }
}
