/// An algorithm could not produce a result for a well-formed input (SPEC/STYLE §3, error tier 3).
///
/// Mirrors NetworkX's `PowerIterationFailedConvergence` and `AmbiguousSolution`.
public enum AlgorithmError: Error, Equatable, CustomStringConvertible, Sendable {
    /// An iteration did not reach its tolerance within its iteration budget.
    case didNotConverge(iterations: Int, residual: Double)
    /// The answer is not unique (e.g. eigenvector centrality of a disconnected graph).
    case ambiguousSolution(String)
    /// An edge weight is outside the range the algorithm accepts.
    case weightOutOfRange(edge: Int, weight: Double, expected: String)

    public var description: String {
        switch self {
        case let .didNotConverge(iterations, residual):
            return "did not converge within \(iterations) iterations (last change \(residual))"
        case let .ambiguousSolution(why):
            return "no unique solution: \(why)"
        case let .weightOutOfRange(edge, weight, expected):
            return "edge \(edge): weight \(weight) is out of range; expected \(expected)"
        }
    }
}
