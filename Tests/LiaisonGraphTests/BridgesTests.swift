import Testing
@testable import LiaisonGraph

@Suite struct BridgesTests {
    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func matchesNetworkX(_ f: MeasureFixture) {
        let g = f.graph
        let bridges = g.bridges().map { [Int(g.edgeSource[$0]), Int(g.edgeTarget[$0])] }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(bridges == f.intLists("bridges"), "\(f.name) bridges")
        let points = f.values("articulation_points").map { Int($0!) }
        #expect(g.articulationPoints() == points, "\(f.name) articulation points")
    }

    /// Bridges vs "delete the edge, count components"; articulation points vs "delete the node".
    @Test func matchesDeletionOnRandomGraphs() throws {
        for seed in 0 ..< 200 {
            var rng = SplitMix64(seed: UInt64(seed))
            let g = randomGraph(&rng, maxNodes: 9, directed: false)
            let base = g.connectedComponents().count
            var bridges: [Int] = []
            for e in 0 ..< g.edgeCount {
                let kept = (0 ..< g.edgeCount).filter { $0 != e }
                let h = try Graph(nodeCount: g.nodeCount, edges: kept.map { (Int(g.edgeSource[$0]), Int(g.edgeTarget[$0])) })
                if h.connectedComponents().count > base { bridges.append(e) }
            }
            #expect(g.bridges() == bridges, "seed \(seed)\n\(dot(g))")
            var cuts: [Int] = []
            for v in 0 ..< g.nodeCount {
                let kept = (0 ..< g.edgeCount).filter { g.edgeSource[$0] != v && g.edgeTarget[$0] != v }
                let h = try Graph(nodeCount: g.nodeCount, edges: kept.map { (Int(g.edgeSource[$0]), Int(g.edgeTarget[$0])) })
                // Removing v leaves it isolated (one extra component by itself), so compare with base + 1.
                if h.connectedComponents().count > base + (g.degree(v) > 0 ? 1 : 0) { cuts.append(v) }
            }
            #expect(g.articulationPoints() == cuts, "seed \(seed)\n\(dot(g))")
        }
    }

    @Test func triangleWithTailByHand() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(g.bridges() == [3])              // edges sorted: 0–1, 0–2, 1–2, 2–3
        #expect(g.articulationPoints() == [2])
        #expect(try Graph(nodeCount: 0, edges: []).bridges() == [])
    }

    @Test func longPathDoesNotRecurse() throws {
        let n = 100_000
        let g = try Graph(nodeCount: n, edges: (0 ..< n - 1).map { ($0, $0 + 1) })
        #expect(g.bridges().count == n - 1)
        #expect(g.articulationPoints().count == n - 2)
    }
}
