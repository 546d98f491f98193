//===----------------------------------------------------------------------===//
// degrees(), strengths()
//===----------------------------------------------------------------------===//

extension Graph {
    /// The degree of every node: number of neighbours; in-degree + out-degree when directed.
    ///
    ///     try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).degrees()   // [1, 2, 1]
    ///
    /// - Complexity: O(*n*).
    /// - Note: Matches `dict(G.degree())`.
    public func degrees() -> [Int] {
        (0 ..< nodeCount).map { isDirected ? degree($0) + inDegree($0) : degree($0) }
    }

    /// The strength (weighted degree) of every node: Σ of incident edge weights; in + out when directed.
    ///
    /// - Complexity: O(*n* + *m*).
    /// - Note: Matches `dict(G.degree(weight="weight"))`.
    public func strengths() -> [Double] {
        (0 ..< nodeCount).map { isDirected ? strength($0) + inStrength($0) : strength($0) }
    }
}
