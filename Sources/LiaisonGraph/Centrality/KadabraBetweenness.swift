//===----------------------------------------------------------------------===//
// kadabraBetweenness(epsilon:delta:seed:length:threads:)
//===----------------------------------------------------------------------===//

import Foundation

extension Graph {
    /// Betweenness with an (ε, δ) guarantee by adaptive sampling: KADABRA (Borassi & Natale 2016,
    /// "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation").
    ///
    /// Definition. b(v) = Σ_{s≠t} σ(s,t|v)/σ(s,t) / (n(n−1)), shortest paths along `length`
    /// (default 1/w, as `betweenness`). Each sample draws an ordered pair (s, t) uniformly and one
    /// shortest s→t path uniformly among the tied ones (`_BidirectionalPathSampler`: balanced
    /// bidirectional Dijkstra, or a level-synchronous bidirectional BFS when every length is the
    /// same), and credits its inner nodes; after τ samples b̃(v) = (count of v)/τ
    /// is an unbiased estimate of b(v).
    ///
    /// Stopping rule. ω = ⌈(c/ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))⌉ (c = 0.5) is the
    /// Riondato–Kornaropoulos size at δ/2: sampling ω pairs is always enough. Before counting, a
    /// calibration run of ⌈ω/100⌉ samples (NetworKit's start factor; discarded afterwards, so the
    /// failure probabilities below do not depend on the counted samples) gives a rough b₀(v), and
    /// per-node failure probabilities δ_L(v) = δ_U(v) = e^(−C ε′²/b₀(v)) + δβ/(4n) (β = 0.001), C
    /// found by bisection so that Σ_v δ_L(v) + δ_U(v) ≤ δ/2. Then samples are drawn in batches;
    /// after each batch, with τ the samples so far, the run stops as soon as for every v
    ///
    ///     f = min(b̃, L/τ · (1/3 − ω/τ + √((1/3 − ω/τ)² + 2 b̃ ω / L))) < ε′    (L = ln 1/δ_L(v))
    ///     g = min(1 − b̃, L/τ · (1/3 + ω/τ + √((1/3 + ω/τ)² + 2 b̃ ω / L))) < ε′  (L = ln 1/δ_U(v))
    ///
    /// or at τ = ω. By the paper's Theorem 3 (a martingale form of Bernstein's inequality, valid
    /// for any stopping time bounded by ω), b(v) ∈ [b̃(v) − f, b̃(v) + g] for all v with probability
    /// ≥ 1 − δ/2 − δ/2. ε′ = ε(n−2)/n and the values are rescaled by n/(n−2), as in
    /// `approximateBetweenness`, so `epsilon` bounds the returned (NetworkX-normalised) values.
    ///
    /// Determinism. Sample i draws from its own generator, derived from `seed` and i; batches end
    /// at fixed indices; counts are integers. The result therefore depends on `seed` only, not on
    /// `threads` or on scheduling.
    ///
    ///     let estimate = graph.kadabraBetweenness(epsilon: 0.05, delta: 0.1, seed: 1)
    ///     estimate.values, estimate.sampleCount, estimate.sampleLimit   // τ ≤ ω
    ///
    /// - Parameters:
    ///   - epsilon: absolute error bound on the returned values, in (0, 1).
    ///   - delta: failure probability, in (0, 1).
    ///   - seed: sampling seed.
    ///   - length: as in `betweenness`.
    ///   - threads: workers sharing each batch (default: active cores).
    /// - Complexity: (τ + ω/100) bidirectional searches, each O((m′ + n′) log n′) over the part of
    ///   the graph it touches; O(n) per batch for the stopping rule; O(n) scratch per thread.
    /// - Note: The twin of NetworKit's `KadabraBetweenness` (absolute mode; there with BFS on
    ///   unweighted graphs only, here on weighted and directed graphs too). NetworKit checks the
    ///   rule on a top-k sorted list from a concurrent thread; here every node is checked after each
    ///   fixed batch, which keeps the result deterministic.
    ///
    /// [Borassi & Natale 2016]: https://doi.org/10.4230/LIPIcs.ESA.2016.20 (ACM JEA 2019: https://doi.org/10.1145/3284359)
    public func kadabraBetweenness(epsilon: Double, delta: Double = 0.1, seed: UInt64 = 0,
                                   length: EdgeLength = .inverseWeight,
                                   threads: Int? = nil) -> ApproximateBetweenness {
        precondition(epsilon > 0 && epsilon < 1, "epsilon must be in (0, 1)")
        precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
        let n = nodeCount
        let lengths = _lengths(length)
        let diameter = _vertexDiameterBound(length: length, uniform: lengths.uniform != nil,
                                            shortestLength: lengths.out.min() ?? 1)
        guard n >= 3, diameter >= 3 else {
            return ApproximateBetweenness(values: [Double](repeating: 0, count: n), epsilon: 0, delta: delta,
                                          sampleCount: 0, vertexDiameterBound: diameter, sampleLimit: 0)
        }
        let e = epsilon * Double(n - 2) / Double(n)
        let omega = Graph._kadabraSampleLimit(nodeCount: n, vertexDiameter: diameter, epsilon: epsilon, delta: delta)
        let workers = _workerCount(threads, work: omega)
        let samplers = (0 ..< workers).map { _ in _BidirectionalPathSampler(nodeCount: n) }
        let uniform = lengths.uniform != nil
        var counts = [Int](repeating: 0, count: n)
        var sampleCountResult = 0

        _withRows(offsets, targets, lengths.out) { out in
            _withRows(inOffsets, inSources, lengths.in) { inn in
                /// Draws samples first ..< end (split by index among the workers) and adds their
                /// inner nodes to `counts`.
                func draw(_ first: Int, _ end: Int) {
                    _runWorkers(min(workers, end - first)) { worker in
                        let sampler = samplers[worker]
                        var i = first + worker
                        while i < end {
                            var rng = Graph._kadabraGenerator(seed: seed, sample: i)
                            let s = Int.random(in: 0 ..< n, using: &rng)
                            var t = Int.random(in: 0 ..< n - 1, using: &rng)
                            if t >= s { t += 1 }
                            sampler.sample(out, inn, from: s, to: t, uniform: uniform, using: &rng)
                            i += workers
                        }
                    }
                    for sampler in samplers {
                        for v in sampler.inner { counts[Int(v)] += 1 }
                        sampler.clearInner()
                    }
                }

                // Calibration: b₀ from ⌈ω/100⌉ samples, then the per-node ln(1/δ).
                let calibration = (omega + 99) / 100
                draw(0, calibration)
                let logInverseDelta = Graph._kadabraLogInverseDeltas(
                    counts.map { Double($0) / Double(calibration) }, epsilon: e, delta: delta)
                for v in 0 ..< n { counts[v] = 0 }

                // Adaptive phase: batches of max(128, ω/32) samples until the rule holds or τ = ω.
                let batch = max(128, omega / 32)
                var tau = 0
                while tau < omega {
                    let next = min(omega, tau + batch)
                    draw(calibration + tau, calibration + next)
                    tau = next
                    if Graph._kadabraConverged(counts, samples: tau, limit: omega, logInverseDelta: logInverseDelta,
                                               epsilon: e) { break }
                }
                sampleCountResult = tau
            }
        }
        let tau = sampleCountResult
        let scale = 1 / Double(tau) * Double(n) / Double(n - 2)
        return ApproximateBetweenness(values: counts.map { Double($0) * scale }, epsilon: epsilon, delta: delta,
                                      sampleCount: tau, vertexDiameterBound: diameter, sampleLimit: omega)
    }

