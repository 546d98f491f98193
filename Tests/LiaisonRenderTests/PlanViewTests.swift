import Testing
import LiaisonGraph
@testable import LiaisonRender

@Test func planHighlightsPathsFadesTheRestAndProposesMissingTies() throws {
    // Triangle 0–1–2 plus 2–3 and an isolated-ish 4–5.
    let g = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 2), (2, 3), (4, 5)])
    let input = DrawingInput(graph: g, ids: ["me", "a", "b", "c", "d", "e"],
                             size: NodeMeasure(name: "degree", values: (0 ..< 6).map { Double(g.degree($0)) }))
    // Path me → a → b → c (all tied), and me → d (not tied: an introduction to ask for).
    let d = PlanView.drawing(input, paths: [[0, 1, 2, 3], [0, 4]])
    let byID = Dictionary(uniqueKeysWithValues: d.nodes.enumerated().map { ($1.id, $0) })
    #expect(d.nodes[byID["me"]!].emphasis.contains(.ego))
    #expect(d.nodes[byID["c"]!].emphasis.contains(.target) && d.nodes[byID["d"]!].emphasis.contains(.target))
    #expect(d.nodes[byID["e"]!].emphasis == [.faded] && d.nodes[byID["e"]!].label.isEmpty)
    #expect(["me", "a", "b", "c", "d"].allSatisfy { !d.nodes[byID[$0]!].label.isEmpty })
    let highlighted = d.edges.filter(\.isHighlighted).map { Set([d.nodes[$0.a].id, d.nodes[$0.b].id]) }
    #expect(Set(highlighted) == [["me", "a"], ["a", "b"], ["b", "c"]])
    let proposed = d.edges.filter(\.isProposed).map { Set([d.nodes[$0.a].id, d.nodes[$0.b].id]) }
    #expect(proposed == [["me", "d"]])
    #expect(d.edges.filter(\.isFaded).count == 2)  // me–b and d–e
}
