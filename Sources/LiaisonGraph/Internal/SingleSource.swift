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

/// Scratch for one single-source search. Loop invariant between runs (igraph's habit): `dist` is
/// +∞, `sigma` and `delta` are 0 and `settled` false everywhere, `order` is empty; `reset()`
/// restores it by touching only the nodes the last run reached.
struct _SingleSource {
    var dist: [Double]
    var sigma: [Double]
    var delta: [Double]
    var settled: [Bool]
    var predecessor: [Int32]
    /// Reached nodes in the order they were settled (non-decreasing distance); `order[0]` is the source.
    var order: [Int32]
    var heap: _MinHeap

    init(nodeCount n: Int) {
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        settled = [Bool](repeating: false, count: n)
        predecessor = [Int32](repeating: -1, count: n)
        order = []
        order.reserveCapacity(n)
        heap = _MinHeap(capacity: n)
    }

    mutating func reset() {
        for v in order {
            let i = Int(v)
            dist[i] = .infinity; sigma[i] = 0; delta[i] = 0; settled[i] = false; predecessor[i] = -1
        }
        order.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    /// Shortest-path distances from `source` along `rows`. With `uniform` lengths a BFS that still
    /// adds the length hop by hop (so the floats equal Dijkstra's); otherwise Dijkstra with a binary
    /// heap, lazy deletion, and the relative tie tolerance `_pathLengthLess`.
    /// Stops early once `stopAt` is settled (all nodes at smaller distance are settled by then).
    mutating func search(_ rows: _Rows, from source: Int, uniform: Double?, stopAt: Int = -1) {
        dist[source] = 0
        if let c = uniform {
            settled[source] = true
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let v = Int(order[head]); head += 1
                if v == stopAt { return }
                let dv = dist[v] + c
                for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                    let w = Int(rows.adjacent[slot])
                    if !settled[w] {
                        settled[w] = true; dist[w] = dv; predecessor[w] = Int32(v); order.append(Int32(w))
                    }
                }
            }
            return
        }
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if settled[v] || d > dist[v] { continue }
            settled[v] = true
            order.append(node)
            if v == stopAt { return }
            for slot in rows.offsets[v] ..< rows.offsets[v + 1] {
                let w = Int(rows.adjacent[slot])
                if settled[w] { continue }
                let alt = d + rows.length[slot]
                if _pathLengthLess(alt, dist[w]) {
                    dist[w] = alt; predecessor[w] = node; heap.push(alt, Int32(w))
                }
            }
        }
    }

    /// σ(s, w), the number of shortest paths from the source to each reached node, from the
    /// finished distances: v is a predecessor of w when dist(v) + len(v, w) equals dist(w) within
    /// the path tolerance. `inRows` are the rows reversed relative to the search (== rows when
    /// undirected).
    mutating func countPaths(_ inRows: _Rows) {
        guard !order.isEmpty else { return }
        sigma[Int(order[0])] = 1
        for i in 1 ..< order.count {
            let w = Int(order[i]), dw = dist[w]
            var sum = 0.0
            for slot in inRows.offsets[w] ..< inRows.offsets[w + 1] {
                let v = Int(inRows.adjacent[slot]), dv = dist[v]
                if dv < dw && _pathLengthsEqual(dv + inRows.length[slot], dw) { sum += sigma[v] }
            }
            sigma[w] = sum
        }
    }

    /// Brandes' dependency accumulation: δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)), adding
    /// δ(w) to `into[w]` for every reached w other than the source.
    mutating func accumulate(_ inRows: _Rows, into score: UnsafeMutableBufferPointer<Double>) {
        var i = order.count - 1
        while i > 0 {
            let w = Int(order[i]), dw = dist[w]
            let coefficient = (1 + delta[w]) / sigma[w]
            for slot in inRows.offsets[w] ..< inRows.offsets[w + 1] {
                let v = Int(inRows.adjacent[slot]), dv = dist[v]
                if dv < dw && _pathLengthsEqual(dv + inRows.length[slot], dw) {
                    delta[v] += sigma[v] * coefficient
                }
            }
            score[w] += delta[w]
            i -= 1
        }
    }
}
