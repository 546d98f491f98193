//===----------------------------------------------------------------------===//
// betweenness(normalized:length:threads:)
//===----------------------------------------------------------------------===//

extension Graph {
    /// Shortest-path betweenness of every node (Brandes 2001): c(v) = Σ_{s≠v≠t} σ(s,t|v) / σ(s,t),
    /// where σ(s,t) counts shortest s→t paths and σ(s,t|v) those through v.
    ///
    ///     let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
    ///     g.betweenness(normalized: false)   // [0.0, 1.0, 0.0]
    ///     g.betweenness()                    // [0.0, 1.0, 0.0]   (÷ (n−1)(n−2)/2 pairs)
    ///
    /// Paths run along edge lengths `length` (default 1/w, SPEC §5.3); when every length is equal
    /// a BFS replaces Dijkstra. Path lengths are compared with a relative tolerance of 1e-10, as
    /// igraph does, so paths that are equally short in exact arithmetic tie even when their float
    /// sums differ in the last bits. Path counts σ are `Double` (igraph's overflow note).
    ///
    /// Sources are split among `threads` workers (default: all active cores), each with its own
    /// scratch and its own score array; the arrays are summed at the end, in worker order, so the
    /// result is deterministic for a given thread count (and equal up to rounding across counts).
    ///
    /// - Parameters:
    ///   - normalized: divide by (n−1)(n−2) for directed graphs and by (n−1)(n−2)/2 unordered pairs
    ///     for undirected ones, as NetworkX; unnormalised undirected scores count each unordered
    ///     pair once. Graphs with fewer than 3 nodes are left unscaled (all zeros).
    ///   - length: how a weight becomes a length (default `.inverseWeight`).
    ///   - threads: worker threads (default: active cores).
    /// - Returns: scores indexed by node.
    /// - Complexity: O(*nm*) with uniform lengths, O(*nm* + *n*² log *n*) otherwise;
    ///   O(*n* + *m*) scratch per thread plus *n* doubles per thread.
    /// - Note: Matches `nx.betweenness_centrality(G, weight="dist", normalized=True)` with
    ///   `dist = 1/weight` to 1e-9 relative when the distances are exact binary fractions
    ///   (Tests/LiaisonGraphTests/BetweennessTests.swift); with other weights it matches igraph's
    ///   tolerant tie rule instead of NetworkX's exact one.
    ///
    /// [Brandes 2001]: https://doi.org/10.1080/0022250X.2001.9990249
    public func betweenness(normalized: Bool = true, length: EdgeLength = .inverseWeight,
                            threads: Int? = nil) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let lengths = _lengths(length)
        let workers = _workerCount(threads, work: n)
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * n)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }

        _withRows(offsets, targets, lengths.out) { out in
            _runWorkers(workers) { worker in
                let score = UnsafeMutableBufferPointer(rebasing: partial[(worker * n) ..< ((worker + 1) * n)])
                // Both searches record each node's predecessors, so the dependency pass walks
                // only those (igraph's way), not every in-slot with a distance test.
                var scratch = _SingleSource(nodeCount: n, slotCount: targets.count)
                defer { scratch.deallocate() }
                var s = worker
                while s < n {    // sources interleaved across workers: balanced on random graphs
                    if let uniform = lengths.uniform {
                        scratch.searchCountingPathsByLevels(out, from: s, uniform: uniform)
                    } else {
                        scratch.searchCountingPaths(out, from: s)
                    }
                    scratch.accumulateRecorded(into: score)
                    scratch.reset()
                    s += workers
                }
            }
        }
        var result = [Double](repeating: 0, count: n)
        for worker in 0 ..< workers {
            for v in 0 ..< n { result[v] += partial[worker * n + v] }
        }
        let scale = Graph._betweennessScale(nodeCount: n, normalized: normalized, directed: isDirected)
        if scale != 1 { for v in 0 ..< n { result[v] *= scale } }
        return result
    }

    /// NetworkX's `_rescale` with `endpoints=False`: the raw sums run over ordered pairs.
    static func _betweennessScale(nodeCount n: Int, normalized: Bool, directed: Bool) -> Double {
        if n < 3 { return 1 }
        if normalized { return 1 / (Double(n - 1) * Double(n - 2)) }
        return directed ? 1 : 0.5
    }
}
