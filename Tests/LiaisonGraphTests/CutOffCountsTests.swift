import Testing
@testable import LiaisonGraph

@Suite struct CutOffCountsTests {
    /// The definition, computed the slow way: delete v, label the components of what is left,
    /// and count v's component-mates outside the largest piece (or outside the anchor's piece).
    func deletionCounts(_ g: Graph, anchor: Int?) throws -> [Int] {
        let n = g.nodeCount
        let whole = g.connectedComponents().label
        return try (0 ..< n).map { v in
            let kept = (0 ..< g.edgeCount).filter { g.edgeSource[$0] != v && g.edgeTarget[$0] != v }
            let h = try Graph(nodeCount: n, edges: kept.map { (Int(g.edgeSource[$0]), Int(g.edgeTarget[$0])) })
            let label = h.connectedComponents().label
            let mates = (0 ..< n).filter { $0 != v && whole[$0] == whole[v] }
            if let anchor, anchor != v {
                guard whole[anchor] == whole[v] else { return 0 }
                return mates.filter { label[$0] != label[anchor] }.count
            }
            var pieceSize: [Int32: Int] = [:]
            for u in mates { pieceSize[label[u], default: 0] += 1 }
            return mates.count - (pieceSize.values.max() ?? 0)
        }
    }

    @Test func matchesDeletionOnRandomGraphs() throws {
        for seed in 0 ..< 300 {
            var rng = SplitMix64(seed: UInt64(seed))
            let g = randomGraph(&rng, maxNodes: 12, directed: false)
            #expect(g.cutOffCounts() == (try deletionCounts(g, anchor: nil)), "seed \(seed)\n\(dot(g))")
            let anchor = Int.random(in: 0 ..< g.nodeCount, using: &rng)
            #expect(g.cutOffCounts(anchor: anchor) == (try deletionCounts(g, anchor: anchor)),
                    "seed \(seed), anchor \(anchor)\n\(dot(g))")
        }
    }

    /// 0 – 1 – 2 – 3 and 1 – 4, plus a separate edge 5 – 6.
    /// Removing 1 leaves {0}, {2, 3}, {4}: the largest piece is {2, 3}, so 2 are cut off; seen from
    /// node 0 everything but 0 itself is lost (3). Removing 2 cuts off {3}. Seen from 0, the edge 5 – 6
    /// is in another component and counts 0 either way.
    @Test func byHand() throws {
        let g = try Graph(nodeCount: 7, edges: [(0, 1), (1, 2), (2, 3), (1, 4), (5, 6)])
        #expect(g.cutOffCounts() == [0, 2, 1, 0, 0, 0, 0])
        #expect(g.cutOffCounts(anchor: 0) == [0, 3, 1, 0, 0, 0, 0])
        #expect(g.cutOffCounts(anchor: 1) == [0, 2, 1, 0, 0, 0, 0])   // the anchor itself: as without one
        #expect(g.cutOffCounts(anchor: 3) == [0, 2, 3, 0, 0, 0, 0])
    }

    /// A long path (deeper than any recursion limit): removing the k-th of n nodes leaves pieces of
    /// k and n − k − 1 nodes, so min(k, n − k − 1) are cut off.
    @Test func longPath() throws {
        let n = 200_001
        let g = try Graph(nodeCount: n, edges: (0 ..< n - 1).map { ($0, $0 + 1) })
        #expect(g.cutOffCounts() == (0 ..< n).map { min($0, n - $0 - 1) })
        #expect(g.cutOffCounts(anchor: 0) == (0 ..< n).map { $0 == 0 ? 0 : n - $0 - 1 })   // the anchor: as without one
    }
}
