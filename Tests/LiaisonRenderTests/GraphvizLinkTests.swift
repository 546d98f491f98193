import Testing
@testable import LiaisonRender

/// The system library links and its layout plugins are installed (`config6a` present): a
/// two-node graph lays out with dot and renders to SVG. (Through `Graphviz`, never by calling the
/// C API directly: the tests run in parallel and libgvc is not thread-safe.)
@Test func libgvcLaysOutAndRendersSVG() throws {
    var g = GraphvizGraph(name: "g", isDirected: true)
    g.addNode("a")
    g.addNode("b")
    g.addEdge(0, 1)
    let svg = String(decoding: try Graphviz.render(g, engine: .dot, format: .svg).data, as: UTF8.self)
    #expect(svg.contains("<svg") && svg.contains("<title>a&#45;&gt;b</title>"))
}
