import Testing
@testable import LiaisonGraph

@Suite struct LocalBridgesTests {
    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func matchesNetworkX(_ f: MeasureFixture) {
        let g = f.graph
        let ours = g.localBridges().map { ($0.edge, $0.span) }
        let expected = f.triples("local_bridges")
        #expect(ours.count == expected.count, "\(f.name) local bridge count")
        for ((e, span), (a, b, s)) in zip(ours, expected) {
            #expect(Int(g.edgeSource[e]) == a && Int(g.edgeTarget[e]) == b, "\(f.name) local bridge \(a)–\(b)")
            #expect(span.map(Double.init) == s, "\(f.name) span of \(a)–\(b)")
        }
    }

    @Test(arguments: MeasureFixture.all.filter { !$0.directed })
    func overlapMatchesFormula(_ f: MeasureFixture) {
        let g = f.graph
        let overlap = g.neighborhoodOverlap()
        for (a, b, o) in f.triples("overlap") {
            let e = (0 ..< g.edgeCount).first { Int(g.edgeSource[$0]) == a && Int(g.edgeTarget[$0]) == b }!
            #expect(close(overlap[e], o!), "\(f.name) overlap \(a)–\(b)")
        }
    }

    /// Square 0–1–2–3–0: no triangles, every edge a local bridge of span 3; adding the chord 0–2
    /// leaves 1–… edges with a common neighbour, so none is a local bridge; a pendant edge has
    /// span ∞ (nil).
    @Test func squareByHand() throws {
        let square = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)])
        #expect(square.localBridges() == (0 ..< 4).map { LocalBridge(edge: $0, span: 3) })
        let chord = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (3, 4)])
        #expect(chord.localBridges() == [LocalBridge(edge: 5, span: nil)])   // edges sorted; 3–4 is last
        #expect(chord.neighborhoodOverlap()[5] == 0)
    }

    /// The bidirectional search against a plain one-sided BFS with the edge deleted, on sparse
    /// random graphs (many triangle-free edges, long spans) — every edge, local bridge or not.
    @Test func bidirectionalSearchEqualsOneSidedBFS() throws {
        for seed in 0 ..< 300 {
            var rng = SplitMix64(seed: UInt64(seed))
            let n = Int.random(in: 2 ... 30, using: &rng)
            var edges: [(Int, Int)] = []
            for u in 0 ..< n { for v in u + 1 ..< n where Double.random(in: 0 ..< 1, using: &rng) < 2.5 / Double(n) { edges.append((u, v)) } }
            let g = try Graph(nodeCount: n, edges: edges)
            var search = _BidirectionalBFS(nodeCount: n)
            for e in 0 ..< g.edgeCount {
                let u = Int(g.edgeSource[e]), v = Int(g.edgeTarget[e])
                // One-sided BFS on the graph without edge e.
                let rest = try Graph(nodeCount: n, edges: edges.filter { !($0 == (u, v) || $0 == (v, u)) })
                var hops = [Int](repeating: -1, count: n), queue = [u]
                hops[u] = 0
                var head = 0
                while head < queue.count {
                    let x = queue[head]; head += 1
                    for y in rest.neighbors(x) where hops[Int(y)] < 0 { hops[Int(y)] = hops[x] + 1; queue.append(Int(y)) }
                }
                let expected: Int? = hops[v] >= 0 ? hops[v] : nil
                #expect(search.distance(in: g, from: u, to: v, skipping: Int32(e)) == expected, "seed \(seed), edge \(u)–\(v)\n\(dot(g))")
            }
        }
    }

    @Test func emptyGraph() throws {
        let g = try Graph(nodeCount: 0, edges: [])
        #expect(g.localBridges() == [] && g.neighborhoodOverlap() == [] && g.articulationPoints() == [])
    }
}
