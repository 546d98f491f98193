import Testing
@testable import LiaisonGraph

@Suite struct WeightedOverlapTests {
    /// The example of the doc comment, by hand. Triangle 0–1–2 plus 0–3; weights 0–1: 1, 0–2: 0.5,
    /// 1–2: 0.25, 0–3: 2. Strengths s0 = 3.5, s1 = 1.25, s2 = 0.75, s3 = 2.
    ///   0–1: common {2}: (0.5 + 0.25) / (3.5 + 1.25 − 2·1)    = 0.75 / 2.75
    ///   0–2: common {1}: (1 + 0.25)   / (3.5 + 0.75 − 2·0.5)  = 1.25 / 3.25
    ///   0–3: no common neighbour, and 3 has no other edge     = 0
    ///   1–2: common {0}: (1 + 0.5)    / (1.25 + 0.75 − 2·0.25) = 1.5 / 1.5 = 1
    @Test func handCalculation() throws {
        let g = try Graph(nodeCount: 4, weightedEdges: [(0, 1, 1), (0, 2, 0.5), (1, 2, 0.25), (0, 3, 2)])
        // Edge ids follow (source, target): 0–1, 0–2, 0–3, 1–2.
        let o = g.weightedNeighborhoodOverlap()
        #expect(o.count == 4)
        #expect(abs(o[0] - 0.75 / 2.75) < 1e-15)
        #expect(abs(o[1] - 1.25 / 3.25) < 1e-15)
        #expect(o[2] == 0)
        #expect(o[3] == 1)
    }

    /// Values from NetworkX (networkx 3, Python 3.11), the formula evaluated on its adjacency:
    ///
    ///     G = nx.karate_club_graph()
    ///     for u, v in G.edges(): G[u][v]["w"] = ((3 * min(u, v) + 7 * max(u, v)) % 10 + 1) / 10
    ///     s = dict(G.degree(weight="w"))
    ///     def dice(u, v):
    ///         num = sum(G[u][c]["w"] + G[v][c]["w"] for c in sorted(nx.common_neighbors(G, u, v)))
    ///         den = s[u] + s[v] - 2 * G[u][v]["w"]
    ///         return min(1.0, num / den) if den > 0 else 0.0
    @Test func matchesTheFormulaOnNetworkXKarate() throws {
        let g = Karate.graph
        let o = g.weightedNeighborhoodOverlap()
        let expected: [(Int, Int, Double)] = [
            (0, 1, 0.5887096774193549), (0, 2, 0.4305555555555556), (0, 31, 0.0), (2, 32, 0.096),
            (32, 33, 0.7382550335570469), (0, 11, 0.0), (5, 16, 0.42857142857142866),
            (23, 33, 0.31034482758620685), (29, 33, 0.2765957446808511),
        ]
        for (u, v, value) in expected {
            let e = try #require((0 ..< g.edgeCount).first { Int(g.edgeSource[$0]) == u && Int(g.edgeTarget[$0]) == v })
            #expect(abs(o[e] - value) <= 1e-12 * max(1, value), "overlap of \(u)–\(v): \(o[e]) vs NetworkX \(value)")
        }
    }

    /// With every weight 1 the Dice form is 2n / ((k_u − 1) + (k_v − 1)), and D = 2O / (1 + O)
    /// ties it to the topological overlap O of `neighborhoodOverlap()`.
    @Test func unitWeightsGiveTheDiceFormOfTheTopologicalOverlap() throws {
        let g = try Graph(nodeCount: 34, edges: Karate.edges)
        let dice = g.weightedNeighborhoodOverlap(), jaccard = g.neighborhoodOverlap()
        for e in 0 ..< g.edgeCount {
            #expect(abs(dice[e] - 2 * jaccard[e] / (1 + jaccard[e])) < 1e-12)
            #expect((dice[e] == 0) == (jaccard[e] == 0))
        }
    }

    /// Weights given by edge id override the graph's, and may be 0: 0–1, 0–2, 0–3, 1–2 weighted
    /// 1, 0, 1, 1. Edge 0–1: common {2}: (w02 + w12) / (s0 + s1 − 2) = (0 + 1) / (2 + 2 − 2) = 0.5.
    /// Edge 0–2 (weight 0): common {1}: (1 + 1) / (2 + 1 − 0) = 2/3.
    @Test func zeroWeightsKeepTheNeighbour() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2)])
        let o = g.weightedNeighborhoodOverlap(weights: [1, 0, 1, 1])
        #expect(abs(o[0] - 0.5) < 1e-15)
        #expect(abs(o[1] - 2.0 / 3) < 1e-15)
        #expect(o[2] == 0)
    }

    /// The shorter row is walked and the longer searched; a hub–leaf edge must give the same
    /// value whichever end is the hub (a star plus a path through the leaves).
    @Test func independentOfWhichEndIsLonger() throws {
        // Hub 0 with leaves 1…5; 1–2 and 2–3 link leaves.
        let g = try Graph(nodeCount: 6, edges: [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 2), (2, 3)])
        let o = g.weightedNeighborhoodOverlap()
        let e02 = try #require((0 ..< g.edgeCount).first { g.edgeSource[$0] == 0 && g.edgeTarget[$0] == 2 })
        // 0–2: common {1, 3}: 4 / ((5 − 1) + (3 − 1)) = 4/6.
        #expect(abs(o[e02] - 4.0 / 6) < 1e-15)
    }
}
