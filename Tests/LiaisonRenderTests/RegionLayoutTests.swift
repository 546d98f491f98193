import Foundation
import Testing
import Liaison
import LiaisonGraph
@testable import LiaisonRender

/// The repository root (for data/demo) and the shared data sets beside it.
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let datasets = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
private let lesMiserables = datasets.appendingPathComponent("les_miserables/edges_networkdata.csv")
private let karate = datasets.appendingPathComponent("zachary_karate/edges_networkdata_unweighted.csv")

/// Positions of the contact nodes as Graphviz lays the drawing out (read back from the layout, not
/// taken from the view), by drawing node index.
private func laidOut(_ drawing: NetworkDrawing) throws -> [DrawingPoint] {
    let engine = drawing.preferredEngine
    let graph = DrawingStyle().graphvizGraph(for: drawing, engine: engine)
    let byName = try Graphviz.positions(graph, engine: engine)
    let offset = engine == .neato ? (drawing.pinned.map { $0.regions.count + $0.rings.count } ?? 0) : 0
    return drawing.nodes.indices.map { i in
        let p = byName[Graphviz.cSafe(graph.nodes[offset + i].name)]!
        return DrawingPoint(p.x, p.y)
    }
}

/// The figure of merit before (one neato layout of the whole network, groups by colour only) and
/// after (RegionLayout), from the positions Graphviz draws.
private func ratios(_ network: AnalysisNetwork) throws -> (before: Double, after: Double) {
    let input = DrawingInput(network)
    var plainOptions = ViewOptions()
    plainOptions.regions = false
    let plain = NetworkView.drawing(input, options: plainOptions)
    let regions = NetworkView.drawing(input)
    #expect(plain.pinned == nil && regions.pinned != nil && regions.preferredEngine == .neato)
    let groups = regions.nodes.map(\.group)
    let before = groupSeparationRatio(positions: try laidOut(plain), groups: groups)
    let after = groupSeparationRatio(positions: try laidOut(regions), groups: groups)
    // Pinned means pinned: Graphviz draws the nodes where the view put them (up to a translation).
    let drawn = try laidOut(regions), wanted = regions.pinned!.positions
    let dx = drawn[0].x - wanted[0].x, dy = drawn[0].y - wanted[0].y
    #expect(zip(drawn, wanted).allSatisfy { abs($0.x - $1.x - dx) < 1 && abs($0.y - $1.y - dy) < 1 })
    return (before, after)
}

@Test func demoCommunitiesAreRegions() throws {
    let (ws, _) = try WorkspaceLoader.load(from: repositoryRoot.appendingPathComponent("data/demo").path)
    let (before, after) = try ratios(try AnalysisNetwork(workspace: ws))
    print("demo: same/different community distance ratio \(before) → \(after)")
    #expect(after < 0.35 && after < before * 0.6)
}

@Test(.enabled(if: FileManager.default.fileExists(atPath: lesMiserables.path), "needs ../shared/datasets/les_miserables"))
func lesMiserablesCommunitiesAreRegions() throws {
    let network = AnalysisNetwork(edgeList: try EdgeListLoader.load(path: lesMiserables.path, directed: nil))
    let (before, after) = try ratios(network)
    print("Les Misérables: same/different community distance ratio \(before) → \(after)")
    #expect(after < 0.4 && after < before * 0.6)
}

@Test(.enabled(if: FileManager.default.fileExists(atPath: karate.path), "needs ../shared/datasets/zachary_karate"))
func karateCommunitiesAreRegions() throws {
    let network = AnalysisNetwork(edgeList: try EdgeListLoader.load(path: karate.path, directed: nil))
    let (before, after) = try ratios(network)
    print("karate: same/different community distance ratio \(before) → \(after)")
    #expect(after < 0.5 && after < before * 0.75)
}

/// The ratio by hand: two groups of two on a line, a at 0 and 1, b at 10 and 11. Same-group
/// distances 1 and 1 (mean 1); different-group 10, 11, 9, 10 (mean 10): ratio 0.1.
@Test func separationRatioByHand() {
    let p = [DrawingPoint(0, 0), DrawingPoint(1, 0), DrawingPoint(10, 0), DrawingPoint(11, 0)]
    #expect(abs(groupSeparationRatio(positions: p, groups: [0, 0, 1, 1]) - 0.1) < 1e-12)
    #expect(groupSeparationRatio(positions: p, groups: [0, 0, 0, 0]).isNaN)
}

/// Regions never overlap, each holds its members, and the swatches are shapes in the SVG.
@Test func regionsAreDisjointDiscsHoldingTheirMembers() throws {
    let (ws, _) = try WorkspaceLoader.load(from: repositoryRoot.appendingPathComponent("data/demo").path)
    let drawing = NetworkView.drawing(DrawingInput(try AnalysisNetwork(workspace: ws)))
    let pinned = try #require(drawing.pinned)
    #expect(pinned.regions.count >= 3)
    for (i, a) in pinned.regions.enumerated() {
        for b in pinned.regions.dropFirst(i + 1) { #expect(a.centre.distance(to: b.centre) >= a.radius + b.radius - 1) }
    }
    for (i, node) in drawing.nodes.enumerated() {
        guard let g = node.group, let region = pinned.regions.first(where: { $0.group == g }) else { continue }
        #expect(pinned.positions[i].distance(to: region.centre) <= region.radius)
    }
    let svg = String(decoding: try NetworkRenderer().render(drawing, format: .svg).data, as: UTF8.self)
    #expect(svg.contains("<title>swatch 1</title>") && svg.contains("fill=\"#8dd3c7\""))
    #expect(svg.contains("as in the swatches above"))
    #expect(!svg.contains("teal ="))
}
