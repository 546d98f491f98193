//===----------------------------------------------------------------------===//
// Per-thread scratch for single-source shortest paths (Brandes, closeness, Dijkstra)
//===----------------------------------------------------------------------===//

/// Read-only CSR rows as raw buffers, taken once outside the per-source loop.
struct _Rows {
    let offsets: UnsafeBufferPointer<Int>
    let adjacent: UnsafeBufferPointer<Int32>
    let length: UnsafeBufferPointer<Double>
}

/// Calls `body` with the given arrays viewed as `_Rows` (no copies).
@inline(__always)
func _withRows<R>(_ offsets: [Int], _ adjacent: [Int32], _ length: [Double],
                  _ body: (_Rows) throws -> R) rethrows -> R {
    try offsets.withUnsafeBufferPointer { o in
        try adjacent.withUnsafeBufferPointer { a in
            try length.withUnsafeBufferPointer { l in
                try body(_Rows(offsets: o, adjacent: a, length: l))
            }
        }
    }
}

/// How path-based measures turn an edge weight into a length.
public enum EdgeLength: Sendable, Equatable {
    /// d = 1/w: weights are tie strengths, stronger ties are shorter (Newman 2001; Opsahl et al.
    /// 2010). The default of every path-based measure (SPEC §5.3).
    case inverseWeight
    /// d = w: weights are already lengths (costs, distances).
    case weight
    /// d = 1 for every edge: hop counts.
    case unit

    @inline(__always) func apply(_ w: Double) -> Double {
        switch self {
        case .inverseWeight: return 1 / w
        case .weight: return w
        case .unit: return 1
        }
    }
}

extension Graph {
    /// Edge lengths per out-slot and per in-slot, and the common length when all are equal
    /// (then BFS replaces Dijkstra).
    func _lengths(_ length: EdgeLength) -> (out: [Double], in: [Double], uniform: Double?) {
        let out = weights.map(length.apply)
        let inn = isDirected ? inWeights.map(length.apply) : out
        var uniform: Double? = out.first ?? 1
        if let u = uniform { for x in out where x != u { uniform = nil; break } }
        return (out, inn, uniform)
    }
}

/// What a single-source search may expand; the default restricts nothing.
///
/// A restricted node is still reached and settled (it gets its distance and its place in `order`);
/// only its out-edges are not followed. Yen's bounds (`shortestSimplePaths`) use both limits: hop
/// distances to the target that stop at the hop limit and pass through no avoided node.
struct _SearchLimits {
    /// Nodes (other than the source) that are settled but never expanded; `nil`: none.
    var closed: UnsafeBufferPointer<Bool>? = nil
    /// Nodes at a distance ≥ this are settled but not expanded (a depth limit in hops when lengths
    /// are 1). +∞: no limit.
    var expandBelow: Double = .infinity
    /// Dijkstra only. `false` (the path measures): a distance is lowered only by a path shorter
    /// beyond the tolerance `_pathLengthsEqual`, so the first of two equally short paths is kept,
    /// with its predecessor. `true`: every strictly smaller sum is taken, so each distance is the
    /// exact floating-point minimum over the paths, whatever order the heap pops ties in — what
    /// a lower bound needs (A*).
    var exactMinimum = false

    static var none: _SearchLimits { _SearchLimits() }

    /// Whether any limit is set (checked once per search, outside the loops).
    var restricts: Bool { closed != nil || expandBelow < .infinity }
}

/// Scratch for one single-source search, in manually managed buffers (no bounds or uniqueness
/// checks in the hot loops; `deallocate()` frees them). Loop invariant between runs (igraph's
/// habit): `dist` is +∞, `sigma` and `delta` are 0, `settled` false and `predecessor` −1
/// everywhere, `order` is empty; `reset()` restores it by touching only the nodes the last run
/// reached.
struct _SingleSource {
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    let settled: UnsafeMutableBufferPointer<Bool>
    let predecessor: UnsafeMutableBufferPointer<Int32>
    /// Reached nodes in the order they were settled (non-decreasing distance); `order[0]` is the
    /// source. `count` entries are valid.
    let orderBuffer: UnsafeMutableBufferPointer<Int32>
    var count = 0
    var heap: _MinHeap
    /// Predecessor lists of `searchCountingPaths`, as chains in a pool: node w's list starts at
    /// `chainHead[w]` (−1 = empty) and goes on through `chainNext`; `chainNode` holds the
    /// predecessor. One pool entry per successful relaxation, so the pool needs at most one entry
    /// per slot. Empty unless the scratch was made with a `slotCount`.
    let chainHead: UnsafeMutableBufferPointer<Int32>
    let chainNode: UnsafeMutableBufferPointer<Int32>
    let chainNext: UnsafeMutableBufferPointer<Int32>

