//===----------------------------------------------------------------------===//
// _BidirectionalPathSampler: one uniformly random shortest s→t path by balanced
// bidirectional Dijkstra (the sampler of KADABRA)
//===----------------------------------------------------------------------===//

/// Draws a shortest path from `s` to `t` uniformly at random among all shortest s→t paths,
/// searching from both ends at once (Borassi & Natale 2016, §5, there with BFS; here Dijkstra on
/// positive edge lengths, tied within the path tolerance `_pathLengthsEqual` as everywhere else).
///
/// The search. A forward Dijkstra from `s` along out-rows and a backward one from `t` along
/// in-rows each count shortest paths (σ_s, σ_t) as they relax. The side that has scanned fewer
/// edges so far settles its next node ("balanced": neither side runs ahead). μ is the shortest
/// s→t length seen through an edge (u, v) with u settled forward and v settled backward; each
/// such edge is looked at when the later of its two ends settles. The search stops when
/// top_f + top_b > μ (the two heaps' smallest keys; beyond the tolerance) or a heap is empty.
///
/// Why the paths can be counted then. Let S_f, S_b be the settled sets and P any shortest s→t
/// path (length D). Along P, d_s grows and d_t shrinks, so S_f ∩ P is a prefix of P and S_b ∩ P
/// a suffix; a node x of P in neither would have d_s(x) ≥ top_f and d_t(x) ≥ top_b, so
/// D = d_s(x) + d_t(x) ≥ top_f + top_b > μ ≥ D, impossible: the two cover P, and μ = D. So
/// either t ∈ S_f (then P lies in S_f) or P has exactly one edge (u, v) with u ∈ S_f, v ∉ S_f,
/// and then v ∈ S_b. Every shortest s→u path lies in S_f and every shortest v→t path in S_b, so
/// σ_s(u) and σ_t(v) are final, and the number of shortest paths is
///
///     σ_st = [t ∈ S_f] σ_s(t) + Σ_{(u,v): u ∈ S_f, v ∈ S_b \ S_f, d_s(u) + ℓ(u,v) + d_t(v) = μ} σ_s(u) σ_t(v).
///
/// A term is drawn with probability proportional to its weight, then the two halves are walked
/// back (predecessor y of x with probability σ_s(y)/σ_s(x); successor z with σ_t(z)/σ_t(x)):
/// each shortest path has probability 1/σ_st.
///
/// Cost: the settled nodes' rows on both sides, twice (search and the term sum), O((m′ + n′) log n′)
/// for the n′ nodes and m′ edges the two searches touch — on networks with small diameter far
/// fewer than a one-sided search to t (Borassi & Natale 2016, §6; about √ of it on random graphs).
/// Scratch: O(n) per sampler, reset by touching only what the last sample reached.
final class _BidirectionalPathSampler {
    private let n: Int
    private let distF: UnsafeMutableBufferPointer<Double>
    private let distB: UnsafeMutableBufferPointer<Double>
    private let sigmaF: UnsafeMutableBufferPointer<Double>
    private let sigmaB: UnsafeMutableBufferPointer<Double>
    private let settledF: UnsafeMutableBufferPointer<Bool>
    private let settledB: UnsafeMutableBufferPointer<Bool>
    /// Nodes given a forward (backward) distance in this sample, for `reset`.
    private let touchedF: UnsafeMutableBufferPointer<Int32>
    private let touchedB: UnsafeMutableBufferPointer<Int32>
    private var touchedFCount = 0, touchedBCount = 0
    /// Forward-settled nodes in order (the term sum runs over their out-rows).
    private let orderF: UnsafeMutableBufferPointer<Int32>
    private var orderFCount = 0
    private var heapF: _MinHeap
    private var heapB: _MinHeap

    /// The inner nodes (neither s nor t) of the paths drawn since the last `clearInner()`.
    private(set) var inner: [Int32] = []

    init(nodeCount n: Int) {
        self.n = n
        distF = .allocate(capacity: n); distF.initialize(repeating: .infinity)
        distB = .allocate(capacity: n); distB.initialize(repeating: .infinity)
        sigmaF = .allocate(capacity: n); sigmaF.initialize(repeating: 0)
        sigmaB = .allocate(capacity: n); sigmaB.initialize(repeating: 0)
        settledF = .allocate(capacity: n); settledF.initialize(repeating: false)
        settledB = .allocate(capacity: n); settledB.initialize(repeating: false)
        touchedF = .allocate(capacity: n); touchedF.initialize(repeating: 0)
        touchedB = .allocate(capacity: n); touchedB.initialize(repeating: 0)
        orderF = .allocate(capacity: n); orderF.initialize(repeating: 0)
        heapF = _MinHeap(capacity: n)
        heapB = _MinHeap(capacity: n)
    }