    /// ω: the Riondato–Kornaropoulos sample size at δ/2 (c = 0.5), on the internal scale
    /// ε′ = ε(n−2)/n.
    static func _kadabraSampleLimit(nodeCount n: Int, vertexDiameter: Int, epsilon: Double, delta: Double) -> Int {
        let e = epsilon * Double(n - 2) / Double(n)
        let log2Term = Double(Int.bitWidth - 1 - (vertexDiameter - 2).leadingZeroBitCount)   // ⌊log₂(VD − 2)⌋
        return Int((0.5 / (e * e) * (log2Term + 1 + log(2 / delta))).rounded(.up))
    }

    /// The generator of sample `i`: one SplitMix64 step of (seed, i) mixed, so neighbouring
    /// samples do not share a stream.
    @inline(__always)
    static func _kadabraGenerator(seed: UInt64, sample i: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(i) &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    /// ln(1/δ_L(v)) (= ln(1/δ_U(v))) per node from the calibration estimates b₀: δ(v) =
    /// e^(−C ε²/b₀(v)) + δβ/(4n), with C the smallest (to a relative 1e-9) for which
    /// Σ_v 2e^(−C ε²/b₀(v)) ≤ (1 − β)δ/2, so that Σ_v δ_L(v) + δ_U(v) ≤ δ/2 (β = 0.001, as NetworKit's
    /// balancing factor). At C = ln(4n/((1−β)δ))/ε² every term is at most (1−β)δ/(4n) (b₀ ≤ 1), so
    /// the bisection starts from a feasible upper end.
    static func _kadabraLogInverseDeltas(_ b0: [Double], epsilon e: Double, delta: Double) -> [Double] {
        let n = Double(b0.count), beta = 0.001
        let target = (1 - beta) * delta / 2
        let positive = b0.filter { $0 > 0 }
        func total(_ c: Double) -> Double { positive.reduce(0) { $0 + 2 * exp(-c * e * e / $1) } }
        var lo = 0.0, hi = log(4 * n / ((1 - beta) * delta)) / (e * e)
        for _ in 0 ..< 60 where hi - lo > 1e-9 * hi {
            let mid = (lo + hi) / 2
            if total(mid) > target { lo = mid } else { hi = mid }
        }
        let floor = delta * beta / (4 * n)
        return b0.map { b in -log((b > 0 ? exp(-hi * e * e / b) : 0) + floor) }
    }

    /// The stopping rule: f < ε and g < ε for every node (see `kadabraBetweenness`).
    static func _kadabraConverged(_ counts: [Int], samples tau: Int, limit omega: Int,
                                  logInverseDelta: [Double], epsilon e: Double) -> Bool {
        let t = Double(tau), w = Double(omega), ratio = w / t
        let lowerTerm = ratio - 1.0 / 3, upperTerm = ratio + 1.0 / 3
        for v in 0 ..< counts.count {
            let b = Double(counts[v]) / t, l = logInverseDelta[v]
            let f = min(b, l / t * (-lowerTerm + (lowerTerm * lowerTerm + 2 * b * w / l).squareRoot()))
            if f >= e { return false }
            let g = min(1 - b, l / t * (upperTerm + (upperTerm * upperTerm + 2 * b * w / l).squareRoot()))
            if g >= e { return false }
        }
        return true
    }
}
