//===----------------------------------------------------------------------===//
// localBridges(), neighborhoodOverlap()
//===----------------------------------------------------------------------===//

/// A local bridge: an edge whose ends have no common neighbour.
public struct LocalBridge: Sendable, Equatable {
    /// The edge id (`edgeSource[edge]`–`edgeTarget[edge]`).
    public let edge: Int
    /// The span: hops of the shortest path between the ends once the edge is removed; `nil`
    /// (NetworkX: `inf`) when there is no other path, i.e. the edge is a bridge.
    public let span: Int?
}

extension Graph {
    /// The local bridges and their spans (Granovetter 1973; Easley & Kleinberg 2010, §3.3).
    ///
    ///     let square = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)])
    ///     square.localBridges()   // every edge, span 3
    ///
    /// - Returns: one entry per local bridge, ascending by edge id.
    /// - Complexity: O(*m* · min deg) for the common-neighbour tests plus one BFS per local bridge
    ///   that is not a bridge (a bridge's span is ∞ without search); O(*n*) scratch.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.local_bridges(G, with_span=True)` (span in hops, `inf` ↔ `nil`).
    ///
    /// [Granovetter 1973]: https://doi.org/10.1086/225469
    public func localBridges() -> [LocalBridge] {
        precondition(!isDirected, "local bridges need an undirected graph; call undirected() first")
        var isBridge = [Bool](repeating: false, count: edgeCount)
        for e in bridges() { isBridge[e] = true }
        var result: [LocalBridge] = []
        var hops = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32]()
        for e in 0 ..< edgeCount {
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            if _commonNeighborCount(u, v) > 0 { continue }
            if isBridge[e] { result.append(LocalBridge(edge: e, span: nil)); continue }
            // BFS from u to v that never uses edge e.
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(u)); hops[u] = 0
            var head = 0, span: Int? = nil
            search: while head < queue.count {
                let x = Int(queue[head]); head += 1
                for slot in offsets[x] ..< offsets[x + 1] where slotEdge[slot] != Int32(e) {
                    let y = Int(targets[slot])
                    if hops[y] >= 0 { continue }
                    hops[y] = hops[x] + 1
                    if y == v { span = Int(hops[y]); break search }
                    queue.append(Int32(y))
                }
            }
            for x in queue { hops[Int(x)] = -1 }
            hops[v] = -1
            result.append(LocalBridge(edge: e, span: span))
        }
        return result
    }

    /// Neighbourhood overlap of every edge (Onnela et al. 2007):
    /// O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij), n_ij = common neighbours, k = degree; 0 when
    /// the denominator is 0. Local bridges have overlap 0.
    ///
    ///     try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 2), (0, 3)]).neighborhoodOverlap()
    ///     // [0.5, 0.5, 0.0, 1.0]   by edge id: 0–1 (1/(2+1−1)), 0–2, 0–3, 1–2
    ///
    /// - Returns: values indexed by edge id.
    /// - Complexity: O(Σ_edges (k_i + k_j)) time (sorted-row merges), no scratch.
    /// - Precondition: undirected. No NetworkX twin; the oracle computes the formula directly.
    ///
    /// [Onnela et al. 2007]: https://doi.org/10.1073/pnas.0610245104
    public func neighborhoodOverlap() -> [Double] {
        precondition(!isDirected, "overlap needs an undirected graph; call undirected() first")
        return (0 ..< edgeCount).map { e in
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            let common = Double(_commonNeighborCount(u, v))
            let denominator = Double(degree(u) - 1) + Double(degree(v) - 1) - common
            return denominator > 0 ? common / denominator : 0
        }
    }

    /// |N(u) ∩ N(v)| by merging the two sorted out-rows. O(deg u + deg v).
    func _commonNeighborCount(_ u: Int, _ v: Int) -> Int {
        var count = 0
        _forEachCommonNeighbor(u, v) { _ in count += 1 }
        return count
    }

    @inline(__always)
    func _forEachCommonNeighbor(_ u: Int, _ v: Int, _ body: (Int) -> Void) {
        var i = offsets[u], j = offsets[v]
        let iEnd = offsets[u + 1], jEnd = offsets[v + 1]
        while i < iEnd && j < jEnd {
            let a = targets[i], b = targets[j]
            if a == b { body(Int(a)); i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
        }
    }
}
