//===----------------------------------------------------------------------===//
// The weak-tie reach report: ego part + network-wide part (SPEC §5.6)
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// Everything `liaison reach` shows: the ego's weak-tie reach (when there is an ego), the Onnela
/// test and the correlation of neighbourhood overlap with tie strength.
public struct ReachReport: Sendable {
    public struct OverlapStrength: Sendable {
        public let ties: Int
        public let pearson: Double?
        public let spearman: Double?
        /// Mean overlap per strength decile (Onnela et al. 2007, Fig. 2).
        public let deciles: [(strength: Double, overlap: Double)]
    }

    public let network: AnalysisNetwork
    public let communities: Partition
    public let reach: WeakTieReach?
    public let onnela: OnnelaCurve
    public let overlapStrength: OverlapStrength?

    /// - Parameters:
    ///   - overlap: neighbourhood overlap per edge id (`nil` leaves the correlation out).
    public init(network: AnalysisNetwork, ego: Int?, hops: Int, strongThreshold: Double,
                communities: Partition, overlap: [Double]?, steps: Int = 10, seed: UInt64 = 0) {
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        self.network = network
        self.communities = communities
        self.reach = ego.map { g.weakTieReach(ego: $0, hops: hops, strongThreshold: strongThreshold, communities: communities) }
        self.onnela = g.onnelaTest(fractions: (0 ... steps).map { Double($0) / Double(steps) }, seed: seed)
        if let overlap, overlap.count == g.edgeCount, g.edgeCount > 0 {
            overlapStrength = OverlapStrength(
                ties: g.edgeCount,
                pearson: pearsonCorrelation(overlap, g.edgeWeight),
                spearman: spearmanCorrelation(overlap, g.edgeWeight),
                deciles: binnedMeans(keys: g.edgeWeight, values: overlap, bins: 10).map { (strength: $0.key, overlap: $0.value) })
        } else {
            overlapStrength = nil
        }
    }

    /// The report of `liaison reach`: communities by Leiden with `seed` (a directed network read as
    /// undirected), the overlap–strength correlation over every tie, and a tie counted strong when
    /// its weight is at least `strongThreshold` — by default, for a workspace, the strong-class
    /// threshold of its tie-strength model, and for a plain graph the median weight.
    public init(network: AnalysisNetwork, ego: Int?, hops: Int, strongThreshold: Double? = nil, steps: Int = 10,
                seed: UInt64 = 0) throws {
        let g = network.graph.isDirected ? network.graph.undirected() : network.graph
        let threshold = strongThreshold ?? network.workspace.map { $0.config.tieStrength.strongThreshold }
            ?? g.medianWeight()
        self.init(network: network, ego: ego, hops: hops, strongThreshold: threshold,
                  communities: g.leidenCommunities(.init(seed: seed)).partition, overlap: g.neighborhoodOverlap(),
                  steps: steps, seed: seed)
    }

    /// One sentence on the Onnela test, in plain words.
    public var onnelaVerdict: String {
        let w = onnela.weakFirstArea, s = onnela.strongFirstArea
        let tail = "(area under the largest-component curve: weak first \(decimalText(w, 3)), strong first \(decimalText(s, 3)), random \(decimalText(onnela.randomArea, 3)))"
        if abs(w - s) < 1e-9 { return "Removing weak or strong ties first fragments the network equally fast \(tail)." }
        if w < s {
            return "Removing weak ties first fragments the network faster than removing strong ties first, " +
                "as Onnela et al. (2007) found for phone calls: weak ties hold the communities together \(tail)."
        }
        return "Removing strong ties first fragments the network faster than removing weak ties first — " +
            "the opposite of Onnela et al. (2007): here the strong ties are the bridges \(tail)."
    }

    /// The report as JSON (stable field names, documented in `liaison reach --help`).
    public func json() -> JSONValue {
        let ids = network.ids, names = network.names
        var fields: [(String, JSONValue)] = []
        if let r = reach {
            fields.append(("ego", .object([
                ("id", .string(ids[r.ego])), ("name", .string(names[r.ego])),
                ("hops", .integer(r.hops)), ("strong_threshold", .number(r.strongThreshold)),
                ("strong_only", .integer(r.strongOnly.count)), ("any_ties", .integer(r.anyTies.count)),
                ("only_through_weak", .integer(r.onlyThroughWeak.count)),
                ("only_through_weak_ids", .array(r.onlyThroughWeak.map { .string(ids[$0]) })),
                ("ties", .array(r.ties.map { t in .object([
                    ("id", .string(ids[t.contact])), ("name", .string(names[t.contact])),
                    ("strength", .number(t.strength)), ("weak", .bool(t.isWeak)), ("reach", .integer(t.reach)),
                    ("unique_contacts", .array(t.uniqueContacts.map { .string(ids[$0]) })),
                    ("unique_communities", .array(t.uniqueCommunities.map { .integer($0 + 1) })),
                    ("new_communities", .array(t.newCommunities.map { .integer($0 + 1) })),
                ]) })),
            ])))
        }
        fields.append(("communities", .integer(communities.count)))
        fields.append(("onnela", .object([
            ("initial_largest_component", .integer(onnela.initialLargest)),
            ("fractions_removed", .array(onnela.fractions.map { .number($0) })),
            ("weak_first", .array(onnela.weakFirst.map { .number($0) })),
            ("strong_first", .array(onnela.strongFirst.map { .number($0) })),
            ("random", .array(onnela.randomOrder.map { .number($0) })),
            ("weak_first_area", .number(onnela.weakFirstArea)),
            ("strong_first_area", .number(onnela.strongFirstArea)),
            ("random_area", .number(onnela.randomArea)),
            ("weak_ties_hold_network_together", .bool(onnela.weakTiesHoldTheNetworkTogether)),
        ])))
        if let o = overlapStrength {
            fields.append(("overlap_strength", .object([
                ("ties", .integer(o.ties)), ("pearson", .number(o.pearson)), ("spearman", .number(o.spearman)),
                ("deciles", .array(o.deciles.map { .object([("strength", .number($0.strength)), ("overlap", .number($0.overlap))]) })),
            ])))
        }
        return .object(fields)
    }
}

/// Fixed decimals without Foundation's locale.
func decimalText(_ x: Double, _ decimals: Int) -> String {
    guard x.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0 ..< decimals { scale *= 10 }
    let r = (abs(x) * scale).rounded()
    let whole = (r / scale).rounded(.down)
    var frac = String(Int(r - whole * scale))
    while frac.count < decimals { frac = "0" + frac }
    return (x < 0 && r > 0 ? "-" : "") + String(Int(whole)) + (decimals > 0 ? "." + frac : "")
}
