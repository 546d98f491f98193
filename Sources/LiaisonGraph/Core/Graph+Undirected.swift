//===----------------------------------------------------------------------===//
// The underlying undirected graph (mutual weights)
//===----------------------------------------------------------------------===//

extension Graph {
    /// The undirected graph on the same nodes in which `u`–`v` has the *mutual weight*
    /// `w(u→v) + w(v→u)` (NetworkX `mutual_weight`). Returns `self` when already undirected.
    ///
    /// Used by Burt's measures on directed graphs and by the measures NetworkX defines only for
    /// undirected graphs (bridges, local bridges, articulation points, overlap), when a caller
    /// wants them on a directed network.
    ///
    /// - Complexity: O(*n* + *m*).
    public func undirected() -> Graph {
        guard isDirected else { return self }
        // The builder merges u→v and v→u into one undirected edge with the summed weight.
        return try! Graph(nodeCount: nodeCount, sources: edgeSource, targets: edgeTarget,
                          weights: edgeWeight, directed: false)
    }

    /// Whether every edge has the same weight (then weighted shortest paths equal BFS paths).
    public var hasUniformWeights: Bool {
        guard let first = edgeWeight.first else { return true }
        for w in edgeWeight where w != first { return false }
        return true
    }
}