    deinit {
        distF.deallocate(); distB.deallocate(); sigmaF.deallocate(); sigmaB.deallocate()
        settledF.deallocate(); settledB.deallocate(); touchedF.deallocate(); touchedB.deallocate()
        orderF.deallocate(); heapF.deallocate(); heapB.deallocate()
    }

    func clearInner() { inner.removeAll(keepingCapacity: true) }

    /// Draws one shortest `s`→`t` path uniformly (s ≠ t) and appends its inner nodes to `inner`
    /// in order from t to s; appends nothing when t is unreachable or the path is one edge.
    /// - Parameters:
    ///   - out: out-rows with lengths; `inn`: in-rows with the same lengths (equal to `out` when
    ///     undirected).
    ///   - uniform: every length is the same (hop counts): the search is then a level-synchronous
    ///     bidirectional BFS (`sampleByLevels`) instead of Dijkstra with two heaps.
    func sample(_ out: _Rows, _ inn: _Rows, from s: Int, to t: Int, uniform: Bool = false,
                using rng: inout SplitMix64) {
        defer { reset() }
        if uniform { sampleByLevels(out, inn, from: s, to: t, using: &rng); return }
        let mu = search(out, inn, from: s, to: t)
        if !settledF[t] && !mu.isFinite { return }    // no s→t path
        // The terms of σ_st (see the type's comment), summed, then one drawn by weight.
        var total = settledF[t] ? sigmaF[t] : 0
        if !settledF[t] {
            forEachMeetingEdge(out, mu) { u, v in total += sigmaF[u] * sigmaB[v] }
        }
        var pick = Double.random(in: 0 ..< 1, using: &rng) * total
        var meetU = -1, meetV = -1
        if settledF[t] {
            meetU = t
        } else {
            forEachMeetingEdge(out, mu) { u, v in
                guard pick >= 0 else { return }
                meetU = u; meetV = v                     // the last candidate absorbs rounding
                pick -= sigmaF[u] * sigmaB[v]
            }
        }
        // t's half: v → … → t, successors drawn by σ_t; reversed so that `inner` runs from t to s.
        if meetV >= 0 {
            let start = inner.count
            var x = meetV
            while x != t && x >= 0 {
                inner.append(Int32(x))
                x = drawNext(from: x, rows: out, dist: distB, sigma: sigmaB, settled: settledB, &rng)
            }
            inner[start...].reverse()
        }
        // s's half: u → … → s, predecessors drawn by σ_s.
        var x = meetU
        if x == t { x = drawNext(from: t, rows: inn, dist: distF, sigma: sigmaF, settled: settledF, &rng) }
        while x != s && x >= 0 {
            inner.append(Int32(x))
            x = drawNext(from: x, rows: inn, dist: distF, sigma: sigmaF, settled: settledF, &rng)
        }
    }

    /// Balanced bidirectional Dijkstra counting σ on both sides; returns μ (+∞: no meeting edge).
    private func search(_ out: _Rows, _ inn: _Rows, from s: Int, to t: Int) -> Double {
        distF[s] = 0; sigmaF[s] = 1; touchedF[0] = Int32(s); touchedFCount = 1
        distB[t] = 0; sigmaB[t] = 1; touchedB[0] = Int32(t); touchedBCount = 1
        heapF.push(0, Int32(s)); heapB.push(0, Int32(t))
        var mu = Double.infinity
        var workF = 0, workB = 0
        while !heapF.isEmpty && !heapB.isEmpty {
            if mu.isFinite && _pathLengthLess(mu, heapF.minKey + heapB.minKey) { break }
            if workF <= workB {
                let (d, node) = heapF.pop()
                let x = Int(node)
                settledF[x] = true; orderF[orderFCount] = node; orderFCount += 1
                let sx = sigmaF[x]
                let lo = out.offsets[x], hi = out.offsets[x + 1]
                workF += hi - lo + 1
                for slot in lo ..< hi {
                    let w = Int(out.adjacent[slot])
                    if settledF[w] { continue }
                    let alt = d + out.length[slot]
                    if settledB[w] { let through = alt + distB[w]; if through < mu { mu = through } }
                    let dw = distF[w]
                    if dw == .infinity {
                        guard alt < .infinity else { continue }
                        touchedF[touchedFCount] = Int32(w); touchedFCount += 1
                        distF[w] = alt; sigmaF[w] = sx; heapF.push(alt, Int32(w))
                    } else if _pathLengthsEqual(alt, dw) {
                        sigmaF[w] += sx
                    } else if alt < dw {
                        distF[w] = alt; sigmaF[w] = sx; heapF.push(alt, Int32(w))
                    }
                }
            } else {
                let (d, node) = heapB.pop()
                let x = Int(node)
                settledB[x] = true
                let sx = sigmaB[x]
                let lo = inn.offsets[x], hi = inn.offsets[x + 1]
                workB += hi - lo + 1
                for slot in lo ..< hi {
                    let w = Int(inn.adjacent[slot])
                    if settledB[w] { continue }
                    let alt = d + inn.length[slot]
                    if settledF[w] { let through = alt + distF[w]; if through < mu { mu = through } }
                    let dw = distB[w]
                    if dw == .infinity {
                        guard alt < .infinity else { continue }
                        touchedB[touchedBCount] = Int32(w); touchedBCount += 1
                        distB[w] = alt; sigmaB[w] = sx; heapB.push(alt, Int32(w))
                    } else if _pathLengthsEqual(alt, dw) {
                        sigmaB[w] += sx
                    } else if alt < dw {
                        distB[w] = alt; sigmaB[w] = sx; heapB.push(alt, Int32(w))
                    }
                }
            }
        }
        return mu
    }

