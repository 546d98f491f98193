//===----------------------------------------------------------------------===//
// Influential bridge contacts, ranked and explained (SPEC §5.5)
//===----------------------------------------------------------------------===//

import LiaisonGraph

/// One ranked bridge contact with the facts behind its rank and a sentence that says them.
public struct BridgeContact: Sendable {
    public let node: Int
    public let rank: Int
    /// The combined score in 0–1 (see `BridgeContactRanking`).
    public let score: Double
    public let betweenness: Double
    public let constraint: Double
    public let participation: Double
    /// Distinct communities among the contact's neighbours (its own included).
    public let communitiesSpanned: Int
    /// Local bridges held: the neighbour across each and its span (`nil` = a bridge, no other path).
    public let localBridges: [(neighbor: Int, span: Int?)]
    /// Bridges (no other path at all) held between two different communities: the other end.
    public let communityBridges: [Int]
    public let isArticulationPoint: Bool
    /// With an ego: contacts cut off from the ego if this contact disappeared. Without: contacts
    /// split off from the larger part of its component. 0 when not an articulation point.
    public let cutOff: Int
    /// The ego's tie strength to this contact, `nil` when not a direct contact (or no ego).
    public let egoStrength: Double?
    /// The two groups the contact connects and its people in each (empty without `sides`, or when
    /// its contacts are all in one group).
    public let sides: [BridgeSide]
    /// The sentence explaining the rank.
    public let reason: String
}

/// Ranks "influential bridge contacts" (SPEC §5.5): contacts whose absence would cut the ego off
/// from parts of the network, or who span communities.
///
/// The score of contact *v* (the ego excluded) is
///
///     S(v) = 0.8 · (0.30 b + 0.15 (1 − c) + 0.20 p + 0.15 l + 0.20 a) + 0.2 e
///
/// with every term in 0–1: *b* = betweenness / the largest betweenness; *c* = Burt's constraint
/// (clamped to 0–1; isolated → 1); *p* = participation coefficient across communities (Guimerà &
/// Amaral 2005) scaled by its maximum 1 − 1/K for K communities; *l* = local bridges held, each
/// counting (1 − 2/span) or 1 for a bridge, saturating at 2; *a* = cut-off share (√(cut-off / (n − 1)))
/// for an articulation point, else 0; *e* = the ego's tie strength / the ego's strongest tie (0 when
/// not a direct contact). The weights are a documented judgement, not fitted: brokerage (betweenness,
/// bridges, cut vertices) leads, as in Burt (1992, "Structural Holes") and Granovetter (1973); the
/// ego's own tie counts because a bridge you can ask is worth more than one you cannot (Levin &
/// Cross 2004). Ties between scores break by higher betweenness, then node index.
///
/// - Complexity: O(*n* log *n* + *m*) after the measures, who each articulation point cuts off
///   included (one depth-first search for all of them, `Graph.cutOffCounts(anchor:)`).
public struct BridgeContactRanking: Sendable {
    public let contacts: [BridgeContact]
    public let ego: Int?
    /// A readable label per community ("Anna Petrova's cluster").
    public let communityLabels: [String]

