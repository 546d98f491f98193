import Foundation
import LiaisonGraph

//===----------------------------------------------------------------------===//
// IntroductionPlanner: goals → targets → reliable paths → a budgeted, ordered plan
//===----------------------------------------------------------------------===//

/// Plans introductions toward goals on a network of tie strengths (SPEC §5.7).
///
/// Definition. For a target t, an introduction path is a simple path you = v₀, v₁, …, v_h = t with
/// h ≤ `maxHops`, no do-not-ask contact among v₁ … v_{h−1}, and no step v_i → v_{i+1} that an
/// earlier introduction by v_i to v_{i+1} was declined on. Its reliability is Π w(v_i, v_{i+1}),
/// the product of the tie strengths (each tie read as the chance that the ask is passed on), so
/// the most reliable paths are the shortest on cost −ln w, found by Yen's algorithm
/// (`Graph.shortestSimplePaths`), up to `paths` of them per target.
///
/// Targets. A goal's targets are the contacts its filter matches (with `new`, only those not tied
/// to you). A target tied to you is a candidate direct ask, ranked with every other option by
/// its reliability (your tie strength), hops breaking ties. A target is pitched, not spent as an
/// introducer: no route to a goal's target passes through another target of the same goal, since
/// with every w ≤ 1 the route's prefix reaches her with at least the route's reliability and
/// fewer hops (per goal: she may still introduce for a goal she does not match; with `new` the
/// contacts you know are not targets and may introduce). A target whose every route within the
/// hop limit crosses another target is `throughOtherTarget` (and `coldOutreach` when that route is
/// under the reliability floor); either way the text still gives it the cold-outreach advice with
/// the route's first introducer as the best first step, since it has no warm route of its own.
///
/// One per organisation. A goal plans at most one target per organisation (names folded; an empty
/// organisation is nobody's): the best-scored one; the others are `sameOrganization`. A goal that
/// names organisations is exempt.
///
/// Pending asks. A target you already asked an introduction to (introductions.csv `requested`,
/// no later outcome) is not asked again, by that introducer or another: it takes one of the first
/// matching goal's `count` as "already asked; follow up" (`TargetStatus.pending`).
///
/// Assignment (greedy, documented in docs/planning.md). Every (target, path) option gets the score
/// (½ + ½ value(t)) × reliability; a target tied to you directly has the single option "reach out
/// yourself" with reliability = your tie strength (its introduction routes are still listed as
/// alternatives, which matters when your own tie is weak). Options are taken best score first; one is
/// accepted when its target is not planned yet, its goal still wants targets (`count`), and every
/// introducer on it has been asked fewer than `budget` times; accepting it charges one ask to each
/// introducer. A target whose best path is blocked by the budget falls back to its next path.
/// This is the greedy rule for a budgeted assignment; it is not guaranteed optimal (an exact
/// answer is an integer program), but every accepted ask is the best one still available.
///
/// Search (docs/planning.md): the goal filters pick the targets first; one hop-limited search
/// from you (`HopLimitedPaths`, O(H m)) gives every target's best reliability, which bounds its
/// options' scores; the assignment takes options from a heap in score order and runs Yen for a
/// target only when its bound comes first — so only the targets the greedy rule reaches cost a
/// Yen search, and the plan is the one a full enumeration would give.
///
/// - Complexity: O(G H m) for the bounded searches (one per goal, plus one without the targets avoided), O(T' · k · n · H (m + n log n)) for the T' targets
///   the assignment reaches (Yen per target; T' ≪ T when goals fill early), plus
///   O(T k log(T k)) for the assignment and, when some target is unreachable, one betweenness
///   computation (O(nm + n² log n)) on networks up to 5,000 contacts (degree beyond).
public struct IntroductionPlanner: Sendable {
    /// Undirected, node i = contact i, weights = tie strengths in (0, 1].
    public var graph: Graph
    public var contacts: [Contact]
    public var ego: Int
    /// Per contact, 0–1 (how much the contact is worth; unknown = 0).
    public var value: [Double]
    /// Contacts never asked to introduce (tag `do-not-ask`).
    public var doNotAsk: [Bool]
    /// Steps (introducer, target) an earlier introduction was declined on.
    public var declinedSteps: [(Int, Int)]
    /// Introductions you asked for that have no outcome yet: (introducer, target, date asked).
    public var pendingRequests: [PendingRequest]
    public var options: PlanningOptions

