import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonRender

private func value(_ attributes: [GraphvizAttribute], _ name: String) -> String? {
    attributes.last { $0.name == name }?.value
}

@Test func splinesAreNeverCurvedOutsideDotAndOverlapIsRemoved() {
    var drawing = NetworkDrawing(title: "t")
    drawing.nodes = [.init(id: "a"), .init(id: "b")]
    drawing.edges = [.init(a: 0, b: 1)]
    for engine in LayoutEngine.allCases {
        let g = DrawingStyle().graphvizGraph(for: drawing, engine: engine)
        let splines = value(g.attributes, "splines")
        #expect(engine == .dot ? splines == nil : splines == "false", "\(engine)")
        #expect(value(g.attributes, "layout") == engine.rawValue)
        #expect(value(g.attributes, "outputorder") == "edgesfirst")
        if [.sfdp, .neato, .fdp].contains(engine) { #expect(value(g.attributes, "overlap") == "prism") }
        if engine == .twopi { #expect(value(g.attributes, "overlap") == "scale") }
    }
}

@Test func lineStylesFollowTieClassAndBridges() {
    var drawing = NetworkDrawing(title: "t")
    drawing.nodes = (0 ..< 6).map { .init(id: "n\($0)") }
    drawing.edges = [
        .init(a: 0, b: 1, strength: 1, tieClass: .strong),
        .init(a: 1, b: 2, strength: 0.1, tieClass: .weak),
        .init(a: 2, b: 3, strength: 0.5, tieClass: .dormant),
        .init(a: 3, b: 4, strength: 0.5, tieClass: .medium, isBridge: true),
        .init(a: 4, b: 5, strength: 0.5, tieClass: .medium, isLocalBridge: true),
    ]
    let e = DrawingStyle().graphvizGraph(for: drawing, engine: .sfdp).edges.map(\.attributes)
    #expect(value(e[0], "penwidth") == "3" && value(e[0], "style") == nil)
    #expect(value(e[1], "style") == "dashed" && Double(value(e[1], "penwidth")!)! < 1)
    #expect(value(e[2], "style") == "dotted")
    #expect(value(e[3], "color") == "#d62728cc")
    #expect(value(e[4], "color") == "#ff7f0ecc")
    let legend = DrawingStyle().legendLines(drawing).joined(separator: "\n")
    for phrase in ["dashed = weak tie", "dotted = dormant tie", "red = bridge", "orange = local bridge"] {
        #expect(legend.contains(phrase))
    }
}

@Test func nodesAreColouredByGroupAndSizedByArea() {
    var drawing = NetworkDrawing(title: "t")
    drawing.groups = (0 ..< 10).map { "g\($0)" }
    drawing.nodes = [.init(id: "a", size: 1, group: 0), .init(id: "b", size: 0.25, group: 7),
                     .init(id: "c", size: 0, group: 9), .init(id: "d", size: .nan)]
    let n = DrawingStyle().graphvizGraph(for: drawing, engine: .sfdp).nodes.map(\.attributes)
    #expect(value(n[0], "fillcolor") == "1" && value(n[1], "fillcolor") == "8" && value(n[2], "fillcolor") == "#d9d9d9")
    // Diameter 0.12 + 0.63·√size inches: 0.75, 0.435, 0.12; NaN counts as 0.
    #expect(value(n[0], "width") == "0.75" && value(n[1], "width") == "0.44" && value(n[2], "width") == "0.12")
    #expect(value(n[3], "width") == "0.12")
    #expect(n.allSatisfy { value($0, "tooltip") != nil })
    let legend = DrawingStyle().legendLines(drawing)
    #expect(legend.contains { $0.hasPrefix("Colour: group — teal = g0") && $0.contains("grey = the 2 smaller ones") })
}

@Test func collidingNamesStayDistinct() {
    var drawing = NetworkDrawing(title: "t")
    // Different ids that look the same once control characters are made visible.
    drawing.nodes = [.init(id: "a\u{1}"), .init(id: "a\u{2401}")]
    let names = DrawingStyle().graphvizGraph(for: drawing, engine: .sfdp).nodes.map(\.name)
    #expect(names == ["a\u{2401}", "a\u{2401} (2)"])
}

@Test func longLegendLinesWrapAfterCommas() {
    let line = "Colour: community — " + (1 ... 8).map { "colour\($0) = a fairly long community name \($0)" }.joined(separator: ", ")
    let lines = DrawingStyle().wrapped(line, width: 100)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 100 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
    #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == line)
    #expect(DrawingStyle().wrapped("short") == ["short"])
}