    /// - Parameter slotCount: the number of out-slots of the graph, when the search will record
    ///   predecessor lists (`searchCountingPaths`, weighted betweenness); 0 otherwise.
    init(nodeCount n: Int, slotCount: Int = 0) {
        chainHead = .allocate(capacity: slotCount > 0 ? n : 0); chainHead.initialize(repeating: -1)
        chainNode = .allocate(capacity: slotCount); chainNode.initialize(repeating: 0)
        chainNext = .allocate(capacity: slotCount); chainNext.initialize(repeating: -1)
        dist = .allocate(capacity: n); dist.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0)
        delta = .allocate(capacity: n); delta.initialize(repeating: 0)
        settled = .allocate(capacity: n); settled.initialize(repeating: false)
        predecessor = .allocate(capacity: n); predecessor.initialize(repeating: -1)
        orderBuffer = .allocate(capacity: max(n, 1)); orderBuffer.initialize(repeating: 0)
        heap = _MinHeap(capacity: n)
    }

    func deallocate() {
        dist.deallocate(); sigma.deallocate(); delta.deallocate(); settled.deallocate()
        predecessor.deallocate(); orderBuffer.deallocate()
        chainHead.deallocate(); chainNode.deallocate(); chainNext.deallocate()
        heap.deallocate()
    }

    /// The settled nodes, in order.
    var order: UnsafeMutableBufferPointer<Int32>.SubSequence { orderBuffer[0 ..< count] }

    /// Copies of the distance and predecessor arrays (for results that outlive the scratch).
    var distances: [Double] { Array(dist) }
    var predecessors: [Int32] { Array(predecessor) }

    /// After a search stopped early: restores the loop invariant for the nodes reached but not
    /// settled (still in the heap, not in `order`, so `reset()` would not see them).
    private func forgetUnsettled() {
        let dist = self.dist, sigma = self.sigma, settled = self.settled, predecessor = self.predecessor
        let chainHead = self.chainHead
        heap.forEachNode { w in
            let i = Int(w)
            guard !settled[i] else { return }
            dist[i] = .infinity; sigma[i] = 0; predecessor[i] = -1
            if chainHead.count > 0 { chainHead[i] = -1 }
        }
    }

    mutating func reset() {
        for k in 0 ..< count {
            let i = Int(orderBuffer[k])
            dist[i] = .infinity; sigma[i] = 0; delta[i] = 0; settled[i] = false; predecessor[i] = -1
        }
        if chainHead.count > 0 { for k in 0 ..< count { chainHead[Int(orderBuffer[k])] = -1 } }
        count = 0
        heap.removeAll()
    }

    @inline(__always) private mutating func append(_ v: Int32) { orderBuffer[count] = v; count += 1 }

    /// Shortest-path distances from `source` along `rows`. With `uniform` lengths a BFS that still
    /// adds the length hop by hop (so the floats equal Dijkstra's) and counts shortest paths σ as it
    /// goes; otherwise Dijkstra with an indexed 4-ary heap (decrease-key) and the relative tie
    /// tolerance `_pathLengthLess`, which leaves σ at 0 (`searchCountingPaths` counts it).
    /// Stops early once `stopAt` is settled (all nodes at smaller distance are settled by then).
    /// `limits` leaves some settled nodes unexpanded and can ask for exact minima (`_SearchLimits`).
    mutating func search(_ rows: _Rows, from source: Int, uniform: Double?, stopAt: Int = -1,
                         limits: _SearchLimits = .none) {
        dist[source] = 0
        let restricted = limits.restricts, exact = limits.exactMinimum
        let closed = limits.closed, expandBelow = limits.expandBelow, distance = dist
        @inline(__always) func expands(_ v: Int) -> Bool {
            if distance[v] >= expandBelow { return false }
            if v != source, let closed, closed[v] { return false }
            return true
        }
        if let c = uniform {
            settled[source] = true
            sigma[source] = 1
            append(Int32(source))
            var head = 0
            while head < count {
                let v = Int(orderBuffer[head]); head += 1
                if v == stopAt { return }
                if restricted && !expands(v) { continue }
                let dv = dist[v] + c, sv = sigma[v]
                for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                    let w = Int(rows.adjacent[slot])
                    if !settled[w] {
                        settled[w] = true; dist[w] = dv; predecessor[w] = Int32(v); append(Int32(w))
                        sigma[w] = sv
                    } else if dist[w] == dv {
                        sigma[w] += sv
                    }
                }
            }
            return
        }
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            // The heap holds each node once (decrease-key); the test stays as a cheap guard.
            if d > dist[v] || settled[v] { continue }
            settled[v] = true
            append(node)
            if v == stopAt { forgetUnsettled(); return }
            if restricted && !expands(v) { continue }
            // Settled nodes need no test: their distance is ≤ d ≤ alt (lengths are ≥ 0), so the
            // cheap `alt < dist[w]` rejects them before the tolerance test.
            for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                let w = Int(rows.adjacent[slot])
                let alt = d + rows.length[slot], dw = dist[w]
                if alt < dw && (exact || !_pathLengthsEqual(alt, dw)) {
                    dist[w] = alt; predecessor[w] = node; heap.push(alt, Int32(w))
                }
            }
        }
    }

    /// Dijkstra from `source` (lengths not uniform) that counts shortest paths σ and records each
    /// settled node's predecessors as it goes, as igraph's weighted Brandes does: relaxing v → w
    /// with alt = dist(v) + len(v, w), a shorter alt (beyond the path tolerance) restarts w's list
    /// with v and σ(w) = σ(v); an alt equal to dist(w) within the tolerance adds v and σ(v).
    /// `accumulateRecorded` then walks only these lists. Needs a scratch made with `slotCount` ≥
    /// the number of out-slots. Same distances and order as `search`; v is recorded as a predecessor of w
    /// when dist(v) + len(v, w) equals dist(w) within the tolerance.
    /// Stops early once `stopAt` is settled: σ and the lists are then final for every settled node.
    mutating func searchCountingPaths(_ rows: _Rows, from source: Int, stopAt: Int = -1) {
        dist[source] = 0
        sigma[source] = 1
        var pool: Int32 = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if d > dist[v] || settled[v] { continue }
            settled[v] = true
            append(node)
            if v == stopAt { forgetUnsettled(); return }
            let sv = sigma[v]
            for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                let w = Int(rows.adjacent[slot])
                let alt = d + rows.length[slot], dw = dist[w]
                if alt < dw {
                    if _pathLengthsEqual(alt, dw) {   // equally short, by the tolerance
                        chainNode[Int(pool)] = node; chainNext[Int(pool)] = chainHead[w]; chainHead[w] = pool
                        pool += 1; sigma[w] += sv
                    } else {                          // shorter: a new list
                        dist[w] = alt; predecessor[w] = node; heap.push(alt, Int32(w))
                        chainNode[Int(pool)] = node; chainNext[Int(pool)] = -1; chainHead[w] = pool
                        pool += 1; sigma[w] = sv
                    }
                } else if alt - dw <= _pathEpsilon * alt && !settled[w] {
                    // alt ≥ dw ≥ 0 and finite here: _pathLengthsEqual(alt, dw) reduced to its case.
                    // (A settled w has dw ≤ d < alt by more than the tolerance unless len ≈ 0.)
                    chainNode[Int(pool)] = node; chainNext[Int(pool)] = chainHead[w]; chainHead[w] = pool
                    pool += 1; sigma[w] += sv
                }
            }
        }
    }

    /// BFS from `source` when every length is `c` (hop counts): counts shortest paths σ and
    /// records each reached node's predecessors (the nodes one level nearer with an arc to it), as
    /// igraph's unweighted Brandes does, so that `accumulateRecorded` walks only those instead of
    /// every in-slot with a distance test. Distances add `c` level by level, so they
    /// equal `search`'s; a level's nodes share one float, and equality is exact.
    /// Needs a scratch made with `slotCount` ≥ the number of out-slots.
    mutating func searchCountingPathsByLevels(_ rows: _Rows, from source: Int, uniform c: Double) {
        // Reached = finite distance (one load per arc instead of two); `settled` and `predecessor`
        // are left at their invariant values, which `reset` restores anyway.
        dist[source] = 0
        sigma[source] = 1
        append(Int32(source))
        var pool: Int32 = 0
        var head = 0
        while head < count {
            let node = orderBuffer[head], v = Int(node); head += 1
            let dv = dist[v] + c, sv = sigma[v]
            for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                let w = Int(rows.adjacent[slot]), dw = dist[w]
                if dw == .infinity {
                    dist[w] = dv; append(Int32(w))
                    sigma[w] = sv
                    chainNode[Int(pool)] = node; chainNext[Int(pool)] = -1; chainHead[w] = pool; pool += 1
                } else if dw == dv {
                    sigma[w] += sv
                    chainNode[Int(pool)] = node; chainNext[Int(pool)] = chainHead[w]; chainHead[w] = pool; pool += 1
                }
            }
        }
    }

    /// Brandes' dependency accumulation over the predecessor lists recorded by `searchCountingPaths`
    /// or `searchCountingPathsByLevels`: δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)), in reverse
    /// settling order, adding δ(w) to `into[w]` for every reached w other than the source.
    func accumulateRecorded(into score: UnsafeMutableBufferPointer<Double>) {
        var i = count - 1
        while i > 0 {
            let w = Int(orderBuffer[i])
            let coefficient = (1 + delta[w]) / sigma[w]
            var k = chainHead[w]
            while k >= 0 {
                let v = Int(chainNode[Int(k)])
                delta[v] += sigma[v] * coefficient
                k = chainNext[Int(k)]
            }
            score[w] += delta[w]
            i -= 1
        }
    }
}