    /// Calls `body(u, v)` for every edge u → v with u settled forward, v settled backward and not
    /// forward, on a shortest path (d_s(u) + ℓ + d_t(v) = μ within the tolerance); same order every call.
    @inline(__always)
    private func forEachMeetingEdge(_ out: _Rows, _ mu: Double, _ body: (Int, Int) -> Void) {
        for k in 0 ..< orderFCount {
            let u = Int(orderF[k]), du = distF[u]
            for slot in out.offsets[u] ..< out.offsets[u + 1] {
                let v = Int(out.adjacent[slot])
                if settledB[v] && !settledF[v] && _pathLengthsEqual(du + out.length[slot] + distB[v], mu) {
                    body(u, v)
                }
            }
        }
    }

    /// One step of a walk towards the search's source along `rows`: a neighbour y of x, settled on
    /// that side, with dist(y) + ℓ = dist(x), drawn with probability σ(y)/σ(x).
    @inline(__always)
    private func drawNext(from x: Int, rows: _Rows, dist: UnsafeMutableBufferPointer<Double>,
                          sigma: UnsafeMutableBufferPointer<Double>, settled: UnsafeMutableBufferPointer<Bool>,
                          _ rng: inout SplitMix64) -> Int {
        let dx = dist[x]
        var pick = Double.random(in: 0 ..< 1, using: &rng) * sigma[x]
        var chosen = -1
        for slot in rows.offsets[x] ..< rows.offsets[x + 1] {
            let y = Int(rows.adjacent[slot]), dy = dist[y]
            if settled[y] && dy < dx && _pathLengthsEqual(dy + rows.length[slot], dx) {
                chosen = y                               // the last candidate absorbs rounding
                pick -= sigma[y]
                if pick < 0 { break }
            }
        }
        return chosen   // −1 only if the tolerance disagreed with the relaxation (lengths ≈ 0)
    }