    public init(graph: Graph, contacts: [Contact], ego: Int, value: [Double]? = nil, doNotAsk: [Bool]? = nil,
                declinedSteps: [(Int, Int)] = [], pendingRequests: [PendingRequest] = [], options: PlanningOptions = .init()) {
        precondition(graph.nodeCount == contacts.count, "one node per contact")
        precondition(ego >= 0 && ego < contacts.count, "ego out of range")
        self.graph = graph
        self.contacts = contacts
        self.ego = ego
        self.value = value ?? [Double](repeating: 0, count: contacts.count)
        self.doNotAsk = doNotAsk ?? contacts.map { $0.tags.contains { ContactFilter.fold($0) == "do-not-ask" } }
        self.declinedSteps = declinedSteps
        self.pendingRequests = pendingRequests
        self.options = options
    }

    /// The cost Yen's algorithm minimises: −ln w plus `hopTieBreak` per tie. The reliability Π w
    /// orders the paths; among equally reliable ones (an unweighted graph, where every path has
    /// reliability 1) the one with fewer hops comes first. The added 1e−9 per hop reorders only
    /// paths whose reliabilities differ by less than a factor e^(1e−9 · Δhops), i.e. in the 9th
    /// significant digit; the reliability reported is computed from the weights, not from the cost.
    public static let pathCost: @Sendable (Double) -> Double = { -log($0) + hopTieBreak }
    public static let hopTieBreak = 1e-9

    /// The score options are ranked by.
    public static func score(value: Double, reliability: Double) -> Double { (0.5 + 0.5 * value) * reliability }

    /// Reliability Π w along a path of this graph (`Graph.pathReliability`; 0 across a non-edge).
    public func reliability(_ nodes: [Int]) -> Double { graph.pathReliability(nodes) }

    /// The key of the one-per-organisation rule (also the team plan's): the contact's organisation,
    /// folded; `nil` (no limit) for an empty organisation or when the goal itself names organisations.
    public static func organizationKey(goal: Goal, contact: Contact) -> String? {
        guard goal.filter.organizations.isEmpty else { return nil }
        let key = ContactFilter.fold(contact.organization)
        return key.isEmpty ? nil : key
    }

    /// The most reliable introduction paths from you to `target`, best first (at most `options.paths`).
    public func paths(to target: Int) throws -> [IntroductionPath] {
        try paths(to: target, costs: graph.mapWeights(Self.pathCost),
                  avoiding: (0 ..< contacts.count).filter { doNotAsk[$0] })
    }

    /// A goal's targets in plan order: the planned ones as their asks come (`askOrder`: contact →
    /// place among the goal's asks), then the rest best score first, equal scores by contact
    /// index. The single-owner and the team plan list their targets so.
    static func sortInPlanOrder(_ targets: inout [GoalTarget], askOrder order: [Int: Int]) {
        targets.sort { a, b in
            switch (order[a.contact], order[b.contact]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                let sa = a.reliability.map { score(value: a.value, reliability: $0) } ?? -1
                let sb = b.reliability.map { score(value: b.value, reliability: $0) } ?? -1
                return sa != sb ? sa > sb : a.contact < b.contact
            }
        }
    }

    /// Whether `t` is one of `goal`'s targets for you: it matches the goal's filter, is not you,
    /// and (a `new = true` goal) is not tied to you.
    func isTarget(_ t: Int, of goal: Goal) -> Bool {
        t != ego && goal.filter.matches(contacts[t]) && !(goal.newOnly && graph.weight(from: ego, to: t) != nil)
    }

    /// The contacts no route for `goal` passes through: do-not-ask, and the goal's own targets (a
    /// target is pitched, not spent as an introducer to another target of the same goal: the
    /// route's prefix reaches her with at least the route's reliability and in fewer hops).
    func avoided(for goal: Goal) -> [Bool] {
        var flags = doNotAsk
        for t in contacts.indices where isTarget(t, of: goal) { flags[t] = true }
        return flags
    }

    /// `paths(to:)` on the graph already in cost units (−ln w), computed once per plan.
    func paths(to target: Int, costs: Graph, avoiding avoid: [Int]) throws -> [IntroductionPath] {
        let yen = try costs.shortestSimplePaths(from: ego, to: target, maxHops: options.maxHops, avoiding: avoid,
                                                avoidingSteps: declinedSteps)
        return yen.prefix(options.paths).map { IntroductionPath(nodes: $0.nodes, reliability: reliability($0.nodes)) }
    }

