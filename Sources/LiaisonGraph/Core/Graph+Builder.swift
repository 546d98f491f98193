//===----------------------------------------------------------------------===//
// Building a Graph from edge arrays in O(n + m)
//===----------------------------------------------------------------------===//

extension Graph {
    /// What the builder did to the input besides storing it.
    public struct BuildReport: Sendable, Equatable {
        /// Self-loops dropped.
        public var selfLoops = 0
        /// Input edges merged into an earlier edge between the same nodes (weights summed).
        public var mergedParallelEdges = 0
        public init() {}
    }

    /// Builds a simple graph from parallel edge arrays.
    ///
    /// Parallel edges (for undirected graphs, `u–v` and `v–u` too) are merged into one edge whose
    /// weight is the sum; self-loops are dropped. Both are counted in `buildReport`.
    ///
    ///     let g = try Graph(nodeCount: 3, sources: [0, 1, 1], targets: [1, 2, 0], weights: [1, 2, 3])
    ///     g.edgeCount          // 2: 0–1 (weight 4) and 1–2 (weight 2)
    ///
    /// - Parameters:
    ///   - weights: `nil` means every weight is 1. Weights must be finite and > 0.
    /// - Complexity: O(*n* + *m*) time and space: two stable counting sorts (by target, then by
    ///   source) give rows sorted by neighbour without comparison sorting.
    /// - Throws: `GraphInputError` naming the first bad edge.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil,
                directed: Bool = false) throws {
        let inputCount = sources.count
        guard targets.count == inputCount, weights.map({ $0.count == inputCount }) ?? true else {
            throw GraphInputError.mismatchedLengths(sources: sources.count, targets: targets.count,
                                                    weights: weights?.count ?? inputCount)
        }
        for i in 0 ..< inputCount {
            let s = Int(sources[i]), t = Int(targets[i])
            if s < 0 || s >= nodeCount { throw GraphInputError.nodeOutOfRange(edge: i, node: s, nodeCount: nodeCount) }
            if t < 0 || t >= nodeCount { throw GraphInputError.nodeOutOfRange(edge: i, node: t, nodeCount: nodeCount) }
            if let w = weights?[i] {
                if !w.isFinite { throw GraphInputError.nonFiniteWeight(edge: i) }
                if w <= 0 { throw GraphInputError.nonPositiveWeight(edge: i, weight: w) }
            }
        }
        var built = BuildReport()

        // 1. Canonical arcs: undirected edges as (min, max); self-loops dropped.
        var arcSource = [Int32](), arcTarget = [Int32](), arcWeight = [Double]()
        arcSource.reserveCapacity(inputCount); arcTarget.reserveCapacity(inputCount); arcWeight.reserveCapacity(inputCount)
        for i in 0 ..< inputCount {
            var s = sources[i], t = targets[i]
            if s == t { built.selfLoops += 1; continue }
            if !directed && s > t { swap(&s, &t) }
            arcSource.append(s); arcTarget.append(t); arcWeight.append(weights?[i] ?? 1)
        }

        // 2. Sort arcs by (source, target) with two stable counting sorts, then merge duplicates.
        let byTarget = Graph._countingOrder(keys: arcTarget, within: nil, nodeCount: nodeCount)
        let order = Graph._countingOrder(keys: arcSource, within: byTarget, nodeCount: nodeCount)
        var edgeSource = [Int32](), edgeTarget = [Int32](), edgeWeight = [Double]()
        edgeSource.reserveCapacity(order.count); edgeTarget.reserveCapacity(order.count); edgeWeight.reserveCapacity(order.count)
        for i in order {
            let s = arcSource[i], t = arcTarget[i], w = arcWeight[i]
            if let last = edgeSource.last, last == s, edgeTarget.last! == t {
                edgeWeight[edgeWeight.count - 1] += w
                built.mergedParallelEdges += 1
            } else {
                edgeSource.append(s); edgeTarget.append(t); edgeWeight.append(w)
            }
        }

        // 3. Rows. Undirected: each edge in both rows. Edges are sorted by (s, t) with s < t, so
        //    filling row u with its "lower" neighbours (as targets of earlier sources) and then its
        //    "higher" ones keeps every row sorted.
        let m = edgeSource.count
        func rows(from: [Int32], to: [Int32], both: Bool) -> ([Int], [Int32], [Double], [Int32]) {
            var offsets = [Int](repeating: 0, count: nodeCount + 1)
            for e in 0 ..< m {
                offsets[Int(from[e]) + 1] += 1
                if both { offsets[Int(to[e]) + 1] += 1 }
            }
            for u in 0 ..< nodeCount { offsets[u + 1] += offsets[u] }
            let slots = offsets[nodeCount]
            var cursor = Array(offsets.dropLast())
            var tgt = [Int32](repeating: 0, count: slots)
            var wgt = [Double](repeating: 0, count: slots)
            var eid = [Int32](repeating: 0, count: slots)
            // Visit edges sorted by `to` when filling by `from` so that rows come out sorted.
            let visit: [Int] = both ? Array(0 ..< m)
                : Graph._countingOrder(keys: to, within: nil, nodeCount: nodeCount)
            if both {
                // Lower neighbours first: for row v, neighbours u < v arrive in increasing u.
                for e in visit {
                    let v = Int(to[e]), c = cursor[v]
                    tgt[c] = from[e]; wgt[c] = edgeWeight[e]; eid[c] = Int32(e); cursor[v] = c + 1
                }
                for e in visit {
                    let u = Int(from[e]), c = cursor[u]
                    tgt[c] = to[e]; wgt[c] = edgeWeight[e]; eid[c] = Int32(e); cursor[u] = c + 1
                }
            } else {
                for e in visit {
                    let u = Int(from[e]), c = cursor[u]
                    tgt[c] = to[e]; wgt[c] = edgeWeight[e]; eid[c] = Int32(e); cursor[u] = c + 1
                }
            }
            return (offsets, tgt, wgt, eid)
        }
        let out = rows(from: edgeSource, to: edgeTarget, both: !directed)
        let inn = directed ? rows(from: edgeTarget, to: edgeSource, both: false) : out
        self.init(nodeCount: nodeCount, isDirected: directed,
                  offsets: out.0, targets: out.1, weights: out.2, slotEdge: out.3,
                  inOffsets: inn.0, inSources: inn.1, inWeights: inn.2, inSlotEdge: inn.3,
                  edgeSource: edgeSource, edgeTarget: edgeTarget, edgeWeight: edgeWeight, buildReport: built)
        #if LIAISON_INTERNAL_CHECKS
        _checkInvariants()
        #endif
    }

    /// Convenience: an undirected or directed graph from `(u, v)` or `(u, v, w)` pairs.
    public init(nodeCount: Int, edges: [(Int, Int)], directed: Bool = false) throws {
        try self.init(nodeCount: nodeCount, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
                      weights: nil, directed: directed)
    }

    public init(nodeCount: Int, weightedEdges: [(Int, Int, Double)], directed: Bool = false) throws {
        try self.init(nodeCount: nodeCount, sources: weightedEdges.map { Int32($0.0) },
                      targets: weightedEdges.map { Int32($0.1) }, weights: weightedEdges.map { $0.2 },
                      directed: directed)
    }

    /// Indices `0 ..< keys.count` (or the permutation `within`) stably ordered by `keys`.
    static func _countingOrder(keys: [Int32], within: [Int]?, nodeCount: Int) -> [Int] {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for k in keys { start[Int(k) + 1] += 1 }
        for u in 0 ..< nodeCount { start[u + 1] += start[u] }
        var order = [Int](repeating: 0, count: keys.count)
        if let within {
            for i in within { let k = Int(keys[i]); order[start[k]] = i; start[k] += 1 }
        } else {
            for i in 0 ..< keys.count { let k = Int(keys[i]); order[start[k]] = i; start[k] += 1 }
        }
        return order
    }

    /// Checks the CSR invariants (compiled in with `-D LIAISON_INTERNAL_CHECKS`): offsets monotone,
    /// targets in range, rows strictly increasing (no parallel edges), no self-loops, undirected
    /// edges stored both ways.
    public func _checkInvariants() {
        precondition(offsets.count == nodeCount + 1 && offsets[0] == 0)
        for u in 0 ..< nodeCount {
            precondition(offsets[u] <= offsets[u + 1], "offsets not monotone at \(u)")
            var previous: Int32 = -1
            for slot in offsets[u] ..< offsets[u + 1] {
                let v = targets[slot]
                precondition(v >= 0 && Int(v) < nodeCount, "target out of range in row \(u)")
                precondition(v > previous, "row \(u) not strictly increasing")
                precondition(Int(v) != u, "self-loop at \(u)")
                if !isDirected { precondition(weight(from: Int(v), to: u) == weights[slot], "edge \(u)-\(v) stored one way") }
                previous = v
            }
        }
    }
}
