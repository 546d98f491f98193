import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonRender

/// Star with centre 0 and leaves 1…5, plus a separate edge 6–7: degree [5,1,1,1,1,1,1,1].
private func starInput() throws -> DrawingInput {
    let g = try Graph(nodeCount: 8, weightedEdges: [(0, 1, 4), (0, 2, 1), (0, 3, 2), (0, 4, 1), (0, 5, 1), (6, 7, 2)])
    return DrawingInput(graph: g, ids: (0 ..< 8).map { "n\($0)" }, names: (0 ..< 8).map { "Name \($0)" },
                        size: NodeMeasure(name: "degree", values: (0 ..< 8).map { Double(g.degree($0)) }),
                        groups: ([1, 1, 1, 1, 1, 1, 0, 0], ["small", "star"], "component"))
}

@Test func fullViewDrawsEveryNodeAndTie() throws {
    let d = NetworkView.drawing(try starInput(), options: ViewOptions(labels: 1))
    #expect(d.nodes.map(\.id) == (0 ..< 8).map { "n\($0)" })
    #expect(d.edges.count == 6)
    // Labels: only the top node by degree (n0); every node has a tooltip naming it.
    #expect(d.nodes.filter { !$0.label.isEmpty }.map(\.id) == ["n0"])
    #expect(d.nodes.allSatisfy { $0.tooltip.first == "Name \($0.id.dropFirst())" })
    #expect(d.nodes[1].tooltip.contains("degree: 1"))
    // Groups renumbered biggest first: the star (6 nodes) is group 0 and keeps its name.
    #expect(d.groups == ["star", "small"])
    #expect(d.nodes[0].group == 0 && d.nodes[6].group == 1)
    // Sizes relative to the largest degree (5).
    #expect(d.nodes[0].size == 1 && d.nodes[1].size == 0.2)
    // Strength = ln(1 + w) / ln(1 + 4): w 4 → 1 strong, w 1 → ln 2 / ln 5 = 0.4307 medium,
    // w 2 → ln 3 / ln 5 = 0.6826 strong.
    #expect(d.edges[0].strength == 1 && d.edges[0].tieClass == .strong)
    #expect(abs(d.edges[1].strength - 0.430677) < 1e-6 && d.edges[1].tieClass == .medium)
    #expect(abs(d.edges[2].strength - 0.682606) < 1e-6 && d.edges[2].tieClass == .strong)
    // An unweighted graph: every tie medium.
    #expect(DrawingInput.strengths(weights: [1, 1, 1]) == [0.5, 0.5, 0.5])
    #expect(DrawingInput.strengths(weights: [1, 9]) == [log(2) / log(10), 1])
}

@Test func largeGraphBecomesASummaryAndSaysSo() throws {
    // Ring of 600 nodes; node i in group i / 100 (6 groups of 100); measure = i, so the top 10
    // are 599…590, all in group 5.
    let n = 600
    let g = try Graph(nodeCount: n, edges: (0 ..< n).map { ($0, ($0 + 1) % n) })
    let input = DrawingInput(graph: g, ids: (0 ..< n).map { "v\($0)" },
                             size: NodeMeasure(name: "rank", values: (0 ..< n).map(Double.init)),
                             groups: ((0 ..< n).map { $0 / 100 }, (0 ..< 6).map { "g\($0)" }, "community"))
    let d = NetworkView.drawing(input, options: ViewOptions(summaryThreshold: 500, summaryTop: 10, summaryGroups: 4))
    let contacts = d.nodes.filter { $0.kind == .contact }
    #expect(contacts.map(\.id) == (590 ..< 600).reversed().map { "v\($0)" })
    // 4 group boxes + 1 "other" box; members: group 5 has 90 left, others 100 each.
    let boxes = d.nodes.filter { $0.kind != .contact }
    #expect(boxes.count == 5)
    let counts = boxes.map { if case let .summary(c) = $0.kind { c } else { -1 } }
    #expect(counts.reduce(0, +) == n - 10)
    #expect(counts.last == 190)  // the two groups beyond the first four, lumped together
    #expect(boxes.last?.label == ["2 smaller groups and the rest", "190 more contacts"])
    #expect(boxes.first?.label == ["g0", "100 more contacts"])
    // Every tie is accounted for: kept as is, or counted in an aggregated line, or inside a box.
    #expect(d.notes.first?.contains("Summary of a large network") == true)
    #expect(d.title.contains("(summary)"))
    // Ties among the top ten: the ring path 590–591–…–599 has 9 ties.
    let topTies = d.edges.filter { $0.a < 10 && $0.b < 10 }
    #expect(topTies.count == 9)
    // --full draws everything.
    let full = NetworkView.drawing(input, options: ViewOptions(full: true, summaryThreshold: 500))
    #expect(full.nodes.count == n && full.edges.count == n)
}
