import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonRender

/// SPEC §7 end to end: hostile names are inert, the SVG is well-formed XML, every node appears once
/// with its id in its `<title>`, scripts survive, the DOT source re-parses to the same names.
@Test(arguments: [LayoutEngine.sfdp, .neato, .dot])
func hostileNamesStayDataInSVG(engine: LayoutEngine) throws {
    let input = try hostileInput()
    let drawing = NetworkView.drawing(input, options: ViewOptions(labels: 100))
    let svg = try NetworkRenderer().render(drawing, engine: engine, format: .svg)
    let (ok, parsed) = SVGNodeTitles.parse(svg.data)
    #expect(ok, "the SVG must be well-formed XML")
    // Displayed titles are the ids with control characters made visible (and the zero-width space
    // a trailing backslash gets for the DOT writer's sake).
    let expected = input.ids.map(shownName)
    var titles = parsed.titles.map { $0.replacingOccurrences(of: "\u{200B}", with: "") }
    if engine == .neato, let pinned = drawing.pinned {
        // The region layout's discs, names and swatches are nodes too, with (hostile) group names.
        let regions = pinned.regions.flatMap { [shownName("region: \($0.label)"), shownName("name: \($0.label)")] }
        #expect(regions.allSatisfy(titles.contains), "every region drawn with its name")
        titles.removeAll { regions.contains($0) || $0.hasPrefix("swatch ") }
    }
    #expect(titles.sorted() == expected.sorted(), "every node once, titled with its id")
    #expect(titles.contains("]]> <!-- --> &amp;"), "an entity in a name is shown, not decoded")
    let text = String(decoding: svg.data, as: UTF8.self)
    #expect(!text.contains("<script"))
    #expect(!text.contains("\u{202E}") && !text.contains("\u{1}") && !text.contains("\u{1B}"))
    for name in ["Анна Петрова", "王小明", "🤝 Zoë Ünal"] {
        #expect(parsed.texts.contains(name), "\(name) drawn as written")
        #expect(parsed.titles.contains(name))
    }
    // Labels are the names (cut to 40 characters), as written.
    #expect(parsed.texts.contains("<script>alert(1)</script>"))
    #expect(parsed.texts.contains("x\"]; node [shape=box]; \"y"))
    #expect(parsed.texts.contains("back\\slash \\N \\G end\\\u{200B}") || parsed.texts.contains("back\\slash \\N \\G end\\"))
    // Tooltips name every node (first line), backslashes kept.
    #expect(parsed.tooltips.contains { $0.hasPrefix("Tom & Jerry") })
    #expect(parsed.tooltips.contains { $0.hasPrefix("back\\\u{2060}slash \\\u{2060}N") })
}

/// What the SVG shows as a node's title: the id with controls made visible, cut to 300 characters.
func shownName(_ id: String) -> String {
    DrawingText.truncated(DrawingText.inert(id), DrawingText.nameLimit)
}

@Test func dotSourceReparsesToTheSameNamesAndLabels() throws {
    let input = try hostileInput()
    let drawing = NetworkView.drawing(input, options: ViewOptions(labels: 100))
    let dot = try NetworkRenderer().render(drawing, engine: .sfdp, format: .dot)
    let parsed = try Graphviz.parse(dot: String(decoding: dot.data, as: UTF8.self))
    let names = parsed.nodes.map(\.name).map { $0.replacingOccurrences(of: "\u{200B}", with: "") }
    #expect(names.sorted() == input.ids.map(DrawingText.name).sorted())
    #expect(parsed.edgeCount == input.graph.edgeCount)
    let graph = DrawingStyle().graphvizGraph(for: drawing, engine: .sfdp)
    let byName = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.name.replacingOccurrences(of: "\u{200B}", with: ""), $0) })
    for node in graph.nodes {
        let back = try #require(byName[node.name])
        #expect(back.attributes["label"]?.replacingOccurrences(of: "\u{200B}", with: "")
            == node.attributes.first { $0.name == "label" }?.value)
        #expect(back.attributes["tooltip"] == node.attributes.first { $0.name == "tooltip" }?.value)
    }
}

@Test func everyViewRendersWellFormedSVG() throws {
    let input = try hostileInput()
    let drawings = [
        NetworkView.drawing(input),
        EgoView.drawing(input, ego: 3, hops: 2),
        CommunitiesView.drawing(input),
        PlanView.drawing(input, paths: [[0, 1, 2], [4, 9]]),
    ]
    for drawing in drawings {
        for format in [DrawingFormat.svg, .png] {
            let out = try NetworkRenderer().render(drawing, format: format)
            #expect(!out.data.isEmpty)
            if format == .svg {
                let (ok, parsed) = SVGNodeTitles.parse(out.data)
                #expect(ok)
                let ids = drawing.nodes.map { shownName($0.id) }
                let titles = parsed.titles.map { $0.replacingOccurrences(of: "\u{200B}", with: "") }
                #expect(ids.allSatisfy { id in titles.filter { $0 == id }.count == 1 })
            }
        }
    }
}

/// Every engine draws every view of a small graph (fdp with clusters and `sep` crashed Graphviz 2.42:
/// this guards the attribute combinations).
@Test(arguments: LayoutEngine.allCases)
func everyEngineDrawsEveryView(engine: LayoutEngine) throws {
    let input = try hostileInput()
    for drawing in [NetworkView.drawing(input), EgoView.drawing(input, ego: 0, hops: 3),
                    CommunitiesView.drawing(input), PlanView.drawing(input, paths: [[0, 1, 2], [4, 9]])] {
        let out = try NetworkRenderer().render(drawing, engine: engine, format: .svg)
        let (ok, parsed) = SVGNodeTitles.parse(out.data)
        #expect(ok)
        #expect(parsed.titles.count >= drawing.nodes.count)
    }
}

/// Unlabelled nodes stay unlabelled after the DOT round trip (an empty `label` default must be
/// written out, or Graphviz falls back to "\N", the node's name), and emphasised nodes stay big
/// enough to read.
@Test func unlabelledNodesDrawNoText() throws {
    let input = try hostileInput()
    let drawing = PlanView.drawing(input, paths: [[0, 1]])
    let svg = try NetworkRenderer().render(drawing, engine: .sfdp, format: .svg)
    let (ok, parsed) = SVGNodeTitles.parse(svg.data)
    #expect(ok)
    // Only the two path nodes are labelled; the legend lines are the other texts.
    let legendLines = DrawingStyle().legendLines(drawing).count
    #expect(parsed.texts.count == 2 + legendLines)
    let graph = DrawingStyle().graphvizGraph(for: drawing, engine: .sfdp)
    #expect(graph.nodes.prefix(2).allSatisfy { Double($0.attributes.last { $0.name == "width" }!.value)! >= 0.35 })
}
