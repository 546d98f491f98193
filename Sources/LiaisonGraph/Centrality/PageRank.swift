//===----------------------------------------------------------------------===//
// pageRank(damping:tolerance:maxIterations:)
//===----------------------------------------------------------------------===//

extension Graph {
    /// PageRank by power iteration (Brin & Page 1998):
    /// x'(v) = α (Σ_{u→v} x(u) w_uv / s_u + Σ_{u dangling} x(u) / n) + (1 − α)/n,
    /// where s_u is u's out-strength; the mass of dangling nodes (no out-edges) is spread uniformly.
    /// Undirected edges count in both directions. Starts from x = 1/n and stops when
    /// Σ_v |x'(v) − x(v)| < n · tolerance, NetworkX's L1 rule, so the iterates equal NetworkX's.
    ///
    ///     try Graph(nodeCount: 2, edges: [(0, 1)], directed: true).pageRank()
    ///     // [0.350877…, 0.649122…]   (0 gets (1−α)/n + α·x₁/2 from 1's dangling mass)
    ///
    /// - Parameters:
    ///   - damping: α, the probability of following a link (default 0.85).
    ///   - tolerance: per-node tolerance (default 1e-12; NetworkX's default is 1e-6).
    ///   - maxIterations: iteration budget (default 1000; NetworkX's is 100).
    /// - Returns: scores indexed by node, summing to 1; `[]` for the empty graph.
    /// - Throws: `AlgorithmError.didNotConverge` when the budget runs out (also for 0 iterations).
    /// - Complexity: O(*n* + *m*) per iteration, O(*n*) scratch.
    /// - Note: Matches `nx.pagerank(G, weight="weight", tol=1e-12, max_iter=1000)` to 1e-9.
    ///
    /// [Brin & Page 1998]: https://doi.org/10.1016/S0169-7552(98)00110-X
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-12,
                         maxIterations: Int = 1000) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for u in 0 ..< n {
            outStrength[u] = strength(u)
            if outStrength[u] == 0 { dangling.append(u) }
        }
        // Transition weight per in-slot: w_uv / s_u (the row-normalised matrix NetworkX builds).
        // Divided, not multiplied by 1/s_u: for a subnormal strength (a weight of 1e-320) 1/s_u is
        // +inf and inf·w would make every score NaN (issue 19, item 8), while w/s_u is exact.
        var transition = [Double](repeating: 0, count: inSources.count)
        for v in 0 ..< n {
            for slot in inOffsets[v] ..< inOffsets[v + 1] {
                transition[slot] = inWeights[slot] / outStrength[Int(inSources[slot])]
            }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        var residual = Double.infinity
        for _ in 0 ..< maxIterations {
            var danglingMass = 0.0
            for u in dangling { danglingMass += x[u] }
            residual = 0
            for v in 0 ..< n {
                var sum = 0.0
                for slot in inOffsets[v] ..< inOffsets[v + 1] { sum += x[Int(inSources[slot])] * transition[slot] }
                let value = damping * (sum + danglingMass * uniform) + (1 - damping) * uniform
                residual += abs(value - x[v])
                next[v] = value
            }
            swap(&x, &next)
            if residual < Double(n) * tolerance { return x }
        }
        throw AlgorithmError.didNotConverge(iterations: maxIterations, residual: residual)
    }
}
