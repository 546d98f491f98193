import Foundation
import Testing
@testable import LiaisonGraph

// MARK: - Support

private func close(_ a: Double, _ b: Double, _ rel: Double = 1e-9) -> Bool {
    abs(a - b) <= rel * max(abs(a), abs(b)) || abs(a - b) < 1e-12
}

/// The path is simple, runs from `s` to `t` over existing arcs, avoids what it must, and its cost
/// is the sum of its arc costs.
private func checkValid(_ p: SimplePath, in g: Graph, from s: Int, to t: Int, cost: (Double) -> Double,
                        maxHops: Int? = nil, avoiding: Set<Int> = [], _ context: String) {
    #expect(p.nodes.first == s && p.nodes.last == t, "\(context): endpoints of \(p.nodes)")
    #expect(Set(p.nodes).count == p.nodes.count, "\(context): \(p.nodes) repeats a node")
    if let maxHops { #expect(p.hopCount <= maxHops, "\(context): \(p.nodes) has more than \(maxHops) hops") }
    #expect(p.nodes.dropFirst().dropLast().allSatisfy { !avoiding.contains($0) }, "\(context): \(p.nodes) uses an avoided node")
    var sum = 0.0
    for (u, v) in zip(p.nodes, p.nodes.dropFirst()) {
        guard let w = g.weight(from: u, to: v) else {
            Issue.record("\(context): \(u)→\(v) is not an arc of the graph"); return
        }
        sum += cost(w)
    }
    #expect(close(sum, p.cost), "\(context): cost \(p.cost) but the arcs sum to \(sum)")
}

/// Compares two cheapest-first path lists "up to ties": the same costs in the same order, and
/// within each run of equal costs the same set of paths, except in a last run cut short by k
/// (`truncated`), where any valid paths of that cost will do.
private func expectSameUpToTies(_ mine: [SimplePath], _ expected: [(nodes: [Int], cost: Double)],
                                lastRunTruncated truncated: Bool, _ context: String) {
    #expect(mine.count == expected.count, "\(context): \(mine.count) paths, expected \(expected.count)")
    guard mine.count == expected.count else { return }
    for i in mine.indices {
        #expect(close(mine[i].cost, expected[i].cost), "\(context): path \(i) cost \(mine[i].cost), expected \(expected[i].cost)")
    }
    var start = 0
    while start < expected.count {
        var end = start + 1
        while end < expected.count && close(expected[end].cost, expected[start].cost) { end += 1 }
        let isLast = end == expected.count
        if !(isLast && truncated) {
            let a = Set(mine[start ..< end].map(\.nodes)), b = Set(expected[start ..< end].map(\.nodes))
            #expect(a == b, "\(context): paths \(start)..<\(end) of cost \(expected[start].cost): \(a) vs \(b)")
        }
        start = end
    }
}

private func pathsDOT(_ g: Graph) -> String {
    let arrow = g.isDirected ? "->" : "--"
    let body = (0 ..< g.edgeCount).map { "\(g.edgeSource[$0]) \(arrow) \(g.edgeTarget[$0]) [w=\(g.edgeWeight[$0])]" }
    return (g.isDirected ? "digraph { " : "graph { ") + body.joined(separator: "; ") + " }"
}

// MARK: - The documented example

@Test func documentedExample() throws {
    let g = try Graph(nodeCount: 4, sources: [0, 1, 0, 2, 0], targets: [1, 3, 2, 3, 3], weights: [1, 1, 1, 2, 5])
    let paths = Array(try g.shortestSimplePaths(from: 0, to: 3))
    #expect(paths.map(\.nodes) == [[0, 1, 3], [0, 2, 3], [0, 3]])
    #expect(paths.map(\.cost) == [2, 3, 5])
    // Lazy: prefix(k) stops after k.
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3).prefix(1)).map(\.nodes) == [[0, 1, 3]])
}

// MARK: - NetworkX fixtures (bench/oracle/paths.py)

private struct FixtureFile: Decodable {
    struct Path: Decodable { var nodes: [Int]; var cost: Double; var reliability: Double }
    struct HopLimited: Decodable { var max_hops: Int; var paths: [Path]; var next_cost: Double? }
    struct Case: Decodable {
        var name: String
        var directed: Bool
        var nodeCount: Int
        var edges: [[Double]]
        var source: Int
        var target: Int
        var k: Int
        var paths: [Path]
        var next_cost: Double?
        var hop_limited: HopLimited?
    }
    var networkx: String
    var cases: [Case]
}

private let fixtureURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/paths/shortest_simple_paths.json")

private func loadFixtures() throws -> FixtureFile {
    try JSONDecoder().decode(FixtureFile.self, from: Data(contentsOf: fixtureURL))
}

private func reliability(_ nodes: [Int], in g: Graph) -> Double {
    zip(nodes, nodes.dropFirst()).reduce(1.0) { $0 * g.weight(from: $1.0, to: $1.1)! }
}

