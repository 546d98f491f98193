import Testing
@testable import LiaisonGraph

/// The builder on inputs large enough for its parallel passes (≥ 200,000 edges), against a
/// reference built with a dictionary: same edges, same summed weights (in input order), same rows,
/// for one and two threads, sorted or shuffled, directed or not.
@Suite struct GraphBuilderLargeTests {
    struct Input { var n: Int, s: [Int32], t: [Int32], w: [Double] }

    static func input(seed: UInt64, n: Int, m: Int, sorted: Bool) -> Input {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int32, Int32, Double)] = (0 ..< m).map { _ in
            (Int32(rng.next() % UInt64(n)), Int32(rng.next() % UInt64(n)), Double(rng.next() % 16 + 1) / 16 + 1e-3)
        }
        if sorted { edges.sort { ($0.0, $0.1) < ($1.0, $1.1) } }
        return Input(n: n, s: edges.map(\.0), t: edges.map(\.1), w: edges.map(\.2))
    }

    /// (source, target) → summed weight, sums in input order; undirected pairs as (min, max).
    static func reference(_ x: Input, directed: Bool) -> [(Int32, Int32, Double)] {
        var sum: [Int64: Double] = [:], order: [Int64] = []
        for i in 0 ..< x.s.count where x.s[i] != x.t[i] {
            let a = directed ? x.s[i] : min(x.s[i], x.t[i]), b = directed ? x.t[i] : max(x.s[i], x.t[i])
            let key = Int64(a) << 32 | Int64(b)
            if let v = sum[key] { sum[key] = v + x.w[i] } else { sum[key] = x.w[i]; order.append(key) }
        }
        return order.sorted().map { (Int32($0 >> 32), Int32($0 & 0xFFFF_FFFF), sum[$0]!) }
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func matchesReference(directed: Bool, sorted: Bool) throws {
        let x = Self.input(seed: directed ? 11 : 12, n: 3_000, m: 250_000, sorted: sorted)
        let expected = Self.reference(x, directed: directed)
        var graphs: [Graph] = []
        for threads in [1, 2] {
            let g = try Graph(nodeCount: x.n, sources: x.s, targets: x.t, weights: x.w, directed: directed, threads: threads)
            g._checkInvariants()
            #expect(g.edgeCount == expected.count)
            #expect(g.edgeSource == expected.map(\.0) && g.edgeTarget == expected.map(\.1))
            #expect(g.edgeWeight == expected.map(\.2))
            #expect(g.buildReport.mergedParallelEdges + g.buildReport.selfLoops + expected.count == x.s.count)
            graphs.append(g)
        }
        let (a, b) = (graphs[0], graphs[1])
        #expect(a.offsets == b.offsets && a.targets == b.targets && a.weights == b.weights && a.slotEdge == b.slotEdge)
        #expect(a.inOffsets == b.inOffsets && a.inSources == b.inSources && a.inWeights == b.inWeights && a.inSlotEdge == b.inSlotEdge)
        // Every slot names its edge and carries its weight.
        for u in 0 ..< a.nodeCount {
            for slot in a.offsets[u] ..< a.offsets[u + 1] {
                let e = Int(a.slotEdge[slot])
                #expect(a.edgeWeight[e] == a.weights[slot])
                let ends = (Int(a.edgeSource[e]), Int(a.edgeTarget[e]))
                #expect(ends == (u, Int(a.targets[slot])) || (!directed && ends == (Int(a.targets[slot]), u)))
            }
        }
    }
}
