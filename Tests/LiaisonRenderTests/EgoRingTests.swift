import Foundation
import Testing
import Liaison
import LiaisonGraph
@testable import LiaisonRender

private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let datasets = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
private let lesMiserables = datasets.appendingPathComponent("les_miserables/edges_networkdata.csv")

/// Contact positions as Graphviz draws the ego view (read back from the layout), and each
/// contact's hop count from its tooltip.
private func ringsAsDrawn(_ drawing: NetworkDrawing) throws -> [(hops: Int, distance: Double)] {
    let graph = DrawingStyle().graphvizGraph(for: drawing, engine: drawing.preferredEngine)
    let byName = try Graphviz.positions(graph, engine: drawing.preferredEngine)
    let offset = drawing.pinned.map { $0.regions.count + $0.rings.count } ?? 0
    let point = { (i: Int) -> DrawingPoint in
        let p = byName[Graphviz.cSafe(graph.nodes[offset + i].name)]!
        return DrawingPoint(p.x, p.y)
    }
    let ego = point(0)
    return drawing.nodes.indices.compactMap { i in
        guard drawing.nodes[i].kind == .contact, let line = drawing.nodes[i].tooltip.last(where: { $0.hasPrefix("hops from") }),
              let hops = Int(line.split(separator: " ").last!) else { return nil }
        return (hops, point(i).distance(to: ego))
    }
}

private func expectRings(_ drawing: NetworkDrawing, _ what: String) throws {
    let rings = try ringsAsDrawn(drawing)
    let one = rings.filter { $0.hops == 1 }.map(\.distance), two = rings.filter { $0.hops == 2 }.map(\.distance)
    #expect(!one.isEmpty && !two.isEmpty, "\(what)")
    let farthestOne = one.max()!, nearestTwo = two.min()!
    print("\(what): hop-1 at ≤ \(farthestOne) pt, hop-2 at ≥ \(nearestTwo) pt; \(one.count) + \(two.count) contacts drawn")
    #expect(farthestOne < nearestTwo, "\(what): every hop-1 contact nearer the ego than every hop-2 contact")
    #expect(rings.first { $0.hops == 0 }!.distance < 1)
}

@Test func demoEgoViewIsRings() throws {
    let (ws, _) = try WorkspaceLoader.load(from: repositoryRoot.appendingPathComponent("data/demo").path)
    let network = try AnalysisNetwork(workspace: ws)
    let input = DrawingInput(network)
    let drawing = EgoView.drawing(input, ego: try #require(network.ego), hops: 2)
    try expectRings(drawing, "demo")
    // Readable: at most 60 contacts beyond the first ring, the rest in "+N more" boxes that add up.
    let two = drawing.nodes.filter { $0.tooltip.last?.hasSuffix(": 2") == true }.count
    let more = drawing.nodes.compactMap { if case let .summary(k) = $0.kind { k } else { nil } }.reduce(0, +)
    let g = network.graph, me = network.ego!
    var hop = [Int](repeating: -1, count: g.nodeCount)
    hop[me] = 0
    for u in g.neighbors(me) where hop[Int(u)] < 0 { hop[Int(u)] = 1 }
    for u in 0 ..< g.nodeCount where hop[u] == 1 { for v in g.neighbors(u) where hop[Int(v)] < 0 { hop[Int(v)] = 2 } }
    #expect(two <= 60 && two + more == hop.filter { $0 == 2 }.count)
    // The first ring in community order: group indices never go down along the ring.
    let first = drawing.nodes.filter { $0.tooltip.last?.hasSuffix(": 1") == true }.map { $0.group ?? Int.max }
    #expect(first == first.sorted())
}

@Test(.enabled(if: FileManager.default.fileExists(atPath: lesMiserables.path), "needs ../shared/datasets/les_miserables"))
func lesMiserablesEgoViewIsRings() throws {
    let network = AnalysisNetwork(edgeList: try EdgeListLoader.load(path: lesMiserables.path, directed: nil))
    let input = DrawingInput(network)
    // Myriel (the first character) reaches most of the book in two hops.
    let ego = try #require(network.names.firstIndex(of: "Myriel"))
    try expectRings(EgoView.drawing(input, ego: ego, hops: 2), "Les Misérables, Myriel")
    let valjean = try #require(network.names.firstIndex(of: "Valjean"))
    try expectRings(EgoView.drawing(input, ego: valjean, hops: 2, options: ViewOptions(full: true)), "Les Misérables, Valjean, full")
}

/// A star of stars: hop-2 contacts sit beside their parent (the smallest angle to it among the
/// hop-1 contacts), and beyond the limit each parent gets one "+N more" box.
@Test func hopTwoSitsBesideItsParentAndOverflowIsCounted() throws {
    // 0 — 1…4; each i in 1…4 has 5 children 5 + 5(i−1) …
    var edges: [(Int, Int)] = (1 ... 4).map { (0, $0) }
    for i in 1 ... 4 { for k in 0 ..< 5 { edges.append((i, 5 + 5 * (i - 1) + k)) } }
    let g = try Graph(nodeCount: 25, edges: edges)
    let input = DrawingInput(graph: g, ids: (0 ..< 25).map { "n\($0)" },
                             size: NodeMeasure(name: "index", values: (0 ..< 25).map { Double(25 - $0) }))
    var options = ViewOptions()
    options.outerRingLimit = 8
    let d = EgoView.drawing(input, ego: 0, hops: 2, options: options)
    let pinned = try #require(d.pinned)
    // 8 of 20 shown: 2 per parent (cap 2), and 4 boxes of "+3 more".
    #expect(d.nodes.filter { $0.label == ["+3 more"] }.count == 4)
    #expect(d.nodes.filter { $0.kind == .contact }.count == 1 + 4 + 8)
    #expect(d.notes.contains { $0.contains("12 of the 25 contacts within 2 hops are not drawn") })
    let index = Dictionary(uniqueKeysWithValues: d.nodes.enumerated().map { ($1.id, $0) })
    func angle(_ id: String) -> Double { let p = pinned.positions[index[id]!]; return atan2(p.y, p.x) }
    func gap(_ a: Double, _ b: Double) -> Double { let d = abs(a - b).truncatingRemainder(dividingBy: 2 * .pi); return min(d, 2 * .pi - d) }
    for i in 1 ... 4 {
        for child in d.nodes.map(\.id) where Int(child.dropFirst()).map({ $0 >= 5 && ($0 - 5) / 5 + 1 == i }) == true {
            let nearest = (1 ... 4).min { gap(angle(child), angle("n\($0)")) < gap(angle(child), angle("n\($1)")) }
            #expect(nearest == i, "\(child) beside n\(i)")
        }
    }
    // Ring radii are the distances of the rings' nodes.
    #expect(pinned.rings.count == 2 && pinned.rings[0] < pinned.rings[1])
}
