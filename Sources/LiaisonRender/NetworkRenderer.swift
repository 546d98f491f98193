//===----------------------------------------------------------------------===//
// NetworkRenderer: a NetworkDrawing to SVG, PNG, PDF or DOT
//===----------------------------------------------------------------------===//

/// Draws a ``NetworkDrawing``: ``DrawingStyle`` makes the Graphviz graph, ``Graphviz`` lays it out
/// and renders it (one process-wide lock; see there).
public struct NetworkRenderer: Sendable {
    public var style: DrawingStyle

    public init(style: DrawingStyle = DrawingStyle()) {
        self.style = style
    }

    /// The drawing as `format`, laid out with `engine` (default: the view's preferred engine).
    /// The DOT source carries `layout=<engine>`, so `dot file.dot` draws it with the same engine.
    public func render(_ drawing: NetworkDrawing, engine: LayoutEngine? = nil, format: DrawingFormat = .svg) throws -> RenderedDrawing {
        let engine = engine ?? drawing.preferredEngine
        return try Graphviz.render(style.graphvizGraph(for: drawing, engine: engine), engine: engine, format: format)
    }
}
