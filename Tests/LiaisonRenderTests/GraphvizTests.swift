import Foundation
import Testing
@testable import LiaisonRender

private func twoNodes() -> GraphvizGraph {
    var g = GraphvizGraph(name: "t", isDirected: true)
    g.addNode("a", [GraphvizAttribute("label", "A")])
    g.addNode("b")
    g.addEdge(0, 1)
    return g
}

@Test func rendersSVGWithEveryNodeTitled() throws {
    let out = try Graphviz.render(twoNodes(), engine: .dot, format: .svg)
    let (ok, svg) = SVGNodeTitles.parse(out.data)
    #expect(ok)
    #expect(svg.titles == ["a", "b"])
    #expect(svg.texts.contains("A"))
}

@Test func rendersPNGAndPDFMagicBytes() throws {
    let png = try Graphviz.render(twoNodes(), engine: .neato, format: .png)
    #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try Graphviz.render(twoNodes(), engine: .neato, format: .pdf)
    #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
}

@Test func dotSourceIsWrittenBeforeLayoutAndReparses() throws {
    var g = twoNodes()
    g.attributes = [GraphvizAttribute("layout", "sfdp")]
    let out = try Graphviz.render(g, engine: .sfdp, format: .dot)
    let text = String(decoding: out.data, as: UTF8.self)
    #expect(text.hasPrefix("digraph t {"))
    #expect(!text.contains("pos="))   // no layout was run
    let parsed = try Graphviz.parse(dot: text, attributeNames: ["label"], graphAttributeNames: ["layout"])
    #expect(parsed.isDirected)
    #expect(parsed.nodes.map(\.name) == ["a", "b"])
    #expect(parsed.nodes[0].attributes["label"] == "A")
    #expect(parsed.edgeCount == 1)
    #expect(parsed.attributes["layout"] == "sfdp")
}

@Test func unknownEngineIsUnavailableWithTheInstalledList() throws {
    #expect {
        _ = try Graphviz.render(twoNodes(), engineName: "nosuchengine", format: .svg)
    } throws: { error in
        guard let e = error as? GraphvizError, case let .engineUnavailable(name, available) = e else { return false }
        return name == "nosuchengine" && available.contains("sfdp") && available.contains("dot") && e.isUnavailable
    }
    let engines = try Graphviz.availableEngines()
    for engine in LayoutEngine.allCases { #expect(engines.contains(engine.rawValue)) }
}

@Test func syntaxErrorCarriesGraphvizsMessage() throws {
    #expect {
        _ = try Graphviz.parse(dot: "graph { a -- ; }")
    } throws: { error in
        guard case let .parseFailed(message) = error as? GraphvizError else { return false }
        return message.contains("syntax error in line") && message.contains("near ';'")
    }
}

@Test func warningsAreCollectedNotPrinted() throws {
    var g = twoNodes()
    g.attributes = [GraphvizAttribute("root", "no such node")]
    let out = try Graphviz.render(g, engine: .twopi, format: .svg)
    #expect(out.warnings.contains { $0.contains("no such node") })
    // The next call starts with no leftover messages.
    #expect(try Graphviz.render(twoNodes(), engine: .twopi, format: .svg).warnings.isEmpty)
}

@Test func aRepeatedNodeNameIsRefused() throws {
    var g = GraphvizGraph()
    g.addNode("same")
    g.addNode("same")
    #expect(throws: GraphvizError.self) { _ = try Graphviz.render(g, engine: .neato, format: .svg) }
}

@Test func nulInsideTextDoesNotCutItShort() throws {
    var g = GraphvizGraph()
    g.addNode("a\u{0}b")
    let parsed = try Graphviz.parse(dot: String(decoding: try Graphviz.render(g, engine: .neato, format: .dot).data, as: UTF8.self))
    #expect(parsed.nodes.map(\.name) == ["a\u{2400}b"])
}

/// The process-wide lock makes concurrent use safe (docs/graphviz.md: without it, four threads crash).
@Test func concurrentRendersAreSerialisedAndIdentical() throws {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var data = [[UInt8]](repeating: [], count: 8)
    }
    let g = twoNodes()
    let box = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { i in
        let out = (try? Graphviz.render(g, engine: i % 2 == 0 ? .sfdp : .neato, format: .svg).data) ?? []
        box.lock.withLock { box.data[i] = out }
    }
    let results = box.data
    for i in 0 ..< 8 {
        #expect(!results[i].isEmpty)
        #expect(results[i] == results[i % 2])
    }
}

/// The layout runs on the DOT source read back, so the drawing equals what the `dot` program draws
/// from `--format dot` output (checked by hand: `cmp` of the two SVGs of a 2,000-node graph) and
/// what ``Graphviz/render(dot:engine:format:)`` draws from it.
@Test func drawingEqualsTheDrawingOfItsOwnDOTSource() throws {
    var g = GraphvizGraph(name: "order")
    for i in 0 ..< 30 { g.addNode("n\(i)", [GraphvizAttribute("label", "")]) }
    for i in 0 ..< 30 { g.addEdge(i, (i * 7 + 3) % 30) }
    let direct = try Graphviz.render(g, engine: .sfdp, format: .svg).data
    let source = String(decoding: try Graphviz.render(g, engine: .sfdp, format: .dot).data, as: UTF8.self)
    #expect(try Graphviz.render(dot: source, engine: .sfdp, format: .svg).data == direct)
    #expect(throws: GraphvizError.self) { _ = try Graphviz.render(dot: "graph { a -- }", engine: .sfdp, format: .svg) }
}
