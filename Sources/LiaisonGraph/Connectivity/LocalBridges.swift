//===----------------------------------------------------------------------===//
// localBridges(), isLocalBridge(), neighborhoodOverlap(), weightedNeighborhoodOverlap(weights:)
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
    /// - Complexity: O(Σ_edges min(deg u + deg v, min deg · log max deg)) for the common-neighbour
    ///   tests (`_hasCommonNeighbor`, stopping at the first) plus one bidirectional BFS per
    ///   local bridge that is not a bridge (a bridge's span is ∞ without search): O(*n* + *m*) each in
    ///   the worst case, far less on small-world graphs, where it touches about the square root of
    ///   what a one-sided BFS would; O(*n*) scratch per active core (the edges are shared among
    ///   them; the result does not depend on how many).
    /// - Precondition: undirected.
    /// - Note: Matches `nx.local_bridges(G, with_span=True)` (span in hops, `inf` ↔ `nil`).
    ///
    /// [Granovetter 1973]: https://doi.org/10.1086/225469
    public func localBridges() -> [LocalBridge] {
        precondition(!isDirected, "local bridges need an undirected graph; call undirected() first")
        var isBridge = [Bool](repeating: false, count: edgeCount)
        for e in bridges() { isBridge[e] = true }
        // The edges on the active cores, each worker with its own search scratch (`_parallelMap`).
        let none = Int32.min, infinite = Int32(-1)   // not a local bridge; a bridge (span ∞)
        let span = _parallelMap(count: edgeCount, work: edgeCount / 20_000 + 1,
                                scratch: { _BidirectionalBFS(nodeCount: nodeCount) }) { e, search -> Int32 in
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            if _hasCommonNeighbor(u, v) { return none }
            if isBridge[e] { return infinite }
            return search.distance(in: self, from: u, to: v, skipping: Int32(e)).map(Int32.init) ?? infinite
        }
        return (0 ..< edgeCount).compactMap { e in
            span[e] == none ? nil : LocalBridge(edge: e, span: span[e] == infinite ? nil : Int(span[e]))
        }
    }

    /// Whether each edge is a local bridge (its ends have no common neighbour), by edge id: the
    /// edges of `localBridges()` without their spans, and the zeros of `neighborhoodOverlap()`.
    ///
    /// - Complexity: O(Σ_edges min(k_u + k_v, min k · log max k)), each test stopping at the first
    ///   common neighbour.
    /// - Precondition: undirected. NetworkX: `nx.local_bridges(G, with_span=False)`.
    public func isLocalBridge() -> [Bool] {
        precondition(!isDirected, "local bridges need an undirected graph; call undirected() first")
        return (0 ..< edgeCount).map { !_hasCommonNeighbor(Int(edgeSource[$0]), Int(edgeTarget[$0])) }
    }

    /// Neighbourhood overlap of every edge (Onnela et al. 2007):
    /// O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij), n_ij = common neighbours, k = degree; 0 when
    /// the denominator is 0. Local bridges have overlap 0.
    ///
    ///     try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 2), (0, 3)]).neighborhoodOverlap()
    ///     // [0.5, 0.5, 0.0, 1.0]   by edge id: 0–1 (1/(2+1−1)), 0–2, 0–3, 1–2
    ///
    /// - Returns: values indexed by edge id.
    /// - Complexity: O(Σ_edges min(k_i + k_j, min k · log max k)) time (`_commonNeighborCount`),
    ///   no scratch; the edges are shared among the active cores.
    /// - Precondition: undirected. No NetworkX twin; the oracle computes the formula directly.
    ///
    /// [Onnela et al. 2007]: https://doi.org/10.1073/pnas.0610245104
    public func neighborhoodOverlap() -> [Double] {
        precondition(!isDirected, "overlap needs an undirected graph; call undirected() first")
        return _parallelMap(count: edgeCount, work: edgeCount / 100_000 + 1) { e in
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            let common = Double(_commonNeighborCount(u, v))
            let denominator = Double(degree(u) - 1) + Double(degree(v) - 1) - common
            return denominator > 0 ? common / denominator : 0
        }
    }

    /// Weighted neighbourhood overlap of every edge u–v, in the Dice form:
    ///
    ///     O_uv = Σ_{c ∈ N(u) ∩ N(v)} (w_uc + w_vc) / (s_u + s_v − 2 w_uv)
    ///
    /// with s_x = Σ_{c ∈ N(x)} w_xc the strength, so the denominator is the weight of every other
    /// edge at either end; 0 when the denominator is 0 (neither end has another neighbour, or all
    /// their other edges weigh 0). The share of the two ends' other ties that lead to mutual
    /// neighbours, each mutual neighbour counting with both of its ties: 0 on local bridges, 1
    /// when u and v have exactly the same other neighbours. With every weight 1 it is
    /// 2n_uv / ((k_u − 1) + (k_v − 1)), the Dice form of `neighborhoodOverlap()`'s
    /// n_uv / ((k_u − 1) + (k_v − 1) − n_uv) (Onnela et al. 2007): D = 2O / (1 + O), zero on the same
    /// edges and ordering edges alike. Adding a mutual neighbour never lowers it (it adds at least
    /// as much to the numerator as to the denominator). Liaison's tie model uses it with recency
    /// weights as embeddedness (docs/tie-strength.md).
    ///
    ///     // triangle 0–1–2 plus 0–3; weights 0–1: 1, 0–2: 0.5, 1–2: 0.25, 0–3: 2
    ///     let g = try Graph(nodeCount: 4, weightedEdges: [(0, 1, 1), (0, 2, 0.5), (1, 2, 0.25), (0, 3, 2)])
    ///     g.weightedNeighborhoodOverlap()
    ///     // edge 0–1: (0.5 + 0.25) / (3.5 + 1.25 − 2) = 0.75 / 2.75 ≈ 0.2727
    ///
    /// The sum runs over the common neighbours in increasing index order, each term w_uc + w_vc,
    /// and the strengths are summed along the sorted rows, so the values do not depend on how the
    /// common neighbours are found.
    ///
    /// - Parameter edgeWeights: the weight of each edge by edge id, finite and ≥ 0 (zero is
    ///   allowed here, unlike in a `Graph`: a tie whose weight has decayed to 0 still makes its
    ///   ends neighbours); `nil` uses the graph's own weights.
    /// - Returns: values in [0, 1] indexed by edge id (clamped to 1 against rounding).
    /// - Complexity: O(*n* + *m* + Σ_edges min(k_u, k_v)): the shorter row is walked and each of
    ///   its neighbours looked up in the longer one through a slot array of the longer end (the
    ///   stamp-array form of triangle listing), so a hub costs O(1) per neighbour of the other end
    ///   rather than k. O(*n*) scratch beyond the strengths, per active core (the nodes are shared
    ///   among them; the values do not depend on how many).
    /// - Precondition: undirected. No NetworkX twin; the tests evaluate the formula with NetworkX's
    ///   adjacency (`nx.common_neighbors`, `G.degree(weight=…)`).
    ///
    /// [Onnela et al. 2007]: https://doi.org/10.1073/pnas.0610245104
    /// [Dice 1945]: https://doi.org/10.2307/1932409
    public func weightedNeighborhoodOverlap(weights edgeWeights: [Double]? = nil) -> [Double] {
        precondition(!isDirected, "overlap needs an undirected graph; call undirected() first")
        let w = edgeWeights ?? edgeWeight
        precondition(w.count == edgeCount, "one weight per edge: \(w.count) for \(edgeCount) edges")
        precondition(w.allSatisfy { $0.isFinite && $0 >= 0 }, "edge weights must be finite and ≥ 0")
        @inline(__always) func slotWeight(_ slot: Int) -> Double { w[Int(slotEdge[slot])] }
        var strength = [Double](repeating: 0, count: nodeCount)
        for u in 0 ..< nodeCount {
            var s = 0.0
            for slot in offsets[u] ..< offsets[u + 1] { s += slotWeight(slot) }
            strength[u] = s
        }
        // Each edge is handled at its larger end `large` (the later end on equal degrees), while
        // `position` maps large's neighbours to their slots (−1 elsewhere): the smaller end's row
        // is walked and each neighbour looked up in O(1). The `large` nodes are dealt round-robin
        // among the active cores, each with its own `position`; every edge is written once.
        let workers = _workerCount(nil, work: edgeCount / 100_000 + 1)
        let n = nodeCount
        return [Double](unsafeUninitializedCapacity: edgeCount) { result, initialized in
            result.initialize(repeating: 0)
            _runWorkers(workers) { worker in
                var position = [Int](repeating: -1, count: n)
                var large = worker
                while large < n {
                    defer { large += workers }
                    guard degree(large) > 1 else { continue }
                    let row = offsets[large] ..< offsets[large + 1]
                    for slot in row { position[Int(targets[slot])] = slot }
                    for slot in row {
                        let small = Int(targets[slot])
                        let e = Int(slotEdge[slot])
                        let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
                        guard large == (degree(u) <= degree(v) ? v : u), degree(small) > 1 else { continue }
                        var common = 0.0
                        for s1 in offsets[small] ..< offsets[small + 1] {
                            let other = position[Int(targets[s1])]
                            if other >= 0 { common += slotWeight(s1) + slotWeight(other) }
                        }
                        let denominator = strength[u] + strength[v] - 2 * w[e]
                        if denominator > 0 { result[e] = min(1, common / denominator) }
                    }
                    for slot in row { position[Int(targets[slot])] = -1 }
                }
            }
            initialized = edgeCount
        }
    }

    /// |N(u) ∩ N(v)|, counted up to `limit` (stopping there), by merging the two sorted out-rows,
    /// O(deg u + deg v); when one row is more than `_gallopRatio` times the other, by searching
    /// each neighbour of the short row in the long one, O(k log K) (a hub's row is then not read
    /// once per edge at the hub).
    func _commonNeighborCount(_ u: Int, _ v: Int, limit: Int = .max) -> Int {
        let du = offsets[u + 1] - offsets[u], dv = offsets[v + 1] - offsets[v]
        var count = 0
        if du > Graph._gallopRatio * dv || dv > Graph._gallopRatio * du {
            let (short, long) = du <= dv ? (u, v) : (v, u)
            let end = offsets[long + 1]
            var lo = offsets[long]
            for slot in offsets[short] ..< offsets[short + 1] where count < limit {
                let x = Int(targets[slot])
                lo = _lowerBound(of: x, in: lo ..< end)
                if lo == end { break }
                if Int(targets[lo]) == x { count += 1; lo += 1 }
            }
            return count
        }
        var i = offsets[u], j = offsets[v]
        let iEnd = offsets[u + 1], jEnd = offsets[v + 1]
        while i < iEnd && j < jEnd && count < limit {
            let a = targets[i], b = targets[j]
            if a == b { count += 1; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Whether u and v have a common neighbour, stopping at the first one.
    func _hasCommonNeighbor(_ u: Int, _ v: Int) -> Bool { _commonNeighborCount(u, v, limit: 1) > 0 }

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
