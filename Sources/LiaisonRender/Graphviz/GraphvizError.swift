//===----------------------------------------------------------------------===//
// GraphvizError: what can go wrong inside libgvc, with Graphviz's own words
//===----------------------------------------------------------------------===//

/// A failure reported by the Graphviz library. `message` is Graphviz's own text (collected through
/// `agseterrf`), trimmed.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The layout engine is not installed (the CLI maps this to exit 69).
    case engineUnavailable(String, available: [String])
    /// The output format has no renderer plugin (exit 69).
    case formatUnavailable(String, available: [String])
    /// `gvContext()` failed: the library or its plugin configuration (`config6a`) is missing.
    case contextUnavailable
    /// `gvLayout` failed.
    case layoutFailed(engine: String, message: String)
    /// `gvRenderData` failed.
    case renderFailed(format: String, message: String)
    /// cgraph refused a node, edge, subgraph or attribute.
    case buildFailed(String)
    /// `agmemread` could not parse DOT source.
    case parseFailed(message: String)

    public var description: String {
        switch self {
        case let .engineUnavailable(engine, available):
            return "Graphviz layout engine \"\(engine)\" is not available; installed: \(available.joined(separator: ", "))"
        case let .formatUnavailable(format, available):
            return "Graphviz cannot write \"\(format)\"; installed formats: \(available.joined(separator: ", "))"
        case .contextUnavailable:
            return "the Graphviz library could not start (are libgvc6 and its plugin configuration installed? try `dot -c`)"
        case let .layoutFailed(engine, message):
            return "Graphviz layout with \(engine) failed: \(message.isEmpty ? "no message" : message)"
        case let .renderFailed(format, message):
            return "Graphviz could not render \(format): \(message.isEmpty ? "no message" : message)"
        case let .buildFailed(what):
            return "Graphviz refused the graph: \(what)"
        case let .parseFailed(message):
            return "Graphviz could not read the DOT source: \(message.isEmpty ? "no message" : message)"
        }
    }

    /// Whether the failure means "Graphviz (or one of its plugins) is unavailable" (sysexits 69).
    public var isUnavailable: Bool {
        switch self {
        case .engineUnavailable, .formatUnavailable, .contextUnavailable: return true
        default: return false
        }
    }
}
