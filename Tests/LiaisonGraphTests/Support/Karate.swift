import LiaisonGraph

/// Zachary's karate club (78 edges, as `nx.karate_club_graph()` lists them) with the weight
/// ((3u + 7v) mod 10 + 1) / 10 on edge u–v, u < v: the graph of the values computed by NetworkX in
/// WeightedOverlapTests, PathReliabilityTests and SpurBoundsTests.
enum Karate {
    static let edges: [(Int, Int)] = [
        (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12), (0, 13),
        (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13), (1, 17), (1, 19), (1, 21), (1, 30),
        (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28), (2, 32), (3, 7), (3, 12), (3, 13), (4, 6),
        (4, 10), (5, 6), (5, 10), (5, 16), (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32),
        (14, 33), (15, 32), (15, 33), (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33),
        (23, 25), (23, 27), (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29),
        (26, 33), (27, 33), (28, 31), (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33),
        (32, 33),
    ]

    static func weight(_ u: Int, _ v: Int) -> Double {
        let k: Int = (3 * Swift.min(u, v) + 7 * Swift.max(u, v)) % 10 + 1
        return Double(k) / 10
    }

    static let graph: Graph = {
        let weighted: [(Int, Int, Double)] = edges.map { e in (e.0, e.1, weight(e.0, e.1)) }
        return try! Graph(nodeCount: 34, weightedEdges: weighted)
    }()
}
