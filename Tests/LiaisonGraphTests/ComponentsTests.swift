import Testing
@testable import LiaisonGraph

@Suite struct ComponentsTests {
    @Test(arguments: MeasureFixture.all)
    func matchesNetworkX(_ f: MeasureFixture) {
        #expect(f.graph.connectedComponents().members == f.intLists("weak_components"), "\(f.name) weak")
        #expect(f.graph.stronglyConnectedComponents().members == f.intLists("strong_components"), "\(f.name) strong")
    }

    @Test func directedByHand() throws {
        let g = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], directed: true)
        #expect(g.stronglyConnectedComponents().members == [[0, 1, 2], [3], [4]])
        #expect(g.connectedComponents().members == [[0, 1, 2, 3], [4]])
        #expect(try Graph(nodeCount: 0, edges: []).connectedComponents().count == 0)
    }

    /// A 100,000-node path: the iterative Tarjan must not overflow the stack.
    @Test func longPathDoesNotRecurse() throws {
        let n = 100_000
        let g = try Graph(nodeCount: n, edges: (0 ..< n - 1).map { ($0, $0 + 1) }, directed: true)
        #expect(g.stronglyConnectedComponents().count == n)
    }
}

/// The sampled union–find against a plain BFS that reads every edge, on graphs from a few large
/// components to many small ones (where the "giant" set of the sampling step is not the giant).
@Suite struct ComponentsSamplingTests {
    static func bfsLabels(_ g: Graph) -> [Int32] {
        var label = [Int32](repeating: -1, count: g.nodeCount), count: Int32 = 0
        for root in 0 ..< g.nodeCount where label[root] < 0 {
            var queue = [root]; label[root] = count
            while let u = queue.popLast() {
                for v in g.neighbors(u) + g.inNeighbors(u) where label[Int(v)] < 0 {
                    label[Int(v)] = count; queue.append(Int(v))
                }
            }
            count += 1
        }
        return label
    }

    @Test(arguments: [false, true])
    func agreesWithBFS(directed: Bool) throws {
        var rng = SplitMix64(seed: 7)
        for trial in 0 ..< 200 {
            let n = 1 + Int(rng.next() % 300)
            let m = Int(rng.next() % UInt64(2 * n + 1))   // from almost empty to one component
            var edges: [(Int, Int)] = []
            for _ in 0 ..< m { edges.append((Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))) }
            let g = try Graph(nodeCount: n, edges: edges, directed: directed)
            let c = g.connectedComponents()
            #expect(c.label == Self.bfsLabels(g), "trial \(trial): n \(n), m \(m)")
            #expect(c.count == Int((c.label.max() ?? -1) + 1))
        }
    }
}
