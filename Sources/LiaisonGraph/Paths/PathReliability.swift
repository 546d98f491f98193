//===----------------------------------------------------------------------===//
// pathReliability(_:): the product of the edge weights along a path
//===----------------------------------------------------------------------===//

extension Graph {
    /// The reliability of a path: the product of the weights of its edges, the weights read as
    /// the probabilities in (0, 1] that each step works (tie strengths, SPEC §5.7):
    ///
    ///     R(v₀ … v_k) = Π_{i=1…k} w(v_{i−1}, v_i)
    ///
    /// multiplied from the first step to the last, starting from 1 (so one node, or none, gives 1).
    /// A step between two nodes that are not adjacent has weight 0, which makes the product 0.
    /// It is exp(−Σ cost) for the cost −ln w of `Graph.reliabilityCost`, but computed as the product
    /// itself, so a path of weights 0.9 and 0.9 gives exactly 0.9 × 0.9.
    ///
    ///     let g = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 0.9), (1, 2, 0.5)])
    ///     g.pathReliability([0, 1, 2])   // 0.45
    ///     g.pathReliability([0, 2])      // 0.0: no edge 0–2
    ///
    /// - Parameter nodes: the path, as node indices (precondition: in range); for a directed graph
    ///   each step is the arc v_{i−1} → v_i.
    /// - Complexity: O(Σ log deg(v_i)): one slot look-up per step.
    /// - Note: No NetworkX function multiplies along a path (`nx.path_weight` sums); the twin is
    ///   `math.prod(G[u][v]["weight"] for u, v in nx.utils.pairwise(path))`.
    public func pathReliability(_ nodes: [Int]) -> Double {
        var reliability = 1.0
        for (u, v) in zip(nodes, nodes.dropFirst()) { reliability *= weight(from: u, to: v) ?? 0 }
        return reliability
    }
}