    /// - Parameters:
    ///   - graph: undirected, weights = tie strengths.
    ///   - names: a readable name per node (used in the sentences).
    ///   - communityLabels: one label per community; default: "<strongest member>'s cluster".
    ///   - sides: the groups the "connects … with …" clause names (`nil`: no such clause).
    public init(graph g: Graph, measures: BridgeMeasures, names: [String], ego: Int? = nil,
                communityLabels: [String]? = nil, sides: BridgeSides? = nil) {
        precondition(!g.isDirected, "rank bridge contacts on an undirected graph")
        let n = g.nodeCount
        let part = measures.communities
        self.ego = ego
        let labels = communityLabels ?? BridgeContactRanking.defaultLabels(g, part, names)
        self.communityLabels = labels

        // Local bridges and community bridges per node.
        var held = [[(neighbor: Int, span: Int?)]](repeating: [], count: n)
        var communityBridges = [[Int]](repeating: [], count: n)
        for lb in measures.localBridges {
            let a = Int(g.edgeSource[lb.edge]), b = Int(g.edgeTarget[lb.edge])
            held[a].append((b, lb.span)); held[b].append((a, lb.span))
            if lb.span == nil && part.community[a] != part.community[b] {
                communityBridges[a].append(b); communityBridges[b].append(a)
            }
        }
        var isAP = [Bool](repeating: false, count: n)
        for v in measures.articulationPoints { isAP[v] = true }
        let cut = g.cutOffCounts(anchor: ego)   // 0 for every node that is not an articulation point

        let maxB = measures.betweenness.max() ?? 0
        let maxP = part.count > 1 ? 1 - 1 / Double(part.count) : 1
        var egoTie = [Double?](repeating: nil, count: n)
        var maxEgo = 0.0
        if let ego {
            for slot in g.offsets[ego] ..< g.offsets[ego + 1] {
                egoTie[Int(g.targets[slot])] = g.weights[slot]; maxEgo = max(maxEgo, g.weights[slot])
            }
        }
        var spanned = [Int](repeating: 0, count: n)
        var mark = [Int](repeating: -1, count: part.count)
        for v in 0 ..< n {
            mark[Int(part.community[v])] = v; spanned[v] = 1
            for u in g.neighbors(v) where mark[Int(part.community[Int(u)])] != v {
                mark[Int(part.community[Int(u)])] = v; spanned[v] += 1
            }
        }

        var scored = [(v: Int, score: Double)]()
        for v in 0 ..< n where v != ego {
            let b = maxB > 0 ? measures.betweenness[v] / maxB : 0
            let c = measures.constraint[v].isNaN ? 1 : min(1, max(0, measures.constraint[v]))
            let p = min(1, measures.participation[v] / maxP)
            var l = 0.0
            for h in held[v] { l += h.span.map { max(0, 1 - 2 / Double($0)) } ?? 1 }
            l = min(1, l / 2)
            let a = isAP[v] && n > 1 ? (Double(cut[v]) / Double(n - 1)).squareRoot() : 0
            let e = maxEgo > 0 ? (egoTie[v] ?? 0) / maxEgo : 0
            let s = 0.8 * (0.30 * b + 0.15 * (1 - c) + 0.20 * p + 0.15 * l + 0.20 * a) + 0.2 * e
            scored.append((v, s))
        }
        scored.sort { x, y in
            if x.score != y.score { return x.score > y.score }
            if measures.betweenness[x.v] != measures.betweenness[y.v] { return measures.betweenness[x.v] > measures.betweenness[y.v] }
            return x.v < y.v
        }
        var out = [BridgeContact]()
        out.reserveCapacity(scored.count)
        for (i, item) in scored.enumerated() {
            let v = item.v
            // Only a go-between "connects" groups: someone on no shortest path between others
            // (betweenness 0) links nobody the groups could not reach without them.
            let vSides = measures.betweenness[v] > 0 ? sides?.sides(of: v, in: g, names: names, excluding: ego) ?? [] : []
            let reason = BridgeContactRanking.sentence(
                v: v, connects: BridgeSides.phrase(vSides, names: names), names: names, labels: labels, part: part, betweenness: measures.betweenness[v],
                constraint: measures.constraint[v], participation: measures.participation[v], spanned: spanned[v],
                held: held[v], communityBridges: communityBridges[v], isAP: isAP[v], cutOff: cut[v],
                hasEgo: ego != nil, egoStrength: egoTie[v], maxEgo: maxEgo)
            out.append(BridgeContact(node: v, rank: i + 1, score: item.score, betweenness: measures.betweenness[v],
                                     constraint: measures.constraint[v], participation: measures.participation[v],
                                     communitiesSpanned: spanned[v], localBridges: held[v],
                                     communityBridges: communityBridges[v], isArticulationPoint: isAP[v],
                                     cutOff: cut[v], egoStrength: egoTie[v], sides: vSides, reason: reason))
        }
        self.contacts = out
    }

