import Testing
@testable import LiaisonGraph

/// Issue 19, item 8: a weight of 1e-320 (a subnormal double) made every PageRank score NaN, shown
/// as `null`: 1/s for a subnormal strength s overflows to +inf, and inf·w poisoned the iteration.
/// The transition weights are now w/s.
///
/// Expected values from NetworkX 3 (its SciPy `pagerank` has the same overflow and does not
/// converge on these graphs, so the pure-Python power iteration, which divides, is the reference;
/// the SciPy version on the same graph with every weight times 1e300 gives the same values):
///
///     import networkx as nx
///     from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
///     G = nx.Graph(); G.add_weighted_edges_from(EDGES)
///     _pagerank_python(G, weight="weight", tol=1e-12, max_iter=1000)
@Suite struct PageRankTinyWeightTests {
    @Test func issue19Item8SubnormalWeightsGiveNetworkXScores() throws {
        // EDGES = [(0,1,1e-320),(1,2,1.0),(2,3,1e-320),(3,0,2.5e-310),(1,3,1.0)]
        let g = try Graph(nodeCount: 4, sources: [0, 1, 2, 3, 1], targets: [1, 2, 3, 0, 3],
                          weights: [1e-320, 1, 1e-320, 2.5e-310, 1], directed: false)
        let x = try g.pageRank()
        let expected = [0.037500000000000006, 0.46250000000149183, 0.23406249999989154, 0.26593749999861654]
        for v in 0 ..< 4 { #expect(x[v].isFinite && abs(x[v] - expected[v]) < 1e-9, "node \(v): \(x[v])") }
    }

    @Test func issue19Item8OnlySubnormalWeights() throws {
        // EDGES = [(0,1,1e-320),(1,2,1e-320)]: the path's scores, as with weight 1.
        let g = try Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1e-320, 1e-320], directed: false)
        let x = try g.pageRank()
        let expected = [0.2567567567564252, 0.4864864864871495, 0.2567567567564252]
        for v in 0 ..< 3 { #expect(x[v].isFinite && abs(x[v] - expected[v]) < 1e-9, "node \(v): \(x[v])") }
        let unit = try Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, 1], directed: false).pageRank()
        for v in 0 ..< 3 { #expect(abs(x[v] - unit[v]) < 1e-12) }
    }
}
