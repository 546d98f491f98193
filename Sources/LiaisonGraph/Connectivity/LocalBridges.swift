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
    /// - Complexity: O(*m* · min deg) for the common-neighbour tests plus one bidirectional BFS per
    ///   local bridge that is not a bridge (a bridge's span is ∞ without search): O(*n* + *m*) each in
    ///   the worst case, far less on small-world graphs, where it touches about the square root of
    ///   what a one-sided BFS would; O(*n*) scratch.
    /// - Precondition: undirected.
    /// - Note: Matches `nx.local_bridges(G, with_span=True)` (span in hops, `inf` ↔ `nil`).
    ///
    /// [Granovetter 1973]: https://doi.org/10.1086/225469
    public func localBridges() -> [LocalBridge] {
        precondition(!isDirected, "local bridges need an undirected graph; call undirected() first")
        var isBridge = [Bool](repeating: false, count: edgeCount)
        for e in bridges() { isBridge[e] = true }
        var result: [LocalBridge] = []
        var search = _BidirectionalBFS(nodeCount: nodeCount)
        for e in 0 ..< edgeCount {
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            if _commonNeighborCount(u, v) > 0 { continue }
            if isBridge[e] { result.append(LocalBridge(edge: e, span: nil)); continue }
            result.append(LocalBridge(edge: e, span: search.distance(in: self, from: u, to: v, skipping: Int32(e))))
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

/// Hop distance between two nodes without one edge, by a bidirectional breadth-first search that
/// always grows the side whose frontier has the fewer edges to scan (as in NetworkX's
/// `bidirectional_shortest_path`). Scratch is kept across calls and reset only where a search wrote.
struct _BidirectionalBFS {
    /// Hops from the source side (`fromU`) and from the target side (`fromV`); -1 = not reached.
    var fromU: [Int32], fromV: [Int32]
    var visited: [Int32] = []
    var frontierU: [Int32] = [], frontierV: [Int32] = [], next: [Int32] = []

    init(nodeCount: Int) {
        fromU = [Int32](repeating: -1, count: nodeCount)
        fromV = [Int32](repeating: -1, count: nodeCount)
    }

    /// Hops of a shortest `u`–`v` path that does not use edge `skipped`, or `nil` when none exists.
    ///
    /// Every edge x–y met with x on one side and y already reached by the other gives a path of
    /// length d(x) + 1 + d'(y); the search stops once the best such length is no longer than the
    /// shortest path that could still be found, depthU + depthV + 1.
    mutating func distance(in g: Graph, from u: Int, to v: Int, skipping skipped: Int32) -> Int? {
        defer {
            for x in visited { fromU[Int(x)] = -1; fromV[Int(x)] = -1 }
            visited.removeAll(keepingCapacity: true)
        }
        fromU[u] = 0; fromV[v] = 0
        visited.append(Int32(u)); visited.append(Int32(v))
        frontierU = [Int32(u)]; frontierV = [Int32(v)]
        var depthU: Int32 = 0, depthV: Int32 = 0
        var best = Int32.max
        func work(_ frontier: [Int32]) -> Int {
            var total = 0
            for x in frontier { total += g.degree(Int(x)) }
            return total
        }
        while !frontierU.isEmpty && !frontierV.isEmpty {
            if best != Int32.max && best <= depthU + depthV + 1 { break }
            if work(frontierU) <= work(frontierV) {
                Self.grow(g, &frontierU, &fromU, other: fromV, &next, &visited, skipping: skipped, best: &best)
                depthU += 1
            } else {
                Self.grow(g, &frontierV, &fromV, other: fromU, &next, &visited, skipping: skipped, best: &best)
                depthV += 1
            }
        }
        return best == Int32.max ? nil : Int(best)
    }

    /// Expands one side's frontier by a level: `own` holds that side's hops, `other` the other
    /// side's; every edge into a node the other side reached is a path, kept in `best` if shorter.
    private static func grow(_ g: Graph, _ frontier: inout [Int32], _ own: inout [Int32], other: [Int32],
                             _ next: inout [Int32], _ visited: inout [Int32], skipping skipped: Int32,
                             best: inout Int32) {
        next.removeAll(keepingCapacity: true)
        for x in frontier {
            let dx = own[Int(x)]
            for slot in g.offsets[Int(x)] ..< g.offsets[Int(x) + 1] where g.slotEdge[slot] != skipped {
                let y = Int(g.targets[slot])
                if other[y] >= 0 { best = min(best, dx + 1 + other[y]) }
                if own[y] < 0 {
                    own[y] = dx + 1
                    if other[y] < 0 { visited.append(Int32(y)) }
                    next.append(Int32(y))
                }
            }
        }
        swap(&frontier, &next)
    }
}
