//===----------------------------------------------------------------------===//
// approximateBetweenness(epsilon:delta:seed:length:threads:)
//===----------------------------------------------------------------------===//

/// Betweenness estimated from sampled shortest paths, with its guarantee.
public struct ApproximateBetweenness: Sendable {
    /// Estimates indexed by node, normalised as `betweenness(normalized: true)`.
    public let values: [Double]
    /// With probability at least 1 − `delta`, every |values[v] − exact[v]| ≤ `epsilon`.
    public let epsilon: Double
    public let delta: Double
    /// Number of sampled (source, target) pairs.
    public let sampleCount: Int
    /// The upper bound on the vertex diameter (most nodes on any shortest path) used to size the sample.
    public let vertexDiameterBound: Int
    /// The most pairs the method could have sampled: `sampleCount` for Riondato–Kornaropoulos,
    /// ω for KADABRA (which stops at τ ≤ ω).
    public let sampleLimit: Int
}

extension Graph {
    /// Betweenness with an (ε, δ) guarantee by sampling shortest paths (Riondato & Kornaropoulos 2016).
    ///
    /// Draws r = ⌈(c/ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ ordered pairs (s, t) uniformly (c = 0.5, the
    /// constant the paper recommends), picks one shortest s→t path uniformly at random (walking
    /// back from t, choosing predecessor v of w with probability σ(s,v)/σ(s,w)), and credits 1/r to
    /// each inner node. By VC-dimension sampling theory, with probability ≥ 1 − δ every estimate of
    /// b(v) = Σ_{s≠t} σ(s,t|v)/σ(s,t) / (n(n−1)) is within ε′ of it for all v at once. Returned values
    /// are rescaled to NetworkX's normalisation (× n/(n−2)), and ε′ = ε(n−2)/n, so `epsilon` bounds
    /// the returned values directly.
    ///
    /// VD, the vertex diameter, is bounded from above: for undirected graphs with uniform lengths
    /// by the two largest BFS distances from one node per component, plus 1 (the paper's
    /// 2-approximation); for weighted undirected graphs by 2e/ℓ_min + 1 edges' worth of nodes, e the
    /// weighted eccentricity of one node per component and ℓ_min the shortest edge (capped at the
    /// component's size); for directed graphs by the size of the largest weakly connected
    /// component, which is safe and, inside a logarithm, costs few extra samples.
    ///
    ///     let estimate = graph.approximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 7)
    ///     estimate.values, estimate.sampleCount
    ///
    /// - Parameters:
    ///   - epsilon: the absolute error bound on the returned (normalised) values, in (0, 1).
    ///   - delta: the failure probability, in (0, 1).
    ///   - seed: sampling seed; same seed and `threads` → same result.
    ///   - length: as in `betweenness`.
    ///   - threads: workers (default: active cores); each draws its share of samples with its own
    ///     generator derived from `seed`.
    /// - Complexity: O(r · (*m* + *n* log *n*)) worst case, usually far less: each search stops
    ///   at its target. O(*n* + *m*) scratch per thread.
    /// - Note: NetworkX's `betweenness_centrality(G, k=…)` samples sources, with no stated bound;
    ///   this is a different estimator. Exact: `betweenness()`.
    ///
    /// [Riondato & Kornaropoulos 2016]: https://doi.org/10.1007/s10618-015-0423-0
    public func approximateBetweenness(epsilon: Double, delta: Double = 0.1, seed: UInt64 = 0,
                                       length: EdgeLength = .inverseWeight,
                                       threads: Int? = nil) -> ApproximateBetweenness {
        precondition(epsilon > 0 && epsilon < 1, "epsilon must be in (0, 1)")
        precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
        let n = nodeCount
        let lengths = _lengths(length)
        let diameter = _vertexDiameterBound(length: length, uniform: lengths.uniform != nil,
                                            shortestLength: lengths.out.min() ?? 1)
        guard n >= 3, diameter >= 3 else {
            // No shortest path has an inner node: every betweenness is exactly 0.
            return ApproximateBetweenness(values: [Double](repeating: 0, count: n), epsilon: 0, delta: delta,
                                          sampleCount: 0, vertexDiameterBound: diameter, sampleLimit: 0)
        }
        let rkEpsilon = epsilon * Double(n - 2) / Double(n)
        let log2Term = Double(Int.bitWidth - 1 - (diameter - 2).leadingZeroBitCount)   // ⌊log₂(VD − 2)⌋
        let r = Int((0.5 / (rkEpsilon * rkEpsilon) * (log2Term + 1 + _log(1 / delta))).rounded(.up))
        let workers = _workerCount(threads, work: r)
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * n)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        _withRows(offsets, targets, lengths.out) { out in
            _withRows(inOffsets, inSources, lengths.in) { inn in
                _runWorkers(workers) { worker in
                    var rng = SplitMix64(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(worker + 1)))
                    let score = UnsafeMutableBufferPointer(rebasing: partial[(worker * n) ..< ((worker + 1) * n)])
                    var scratch = _SingleSource(nodeCount: n, slotCount: lengths.uniform == nil ? targets.count : 0)
                    defer { scratch.deallocate() }
                    let share = r / workers + (worker < r % workers ? 1 : 0)
                    for _ in 0 ..< share {
                        let s = Int.random(in: 0 ..< n, using: &rng)
                        var t = Int.random(in: 0 ..< n - 1, using: &rng)
                        if t >= s { t += 1 }
                        // σ, by which the walk below draws, is counted during the search.
                        if let uniform = lengths.uniform {
                            scratch.search(out, from: s, uniform: uniform, stopAt: t)
                        } else {
                            scratch.searchCountingPaths(out, from: s, stopAt: t)
                        }
                        if scratch.settled[t] && scratch.dist[t].isFinite {
                            // Walk back from t, choosing each predecessor with probability σ(v)/σ(w).
                            var w = t
                            while true {
                                let dw = scratch.dist[w]
                                var pick = Double.random(in: 0 ..< 1, using: &rng) * scratch.sigma[w]
                                var chosen = -1
                                for slot in inn.offsets[w] ..< inn.offsets[w + 1] {
                                    let v = Int(inn.adjacent[slot]), dv = scratch.dist[v]
                                    if dv < dw && _pathLengthsEqual(dv + inn.length[slot], dw) {
                                        chosen = v
                                        pick -= scratch.sigma[v]
                                        if pick < 0 { break }
                                    }
                                }
                                if chosen == s || chosen < 0 { break }
                                score[chosen] += 1
                                w = chosen
                            }
                        }
                        scratch.reset()
                    }
                }
            }
        }
        var values = [Double](repeating: 0, count: n)
        let scale = 1 / Double(r) * Double(n) / Double(n - 2)
        for worker in 0 ..< workers { for v in 0 ..< n { values[v] += partial[worker * n + v] } }
        for v in 0 ..< n { values[v] *= scale }
        return ApproximateBetweenness(values: values, epsilon: epsilon, delta: delta, sampleCount: r,
                                      vertexDiameterBound: diameter, sampleLimit: r)
    }

    /// An upper bound on the number of nodes of any shortest path (see `approximateBetweenness`).
    func _vertexDiameterBound(length: EdgeLength, uniform: Bool, shortestLength: Double) -> Int {
        let components = connectedComponents()
        guard components.count > 0 else { return 0 }
        var sizes = [Int](repeating: 0, count: components.count)
        for c in components.label { sizes[Int(c)] += 1 }
        if isDirected { return sizes.max()! }
        var seen = [Bool](repeating: false, count: components.count)
        var bound = 1
        for root in 0 ..< nodeCount where !seen[Int(components.label[root])] {
            let component = Int(components.label[root])
            seen[component] = true
            // One or two nodes: no path has more than size − 1 edges, which is also what the
            // search below would give (an isolated node 1, a lone edge 2), without a search over
            // scratch the size of the whole graph for each isolated contact.
            if sizes[component] <= 2 { bound = max(bound, sizes[component]); continue }
            if uniform {
                // Two largest hop distances from the root: a path between any two nodes through
                // the root has at most first + second edges.
                let hops = breadthFirst(from: root).distance
                var first = 0.0, second = 0.0
                for d in hops where d.isFinite {
                    if d > first { second = first; first = d } else if d > second { second = d }
                }
                bound = max(bound, Int(first + second) + 1)
            } else {
                // Weighted: a shortest path is no longer than the way through the root (at most
                // twice the root's eccentricity e), and each of its k edges is at least ℓ_min
                // long, so k ≤ 2e/ℓ_min (Riondato & Kornaropoulos 2016, §5); 1e-9 of slack for
                // rounding in the summed lengths. Never more than the component's size.
                let distance = shortestPaths(from: root, length: length).distance
                let eccentricity = distance.lazy.filter(\.isFinite).max() ?? 0
                let edges = (2 * eccentricity / shortestLength * (1 + 1e-9)).rounded(.down)
                bound = max(bound, min(sizes[component], edges < Double(Int.max / 2) ? Int(edges) + 1 : Int.max))
            }
        }
        return bound
    }
}