    public func plan(goals: [Goal]) throws -> IntroductionPlan {
        struct Option { var goal: Int; var target: Int; var rank: Int; var path: IntroductionPath; var score: Double }
        let n = contacts.count
        var found = [Int: [IntroductionPath]]()           // per (goal, target) = g·n + t, its paths (computed once)
        var matches = [[Int]](repeating: [], count: goals.count)
        for (g, goal) in goals.enumerated() {
            matches[g] = contacts.indices.filter { isTarget($0, of: goal) }
        }
        // Weights ≤ 1 give costs ≥ 0; a strength above 1 would be a caller's error (the workspace
        // graph clamps strengths to 1), reported by shortestSimplePaths as a PathCostError.
        let costs = graph.mapWeights(Self.pathCost)
        // Per goal, the contacts no route may pass through (`avoided(for:)`).
        let avoidFlags = goals.map(avoided(for:))
        let avoidLists = avoidFlags.map { flags in (0 ..< n).filter { flags[$0] } }
        // One bounded search from you per goal: the best path's cost bounds each target's options
        // from above, so Yen runs only for the targets the greedy assignment reaches.
        var declined = Set<Int>()
        for (u, v) in declinedSteps { declined.insert(u &* n &+ v) }
        let bounded = avoidFlags.map {
            HopLimitedPaths(costs: costs, source: ego, maxHops: self.options.maxHops, avoiding: $0, declined: declined)
        }
        // Without the goals' own targets avoided: tells "only through another target" from "unreachable".
        let unrestricted = HopLimitedPaths(costs: costs, source: ego, maxHops: self.options.maxHops, avoiding: doNotAsk,
                                           declined: declined)
        func allPaths(_ g: Int, _ t: Int) throws -> [IntroductionPath] {
            if let known = found[g &* n &+ t] { return known }
            let list: [IntroductionPath]
            if let w = graph.weight(from: ego, to: t) {
                // Tied to you: reach out yourself; the introduction routes stay as alternatives.
                let direct = IntroductionPath(nodes: [ego, t], reliability: w)
                list = [direct] + (try paths(to: t, costs: costs, avoiding: avoidLists[g])).filter { $0.nodes.count > 2 }.prefix(self.options.paths - 1)
            } else {
                list = try paths(to: t, costs: costs, avoiding: avoidLists[g])
            }
            found[g &* n &+ t] = list
            return list
        }
        /// The most reliable path's reliability, without Yen when it has not run for `t`.
        func bestReliability(_ g: Int, _ t: Int) -> Double? {
            if let known = found[g &* n &+ t] { return known.first?.reliability }
            if let w = graph.weight(from: ego, to: t) { return w }
            return bounded[g].path(to: t).map(reliability)
        }

        // Candidates: the goal filter first, then one heap entry per (goal, target) — an exact
        // option for a target tied to you, else a bound (its best score, raised by 1e-9 relative to
        // cover exp(−Σ cost) against Π w rounding) that expands into the target's options when it
        // comes first. Options then leave the heap in the order a full sort of every option would give.
        var heap = PlanHeap<Option>()
        for g in goals.indices {
            for t in matches[g] {
                if let w = graph.weight(from: ego, to: t) {
                    let direct = IntroductionPath(nodes: [ego, t], reliability: w)
                    let score = Self.score(value: value[t], reliability: w)
                    heap.push(.init(score: score, goal: g, target: t, rank: 0,
                                    item: Option(goal: g, target: t, rank: 0, path: direct, score: score)))
                } else if bounded[g].cost[t].isFinite {
                    // Costs carry `hopTieBreak` per hop, so exp(−cost) understates the best
                    // reliability by at most exp(maxHops · hopTieBreak): the bound allows for it.
                    let slack = (1 + 1e-9) * exp(Double(self.options.maxHops) * Self.hopTieBreak)
                    let bound = Self.score(value: value[t], reliability: exp(-bounded[g].cost[t])) * slack
                    heap.push(.init(score: bound, goal: g, target: t, rank: -1, item: nil))
                } else {
                    found[g &* n &+ t] = []
                }
            }
        }

        var load = [Int](repeating: 0, count: contacts.count)
        var plannedGoal = [Int: Int]()                      // target → goal it is planned for
        var perGoal = [Int](repeating: 0, count: goals.count)
        // A target you already asked an introduction to, with no outcome yet, is not asked again
        // (by that introducer or another): it counts toward the first goal it matches, as "asked".
        var pendingOf = [Int: PendingRequest]()
        for r in pendingRequests where r.target != ego {
            if let known = pendingOf[r.target], known.date >= r.date { continue }
            pendingOf[r.target] = r
        }
        // One target per organisation and goal (a fund, a client firm decides once; its partner and
        // its analyst are one pitch), unless the goal itself names organisations.
        var orgTaken = [Set<String>](repeating: [], count: goals.count)
        func organizationKey(_ g: Int, _ t: Int) -> String? { Self.organizationKey(goal: goals[g], contact: contacts[t]) }
        var alreadyAsked = [Int](repeating: 0, count: goals.count)
        for g in goals.indices {
            for t in matches[g] where pendingOf[t] != nil && plannedGoal[t] == nil && perGoal[g] < goals[g].count {
                if let org = organizationKey(g, t) { orgTaken[g].insert(org) }
                plannedGoal[t] = g
                perGoal[g] += 1
                alreadyAsked[g] += 1
            }
        }
        var blockedByBudget = Set<Int>()
        var asks = [PlannedAsk]()
        let progress = ProgressReporter.shared
        progress.begin("planning: targets searched", total: heap.count)
        defer { progress.end() }
        var searched = 0
        while let entry = heap.pop() {
            if perGoal.indices.allSatisfy({ perGoal[$0] >= goals[$0].count }) { break }
            guard let o = entry.item else {
                searched += 1
                progress.advance(to: searched)
                let list = try allPaths(entry.goal, entry.target)
                // A target tied to you has the one option "reach out yourself"; an introduction route
                // below the reliability floor is no option (the target becomes cold outreach).
                for (rank, p) in list.enumerated() where (rank == 0 || list[0].nodes.count > 2)
                    && (p.nodes.count == 2 || p.reliability >= self.options.minReliability) {
                    let score = Self.score(value: value[entry.target], reliability: p.reliability)
                    heap.push(.init(score: score, goal: entry.goal, target: entry.target, rank: rank,
                                    item: Option(goal: entry.goal, target: entry.target, rank: rank, path: p, score: score)))
                }
                continue
            }
            if plannedGoal[o.target] != nil || perGoal[o.goal] >= goals[o.goal].count { continue }
            if let org = organizationKey(o.goal, o.target), orgTaken[o.goal].contains(org) { continue }
            if o.path.introducers.contains(where: { load[$0] >= self.options.budget }) {
                blockedByBudget.insert(o.target)
                continue
            }
            for x in o.path.introducers { load[x] += 1 }
            if let org = organizationKey(o.goal, o.target) { orgTaken[o.goal].insert(org) }
            plannedGoal[o.target] = o.goal
            perGoal[o.goal] += 1
            let all = try allPaths(o.goal, o.target)
            asks.append(PlannedAsk(goal: o.goal, action: o.path.nodes.count == 2 ? .reachOut : .askIntroduction,
                                   target: o.target, path: o.path, alternatives: all.filter { $0 != o.path },
                                   value: value[o.target], score: o.score))
        }

        // Plan order: goal by goal (in the order given), best score first within a goal.
        asks.sort { $0.goal != $1.goal ? $0.goal < $1.goal : $0.score > $1.score }

        var betweenness: [Double]?
        var goalPlans = [GoalPlan]()
        for (g, goal) in goals.enumerated() {
            var targets = [GoalTarget]()
            for t in matches[g] {
                let best = bestReliability(g, t)
                let status: TargetStatus
                var route = found[g &* n &+ t]?.first ?? bounded[g].path(to: t).map { IntroductionPath(nodes: $0, reliability: reliability($0)) }
                if let pg = plannedGoal[t], pg == g, let r = pendingOf[t] {
                    status = .pending
                    let via = [ego, r.introducer, t]
                    route = IntroductionPath(nodes: via, reliability: reliability(via))
                }
                else if let pg = plannedGoal[t] { status = pg == g ? .planned : .plannedForOtherGoal }
                else if let org = organizationKey(g, t), orgTaken[g].contains(org) { status = .sameOrganization }
                else if best == nil, let via = unrestricted.path(to: t) {
                    // Only through another target: pitch that one; and when even that route is
                    // under the floor it is no warm route at all (cold outreach, its first step named).
                    route = IntroductionPath(nodes: via, reliability: reliability(via))
                    status = route!.reliability < self.options.minReliability ? .coldOutreach : .throughOtherTarget
                }
                else if best == nil { status = .unreachable }
                else if graph.weight(from: ego, to: t) == nil, let best, best < self.options.minReliability {
                    status = .coldOutreach
                }
                else if blockedByBudget.contains(t) && perGoal[g] < goal.count { status = .overBudget }
                else { status = .notNeeded }
                targets.append(GoalTarget(contact: t, value: value[t], reliability: best, status: status,
                                          bestRoute: route, askedOn: status == .pending ? pendingOf[t]?.date : nil))
            }
            let askIndices = asks.indices.filter { asks[$0].goal == g }
            let order = Dictionary(uniqueKeysWithValues: askIndices.enumerated().map { (asks[$1].target, $0) })
            Self.sortInPlanOrder(&targets, askOrder: order)
            let unreachable = targets.filter { $0.status == .unreachable }.map(\.contact)
            var bridges = [GoalBridge]()
            if !unreachable.isEmpty && askIndices.count < goal.count {
                if betweenness == nil {
                    betweenness = graph.nodeCount <= 5_000 ? graph.betweenness(normalized: true)
                        : (0 ..< graph.nodeCount).map { Double(graph.degree($0)) / Double(max(1, graph.nodeCount - 1)) }
                }
                bridges = bridgeContacts(near: unreachable, excluding: Set(matches[g]), betweenness: betweenness!)
            }
            goalPlans.append(GoalPlan(goal: goal, targets: targets, asks: askIndices, bridges: bridges,
                                      alreadyAsked: alreadyAsked[g]))
        }
        var loadMap = [Int: Int]()
        for (x, n) in load.enumerated() where n > 0 { loadMap[x] = n }
        return IntroductionPlan(ego: ego, options: self.options, asks: asks, goals: goalPlans, load: loadMap)
    }

