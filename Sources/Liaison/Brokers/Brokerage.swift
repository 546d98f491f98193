//===----------------------------------------------------------------------===//
// Gould & Fernandez brokerage roles
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// The five brokerage roles of Gould & Fernandez (1989) for a broker *b* on an open two-path
/// *a* → *b* → *c* (arcs *a*→*b* and *b*→*c*, *a* ≠ *c*, and no arc *a*→*c*: *b* mediates only
/// where *a* cannot reach *c* directly), by the groups of the three nodes:
///
/// | role | groups | what *b* does |
/// |---|---|---|
/// | coordinator | a = b = c | mediates inside its own group |
/// | itinerant (consultant) | a = c ≠ b | an outsider mediating between members of one group |
/// | representative | a = b ≠ c | carries its group's flow out to another group |
/// | gatekeeper | b = c ≠ a | screens what comes into its group from outside |
/// | liaison | a, b, c all different | links two groups it belongs to neither of |
public struct BrokerageRoles: Sendable, Equatable {
    public var coordinator = 0
    public var itinerant = 0
    public var representative = 0
    public var gatekeeper = 0
    public var liaison = 0
    public init() {}
    public init(coordinator: Int, itinerant: Int, representative: Int, gatekeeper: Int, liaison: Int) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }
    /// All open two-paths through the node.
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
    /// Two-paths whose ends are in different groups (all roles except coordinator and itinerant).
    public var betweenGroups: Int { representative + gatekeeper + liaison }
}

extension Graph {
    /// Gould & Fernandez brokerage role counts for every node, given a group per node
    /// (organization, industry, city or community). Undirected graphs count each edge as two arcs,
    /// so every open two-path is seen in both directions (representative and gatekeeper then
    /// coincide).
    ///
    /// No NetworkX twin; R's `sna::brokerage` computes the same raw counts (its z-scores against
    /// random group assignment are not computed here).
    ///
    /// - Reference: R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to
    ///   brokerage in transaction networks", Sociological Methodology 19, 89–126 (1989),
    ///   doi:10.2307/270949.
    /// - Complexity: O(*m* + Σ_(a→b) min(outdeg(a), outdeg(b) · log outdeg(a))) time, O(*n*) space.
    ///   The two-paths through b are counted by groups, not walked: with in(g) and out(g) the
    ///   in- and out-neighbours of b in group g, the ordered pairs (a, c) number in(g_a) · out(g_c)
    ///   per pair of groups, so each role's count of all pairs is a product of these sums (the
    ///   itinerant one Σ_{g ≠ g_b} in(g) · out(g)). From them the pairs that are not open two-paths
    ///   are taken away: c = a (a reciprocal neighbour), and c with an arc a → c, found by
    ///   intersecting a's out-row with b's (b's out-neighbours marked; a's row scanned, or when a's
    ///   row is the longer by over 8 ×, b's row searched in it). Walking every two-path instead
    ///   costs Σ_b indeg(b) · outdeg(b): 120 million steps for the owner of a 20,000-contact
    ///   network alone, where this reads the rows of the owner's neighbours once.
    public func brokerageRoles(groups: [Int]) -> [BrokerageRoles] {
        precondition(groups.count == nodeCount, "one group per node")
        let n = nodeCount
        var roles = [BrokerageRoles](repeating: .init(), count: n)
        // Groups as dense indices 0 ..< G, for the per-group counts.
        var index = [Int: Int](), group = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            if let known = index[groups[v]] { group[v] = known } else { group[v] = index.count; index[groups[v]] = index.count }
        }
        var inCount = [Int](repeating: 0, count: index.count), outCount = inCount
        // mark[c] == b + 1: the arc b → c exists (marked while b is the broker).
        var mark = [Int32](repeating: 0, count: n)
        let offsets = self.offsets, targets = self.targets, inOffsets = self.inOffsets, inSources = self.inSources
        /// Whether a → c is an arc: c searched in a's sorted out-row.
        func hasArc(_ a: Int, _ c: Int32) -> Bool {
            var lo = offsets[a], hi = offsets[a + 1]
            while lo < hi {
                let mid = (lo + hi) >> 1
                if targets[mid] < c { lo = mid + 1 } else { hi = mid }
            }
            return lo < offsets[a + 1] && targets[lo] == c
        }
        for b in 0 ..< n {
            let inRow = inOffsets[b] ..< inOffsets[b + 1], outRow = offsets[b] ..< offsets[b + 1]
            guard !inRow.isEmpty && !outRow.isEmpty else { continue }
            let gb = group[b], mb = Int32(b + 1)
            for s in inRow { inCount[group[Int(inSources[s])]] += 1 }
            for s in outRow { let c = Int(targets[s]); outCount[group[c]] += 1; mark[c] = mb }
            let inSame = inCount[gb], outSame = outCount[gb]
            let inOther = inRow.count - inSame, outOther = outRow.count - outSame
            var sameGroupPairs = 0   // Σ_g in(g) · out(g), summed over b's in-neighbours a: out(g_a)
            for s in inRow { sameGroupPairs += outCount[group[Int(inSources[s])]] }
            var r = BrokerageRoles()
            r.coordinator = inSame * outSame
            r.representative = inSame * outOther
            r.gatekeeper = inOther * outSame
            r.itinerant = sameGroupPairs - inSame * outSame
            r.liaison = inOther * outOther - r.itinerant
            /// Takes the pair (a, c), not an open two-path, out of its role.
            @inline(__always) func remove(_ ga: Int, _ gc: Int) {
                if ga == gb {
                    if gb == gc { r.coordinator -= 1 } else { r.representative -= 1 }
                } else if gb == gc {
                    r.gatekeeper -= 1
                } else if ga == gc {
                    r.itinerant -= 1
                } else {
                    r.liaison -= 1
                }
            }
            for s in inRow {
                let a = Int(inSources[s]), ga = group[a]
                if mark[a] == mb { remove(ga, ga) }                  // c = a
                let aRow = offsets[a] ..< offsets[a + 1]             // c with an arc a → c (never a)
                if aRow.count > 8 * outRow.count {
                    for t in outRow where hasArc(a, targets[t]) { remove(ga, group[Int(targets[t])]) }
                } else {
                    for t in aRow where mark[Int(targets[t])] == mb { remove(ga, group[Int(targets[t])]) }
                }
            }
            roles[b] = r
            for s in inRow { inCount[group[Int(inSources[s])]] = 0 }
            for s in outRow { outCount[group[Int(targets[s])]] = 0 }
        }
        return roles
    }
}
