//===----------------------------------------------------------------------===//
// The passes of Graph's builder: check, sort, merge, fill rows
//===----------------------------------------------------------------------===//

// Every pass runs over raw buffers: they are memory-bound scatters over millions of arcs, where
// array bounds and uniqueness checks cost as much as the work. Bucket cursors are 32-bit so that a
// million-node table stays in the core's cache.

extension Graph {
    /// What the checking pass learnt about the input.
    struct _InputShape {
        var selfLoops = 0
        /// Some undirected edge was given as (larger, smaller).
        var swapped = false
        /// The canonical arcs are non-decreasing in (source, target).
        var ordered = true
        /// … and strictly increasing (no parallel edges).
        var strictlyOrdered = true
    }

    /// Checks node ranges and weights (throwing at the first bad edge, in input order) and reads the
    /// shape of the input in the same pass.
    static func _inspect(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double],
                         directed: Bool) throws -> _InputShape {
        var shape = _InputShape()
        try sources.withUnsafeBufferPointer { sources in
        try targets.withUnsafeBufferPointer { targets in
        try weights.withUnsafeBufferPointer { weights in
            var previous: (Int32, Int32) = (-1, -1)
            for i in 0 ..< sources.count {
                var s = sources[i], t = targets[i]
                let w = weights[i]
                if s < 0 || Int(s) >= nodeCount { throw GraphInputError.nodeOutOfRange(edge: i, node: Int(s), nodeCount: nodeCount) }
                if t < 0 || Int(t) >= nodeCount { throw GraphInputError.nodeOutOfRange(edge: i, node: Int(t), nodeCount: nodeCount) }
                if !w.isFinite { throw GraphInputError.nonFiniteWeight(edge: i) }
                if w <= 0 { throw GraphInputError.nonPositiveWeight(edge: i, weight: w) }
                if s == t { shape.selfLoops += 1; continue }
                if !directed && s > t { swap(&s, &t); shape.swapped = true }
                if s < previous.0 || (s == previous.0 && t < previous.1) { shape.ordered = false }
                if s == previous.0 && t == previous.1 { shape.strictlyOrdered = false }
                previous = (s, t)
            }
        }
        }
        }
        return shape
    }

    /// The arcs without self-loops, undirected ones as (min, max), in input order.
    static func _canonicalArcs(_ sources: [Int32], _ targets: [Int32], _ weights: [Double],
                               directed: Bool) -> ([Int32], [Int32], [Double]) {
        var s = [Int32](), t = [Int32](), w = [Double]()
        s.reserveCapacity(sources.count); t.reserveCapacity(sources.count); w.reserveCapacity(sources.count)
        for i in 0 ..< sources.count where sources[i] != targets[i] {
            let a = sources[i], b = targets[i]
            if !directed && a > b { s.append(b); t.append(a) } else { s.append(a); t.append(b) }
            w.append(weights[i])
        }
        return (s, t, w)
    }

    /// Sorts raw arcs into canonical arcs ordered by (source, target), stably (parallel arcs keep
    /// their input order), dropping self-loops; `arcCount` is the number of arcs that remain.
    ///
    /// LSD radix sort with node ids as digits (two stable counting sorts):
    /// 1. by target, into a scratch table that keeps only (source, weight) — the target is the
    ///    bucket, known from the bucket bounds;
    /// 2. by source, reading the table bucket by bucket and writing (target, weight) back into the
    ///    input's arrays (dead by then, so no new memory is touched); the sources are then filled in
    ///    from the bucket bounds of this pass.
    /// With two workers each pass splits its input in two halves, each scattered with its own
    /// cursors: bucket k holds the first half's arcs, then the second's, so order is kept.
    /// Returns the bucket bounds of both passes: arcs ending at `v` number
    /// `targetStart[v + 1] − targetStart[v]`, arcs starting at `u` `sourceStart[u + 1] − sourceStart[u]`.
    @discardableResult
    static func _sortArcs(_ sources: inout [Int32], _ targets: inout [Int32], _ weights: inout [Double],
                          nodeCount n: Int, directed: Bool, arcCount m: Int,
                          workers: Int) -> (targetStart: [Int32], sourceStart: [Int32]) {
        precondition(m <= Int(Int32.max), "more than 2^31 edges")
        let input = sources.count
        let orient = !directed
        var bySource = [Int32](), byWeight = [Double]()
        var targetStart = [Int32](), sourceStart = [Int32]()
        sources.withUnsafeMutableBufferPointer { src in
        targets.withUnsafeMutableBufferPointer { tgt in
        weights.withUnsafeMutableBufferPointer { wgt in
            // Pass 1: count each chunk's canonical targets; scatter (source, weight) by target.
            let chunks = _chunks(input, workers)
            var counts = [[Int32]](repeating: [Int32](repeating: 0, count: n), count: workers)
            counts.withUnsafeMutableBufferPointer { counts in
                _runWorkers(workers) { w in
                    counts[w].withUnsafeMutableBufferPointer { count in
                        for i in chunks[w] where src[i] != tgt[i] {
                            count[Int(orient ? max(src[i], tgt[i]) : tgt[i])] += 1
                        }
                    }
                }
            }
            targetStart = _bucketCursors(&counts)
            byWeight = [Double](unsafeUninitializedCapacity: m) { weightOut, weightCount in
                bySource = [Int32](unsafeUninitializedCapacity: m) { sourceOut, sourceCount in
                    counts.withUnsafeMutableBufferPointer { cursors in
                        _runWorkers(workers) { w in
                            cursors[w].withUnsafeMutableBufferPointer { cursor in
                                for i in chunks[w] where src[i] != tgt[i] {
                                    var s = src[i], t = tgt[i]
                                    if orient && s > t { swap(&s, &t) }
                                    let p = Int(cursor[Int(t)])
                                    sourceOut[p] = s; weightOut[p] = wgt[i]
                                    cursor[Int(t)] = Int32(p + 1)
                                }
                            }
                        }
                    }
                    sourceCount = m
                }
                weightCount = m
            }
            // Pass 2: by source, from the table in target order back into the input's arrays.
            bySource.withUnsafeBufferPointer { bySource in
            byWeight.withUnsafeBufferPointer { byWeight in
                let chunks = _chunks(m, workers)
                var counts = [[Int32]](repeating: [Int32](repeating: 0, count: n), count: workers)
                counts.withUnsafeMutableBufferPointer { counts in
                    _runWorkers(workers) { w in
                        counts[w].withUnsafeMutableBufferPointer { count in
                            for p in chunks[w] { count[Int(bySource[p])] += 1 }
                        }
                    }
                }
                sourceStart = _bucketCursors(&counts)
                counts.withUnsafeMutableBufferPointer { counts in
                    _runWorkers(workers) { w in
                        counts[w].withUnsafeMutableBufferPointer { cursor in
                            guard let first = chunks[w].first else { return }
                            // The bucket (target) of position `first`: the last k with start ≤ first.
                            var lo = 0, hi = n
                            while lo < hi {
                                let mid = (lo + hi + 1) / 2
                                if Int(targetStart[mid]) <= first { lo = mid } else { hi = mid - 1 }
                            }
                            var t = lo
                            for p in chunks[w] {
                                while Int(targetStart[t + 1]) <= p { t += 1 }
                                let s = Int(bySource[p]), q = Int(cursor[s])
                                tgt[q] = Int32(t); wgt[q] = byWeight[p]
                                cursor[s] = Int32(q + 1)
                            }
                        }
                    }
                }
            }
            }
            for u in 0 ..< n {
                for q in Int(sourceStart[u]) ..< Int(sourceStart[u + 1]) { src[q] = Int32(u) }
            }
        }
        }
        }
        sources.removeLast(input - m); targets.removeLast(input - m); weights.removeLast(input - m)
        return (targetStart, sourceStart)
    }

    /// Turns per-chunk bucket counts (`counts[w][k]`: items of chunk w in bucket k) into each
    /// chunk's write cursors — bucket k starts after all smaller buckets, and within it chunk w
    /// after the chunks before it, which keeps the sort stable — and returns the bucket bounds
    /// (`nodeCount + 1` entries).
    static func _bucketCursors(_ counts: inout [[Int32]]) -> [Int32] {
        let n = counts.first?.count ?? 0
        var start = [Int32](repeating: 0, count: n + 1)
        var total: Int32 = 0
        for k in 0 ..< n {
            start[k] = total
            for w in counts.indices { let c = counts[w][k]; counts[w][k] = total; total += c }
        }
        start[n] = total
        return start
    }

    /// `0 ..< count` cut into `parts` contiguous ranges.
    static func _chunks(_ count: Int, _ parts: Int) -> [Range<Int>] {
        (0 ..< parts).map { count * $0 / parts ..< count * ($0 + 1) / parts }
    }

    /// Merges runs of equal (source, target) in sorted arcs, summing their weights in order.
    /// Returns the number of arcs merged away.
    static func _mergeAdjacent(_ s: inout [Int32], _ t: inout [Int32], _ w: inout [Double]) -> Int {
        let m = s.count
        guard m > 1 else { return 0 }
        var kept = 1
        s.withUnsafeMutableBufferPointer { s in
        t.withUnsafeMutableBufferPointer { t in
        w.withUnsafeMutableBufferPointer { w in
            for i in 1 ..< m {
                if s[i] == s[kept - 1] && t[i] == t[kept - 1] {
                    w[kept - 1] += w[i]
                } else {
                    s[kept] = s[i]; t[kept] = t[i]; w[kept] = w[i]
                    kept += 1
                }
            }
        }
        }
        }
        if kept < m { s.removeLast(m - kept); t.removeLast(m - kept); w.removeLast(m - kept) }
        return m - kept
    }

    /// Row offsets (`nodeCount + 1`) for rows holding one slot per occurrence of a node in `a`
    /// (and in `b`).
    static func _rowOffsets(nodeCount: Int, counting a: [Int32], and b: [Int32]?) -> [Int] {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        offsets.withUnsafeMutableBufferPointer { offsets in
            for v in a { offsets[Int(v) + 1] += 1 }
            if let b { for v in b { offsets[Int(v) + 1] += 1 } }
            for u in 0 ..< nodeCount { offsets[u + 1] += offsets[u] }
        }
        return offsets
    }

    /// Rows from edges sorted by (source, target): the in-rows of a directed graph (`undirected:
    /// false`: row v lists the sources of the edges ending at v), or both directions of an
    /// undirected one (row u: lower neighbours, then upper ones). Rows come out sorted. With two
    /// workers the lower parts and the upper parts are filled at once (they are disjoint slots).
    /// `bounds`, when given, are the sort's bucket bounds for exactly these edges (no merge since):
    /// they spare the passes that count the rows.
    static func _scatterRows(nodeCount: Int, edgeSource: [Int32], edgeTarget: [Int32], edgeWeight: [Double],
                             undirected: Bool, workers: Int, bounds: (targetStart: [Int32], sourceStart: [Int32])? = nil)
        -> (offsets: [Int], neighbor: [Int32], weight: [Double], edge: [Int32]) {
        let m = edgeSource.count
        var offsets: [Int]
        if let bounds, undirected {
            offsets = [Int](repeating: 0, count: nodeCount + 1)
            for u in 0 ..< nodeCount { offsets[u + 1] = Int(bounds.targetStart[u + 1]) + Int(bounds.sourceStart[u + 1]) }
        } else {
            offsets = _rowOffsets(nodeCount: nodeCount, counting: edgeTarget, and: undirected ? edgeSource : nil)
        }
        let slots = offsets[nodeCount]
        precondition(slots <= Int(Int32.max), "more than 2^31 adjacency slots")
        // Lower parts start at each row's offset; upper parts after the row's lower neighbours.
        var lowerCursor = offsets.map { Int32(truncatingIfNeeded: $0) }
        var upperCursor = lowerCursor
        if undirected {
            if let bounds {
                for u in 0 ..< nodeCount { upperCursor[u] += bounds.targetStart[u + 1] - bounds.targetStart[u] }
            } else {
                for v in edgeTarget { upperCursor[Int(v)] += 1 }
            }
        }
        var neighbor = [Int32](), weight = [Double]()
        let edge = [Int32](unsafeUninitializedCapacity: slots) { edgeOut, edgeCount in
            neighbor = [Int32](unsafeUninitializedCapacity: slots) { neighborOut, neighborCount in
                weight = [Double](unsafeUninitializedCapacity: slots) { weightOut, weightCount in
                    edgeSource.withUnsafeBufferPointer { source in
                    edgeTarget.withUnsafeBufferPointer { target in
                    edgeWeight.withUnsafeBufferPointer { w in
                    lowerCursor.withUnsafeMutableBufferPointer { lower in
                    upperCursor.withUnsafeMutableBufferPointer { upper in
                        func fillLower() {
                            // For row v, the sources u < v arrive in increasing order.
                            for e in 0 ..< m {
                                let v = Int(target[e]), c = Int(lower[v])
                                neighborOut[c] = source[e]; weightOut[c] = w[e]; edgeOut[c] = Int32(e)
                                lower[v] = Int32(c + 1)
                            }
                        }
                        func fillUpper() {
                            // The edges of source u are contiguous and sorted.
                            for e in 0 ..< m {
                                let u = Int(source[e]), c = Int(upper[u])
                                neighborOut[c] = target[e]; weightOut[c] = w[e]; edgeOut[c] = Int32(e)
                                upper[u] = Int32(c + 1)
                            }
                        }
                        if !undirected {
                            fillLower()
                        } else {
                            _runWorkers(min(workers, 2)) { worker in
                                if workers < 2 { fillLower(); fillUpper() } else if worker == 0 { fillLower() } else { fillUpper() }
                            }
                        }
                    }
                    }
                    }
                    }
                    }
                    weightCount = slots
                }
                neighborCount = slots
            }
            edgeCount = slots
        }
        return (offsets, neighbor, weight, edge)
    }
}
