/// Bad input to a graph builder, with the position of the first offending edge (its index in the
/// edge arrays given to the builder).
public enum GraphInputError: Error, Equatable, CustomStringConvertible, Sendable {
    case nodeOutOfRange(edge: Int, node: Int, nodeCount: Int)
    case nonPositiveWeight(edge: Int, weight: Double)
    case nonFiniteWeight(edge: Int)
    case mismatchedLengths(sources: Int, targets: Int, weights: Int)

    public var description: String {
        switch self {
        case let .nodeOutOfRange(edge, node, n):
            return "edge \(edge): node \(node) is out of range 0..<\(n)"
        case let .nonPositiveWeight(edge, w):
            return "edge \(edge): weight \(w) is not positive; weights must be > 0"
        case let .nonFiniteWeight(edge):
            return "edge \(edge): weight is not a finite number"
        case let .mismatchedLengths(s, t, w):
            return "edge arrays differ in length (sources \(s), targets \(t), weights \(w))"
        }
    }
}
