import Testing
@testable import LiaisonGraph

/// The pivot searches of `approximateCloseness` (`_PivotDistanceSums` on `_DistanceRows.packedArcs`)
/// give the same floats, bit for bit, as `_SingleSource.search` on the rows.
@Suite struct PivotSearchTests {
    /// The packed rows are the rows: slot by slot the same target and length.
    @Test func packedArcsKeepTheSlots() throws {
        var rng = SplitMix64(seed: 5)
        let g = randomGraph(&rng, maxNodes: 40, directed: false)
        let rows = g._rowsWithoutTwoHopShortcuts(g._lengths(.inverseWeight).out)
        let arcs = rows.packedArcs
        #expect(arcs.map(\.target) == rows.targets)
        #expect(arcs.map(\.length) == rows.length)
    }

    /// How the weights of `sameFloatsAsTheSearchOnTheRowsAsTheyAre` are drawn.
    enum Weights: CaseIterable { case powersOfTwo, uniform, decimalLengths }

    /// From every source of random graphs, the sums S, R, H of one search are d, 1, 1/d with d
    /// exactly `_SingleSource.search`'s distance on the rows as they are. Weights {1, 2, 4, 8}:
    /// many path lengths exactly equal; uniform in [0.05, 1]: equal only by chance; lengths
    /// 0.1, 0.2, 0.3, 0.7 (weights 10, 5, 10/3, 10/7): sums of different paths equal in exact
    /// arithmetic but a few ulps apart in floating point (0.1 + 0.2 ≠ 0.3), so the tie tolerance
    /// and the order of the relaxations decide which float stays.
    @Test(arguments: Weights.allCases)
    func sameFloatsAsTheSearchOnTheRowsAsTheyAre(_ weights: Weights) throws {
        var rng = SplitMix64(seed: weights == .uniform ? 21 : weights == .powersOfTwo ? 22 : 23)
        for _ in 0 ..< 30 {
            var g = randomGraph(&rng, maxNodes: 60, directed: false)
            if weights != .powersOfTwo {
                let edges = (0 ..< g.edgeCount).map { e in
                    (Int(g.edgeSource[e]), Int(g.edgeTarget[e]), weights == .uniform
                        ? Double.random(in: 0.05 ... 1, using: &rng)
                        : 1 / [0.1, 0.2, 0.3, 0.7].randomElement(using: &rng)!)
                }
                g = try Graph(nodeCount: g.nodeCount, weightedEdges: edges)
            }
            let n = g.nodeCount
            let rows = g._rowsWithoutTwoHopShortcuts(g._lengths(.inverseWeight).out)
            let arcs = rows.packedArcs
            var reference = _SingleSource(nodeCount: n)
            defer { reference.deallocate() }
            for s in 0 ..< n {
                var sums = _PivotDistanceSums(nodeCount: n)
                defer { sums.deallocate() }
                _withRows(rows.offsets, rows.targets, rows.length) { reference.search($0, from: s, uniform: nil) }
                rows.offsets.withUnsafeBufferPointer { offsets in
                    arcs.withUnsafeBufferPointer { arcs in sums.addSearch(offsets: offsets, arcs: arcs, from: s) }
                }
                for v in 0 ..< n {
                    let at = 3 * v, d = reference.dist[v]
                    if v == s || d == .infinity {
                        #expect(sums.sums[at] == 0 && sums.sums[at + 1] == 0 && sums.sums[at + 2] == 0)
                    } else {
                        #expect(sums.sums[at] == d && sums.sums[at + 1] == 1 && sums.sums[at + 2] == 1 / d,
                                "d(\(s), \(v)) = \(d), got \(sums.sums[at])\n\(dot(g))")
                    }
                }
                #expect(sums.dist.allSatisfy { $0 == .infinity }, "dist is restored")
                reference.reset()
            }
        }
    }

    /// `approximateCloseness` equals, bit for bit, the estimator computed here from the same
    /// pivots (a partial Fisher–Yates shuffle of 0..<n by SplitMix64(seed)) with
    /// `_SingleSource.search` on the two-hop-pruned rows, one thread, sums in pivot order.
    @Test(arguments: [false, true])
    func sameEstimateAsSearchingTheRowsAsTheyAre(_ directed: Bool) throws {
        let g = try ApproximateClosenessTests.connected(seed: directed ? 61 : 62, n: 800, chords: 2400, directed: directed)
        let n = g.nodeCount, epsilon = 0.25, delta = 0.1, seed: UInt64 = 7
        let k = Graph.closenessPivotCount(nodeCount: n, epsilon: epsilon, delta: delta)
        #expect(k < n)
        var rng = SplitMix64(seed: seed)
        var pool = Array(0 ..< n)
        for i in 0 ..< k { pool.swapAt(i, Int.random(in: i ..< n, using: &rng)) }
        let lengths = g._lengths(.inverseWeight).out
        let rows = directed
            ? _DistanceRows(offsets: g.offsets, targets: g.targets, length: lengths, removedEdges: 0)
            : g._rowsWithoutTwoHopShortcuts(lengths)
        var s = [Double](repeating: 0, count: n), r = s, h = s
        var search = _SingleSource(nodeCount: n)
        defer { search.deallocate() }
        _withRows(rows.offsets, rows.targets, rows.length) { out in
            for p in pool[0 ..< k] {
                search.search(out, from: p, uniform: nil)
                for v in 0 ..< n where v != p && search.dist[v] < .infinity {
                    s[v] += search.dist[v]; r[v] += 1; h[v] += 1 / search.dist[v]
                }
                search.reset()
            }
        }
        let isPivot = Set(pool[0 ..< k])
        let estimate = g.approximateCloseness(epsilon: epsilon, delta: delta, seed: seed, threads: 1)
        for u in 0 ..< n {
            let others = Double(isPivot.contains(u) ? k - 1 : k)
            #expect(estimate.closeness[u] == (s[u] > 0 ? r[u] / s[u] * (r[u] / others) : 0), "closeness of \(u)")
            #expect(estimate.harmonic[u] == Double(n - 1) * h[u] / others, "harmonic of \(u)")
        }
        // Two threads split the pivots and add the two partial sums: equal within rounding.
        let two = g.approximateCloseness(epsilon: epsilon, delta: delta, seed: seed, threads: 2)
        for u in 0 ..< n { #expect(abs(two.harmonic[u] - estimate.harmonic[u]) <= 1e-9 * estimate.harmonic[u]) }
    }
}