@Test func matchesNetworkXShortestSimplePaths() throws {
    let file = try loadFixtures()
    #expect(file.cases.count >= 40)
    for c in file.cases {
        let g = try Graph(nodeCount: c.nodeCount, sources: c.edges.map { Int32($0[0]) },
                          targets: c.edges.map { Int32($0[1]) }, weights: c.edges.map { $0[2] }, directed: c.directed)
        let mine = Array(try g.shortestSimplePaths(from: c.source, to: c.target, cost: Graph.reliabilityCost).prefix(c.k))
        let truncated = c.next_cost.map { close($0, c.paths.last!.cost) } ?? false
        expectSameUpToTies(mine, c.paths.map { ($0.nodes, $0.cost) }, lastRunTruncated: truncated, c.name)
        for (p, e) in zip(mine, c.paths) {
            checkValid(p, in: g, from: c.source, to: c.target, cost: Graph.reliabilityCost, c.name)
            #expect(close(reliability(p.nodes, in: g), e.reliability), "\(c.name): reliability of \(p.nodes)")
        }
        // Uniform weights make equal costs improbable: there the order must be exactly NetworkX's.
        if c.name.contains("uniform") {
            #expect(mine.map(\.nodes) == c.paths.map(\.nodes), "\(c.name): order differs from NetworkX")
        }
    }
}

@Test func hopLimitMatchesFilteredNetworkXSequence() throws {
    let file = try loadFixtures()
    var checked = 0
    for c in file.cases {
        guard let h = c.hop_limited else { continue }
        let g = try Graph(nodeCount: c.nodeCount, sources: c.edges.map { Int32($0[0]) },
                          targets: c.edges.map { Int32($0[1]) }, weights: c.edges.map { $0[2] }, directed: c.directed)
        let mine = Array(try g.shortestSimplePaths(from: c.source, to: c.target, cost: Graph.reliabilityCost,
                                                   maxHops: h.max_hops).prefix(c.k))
        let truncated = h.next_cost.map { close($0, h.paths.last!.cost) } ?? false
        expectSameUpToTies(mine, h.paths.map { ($0.nodes, $0.cost) }, lastRunTruncated: truncated, c.name + " (hops ≤ 3)")
        checked += 1
    }
    #expect(checked >= 10)
}

// MARK: - Against brute force

/// Every simple path from s to t by depth-first enumeration, sorted by cost.
private func allSimplePaths(_ g: Graph, _ s: Int, _ t: Int, maxHops: Int?, avoiding: Set<Int>) -> [SimplePath] {
    var result = [SimplePath]()
    var path = [s], onPath = Set([s])
    func extend(_ cost: Double) {
        let u = path.last!
        if u == t { result.append(SimplePath(nodes: path, cost: cost)); return }
        if let maxHops, path.count - 1 >= maxHops { return }
        for v32 in g.neighbors(u) {
            let v = Int(v32)
            if onPath.contains(v) || (avoiding.contains(v) && v != t) { continue }
            path.append(v); onPath.insert(v)
            extend(cost + g.weight(from: u, to: v)!)
            path.removeLast(); onPath.remove(v)
        }
    }
    extend(0)
    return result.sorted { $0.cost < $1.cost }
}

