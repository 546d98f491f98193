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
    /// - Complexity: O(*m* + Σ_b indeg(b) · outdeg(b)) time, O(*n*) space: the two-paths are
    ///   walked from their first node *a*, whose out-neighbours are marked once (a stamp per node),
    ///   so each two-path's "is *a*→*c* an arc?" is one array read instead of a binary search.
    public func brokerageRoles(groups: [Int]) -> [BrokerageRoles] {
        precondition(groups.count == nodeCount, "one group per node")
        var roles = [BrokerageRoles](repeating: .init(), count: nodeCount)
        // stamp[c] == a + 1: the arc a → c exists (marked while a is the first node).
        var stamp = [Int32](repeating: 0, count: nodeCount)
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                groups.withUnsafeBufferPointer { groups in
                    for a in 0 ..< nodeCount {
                        let mark = Int32(a + 1), ga = groups[a]
                        let aRow = offsets[a] ..< offsets[a + 1]
                        for slot in aRow { stamp[Int(targets[slot])] = mark }
                        for slot in aRow {
                            let b = Int(targets[slot]), gb = groups[b]
                            var r = roles[b]
                            for bSlot in offsets[b] ..< offsets[b + 1] {
                                let c = Int(targets[bSlot])
                                if c == a || stamp[c] == mark { continue }   // closed: a reaches c directly
                                let gc = groups[c]
                                if ga == gb {
                                    if gb == gc { r.coordinator += 1 } else { r.representative += 1 }
                                } else if gb == gc {
                                    r.gatekeeper += 1
                                } else if ga == gc {
                                    r.itinerant += 1
                                } else {
                                    r.liaison += 1
                                }
                            }
                            roles[b] = r
                        }
                    }
                }
            }
        }
        return roles
    }
}
