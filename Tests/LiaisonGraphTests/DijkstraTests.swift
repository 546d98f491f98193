import Testing
@testable import LiaisonGraph

@Suite struct DijkstraTests {
    /// Dijkstra vs Floyd–Warshall on random weighted graphs, both directions, lengths 1/w and w.
    @Test func matchesFloydWarshall() {
        for seed in 0 ..< 150 {
            var rng = SplitMix64(seed: UInt64(seed))
            let g = randomGraph(&rng, maxNodes: 9, directed: seed % 2 == 0)
            let inverse = naiveDistances(g), direct = naiveDistances(g, length: { $0 })
            for s in 0 ..< g.nodeCount {
                #expect(g.shortestPaths(from: s).distance == inverse[s], "seed \(seed) source \(s)\n\(dot(g))")
                let p = g.shortestPaths(from: s, length: .weight)
                #expect(p.distance == direct[s], "seed \(seed) source \(s)")
                // Every reported path has the reported length.
                for t in 0 ..< g.nodeCount {
                    guard let nodes = p.path(to: t) else { #expect(direct[s][t] == .infinity); continue }
                    var total = 0.0
                    for i in 1 ..< nodes.count { total += g.weight(from: nodes[i - 1], to: nodes[i])! }
                    #expect(total == direct[s][t])
                }
            }
        }
    }

    @Test func breadthFirstCountsHops() throws {
        let g = try Graph(nodeCount: 5, weightedEdges: [(0, 1, 8), (1, 2, 8), (0, 3, 1)])
        #expect(g.breadthFirst(from: 0).distance == [0, 1, 2, 1, .infinity])
        #expect(g.breadthFirst(from: 0).path(to: 2) == [0, 1, 2])
        #expect(g.breadthFirst(from: 0).path(to: 4) == nil)
    }

    /// 0–1–2 with strengths 0.9, 0.9 beats the direct 0.5 tie: 0.81 > 0.5.
    @Test func mostReliablePathMaximisesTheProduct() throws {
        let g = try Graph(nodeCount: 4, weightedEdges: [(0, 1, 0.9), (1, 2, 0.9), (0, 2, 0.5)])
        let best = try #require(try g.mostReliablePath(from: 0, to: 2))
        #expect(best.nodes == [0, 1, 2] && close(best.reliability, 0.81))
        #expect(try g.mostReliablePath(from: 0, to: 3) == nil)
        let bad = try Graph(nodeCount: 2, weightedEdges: [(0, 1, 2)])
        #expect(throws: AlgorithmError.weightOutOfRange(edge: 0, weight: 2, expected: "a weight in (0, 1]")) {
            try bad.mostReliablePath(from: 0, to: 1)
        }
    }
}
