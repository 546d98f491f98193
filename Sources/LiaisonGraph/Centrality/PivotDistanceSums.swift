//===----------------------------------------------------------------------===//
// _PivotDistanceSums: the pivot searches of approximateCloseness, distances only
//===----------------------------------------------------------------------===//

/// One out-slot of packed rows: the length and the target side by side, so that a row is one
/// contiguous run of 16-byte entries (one stream in the relaxation loop instead of two).
struct _Arc {
    var length: Double
    var target: Int32
}

extension _DistanceRows {
    /// The slots as `_Arc`s, in the same order (rows at the same `offsets`).
    /// - Complexity: O(*m*).
    var packedArcs: [_Arc] { zip(length, targets).map { _Arc(length: $0, target: $1) } }
}

/// Per-thread scratch for the pivot searches of `approximateCloseness`: Dijkstra that keeps only
/// the distances, and the per-node sums S (distances), R (pivots that reach the node) and H
/// (inverse distances) of this thread's pivots.
///
/// The search is `_SingleSource.search` (no limits, lengths not uniform) with everything the
/// estimate does not read left out: no predecessor, no settled flags, no settling order. Each
/// push, pop, comparison (with the tie tolerance `_pathLengthsEqual`) and addition is the one
/// `search` makes, in the same order, so the distances are bit for bit `search`'s. The two tests
/// `search` makes on a popped node (`d > dist[v]`, `settled[v]`) never hold with a decrease-key
/// heap and lengths ≥ 0: a node is in the heap once, keyed by its current distance, and a popped
/// node is never pushed again (its distance is ≤ every later key), so leaving them out changes
/// nothing. One linear pass over the nodes then adds each reached node's distance to the sums and
/// restores `dist` to +∞: in node order rather than settling order, so memory is read
/// sequentially; each node gets one addition per pivot either way, so the sums are the same.
///
/// Memory, not arithmetic, bounds these searches on large graphs (perf on 200,000 contacts: most
/// samples wait for the first slot of the popped node's row). Before relaxing a node's row the
/// search reads the first slot of the row of the node now at the top of the heap — usually the
/// next one popped — so that the two cache misses overlap instead of following each other (a
/// software prefetch by an ordinary load, whose value goes nowhere but `prefetchSink`).
///
/// - Complexity: O(*m* + *n* log *n*) per search (4-ary heap), O(*n*) per pass; per thread 4
///   doubles, one heap entry and one position per node.
struct _PivotDistanceSums {
    /// +∞ between searches.
    let dist: UnsafeMutableBufferPointer<Double>
    /// S, R, H of node u at 3u, 3u + 1, 3u + 2 (one cache line holds a node's three sums).
    let sums: UnsafeMutableBufferPointer<Double>
    var heap: _MinHeap
    /// The loaded prefetch targets, combined so that the loads are not optimised away.
    private(set) var prefetchSink: Int32 = 0

    init(nodeCount n: Int) {
        dist = .allocate(capacity: max(n, 1)); dist.initialize(repeating: .infinity)
        sums = .allocate(capacity: max(3 * n, 1)); sums.initialize(repeating: 0)
        heap = _MinHeap(capacity: n)
    }

    func deallocate() { dist.deallocate(); sums.deallocate(); heap.deallocate() }

    /// Dijkstra from `source` along `arcs` (node v's row at `offsets[v] ..< offsets[v + 1]`),
    /// then adds d, 1 and 1/d to the sums of every node reached other than the source.
    mutating func addSearch(offsets: UnsafeBufferPointer<Int>, arcs: UnsafeBufferPointer<_Arc>, from source: Int) {
        let dist = self.dist
        let lastArc = arcs.count - 1
        var sink: Int32 = 0
        dist[source] = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if !heap.isEmpty && lastArc >= 0 {
                sink &+= arcs[min(offsets[Int(heap.minNode)], lastArc)].target
            }
            for slot in offsets[v] ..< offsets[v + 1] {
                let arc = arcs[slot]
                let w = Int(arc.target)
                let alt = d + arc.length, dw = dist[w]
                if alt < dw && !_pathLengthsEqual(alt, dw) {
                    dist[w] = alt; heap.push(alt, arc.target)
                }
            }
        }
        prefetchSink &+= sink
        dist[source] = .infinity
        let sums = self.sums
        for u in 0 ..< dist.count {
            let d = dist[u]
            guard d < .infinity else { continue }
            sums[3 * u] += d
            sums[3 * u + 1] += 1
            sums[3 * u + 2] += 1 / d
            dist[u] = .infinity
        }
    }
}
