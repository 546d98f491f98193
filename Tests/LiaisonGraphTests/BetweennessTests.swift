import Testing
@testable import LiaisonGraph

@Suite struct BetweennessTests {
    /// NetworkX `betweenness_centrality(G, weight="dist")` (dist = 1/w) on every fixture; where the
    /// distances are not exact binary fractions the fixture's igraph values (same tolerant tie rule
    /// as Liaison) are the reference, see bench/oracle/README.md.
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        let reference = f.exactDistances || !f.has("betweenness_igraph") ? "betweenness" : "betweenness_igraph"
        expectColumn(f.graph.betweenness(), f.values(reference), reference, f)
    }

    @Test(arguments: [1, 2, 3])
    func threadCountDoesNotChangeTheResult(_ threads: Int) {
        let f = MeasureFixture.named("random_d50")
        expectColumn(f.graph.betweenness(threads: threads), f.values("betweenness"), "betweenness(threads: \(threads))", f)
    }

    @Test func pathOfThreeByHand() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(g.betweenness(normalized: false) == [0, 1, 0])   // one pair {0,2}, through 1
        #expect(g.betweenness() == [0, 1, 0])                     // ÷ (n−1)(n−2)/2 = 1
        let d = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: true)
        #expect(d.betweenness(normalized: false) == [0, 1, 0])
        #expect(d.betweenness() == [0, 0.5, 0])                   // ÷ (n−1)(n−2) = 2
    }

    @Test func emptyAndTinyGraphs() throws {
        #expect(try Graph(nodeCount: 0, edges: []).betweenness() == [])
        #expect(try Graph(nodeCount: 2, edges: [(0, 1)]).betweenness() == [0, 0])
    }

    /// Brandes against enumerating every shortest path on random graphs of ≤ 8 nodes.
    @Test func brandesMatchesPathEnumeration() throws {
        for seed in 0 ..< 150 {
            var rng = SplitMix64(seed: UInt64(seed))
            let g = randomGraph(&rng, maxNodes: 8, directed: seed % 2 == 1)
            let fast = g.betweenness(normalized: false, threads: 1)
            let slow = naiveBetweenness(g)
            for v in 0 ..< g.nodeCount where !close(fast[v], slow[v]) {
                Issue.record("seed \(seed) node \(v): Brandes \(fast[v]) vs enumeration \(slow[v])\n\(dot(g))")
            }
        }
    }
}
