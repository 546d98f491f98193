import Testing
import CGraphviz

/// The system library links and its layout plugins are installed (`config6a` present): a
/// two-node graph lays out with dot and renders to SVG.
@Test func libgvcLaysOutAndRendersSVG() throws {
    let gvc = gvContext()
    defer { gvFreeContext(gvc) }
    let g = lgv_open_graph("g", 1)
    defer { agclose(g) }
    let a = lgv_node(g, "a"), b = lgv_node(g, "b")
    _ = lgv_edge(g, a, b)
    #expect(gvLayout(gvc, g, "dot") == 0)
    defer { gvFreeLayout(gvc, g) }
    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    #expect(gvRenderData(gvc, g, "svg", &data, &length) == 0)
    defer { gvFreeRenderData(data) }
    let svg = String(cString: data!)
    #expect(svg.contains("<svg") && svg.contains("<title>a&#45;&gt;b</title>"))
}
