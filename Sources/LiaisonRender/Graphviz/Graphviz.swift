//===----------------------------------------------------------------------===//
// Graphviz: the one door to libgvc — a process-wide context behind a process-wide lock
//===----------------------------------------------------------------------===//

import CGraphviz
import Foundation

/// The Graphviz layout engines a drawing can use (docs/graphviz.md has their speed on 2,000 nodes).
public enum LayoutEngine: String, Sendable, CaseIterable {
    case sfdp, neato, fdp, dot, circo, twopi

    /// Whether the engine draws `cluster_*` subgraphs as boxes that keep other nodes out
    /// (dot and fdp; neato draws the boxes but lets other nodes in; sfdp, circo, twopi ignore them).
    public var honoursClusters: Bool { self == .dot || self == .fdp }
}

/// What a drawing is written as. `dot` is the DOT source before layout, written by cgraph's
/// `agwrite` (the writer behind Graphviz's `canon` format), so every name and value in it is quoted
/// by Graphviz itself.
public enum DrawingFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The Graphviz renderer name (DOT is written with agwrite, which is what `canon` calls).
    var graphvizFormat: String { self == .dot ? "canon" : rawValue }
}

/// A rendered drawing: the bytes and the warnings Graphviz printed while making them.
public struct RenderedDrawing: Sendable {
    public var data: [UInt8]
    public var warnings: [String]
}

/// A graph read back from DOT source with `agmemread` (used to check the DOT we write).
public struct ParsedGraph: Sendable {
    public struct Node: Sendable {
        public var name: String
        /// The node's attribute values by name (only the names asked for).
        public var attributes: [String: String]
    }
    public var isDirected: Bool
    public var nodes: [Node]
    public var edgeCount: Int
    public var attributes: [String: String]
}

/// Every call into libgvc/libcgraph goes through here.
///
/// Graphviz is not thread-safe at all (plugin loading and layout-global state race; docs/graphviz.md),
/// so one process-wide lock serialises every call, and one `GVC_t` is kept for the life of the
/// process: creating and freeing a context leaks about 3.6 KB each time (Graphviz issue #132).
/// Messages Graphviz prints go to an `agseterrf` callback instead of stderr, and come back as the
/// text of a ``GraphvizError`` or as ``RenderedDrawing/warnings``.
///
/// A layout blocks the calling thread for as long as it takes (seconds for sfdp on thousands of
/// nodes): call this from a thread of your own, not from the cooperative pool, when it matters.
public enum Graphviz {
    private static let lock = NSLock()
    // Guarded by `lock`.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?
    nonisolated(unsafe) fileprivate static var messages = ""
    nonisolated(unsafe) private static var pluginCache: [String: [String]] = [:]

    /// Runs `body` with the process-wide context, holding the process-wide lock.
    private static func withContext<T>(_ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if sharedContext == nil {
            _ = agseterrf(collectGraphvizMessage)
            sharedContext = gvContext()
        }
        guard let gvc = sharedContext else { throw GraphvizError.contextUnavailable }
        messages = ""
        return try body(gvc)
    }

    /// The installed plugins of a kind ("layout", "device", …), sorted, without duplicates.
    private static func plugins(_ kind: String, _ gvc: OpaquePointer) -> [String] {
        if let cached = pluginCache[kind] { return cached }
        var count: Int32 = 0
        var names: [String] = []
        if let list = lgv_plugin_list(gvc, kind, &count) {
            for i in 0 ..< Int(count) {
                if let entry = list[i] {
                    names.append(String(cString: entry))
                    lgv_free(entry)
                }
            }
            lgv_free(list)
        }
        let result = Array(Set(names)).sorted()
        pluginCache[kind] = result
        return result
    }

    /// The layout engines installed on this machine.
    public static func availableEngines() throws -> [String] {
        try withContext { plugins("layout", $0) }
    }

    /// Lays `graph` out with `engine` and renders it as `format` (the DOT source is written without
    /// a layout). Everything Graphviz allocated is freed before this returns.
    public static func render(_ graph: GraphvizGraph, engine: LayoutEngine, format: DrawingFormat) throws -> RenderedDrawing {
        try render(graph, engineName: engine.rawValue, format: format)
    }

    /// ``render(_:engine:format:)`` with the engine by name (an unknown name is
    /// ``GraphvizError/engineUnavailable(_:available:)``).
    static func render(_ graph: GraphvizGraph, engineName: String, format: DrawingFormat) throws -> RenderedDrawing {
        try withContext { gvc in
            try checkPlugins(gvc, engineName: engineName, format: format)
            return try withDOTSource(of: graph) { source, size in
                if format == .dot {
                    return RenderedDrawing(data: Array(UnsafeRawBufferPointer(start: source, count: size)),
                                           warnings: warningLines())
                }
                return try layOutAndRender(source: source, gvc: gvc, engineName: engineName, format: format)
            }
        }
    }

