import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LiaisonGraph
@testable import LiaisonRender

/// Names a drawing must show as data, never as markup or DOT syntax (SPEC §7).
let hostileNames: [String] = [
    "<script>alert(1)</script>",
    "Tom & Jerry",
    "say \"hi\" it's",
    "x\"]; node [shape=box]; \"y",
    "ctrl\u{1}\u{7}\u{1B}[31mred\u{7F}",
    "rtl \u{202E}gnp.exe\u{202C} \u{200F}",
    "back\\slash \\N \\G end\\",
    String(repeating: "long", count: 2_500),
    "Анна Петрова",
    "王小明",
    "🤝 Zoë Ünal",
    "]]> <!-- --> &amp;",
]

/// A connected graph on `names`: a path through all of them plus a chord.
func hostileInput() throws -> DrawingInput {
    var edges: [(String, String, Double)] = []
    for i in 1 ..< hostileNames.count { edges.append((hostileNames[i - 1], hostileNames[i], Double(i % 3 + 1))) }
    edges.append((hostileNames[0], hostileNames[5], 1))
    let network = try LabeledGraph(edges: edges)
    let g = network.graph
    return DrawingInput(graph: g, ids: network.labels,
                        size: NodeMeasure(name: "degree", values: (0 ..< g.nodeCount).map { Double(g.degree($0)) }),
                        groups: ((0 ..< g.nodeCount).map { $0 % 3 }, ["<b>one</b>", "два", "三 & 4"], "community"))
}

/// The SVG's node titles (the text of `<title>` inside `<g class="node">`) and whether it parsed.
final class SVGNodeTitles: NSObject, XMLParserDelegate {
    var titles: [String] = []
    var tooltips: [String] = []
    var texts: [String] = []
    private var stack: [String] = []
    private var inNode = [Bool]()
    private var buffer = ""

    static func parse(_ data: [UInt8]) -> (ok: Bool, SVGNodeTitles) {
        let collector = SVGNodeTitles()
        let parser = XMLParser(data: Data(data))
        parser.delegate = collector
        return (parser.parse(), collector)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(name)
        inNode.append((name == "g" && attributes["class"] == "node") || (inNode.last ?? false))
        if let title = attributes["xlink:title"], inNode.last == true { tooltips.append(title) }
        buffer = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", inNode.last == true, stack.count >= 2, stack[stack.count - 2] == "g" { titles.append(buffer) }
        if name == "text" { texts.append(buffer) }
        stack.removeLast()
        inNode.removeLast()
        buffer = ""
    }
}

/// A graph of `n` nodes: ring plus seeded random chords (SplitMix64), for size tests.
func randomGraph(nodes n: Int, extraEdges: Int, seed: UInt64) throws -> Graph {
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    var edges: [(Int, Int)] = (0 ..< n).map { ($0, ($0 + 1) % n) }
    for _ in 0 ..< extraEdges { edges.append((Int(next() % UInt64(n)), Int(next() % UInt64(n)))) }
    return try Graph(nodeCount: n, edges: edges.filter { $0.0 != $0.1 }, directed: false)
}
