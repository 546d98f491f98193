import Testing
@testable import LiaisonGraph

@Test(arguments: CommunityFixture.names)
func modularityEqualsNetworkX(_ name: String) throws {
    let f = try CommunityFixture.load(name)
    #expect(f.partitions.count >= 18)
    for p in f.partitions {
        let q = f.graph.modularity(Partition(labels: p.labels), resolution: p.resolution)
        #expect(abs(q - p.modularity) <= 1e-9 * max(1, abs(p.modularity)), "\(name) \(p.name) γ=\(p.resolution)")
    }
}

/// Two triangles joined by one edge, by hand: m = 7, L = 3 + 3, K = 7 + 7.
/// Q = 2 × (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14; with γ = 2: 6/7 − 1 = −1/7.
@Test func modularityOfTwoTrianglesByHand() throws {
    let g = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
    let p = Partition(nodeCount: 6, groups: [[0, 1, 2], [3, 4, 5]])
    #expect(abs(g.modularity(p) - 5.0 / 14) < 1e-15)
    #expect(abs(g.modularity(p, resolution: 2) - (-1.0 / 7)) < 1e-15)
    #expect(g.modularity(.singletons(6)) < 0)
}

/// Directed (Leicht & Newman): arcs 0→1, 1→0, 1→2, m = 3. Partition {0,1},{2}:
/// L = 2, K_out = 3, K_in = 2 for {0,1}; {2}: K_out 0, K_in 1. Q = 2/3 − 6/9 − 0 = 0.
@Test func directedModularityByHand() throws {
    let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: true)
    #expect(abs(g.modularity(Partition(nodeCount: 3, groups: [[0, 1], [2]]))) < 1e-15)
}