    /// The uniform-length case (Borassi & Natale 2016, §5, as NetworKit's KADABRA does it): a
    /// balanced bidirectional BFS, one whole level at a time, on the side whose frontier has the
    /// smaller degree sum. Levels are kept in `distF`/`distB` as whole numbers (hops).
    ///
    /// Why the first level that meets gives every shortest path. Before a level is expanded the
    /// visited sets {d_s ≤ a} and {d_t ≤ b} are disjoint, so the distance D > a + b (a shortest
    /// path's node at d_s = min(a, D) would otherwise have d_t ≤ b). Expanding the forward side to
    /// level a + 1 and reaching a node w with d_t(w) ≤ b gives D ≤ a + 1 + b, hence D = a + b + 1
    /// and d_t(w) = b for every such w. Each shortest path crosses level a + 1 at exactly one node,
    /// which is such a w, so σ_st = Σ_w σ_s(w) σ_t(w) over the meeting nodes; both factors are final
    /// (σ_s(w) once level a is expanded, σ_t(w) once level b − 1 was). Symmetrically for the
    /// backward side. A meeting node is drawn with probability σ_s(w) σ_t(w) / σ_st and the two
    /// halves walked as in `sample`: each shortest path has probability 1 / σ_st.
    ///
    /// Cost: the rows of the expanded levels once, plus the drawn path's rows; no heap, no
    /// floating-point tolerance.
    private func sampleByLevels(_ out: _Rows, _ inn: _Rows, from s: Int, to t: Int,
                                using rng: inout SplitMix64) {
        distF[s] = 0; sigmaF[s] = 1; settledF[s] = true; touchedF[0] = Int32(s); touchedFCount = 1
        distB[t] = 0; sigmaB[t] = 1; settledB[t] = true; touchedB[0] = Int32(t); touchedBCount = 1
        // The current frontier of each side is touched[start ..< count].
        var startF = 0, startB = 0
        var degreeF = out.offsets[s + 1] - out.offsets[s], degreeB = inn.offsets[t + 1] - inn.offsets[t]
        var meetStart = -1, meetEnd = -1, meetForward = true
        while startF < touchedFCount && startB < touchedBCount {
            let forward = degreeF <= degreeB
            let rows = forward ? out : inn
            let dist = forward ? distF : distB, sigma = forward ? sigmaF : sigmaB
            let seen = forward ? settledF : settledB, other = forward ? settledB : settledF
            let touched = forward ? touchedF : touchedB
            let start = forward ? startF : startB, end = forward ? touchedFCount : touchedBCount
            var count = end, degree = 0, met = false
            let level = dist[Int(touched[start])] + 1
            for k in start ..< end {
                let x = Int(touched[k]), sx = sigma[x]
                for slot in rows.offsets[x] ..< rows.offsets[x + 1] {
                    let w = Int(rows.adjacent[slot])
                    if !seen[w] {
                        seen[w] = true; dist[w] = level; sigma[w] = sx
                        touched[count] = Int32(w); count += 1
                        degree += rows.offsets[w + 1] - rows.offsets[w]
                        if other[w] { met = true }
                    } else if dist[w] == level {
                        sigma[w] += sx
                    }
                }
            }
            if forward { startF = end; touchedFCount = count; degreeF = degree }
            else { startB = end; touchedBCount = count; degreeB = degree }
            if met { meetStart = end; meetEnd = count; meetForward = forward; break }
        }
        guard meetStart >= 0 else { return }                      // no s→t path
        // σ_st over the meeting nodes of the level just expanded, then one drawn by weight.
        let layer = meetForward ? touchedF : touchedB
        let other = meetForward ? settledB : settledF
        var total = 0.0
        for k in meetStart ..< meetEnd {
            let w = Int(layer[k]); if other[w] { total += sigmaF[w] * sigmaB[w] }
        }
        var pick = Double.random(in: 0 ..< 1, using: &rng) * total
        var meet = -1
        for k in meetStart ..< meetEnd {
            let w = Int(layer[k])
            guard other[w] else { continue }
            meet = w                                             // the last candidate absorbs rounding
            pick -= sigmaF[w] * sigmaB[w]
            if pick < 0 { break }
        }
        // t's half: meet → … → t by σ_t, reversed so that `inner` runs from t to s; then s's half.
        let start = inner.count
        var x = meet
        while x != t && x >= 0 {
            if x != s { inner.append(Int32(x)) }
            x = drawLevel(from: x, rows: out, dist: distB, sigma: sigmaB, seen: settledB, &rng)
        }
        inner[start...].reverse()
        x = meet == s ? -1 : drawLevel(from: meet, rows: inn, dist: distF, sigma: sigmaF, seen: settledF, &rng)
        while x != s && x >= 0 {
            inner.append(Int32(x))
            x = drawLevel(from: x, rows: inn, dist: distF, sigma: sigmaF, seen: settledF, &rng)
        }
    }

    /// One step of a walk towards the BFS's source: a neighbour y of x one level nearer
    /// (dist(y) + 1 = dist(x)), drawn with probability σ(y)/σ(x); −1 at the source.
    @inline(__always)
    private func drawLevel(from x: Int, rows: _Rows, dist: UnsafeMutableBufferPointer<Double>,
                           sigma: UnsafeMutableBufferPointer<Double>, seen: UnsafeMutableBufferPointer<Bool>,
                           _ rng: inout SplitMix64) -> Int {
        let before = dist[x] - 1
        guard before >= 0 else { return -1 }
        var pick = Double.random(in: 0 ..< 1, using: &rng) * sigma[x]
        var chosen = -1
        for slot in rows.offsets[x] ..< rows.offsets[x + 1] {
            let y = Int(rows.adjacent[slot])
            if seen[y] && dist[y] == before {
                chosen = y                                       // the last candidate absorbs rounding
                pick -= sigma[y]
                if pick < 0 { break }
            }
        }
        return chosen
    }

    /// Restores ∞ / 0 / unsettled on what the last sample touched, and empties the heaps.
    private func reset() {
        for k in 0 ..< touchedFCount {
            let i = Int(touchedF[k]); distF[i] = .infinity; sigmaF[i] = 0; settledF[i] = false
        }
        for k in 0 ..< touchedBCount {
            let i = Int(touchedB[k]); distB[i] = .infinity; sigmaB[i] = 0; settledB[i] = false
        }
        touchedFCount = 0; touchedBCount = 0; orderFCount = 0
        heapF.removeAll(); heapB.removeAll()
    }
}