    /// "<strongest member>'s cluster" per community.
    static func defaultLabels(_ g: Graph, _ p: Partition, _ names: [String]) -> [String] {
        var best = [Int](repeating: -1, count: p.count)
        for v in 0 ..< g.nodeCount {
            let c = Int(p.community[v])
            if best[c] < 0 || g.strength(v) > g.strength(best[c]) { best[c] = v }
        }
        return best.map { $0 < 0 ? "an empty cluster" : "\(names[$0])'s cluster" }
    }

    /// The reason in plain words: what the contact connects, then at most three facts, each said
    /// plainly before any term of art (in parentheses), then how well you know them.
    static func sentence(v: Int, connects: String? = nil, names: [String], labels: [String], part: Partition,
                         betweenness: Double, constraint: Double, participation: Double, spanned: Int,
                         held: [(neighbor: Int, span: Int?)], communityBridges: [Int], isAP: Bool, cutOff: Int,
                         hasEgo: Bool, egoStrength: Double?, maxEgo: Double) -> String {
        var facts = [String]()
        let own = TextTable.sanitize(labels[Int(part.community[v])])
        if let other = communityBridges.first {
            let otherLabel = TextTable.sanitize(labels[Int(part.community[other])])
            let named = connects.map { $0.contains(own + " (") && $0.contains(otherLabel + " (") } ?? false
            facts.append((named ? "the only link between those two" : "the only link between \(own) and \(otherLabel)") +
                         (communityBridges.count > 1 ? " (and \(communityBridges.count - 1) more cluster\(communityBridges.count > 2 ? "s" : ""))" : ""))
        }
        if isAP && cutOff > 0 {
            facts.append(hasEgo ? "without them you lose your only route to \(cutOff) contact\(cutOff == 1 ? "" : "s")"
                                : "removing them splits off \(cutOff) contact\(cutOff == 1 ? "" : "s")")
        }
        let longSpans = held.filter { $0.span != nil }
        if !longSpans.isEmpty {
            let maxSpan = longSpans.compactMap(\.span).max()!
            let n = longSpans.count
            facts.append("\(n) shortcut tie\(n == 1 ? "" : "s") (whose ends are otherwise up to \(maxSpan) steps apart: local bridge\(n == 1 ? "" : "s"))")
        }
        if betweenness >= 0.05 {
            facts.append("on the shortest paths of \(percent(betweenness)) of all pairs")
        }
        if spanned >= 3 && participation >= 0.3 {
            facts.append("their ties are spread over \(spanned) communities (participation \(decimalText(participation, 2)))")
        }
        if facts.isEmpty, !constraint.isNaN, constraint < 0.3 {
            facts.append("knows people who do not know each other (constraint \(decimalText(constraint, 2)))")
        }
        if facts.isEmpty {
            facts.append(betweenness > 0 ? "a minor go-between (\(percent(betweenness)) of shortest paths)"
                                         : "not a bridge: every contact of theirs is reachable another way")
        }
        // With the "connects" clause first, two facts after it keep the sentence readable.
        var text = ((connects.map { [$0] } ?? []) + facts.prefix(connects == nil ? 3 : 2)).joined(separator: "; ")
        if hasEgo {
            if let s = egoStrength {
                let share = maxEgo > 0 ? s / maxEgo : 0
                let how = share >= 0.66 ? "you know them well" : share >= 0.33 ? "you know them moderately" : "a weak tie of yours"
                text += "; \(how) (strength \(decimalText(s, 2)))"
            } else {
                text += "; not your direct contact yet"
            }
        }
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    private static func percent(_ x: Double) -> String {
        x >= 0.095 ? "\(decimalText(100 * x, 0))%" : "\(decimalText(100 * x, 1))%"
    }
}