    /// Builds `graph` in cgraph and hands `body` its DOT source, written by cgraph (the `canon`
    /// renderer insists on a layout; agwrite, which it calls, does not). The built graph is closed
    /// before `body` runs, the source freed after.
    ///
    /// Layouts run on that source read back, not on the graph as built: read back, the nodes come in
    /// the order of their first mention in the file, which is what the `dot` program sees too, so
    /// `liaison render` draws exactly what `dot -K<engine>` draws from `liaison render --format dot`
    /// (sfdp's result depends on the node order).
    private static func withDOTSource<R>(of graph: GraphvizGraph,
                                         _ body: (UnsafePointer<CChar>, Int) throws -> R) throws -> R {
        guard let built = lgv_open_graph(cSafe(graph.name), graph.isDirected ? 1 : 0) else {
            throw GraphvizError.buildFailed("agopen failed: \(takeMessages())")
        }
        var open: UnsafeMutablePointer<Agraph_t>? = built
        defer { if let open { agclose(open) } }
        try build(graph, into: built)
        var size = 0
        guard let source = lgv_write_memory(built, &size) else {
            throw GraphvizError.renderFailed(format: "dot", message: takeMessages())
        }
        defer { lgv_free(source) }
        agclose(built)
        open = nil
        return try body(source, size)
    }