@Test func matchesBruteForceOnTinyRandomGraphs() throws {
    for seed in UInt64(0) ..< 300 {
        var rng = SplitMix64(seed: seed)
        let n = Int.random(in: 2 ... 8, using: &rng)
        let directed = Bool.random(using: &rng)
        let p = Double.random(in: 0.25 ... 0.8, using: &rng)
        var src = [Int32](), tgt = [Int32](), w = [Double]()
        for u in 0 ..< n {
            for v in 0 ..< n where u != v && (directed || u < v) && Double.random(in: 0 ..< 1, using: &rng) < p {
                // Small integer weights: many equal-cost paths, so ties are exercised too.
                src.append(Int32(u)); tgt.append(Int32(v)); w.append(Double(Int.random(in: 1 ... 4, using: &rng)))
            }
        }
        let g = try Graph(nodeCount: n, sources: src, targets: tgt, weights: w, directed: directed)
        let s = Int.random(in: 0 ..< n, using: &rng)
        var t = Int.random(in: 0 ..< n, using: &rng)
        if t == s { t = (s + 1) % n }
        let maxHops: Int? = Bool.random(using: &rng) ? nil : Int.random(in: 1 ... 4, using: &rng)
        let avoiding = Set((0 ..< n).filter { _ in Double.random(in: 0 ..< 1, using: &rng) < 0.15 })
        let context = "seed \(seed), \(s)→\(t), maxHops \(maxHops.map(String.init) ?? "nil"), avoiding \(avoiding.sorted()): \(pathsDOT(g))"

        let expected = allSimplePaths(g, s, t, maxHops: maxHops, avoiding: avoiding)
        let mine = Array(try g.shortestSimplePaths(from: s, to: t, maxHops: maxHops, avoiding: Array(avoiding)))
        expectSameUpToTies(mine, expected.map { ($0.nodes, $0.cost) }, lastRunTruncated: false, context)
        for p in mine { checkValid(p, in: g, from: s, to: t, cost: { $0 }, maxHops: maxHops, avoiding: avoiding, context) }
        for i in mine.indices.dropFirst() { #expect(mine[i - 1].cost <= mine[i].cost, "\(context): not cheapest first") }
    }
}

// MARK: - Restrictions and edge cases

@Test func maxHopsExcludesLongerCheaperPaths() throws {
    // 0–1–2–3 costs 3 in three hops; 0–3 costs 10 in one hop; 0–2–3 costs 6 in two.
    let g = try Graph(nodeCount: 4, sources: [0, 1, 2, 0, 0], targets: [1, 2, 3, 3, 2], weights: [1, 1, 1, 10, 5])
    let all = Array(try g.shortestSimplePaths(from: 0, to: 3)).map(\.nodes)
    // By hand: 0-1-2-3 = 3, 0-2-3 = 6, 0-3 = 10, 0-2-1-... (2-1 then 1 has no other edge to 3): none.
    #expect(all == [[0, 1, 2, 3], [0, 2, 3], [0, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, maxHops: 2)).map(\.nodes) == [[0, 2, 3], [0, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, maxHops: 1)).map(\.nodes) == [[0, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, maxHops: 0)).isEmpty)
}

@Test func avoidedNodesAreNeverPassedThroughButEndpointsAreAllowed() throws {
    // 0–1–3 (cost 2) and 0–2–3 (cost 4).
    let g = try Graph(nodeCount: 4, sources: [0, 1, 0, 2], targets: [1, 3, 2, 3], weights: [1, 1, 2, 2])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, avoiding: [1])).map(\.nodes) == [[0, 2, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, avoiding: [1, 2])).isEmpty)
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, avoiding: [0, 3])).map(\.nodes) == [[0, 1, 3], [0, 2, 3]])
}

@Test func avoidedStepsAreDirectional() throws {
    // Undirected triangle 0–1–2 plus 2–3: the step 1→2 is forbidden, 2→1 is not.
    let g = try Graph(nodeCount: 4, sources: [0, 1, 0, 2], targets: [1, 2, 2, 3], weights: [1, 1, 5, 1])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3)).map(\.nodes) == [[0, 1, 2, 3], [0, 2, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 3, avoidingSteps: [(1, 2)])).map(\.nodes) == [[0, 2, 3]])
    #expect(Array(try g.shortestSimplePaths(from: 3, to: 0, avoidingSteps: [(1, 2)])).map(\.nodes) == [[3, 2, 1, 0], [3, 2, 0]])
}

@Test func sourceEqualsTargetAndNoPath() throws {
    let g = try Graph(nodeCount: 3, edges: [(0, 1)])
    #expect(Array(try g.shortestSimplePaths(from: 1, to: 1)) == [SimplePath(nodes: [1], cost: 0)])
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 2)).isEmpty)
    let empty = try Graph(nodeCount: 1, edges: [])
    #expect(Array(try empty.shortestSimplePaths(from: 0, to: 0)).map(\.nodes) == [[0]])
}

@Test func directedPathsFollowArcDirection() throws {
    let g = try Graph(nodeCount: 3, sources: [0, 1, 2], targets: [1, 2, 0], weights: [1, 1, 1], directed: true)
    #expect(Array(try g.shortestSimplePaths(from: 0, to: 2)).map(\.nodes) == [[0, 1, 2]])
    #expect(Array(try g.shortestSimplePaths(from: 2, to: 1)).map(\.nodes) == [[2, 0, 1]])
}

@Test func reliabilityCostTurnsProductsIntoSums() throws {
    // 0–1 (0.5), 1–2 (0.5): reliability 0.25; 0–2 (0.2): reliability 0.2.
    let g = try Graph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 2, 2], weights: [0.5, 0.5, 0.2])
    let paths = Array(try g.shortestSimplePaths(from: 0, to: 2, cost: Graph.reliabilityCost))
    #expect(paths.map(\.nodes) == [[0, 1, 2], [0, 2]])
    #expect(close(exp(-paths[0].cost), 0.25) && close(exp(-paths[1].cost), 0.2))
}

@Test func invalidCostsThrow() throws {
    let g = try Graph(nodeCount: 2, sources: [0], targets: [1], weights: [2])
    #expect(throws: PathCostError.invalidCost(edge: 0, source: 0, target: 1, weight: 2, cost: -log(2.0))) {
        _ = try g.shortestSimplePaths(from: 0, to: 1, cost: Graph.reliabilityCost)
    }
}
