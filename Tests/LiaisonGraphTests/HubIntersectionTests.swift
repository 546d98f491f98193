import Testing
@testable import LiaisonGraph

/// The neighbour-set intersections that search a hub's row instead of scanning it
/// (`Graph._gallopRatio`): common-neighbour counts and tests, Burt's constraint, effective size and
/// the weighted overlap, each against the definition evaluated in the test with sets and
/// dictionaries, on random graphs with hubs (rows 10–60 times longer than most).
@Suite struct HubIntersectionTests {
    /// n nodes, `hubs` of them tied to about 80 % of the rest, the others to a few random nodes;
    /// weights from {0.5, 1, 2, 3}.
    static func withHubs(seed: UInt64, n: Int = 120, hubs: Int = 3) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for h in 0 ..< hubs {
            for v in 0 ..< n where v != h && Double.random(in: 0 ..< 1, using: &rng) < 0.8 {
                edges.append((h, v, [0.5, 1, 2, 3].randomElement(using: &rng)!))
            }
        }
        for _ in 0 ..< 2 * n {
            let u = Int.random(in: hubs ..< n, using: &rng), v = Int.random(in: hubs ..< n, using: &rng)
            if u != v { edges.append((u, v, [0.5, 1, 2, 3].randomElement(using: &rng)!)) }
        }
        return try Graph(nodeCount: n, weightedEdges: edges)
    }

    /// Mutual weights as dictionaries (undirected graphs: the edge weight).
    static func weightMaps(_ g: Graph) -> [[Int: Double]] {
        var m = [[Int: Double]](repeating: [:], count: g.nodeCount)
        for e in 0 ..< g.edgeCount {
            let a = Int(g.edgeSource[e]), b = Int(g.edgeTarget[e]), w = g.edgeWeight[e]
            m[a][b] = w; m[b][a] = w
        }
        return m
    }

    @Test func commonNeighboursAgainstSets() throws {
        for seed in 0 ..< 5 {
            let g = try Self.withHubs(seed: UInt64(seed))
            let m = Self.weightMaps(g)
            var galloped = 0
            for u in 0 ..< g.nodeCount {
                for v in 0 ..< g.nodeCount {
                    let common = Set(m[u].keys).intersection(m[v].keys).count
                    #expect(g._commonNeighborCount(u, v) == common, "seed \(seed): \(u), \(v)")
                    #expect(g._hasCommonNeighbor(u, v) == (common > 0), "seed \(seed): \(u), \(v)")
                    if g.degree(u) > Graph._gallopRatio * g.degree(v) { galloped += 1 }
                }
            }
            #expect(galloped > 100, "the hub branch is exercised")
            let flags = g.isLocalBridge()
            let bridges = Set(g.localBridges().map(\.edge))
            #expect((0 ..< g.edgeCount).filter { flags[$0] } == bridges.sorted())
            let overlap = g.neighborhoodOverlap()
            #expect((0 ..< g.edgeCount).allSatisfy { flags[$0] == (overlap[$0] == 0) })
        }
    }

    /// c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)² and e(i) = Σ_j (1 − Σ_w p_iw m_jw / max_k m_jk), written
    /// from Burt's definitions over dictionaries.
    @Test func constraintAndEffectiveSizeAgainstDefinition() throws {
        for seed in 0 ..< 5 {
            let g = try Self.withHubs(seed: UInt64(10 + seed))
            let m = Self.weightMaps(g)
            func p(_ i: Int, _ j: Int) -> Double { (m[i][j] ?? 0) / m[i].values.reduce(0, +) }
            let constraint = g.burtConstraint(), size = g.effectiveSize(), efficiency = g.efficiency()
            for i in 0 ..< g.nodeCount where !m[i].isEmpty {
                var c = 0.0, e = 0.0
                for j in m[i].keys {
                    var indirect = 0.0, redundancy = 0.0
                    let largest = m[j].values.max()!
                    for q in m[i].keys where q != j {
                        indirect += p(i, q) * p(q, j)
                        redundancy += p(i, q) * (m[j][q] ?? 0) / largest
                    }
                    c += (p(i, j) + indirect) * (p(i, j) + indirect)
                    e += 1 - redundancy
                }
                #expect(close(constraint[i], c), "seed \(seed): constraint of \(i)")
                #expect(close(size[i], e), "seed \(seed): effective size of \(i)")
                #expect(close(efficiency[i], e / Double(m[i].count)), "seed \(seed): efficiency of \(i)")
            }
        }
    }

    /// O_uv = Σ_{c ∈ N(u) ∩ N(v)} (w_uc + w_vc) / (s_u + s_v − 2 w_uv).
    @Test func weightedOverlapAgainstDefinition() throws {
        for seed in 0 ..< 5 {
            let g = try Self.withHubs(seed: UInt64(20 + seed))
            let m = Self.weightMaps(g)
            let overlap = g.weightedNeighborhoodOverlap()
            for e in 0 ..< g.edgeCount {
                let u = Int(g.edgeSource[e]), v = Int(g.edgeTarget[e])
                let common = Set(m[u].keys).intersection(m[v].keys).map { m[u][$0]! + m[v][$0]! }.reduce(0, +)
                let denominator = m[u].values.reduce(0, +) + m[v].values.reduce(0, +) - 2 * m[u][v]!
                let expected = denominator > 0 ? min(1, common / denominator) : 0
                #expect(close(overlap[e], expected), "seed \(seed): overlap of \(u)–\(v)")
            }
        }
    }
}