    /// Lays `graph` out with `engine` and returns each node's position in points (Graphviz's
    /// coordinates, y up), by node name; the positions are those `render` would draw (the same
    /// source read back, the same engine). Graphviz's DOT renderer attaches `pos` to each node.
    public static func positions(_ graph: GraphvizGraph, engine: LayoutEngine) throws -> [String: (x: Double, y: Double)] {
        try withContext { gvc in
            let engineName = engine.rawValue
            try checkPlugins(gvc, engineName: engineName, format: .dot)
            return try withDOTSource(of: graph) { source, _ in
                try withLayout(source: source, gvc: gvc, engineName: engineName) { g in
                    var data: UnsafeMutablePointer<CChar>?
                    var length: UInt32 = 0
                    guard gvRenderData(gvc, g, "dot", &data, &length) == 0, let data else {
                        throw GraphvizError.renderFailed(format: "dot", message: takeMessages())
                    }
                    gvFreeRenderData(data)
                    var result: [String: (x: Double, y: Double)] = [:]
                    var n = agfstnode(g)
                    while let node = n {
                        if let pos = lgv_get(UnsafeMutableRawPointer(node), "pos") {
                            let parts = String(cString: pos).split(separator: ",").map { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "! "))) }
                            if parts.count >= 2, let x = parts[0], let y = parts[1] {
                                result[String(cString: agnameof(UnsafeMutableRawPointer(node)))] = (x, y)
                            }
                        }
                        n = agnxtnode(g, node)
                    }
                    _ = warningLines()
                    return result
                }
            }
        }
    }

    /// Lays out and renders DOT source (for example a file `--format dot` wrote): the same as
    /// `dot -K<engine> -T<format>`. Unknown engines and formats throw as in ``render(_:engine:format:)``.
    public static func render(dot source: String, engine: LayoutEngine, format: DrawingFormat) throws -> RenderedDrawing {
        precondition(format != .dot, "render(dot:) lays out; the DOT source is already there")
        return try withContext { gvc in
            try checkPlugins(gvc, engineName: engine.rawValue, format: format)
            return try layOutAndRender(source: source, gvc: gvc, engineName: engine.rawValue, format: format)
        }
    }

    private static func checkPlugins(_ gvc: OpaquePointer, engineName: String, format: DrawingFormat) throws {
        let engines = plugins("layout", gvc)
        guard engines.contains(engineName) else {
            throw GraphvizError.engineUnavailable(engineName, available: engines)
        }
        let devices = plugins("device", gvc)
        guard devices.contains(format.graphvizFormat) else {
            throw GraphvizError.formatUnavailable(format.rawValue, available: devices.filter { !$0.contains(":") })
        }
    }

    private static func layOutAndRender(source: UnsafePointer<CChar>, gvc: OpaquePointer, engineName: String,
                                        format: DrawingFormat) throws -> RenderedDrawing {
        try withLayout(source: source, gvc: gvc, engineName: engineName) { g in
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, g, format.graphvizFormat, &data, &length) == 0, let data else {
                throw GraphvizError.renderFailed(format: format.rawValue, message: takeMessages())
            }
            defer { gvFreeRenderData(data) }
            return RenderedDrawing(data: bytes(data, length), warnings: warningLines())
        }
    }

    /// Reads DOT `source`, lays it out with `engineName` and runs `body` on the laid-out graph;
    /// the layout is freed before the graph is closed (upstream #943: never the other way round).
    private static func withLayout<R>(source: UnsafePointer<CChar>, gvc: OpaquePointer, engineName: String,
                                      _ body: (UnsafeMutablePointer<Agraph_t>) throws -> R) throws -> R {
        guard let g = agmemread(source) else {
            throw GraphvizError.parseFailed(message: takeMessages())
        }
        defer { agclose(g) }
        guard gvLayout(gvc, g, engineName) == 0 else {
            throw GraphvizError.layoutFailed(engine: engineName, message: takeMessages())
        }
        defer { gvFreeLayout(gvc, g) }
        return try body(g)
    }

    /// Parses DOT source with `agmemread` and returns its nodes with the attributes named in
    /// `attributeNames`. Throws ``GraphvizError/parseFailed(message:)`` with Graphviz's message.
    public static func parse(dot source: String, attributeNames: [String] = ["label", "tooltip"],
                             graphAttributeNames: [String] = ["label"]) throws -> ParsedGraph {
        try withContext { _ in
            guard let g = agmemread(source) else {
                throw GraphvizError.parseFailed(message: takeMessages())
            }
            defer { agclose(g) }
            var nodes: [ParsedGraph.Node] = []
            var n = agfstnode(g)
            while let node = n {
                var attributes: [String: String] = [:]
                for name in attributeNames {
                    if let value = lgv_get(UnsafeMutableRawPointer(node), name) { attributes[name] = String(cString: value) }
                }
                nodes.append(ParsedGraph.Node(name: String(cString: agnameof(UnsafeMutableRawPointer(node))), attributes: attributes))
                n = agnxtnode(g, node)
            }
            var graphAttributes: [String: String] = [:]
            for name in graphAttributeNames {
                if let value = lgv_get(UnsafeMutableRawPointer(g), name) { graphAttributes[name] = String(cString: value) }
            }
            return ParsedGraph(isDirected: agisdirected(g) != 0, nodes: nodes, edgeCount: Int(agnedges(g)),
                               attributes: graphAttributes)
        }
    }

    // MARK: - Internals (called with the lock held)

    private static func build(_ graph: GraphvizGraph, into g: UnsafeMutablePointer<Agraph_t>) throws {
        // `print = 1`: agwrite skips empty defaults, and read back, an unwritten `label` default
        // becomes Graphviz's own "\\N" (the node name) instead of our "".
        for a in graph.attributes { lgv_attr(g, Int32(AGRAPH), cSafe(a.name), cSafe(a.value))?.pointee.print = 1 }
        for a in graph.nodeDefaults { lgv_attr(g, Int32(AGNODE), cSafe(a.name), cSafe(a.value))?.pointee.print = 1 }
        for a in graph.edgeDefaults { lgv_attr(g, Int32(AGEDGE), cSafe(a.name), cSafe(a.value))?.pointee.print = 1 }

        var handles: [UnsafeMutablePointer<Agnode_t>] = []
        handles.reserveCapacity(graph.nodes.count)
        for node in graph.nodes {
            let name = cSafe(node.name)
            // agnode(…, 1) returns the existing node for a repeated name: two drawing nodes would
            // silently become one, so a repeat is a programming error in the caller.
            guard lgv_find_node(g, name) == nil else {
                throw GraphvizError.buildFailed("two nodes are named \"\(name)\"")
            }
            guard let n = lgv_node(g, name) else { throw GraphvizError.buildFailed("agnode failed: \(takeMessages())") }
            for a in node.attributes { _ = lgv_set(UnsafeMutableRawPointer(n), cSafe(a.name), cSafe(a.value)) }
            handles.append(n)
        }
        for edge in graph.edges {
            guard let e = lgv_edge(g, handles[edge.tail], handles[edge.head]) else {
                throw GraphvizError.buildFailed("agedge failed: \(takeMessages())")
            }
            for a in edge.attributes { _ = lgv_set(UnsafeMutableRawPointer(e), cSafe(a.name), cSafe(a.value)) }
        }
        for sub in graph.subgraphs {
            guard let s = lgv_subgraph(g, cSafe(sub.name)) else {
                throw GraphvizError.buildFailed("agsubg failed: \(takeMessages())")
            }
            for a in sub.attributes { _ = lgv_set(UnsafeMutableRawPointer(s), cSafe(a.name), cSafe(a.value)) }
            for m in sub.members { _ = agsubnode(s, handles[m], 1) }
        }
    }

    /// C strings end at NUL: a NUL inside Swift text would cut it short, so it becomes U+2400 (␀).
    /// (Drawing text has been through ``DrawingText`` already; this is the last line of defence.)
    /// A string ending in a backslash gets a zero-width space after it: Graphviz 2.42's DOT writer
    /// writes `"a\"` for the name `a\`, which its own parser then reads as an unterminated string.
    static func cSafe(_ s: String) -> String {
        var s = s
        if s.utf8.contains(0) { s = s.replacingOccurrences(of: "\u{0}", with: "\u{2400}") }
        if s.utf8.last == UInt8(ascii: "\\") { s += "\u{200B}" }
        return s
    }

    private static func bytes(_ data: UnsafeMutablePointer<CChar>, _ length: UInt32) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    private static func takeMessages() -> String {
        let text = messages.trimmingCharacters(in: .whitespacesAndNewlines)
        messages = ""
        return text
    }

    private static func warningLines() -> [String] {
        takeMessages().split(separator: "\n").map { String($0) }.filter { !$0.isEmpty }
    }
}

/// agseterrf's callback: Graphviz hands over its messages in fragments ("Error", ": ", "…").
/// Only called from inside Graphviz, that is, with `Graphviz.lock` held.
private func collectGraphvizMessage(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let fragment { Graphviz.messages += String(cString: fragment) }
    return 0
}