    /// Whom to approach when `targets` cannot be reached within the hop limit: the contacts you
    /// can reach (not do-not-ask, not targets) that are fewest ties from any of the targets — ties
    /// broken by fewer ties from you, then higher betweenness. When no contact you can reach is
    /// connected to them at all, the best-connected contacts (betweenness) of the targets' own
    /// part of the network, with `hopsFromYou == nil`. At most 3.
    func bridgeContacts(near targets: [Int], excluding: Set<Int>, betweenness: [Double]) -> [GoalBridge] {
        let fromYou = hops(from: [ego], skipping: doNotAsk)
        let toGoal = hops(from: targets, skipping: nil)
        var candidates = [GoalBridge]()
        for x in contacts.indices where x != ego && !doNotAsk[x] && !excluding.contains(x) {
            guard let d = toGoal[x] else { continue }
            candidates.append(GoalBridge(contact: x, hopsFromYou: fromYou[x], hopsToGoal: d, betweenness: betweenness[x]))
        }
        let reachable = candidates.filter { $0.hopsFromYou != nil }
        if !reachable.isEmpty {
            return Array(reachable.sorted {
                ($0.hopsToGoal, $0.hopsFromYou!, -$0.betweenness, $0.contact) < ($1.hopsToGoal, $1.hopsFromYou!, -$1.betweenness, $1.contact)
            }.prefix(3))
        }
        return Array(candidates.sorted { ($0.betweenness, -$0.hopsToGoal, -$0.contact) > ($1.betweenness, -$1.hopsToGoal, -$1.contact) }
            .prefix(3))
    }

    /// Breadth-first hop counts from `sources` (nil = not reached); nodes flagged in `skipping`
    /// are neither entered nor expanded.
    func hops(from sources: [Int], skipping: [Bool]?) -> [Int?] {
        var dist = [Int?](repeating: nil, count: graph.nodeCount)
        var queue = [Int]()
        for s in sources where dist[s] == nil { dist[s] = 0; queue.append(s) }
        var head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for v32 in graph.neighbors(u) {
                let v = Int(v32)
                if dist[v] != nil || (skipping?[v] ?? false) { continue }
                dist[v] = dist[u]! + 1
                queue.append(v)
            }
        }
        return dist
    }
}
