//===----------------------------------------------------------------------===//
// approximateCloseness(epsilon:delta:seed:length:threads:)
//===----------------------------------------------------------------------===//

import Foundation

/// Closeness and harmonic centrality estimated from pivots, with the guarantee that holds.
public struct ApproximateCloseness: Sendable {
    /// Wasserman–Faust closeness as `closeness()`, estimated.
    public let closeness: [Double]
    /// Harmonic centrality as `harmonic()` (unnormalised), estimated.
    public let harmonic: [Double]
    /// With probability ≥ 1 − `delta`: on a connected graph (strongly connected when directed)
    /// every node's mean distance Σ_{v≠u} d(v,u)/(n−1) is estimated within `epsilon` · Δ (Δ the
    /// largest distance), and on any graph every harmonic(u)/(n−1) within `epsilon` / ℓ_min
    /// (ℓ_min the shortest edge length).
    public let epsilon: Double
    public let delta: Double
    /// Number of pivots (full single-source searches).
    public let pivotCount: Int
}

extension Graph {
    /// Closeness and harmonic centrality from k pivots (Eppstein & Wang 2004): k distinct nodes
    /// drawn uniformly; one full single-source search from each gives d(p, u) for every u — the
    /// in-distances closeness needs (directed graphs included). For a node u, with k_u pivots
    /// other than u, S(u) = Σ d(p,u), R(u) the pivots that reach u and H(u) = Σ 1/d(p,u):
    ///
    ///     mean distance ≈ S/R,  reach (r−1) ≈ (n−1) R/k_u,  closeness ≈ (R/S) · (R/k_u),
    ///     harmonic ≈ (n−1) H/k_u.
    ///
    /// On a connected graph R = k_u and closeness = 1/(S/k_u), Eppstein and Wang's estimator.
    ///
    /// Guarantee. S/k_u is the mean of k_u distances drawn without replacement from the n−1 values
    /// d(v,u), each in [0, Δ]; by Hoeffding's inequality (which holds without replacement,
    /// Hoeffding 1963 §6) it is off by more than εΔ with probability ≤ 2e^(−2k_u ε²). With
    /// k = ⌈ln(2n/δ)/(2ε²)⌉ + 1 (so k_u ≥ k − 1) the union over all n nodes stays below δ. The same
    /// argument with 1/d ∈ [0, 1/ℓ_min] bounds harmonic/(n−1) within ε/ℓ_min on any graph. On
    /// disconnected graphs closeness is estimated the same way (R < k_u), without a stated bound.
    ///
    /// - Parameters:
    ///   - epsilon: error bound, relative to Δ (mean distance) and to 1/ℓ_min (harmonic/(n−1)).
    ///   - delta: failure probability.
    ///   - seed: choice of pivots; same seed and `threads` → same result.
    ///   - length: as in `closeness`.
    ///   - threads: workers (default: active cores), pivots split among them.
    /// - Returns: exact values (`closenessAndHarmonic`) when k ≥ n: then every node is a pivot.
    /// - Complexity: k single-source searches, O(k(*m* + *n* log *n*)); O(*n*) per thread. On an
    ///   undirected weighted graph the searches run on `_rowsWithoutTwoHopShortcuts` (the edges
    ///   that no shortest path uses because a two-hop path is shorter are left out first, in
    ///   O(*m*√*m*)): same distances, fewer relaxations. With lengths that are not all equal the
    ///   searches are `_PivotDistanceSums` (Dijkstra that keeps the distances only, on rows packed
    ///   as `_Arc`s, with the next row loaded early): the floats of `_SingleSource.search`, less
    ///   memory traffic.
    /// - Note: NetworKit's `ApproxCloseness` (Cohen et al. 2014) adds exact distances to near nodes
    ///   for a relative error on each node; this is the simpler additive estimator.
    ///
    /// [Eppstein & Wang 2004]: https://doi.org/10.7155/jgaa.00081
    public func approximateCloseness(epsilon: Double, delta: Double = 0.1, seed: UInt64 = 0,
                                     length: EdgeLength = .inverseWeight,
                                     threads: Int? = nil) -> ApproximateCloseness {
        precondition(epsilon > 0 && epsilon < 1, "epsilon must be in (0, 1)")
        precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
        let n = nodeCount
        let k = Graph.closenessPivotCount(nodeCount: n, epsilon: epsilon, delta: delta)
        if k >= n {
            let exact = closenessAndHarmonic(length: length, threads: threads)
            return ApproximateCloseness(closeness: exact.closeness, harmonic: exact.harmonic,
                                        epsilon: 0, delta: 0, pivotCount: n)
        }
        // k distinct pivots: a partial Fisher–Yates shuffle.
        var rng = SplitMix64(seed: seed)
        var pool = Array(0 ..< n)
        for i in 0 ..< k { pool.swapAt(i, Int.random(in: i ..< n, using: &rng)) }
        let pivots = Array(pool[0 ..< k])
        var isPivot = [Bool](repeating: false, count: n)
        for p in pivots { isPivot[p] = true }

        let lengths = _lengths(length)
        // Undirected and weighted: search rows without the edges a two-hop path beats (same
        // distances, about a third of the relaxations on tie-strength graphs).
        let rows = !isDirected && lengths.uniform == nil
            ? _rowsWithoutTwoHopShortcuts(lengths.out)
            : _DistanceRows(offsets: offsets, targets: targets, length: lengths.out, removedEdges: 0)
        let workers = _workerCount(threads, work: k)
        // Per worker: S, R, H of node u at 3u, 3u + 1, 3u + 2.
        var partial: [UnsafeMutableBufferPointer<Double>] = []
        if lengths.uniform == nil {
            // Dijkstra keeping distances only, on packed rows (`_PivotDistanceSums`): the same
            // floats as `_SingleSource.search`, about 25 % less CPU at 200,000 contacts.
            let arcs = rows.packedArcs
            var scratch = (0 ..< workers).map { _ in _PivotDistanceSums(nodeCount: n) }
            rows.offsets.withUnsafeBufferPointer { offsets in
                arcs.withUnsafeBufferPointer { arcs in
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        _runWorkers(workers) { worker in
                            var i = worker
                            while i < k {
                                scratch[worker].addSearch(offsets: offsets, arcs: arcs, from: pivots[i])
                                i += workers
                            }
                        }
                    }
                }
            }
            partial = scratch.map { $0.heap.deallocate(); $0.dist.deallocate(); return $0.sums }
        } else {
            for _ in 0 ..< workers {
                let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(3 * n, 1))
                sums.initialize(repeating: 0)
                partial.append(sums)
            }
            _withRows(rows.offsets, rows.targets, rows.length) { out in
                _runWorkers(workers) { worker in
                    let sums = partial[worker]
                    var scratch = _SingleSource(nodeCount: n)
                    defer { scratch.deallocate() }
                    var i = worker
                    while i < k {
                        scratch.search(out, from: pivots[i], uniform: lengths.uniform)
                        for v in scratch.order.dropFirst() {
                            let u = Int(v), d = scratch.dist[u]
                            sums[3 * u] += d
                            sums[3 * u + 1] += 1
                            sums[3 * u + 2] += 1 / d
                        }
                        scratch.reset()
                        i += workers
                    }
                }
            }
        }
        defer { for sums in partial { sums.deallocate() } }
        var closeness = [Double](repeating: 0, count: n), harmonic = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            var s = 0.0, r = 0.0, h = 0.0
            let at = 3 * u
            for sums in partial { s += sums[at]; r += sums[at + 1]; h += sums[at + 2] }
            let others = Double(isPivot[u] ? k - 1 : k)
            if s > 0 && n > 1 { closeness[u] = r / s * (r / others) }
            harmonic[u] = Double(n - 1) * h / others
        }
        return ApproximateCloseness(closeness: closeness, harmonic: harmonic, epsilon: epsilon, delta: delta,
                                    pivotCount: k)
    }

    /// k = ⌈ln(2n/δ)/(2ε²)⌉ + 1 pivots (see `approximateCloseness`).
    public static func closenessPivotCount(nodeCount n: Int, epsilon: Double, delta: Double) -> Int {
        guard n > 0 else { return 0 }
        return Int((log(2 * Double(n) / delta) / (2 * epsilon * epsilon)).rounded(.up)) + 1
    }
}
