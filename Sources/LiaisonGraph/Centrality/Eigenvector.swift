//===----------------------------------------------------------------------===//
// eigenvectorCentrality(tolerance:maxIterations:)
//===----------------------------------------------------------------------===//

extension Graph {
    /// Eigenvector centrality: the Perron eigenvector x of the weighted adjacency matrix,
    /// x(v) ∝ Σ_{u→v} w_uv x(u) (in-neighbours, the left eigenvector, when directed), scaled to
    /// unit Euclidean norm with positive entries.
    ///
    /// Computed by power iteration on Aᵀ + I (the shift keeps the same eigenvector and makes
    /// bipartite and periodic graphs converge) until the largest change of an entry is below
    /// `tolerance`.
    ///
    ///     try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).eigenvectorCentrality()
    ///     // [0.5, 0.7071…, 0.5]
    ///
    /// - Returns: values indexed by node; `[]` for the empty graph.
    /// - Throws: `AlgorithmError.ambiguousSolution` when the graph is not connected (strongly
    ///   connected when directed): the eigenvector is then not unique, and NetworkX raises
    ///   `AmbiguousSolution` too. `AlgorithmError.didNotConverge` when the budget runs out.
    /// - Complexity: O(*n* + *m*) per iteration; the iteration count grows as the spectral gap
    ///   (λ₁ − λ₂)/(λ₁ + 1) shrinks.
    /// - Note: Matches `nx.eigenvector_centrality_numpy(G, weight="weight")` to 1e-9.
    ///
    /// [Bonacich 1972]: https://doi.org/10.1080/0022250X.1972.9989806
    public func eigenvectorCentrality(tolerance: Double = 1e-14, maxIterations: Int = 10_000) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let components = isDirected ? stronglyConnectedComponents() : connectedComponents()
        if components.count > 1 {
            throw AlgorithmError.ambiguousSolution(
                "the graph is not \(isDirected ? "strongly " : "")connected (\(components.count) components)")
        }
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var next = [Double](repeating: 0, count: n)
        var change = Double.infinity
        for _ in 0 ..< maxIterations {
            var norm = 0.0
            for v in 0 ..< n {
                var sum = x[v]
                for slot in inOffsets[v] ..< inOffsets[v + 1] { sum += inWeights[slot] * x[Int(inSources[slot])] }
                next[v] = sum
                norm += sum * sum
            }
            norm = norm.squareRoot()
            change = 0
            for v in 0 ..< n {
                next[v] /= norm
                change = max(change, abs(next[v] - x[v]))
            }
            swap(&x, &next)
            if change < tolerance { return x }
        }
        // Rounding can keep the change a few ulps above a very small tolerance: accept a vector
        // that has stopped moving at the scale of double precision.
        if change < 1e-12 { return x }
        throw AlgorithmError.didNotConverge(iterations: maxIterations, residual: change)
    }
}
