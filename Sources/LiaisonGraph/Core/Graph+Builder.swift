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
    /// weight is the sum (in input order); self-loops are dropped. Both are counted in `buildReport`.
    ///
    ///     let g = try Graph(nodeCount: 3, sources: [0, 1, 1], targets: [1, 2, 0], weights: [1, 2, 3])
    ///     g.edgeCount          // 2: 0–1 (weight 4) and 1–2 (weight 2)
    ///
    /// How (see `Graph+BuilderPasses.swift`): one pass checks the input and notes whether it is
    /// already canonical (undirected edges as `(min, max)`, no self-loops) and sorted by
    /// `(source, target)`; if not, two stable counting sorts — by target, then by source — sort it,
    /// the second writing back into the input's own arrays; adjacent duplicates are merged; then
    /// the rows are filled. Undirected row `u` is its lower neighbours (scattered from the edges
    /// that end at `u`, which arrive in increasing source order) followed by its upper ones (the
    /// edges that start at `u`, contiguous and sorted); a directed graph's out-rows are the sorted
    /// edge list itself. Large inputs run the scatter passes on `threads` workers (split so that
    /// every bucket keeps the input order: the result does not depend on the thread count).
    ///
    /// - Parameters:
    ///   - sources, targets, weights: taken over — when the caller keeps no other reference the
    ///     sort reuses their memory. `weights == nil` means every weight is 1. Weights must be
    ///     finite and > 0.
    ///   - threads: workers for inputs of 200,000 edges or more (nil: every core).
    /// - Complexity: O(*n* + *m*) time and space, no comparison sort.
    /// - Throws: `GraphInputError` naming the first bad edge.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil,
                directed: Bool = false, threads: Int? = nil) throws {
        let inputCount = sources.count
        guard targets.count == inputCount, weights.map({ $0.count == inputCount }) ?? true else {
            throw GraphInputError.mismatchedLengths(sources: sources.count, targets: targets.count,
                                                    weights: weights?.count ?? inputCount)
        }
        var arcSource = sources, arcTarget = targets
        var arcWeight = weights ?? [Double](repeating: 1, count: inputCount)
        let workers = inputCount >= 200_000 ? min(_workerCount(threads), 2) : 1
        var built = BuildReport()

        // 1. Check every edge; learn whether the arcs are canonical and in order already.
        let shape = try Graph._inspect(nodeCount: nodeCount, sources: arcSource, targets: arcTarget,
                                       weights: arcWeight, directed: directed)
        built.selfLoops = shape.selfLoops

        // 2. Canonical arcs sorted by (source, target).
        var bounds: (targetStart: [Int32], sourceStart: [Int32])?
        if !shape.ordered {
            bounds = Graph._sortArcs(&arcSource, &arcTarget, &arcWeight, nodeCount: nodeCount, directed: directed,
                            arcCount: inputCount - shape.selfLoops, workers: workers)
        } else if shape.selfLoops > 0 || shape.swapped {
            (arcSource, arcTarget, arcWeight) = Graph._canonicalArcs(arcSource, arcTarget, arcWeight, directed: directed)
        }

        // 3. Merge parallel edges (adjacent once sorted), weights summed in input order.
        if !shape.ordered || !shape.strictlyOrdered {
            built.mergedParallelEdges = Graph._mergeAdjacent(&arcSource, &arcTarget, &arcWeight)
            if built.mergedParallelEdges > 0 { bounds = nil }
        }
        let edgeSource = arcSource, edgeTarget = arcTarget, edgeWeight = arcWeight

        // 4. Rows.
        if directed {
            let out = Graph._rowOffsets(nodeCount: nodeCount, counting: edgeSource, and: nil)
            let slotEdge = [Int32](unsafeUninitializedCapacity: edgeSource.count) { buffer, count in
                for e in 0 ..< edgeSource.count { buffer[e] = Int32(e) }
                count = edgeSource.count
            }
            let inn = Graph._scatterRows(nodeCount: nodeCount, edgeSource: edgeSource, edgeTarget: edgeTarget,
                                         edgeWeight: edgeWeight, undirected: false, workers: 1)
            self.init(nodeCount: nodeCount, isDirected: true,
                      offsets: out, targets: edgeTarget, weights: edgeWeight, slotEdge: slotEdge,
                      inOffsets: inn.offsets, inSources: inn.neighbor, inWeights: inn.weight, inSlotEdge: inn.edge,
                      edgeSource: edgeSource, edgeTarget: edgeTarget, edgeWeight: edgeWeight, buildReport: built)
        } else {
            let rows = Graph._scatterRows(nodeCount: nodeCount, edgeSource: edgeSource, edgeTarget: edgeTarget,
                                          edgeWeight: edgeWeight, undirected: true, workers: workers, bounds: bounds)
            self.init(nodeCount: nodeCount, isDirected: false,
                      offsets: rows.offsets, targets: rows.neighbor, weights: rows.weight, slotEdge: rows.edge,
                      inOffsets: rows.offsets, inSources: rows.neighbor, inWeights: rows.weight, inSlotEdge: rows.edge,
                      edgeSource: edgeSource, edgeTarget: edgeTarget, edgeWeight: edgeWeight, buildReport: built)
        }
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
