import Testing
@testable import LiaisonGraph

/// `_rowsWithoutTwoHopShortcuts`: the edges it leaves out are exactly those a two-hop path beats,
/// and Dijkstra on the rows it keeps gives the distances of the whole graph.
@Suite struct TwoHopPruningTests {
    /// Triangle 0–1–2 with strengths 1, 1 and 0.1 (lengths 1, 1, 10): 0–2 goes (1 + 1 < 10); the
    /// pendant 2–3 and the equal-length case (triangle 3–4–5 with lengths 1, 1, 2) stay.
    @Test func byHand() throws {
        let g = try Graph(nodeCount: 6, weightedEdges: [(0, 1, 1), (1, 2, 1), (0, 2, 0.1), (2, 3, 1),
                                                         (3, 4, 1), (4, 5, 1), (3, 5, 0.5)])
        let rows = g._rowsWithoutTwoHopShortcuts(g._lengths(.inverseWeight).out)
        #expect(rows.removedEdges == 1)
        #expect(Array(rows.targets[rows.offsets[0] ..< rows.offsets[1]]) == [1])
        #expect(Array(rows.targets[rows.offsets[2] ..< rows.offsets[3]]) == [1, 3])
        #expect(Array(rows.targets[rows.offsets[3] ..< rows.offsets[4]]) == [2, 4, 5])
    }

    @Test func sameDistancesAsTheWholeGraph() throws {
        var removed = 0
        for seed in 0 ..< 20 {
            var rng = SplitMix64(seed: UInt64(seed))
            let n = Int.random(in: 20 ... 80, using: &rng)
            var edges: [(Int, Int, Double)] = []
            for u in 0 ..< n {
                for v in u + 1 ..< n where Double.random(in: 0 ..< 1, using: &rng) < 0.15 {
                    edges.append((u, v, Double.random(in: 0.05 ... 1, using: &rng)))
                }
            }
            let g = try Graph(nodeCount: n, weightedEdges: edges)
            let lengths = g._lengths(.inverseWeight).out
            let rows = g._rowsWithoutTwoHopShortcuts(lengths)
            removed += rows.removedEdges
            // Every removed edge is beaten by a two-hop path, every kept one by none.
            let kept = Set((0 ..< n).flatMap { u in rows.targets[rows.offsets[u] ..< rows.offsets[u + 1]].map { [u, Int($0)] } })
            for e in 0 ..< g.edgeCount {
                let u = Int(g.edgeSource[e]), v = Int(g.edgeTarget[e]), l = 1 / g.edgeWeight[e]
                let beaten = (0 ..< n).contains { q in
                    guard let a = g.weight(from: u, to: q), let b = g.weight(from: q, to: v) else { return false }
                    return 1 / a + 1 / b < l * (1 - 1e-9)
                }
                #expect(kept.contains([u, v]) == !beaten && kept.contains([v, u]) == !beaten, "seed \(seed): \(u)–\(v)")
            }
            var all = _SingleSource(nodeCount: n), pruned = _SingleSource(nodeCount: n)
            defer { all.deallocate(); pruned.deallocate() }
            _withRows(g.offsets, g.targets, lengths) { full in
                _withRows(rows.offsets, rows.targets, rows.length) { cut in
                    for s in 0 ..< n {
                        all.search(full, from: s, uniform: nil)
                        pruned.search(cut, from: s, uniform: nil)
                        for v in 0 ..< n {
                            #expect(close(all.dist[v], pruned.dist[v]) || all.dist[v] == pruned.dist[v], "seed \(seed): d(\(s), \(v))")
                        }
                        all.reset(); pruned.reset()
                    }
                }
            }
        }
        #expect(removed > 100, "the random graphs have edges to remove")
    }
}
