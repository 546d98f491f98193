//===----------------------------------------------------------------------===//
// shortestPaths(from:length:), breadthFirst(from:), mostReliablePath(from:to:)
//===----------------------------------------------------------------------===//

/// Single-source shortest paths: a distance and a predecessor per node.
public struct ShortestPaths: Sendable {
    /// The source node.
    public let source: Int
    /// `distance[v]`: length of a shortest path source → v; +∞ when v is unreachable.
    public let distance: [Double]
    /// `predecessor[v]`: the node before v on the path found (−1 for the source and unreachable nodes).
    public let predecessor: [Int32]

    /// The nodes of the shortest path found from `source` to `target` (both included), or `nil`
    /// when `target` is unreachable. O(path length).
    public func path(to target: Int) -> [Int]? {
        guard distance[target].isFinite else { return nil }
        var nodes = [target]
        var v = target
        while v != source { v = Int(predecessor[v]); nodes.append(v) }
        return nodes.reversed()
    }
}

extension Graph {
    /// Shortest paths from `source` along out-edges (Dijkstra 1959, binary heap, lazy deletion;
    /// BFS when every length is equal).
    ///
    ///     let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 1), (1, 2, 2), (0, 2, 1)])
    ///     g.shortestPaths(from: 0, length: .weight).distance   // [0.0, 1.0, 1.0]
    ///
    /// Ties between equally short paths (within a relative 1e-10) keep the first path found, and
    /// heap ties break by insertion order, so the predecessor tree is deterministic.
    ///
    /// - Parameters:
    ///   - source: a node index (precondition: in range).
    ///   - length: how a weight becomes a length (default `.inverseWeight`, d = 1/w).
    /// - Complexity: O(*m* + *n* log *n*) (O(*n* + *m*) with uniform lengths); O(*n*) scratch.
    /// - Note: Distances match `nx.single_source_dijkstra_path_length(G, s, weight="dist")`.
    ///
    /// [Dijkstra 1959]: https://doi.org/10.1007/BF01386390
    public func shortestPaths(from source: Int, length: EdgeLength = .inverseWeight) -> ShortestPaths {
        precondition(source >= 0 && source < nodeCount, "source \(source) out of range 0..<\(nodeCount)")
        let lengths = _lengths(length)
        var scratch = _SingleSource(nodeCount: nodeCount)
        defer { scratch.deallocate() }
        _withRows(offsets, targets, lengths.out) { out in
            scratch.search(out, from: source, uniform: lengths.uniform)
        }
        return ShortestPaths(source: source, distance: scratch.distances, predecessor: scratch.predecessors)
    }

    /// Hop distances from `source` along out-edges (breadth-first search).
    ///
    /// - Complexity: O(*n* + *m*).
    /// - Note: Matches `nx.single_source_shortest_path_length(G, s)` (unreachable → +∞ here).
    public func breadthFirst(from source: Int) -> ShortestPaths {
        shortestPaths(from: source, length: .unit)
    }

    /// The most reliable path from `source` to `target`: the path maximising the product of its
    /// edge weights, read as probabilities in (0, 1] (e.g. tie strengths, SPEC §5.7). Found as the
    /// shortest path with cost −ln w per edge.
    ///
    ///     let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 0.9), (1, 2, 0.9), (0, 2, 0.5)])
    ///     g.mostReliablePath(from: 0, to: 2)   // ([0, 1, 2], reliability: 0.81)
    ///
    /// - Returns: the nodes and the product of weights (`pathReliability`), or `nil` when `target`
    ///   is unreachable.
    /// - Throws: `AlgorithmError.weightOutOfRange` when a weight is above 1.
    /// - Complexity: O(*m* + *n* log *n*).
    /// - Note: NetworkX twin: `nx.dijkstra_path(G, s, t, weight=lambda u, v, d: -math.log(d["weight"]))`.
    public func mostReliablePath(from source: Int, to target: Int) throws -> (nodes: [Int], reliability: Double)? {
        precondition(target >= 0 && target < nodeCount, "target \(target) out of range 0..<\(nodeCount)")
        for (e, w) in edgeWeight.enumerated() where w > 1 {
            throw AlgorithmError.weightOutOfRange(edge: e, weight: w, expected: "a weight in (0, 1]")
        }
        // A weight of exactly 1 costs 0; Dijkstra stays correct with zero-cost edges.
        let costs = mapWeights { -_log($0) }
        let paths = costs.shortestPaths(from: source, length: .weight)
        guard let nodes = paths.path(to: target) else { return nil }
        return (nodes, pathReliability(nodes))
    }
}
