//===----------------------------------------------------------------------===//
// jaccard(pairs:), adamicAdar(pairs:), resourceAllocation(pairs:)
//===----------------------------------------------------------------------===//

extension Graph {
    /// Jaccard coefficient of each pair: |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (0 when both are isolated).
    ///
    ///     try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).jaccard(pairs: [(0, 2)])   // [1.0]
    ///
    /// - Complexity: O(deg u + deg v) per pair.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.jaccard_coefficient(G, pairs)`.
    ///
    /// [Liben-Nowell & Kleinberg 2007]: https://doi.org/10.1002/asi.20591
    public func jaccard(pairs: [(Int, Int)]) -> [Double] {
        precondition(!isDirected, "link prediction needs an undirected graph")
        return pairs.map { u, v in
            let common = _commonNeighborCount(u, v)
            let union = degree(u) + degree(v) - common
            return union == 0 ? 0 : Double(common) / Double(union)
        }
    }

    /// Adamic–Adar index of each pair: Σ_{w ∈ N(u) ∩ N(v)} 1 / ln deg(w).
    ///
    /// - Complexity: O(deg u + deg v) per pair.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.adamic_adar_index(G, pairs)`.
    ///
    /// [Adamic & Adar 2003]: https://doi.org/10.1016/S0378-8733(03)00009-1
    public func adamicAdar(pairs: [(Int, Int)]) -> [Double] {
        precondition(!isDirected, "link prediction needs an undirected graph")
        return pairs.map { u, v in
            var sum = 0.0
            _forEachCommonNeighbor(u, v) { w in sum += 1 / _log(Double(degree(w))) }
            return sum
        }
    }

    /// Resource allocation index of each pair: Σ_{w ∈ N(u) ∩ N(v)} 1 / deg(w).
    ///
    /// - Complexity: O(deg u + deg v) per pair.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.resource_allocation_index(G, pairs)`.
    ///
    /// [Zhou, Lü & Zhang 2009]: https://doi.org/10.1140/epjb/e2009-00335-8
    public func resourceAllocation(pairs: [(Int, Int)]) -> [Double] {
        precondition(!isDirected, "link prediction needs an undirected graph")
        return pairs.map { u, v in
            var sum = 0.0
            _forEachCommonNeighbor(u, v) { w in sum += 1 / Double(degree(w)) }
            return sum
        }
    }
}
