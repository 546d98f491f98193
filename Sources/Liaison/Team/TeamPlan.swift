//===----------------------------------------------------------------------===//
// TeamPlan: the warmest route to each goal target from anyone on the team, and who should ask
//===----------------------------------------------------------------------===//

import Foundation
import LiaisonGraph

/// One step of a team plan: which owner acts, and the step as that owner's own plan would say it.
public struct TeamAsk: Sendable, Equatable {
    public var goal: Int
    /// The owner who should ask (or reach out).
    public var owner: Int
    public var action: PlannedAsk.Action
    public var target: Int
    /// From the owner to the target.
    public var path: IntroductionPath
    public var value: Double
    public var score: Double
    /// Every owner's best reliability to the target (their tie when direct), nil = no route; in team order.
    public var byOwner: [(owner: Int, reliability: Double?)]

    public static func == (l: Self, r: Self) -> Bool {
        l.goal == r.goal && l.owner == r.owner && l.action == r.action && l.target == r.target && l.path == r.path
            && l.value == r.value && l.score == r.score && l.byOwner.map(\.owner) == r.byOwner.map(\.owner)
            && l.byOwner.map(\.reliability) == r.byOwner.map(\.reliability)
    }
}

/// The plan of a team's goals (a workspace with `team`).
///
/// Method: each owner's view (`Workspace.ownerView`) gives their tie strengths and an
/// `IntroductionPlanner` with the owner as the ego — the single-owner planner unchanged — whose
/// bounded search gives every owner's best reliability to every goal target (their own tie when
/// they know the target: "reach out"). Contacts are valued once, for the team, by their lifetime
/// quality in the whole workspace. The options (goal, target, owner) are then assigned greedily by
/// score (½ + ½ value) × reliability, best first, as the single-owner planner assigns paths: an
/// option is accepted when its target is not planned yet, its goal still wants targets and every
/// introducer on the owner's best path (Yen, up to `paths` of them, the first within budget) has
/// been asked fewer than `budget` times across the team's plan; a path further down the owner's
/// list goes back into the order at its own score. Owners are never targets, nor introducers for
/// one another's routes through their own plans (they are in each view like any contact).
/// Routes under `minReliability` are not planned (cold outreach), as for one owner. A `new = true`
/// goal leaves out every contact a member is tied to (not new to the team).
///
/// The single-owner rules apply to the team as a whole: one target per organisation and goal
/// (`IntroductionPlanner.organizationKey`: the best-scored option of an organisation is planned,
/// the others are `sameOrganization`), and every matching contact that is not planned gets a
/// `TargetStatus` and its reason (`GoalTarget.reason`): planned for another goal, same
/// organisation, only through another target, unreachable from anyone, cold outreach (the best
/// member's route under the floor, its first step named), over budget or not needed. A target a
/// member already asked an introduction to (introductions.csv `requested` with that member as
/// `from`, no outcome yet) is not asked again by anyone: it takes one of the first matching goal's
/// `count` as `pending` ("follow up"), the latest request if several members asked.
///
/// - Complexity: one tie model, one bounded search and one planner per owner, plus Yen for each
///   accepted option, O(O · T log(O · T)) for the assignment of T targets among O owners.
public struct TeamPlan: Sendable {
    public var asOf: Date
    public var owners: [Int]
    public var options: PlanningOptions
    public var goals: [Goal]
    /// Matching contacts per goal (owners excluded).
    public var matched: [Int]
    /// Per goal, every matching contact with its status (as `GoalPlan.targets`): planned ones in
    /// plan order, then best score first. `bestRoute` starts at the member it was found from.
    public var targets: [[GoalTarget]]
    public var asks: [TeamAsk]
    /// Introductions asked of each contact across the plan.
    public var load: [Int: Int]
    /// Per goal, targets already asked for (pending requests): they count toward `goal.count`.
    public var alreadyAsked: [Int]
    /// Each owner's ties (the views the plan was made on), in team order.
    public var strengths: [TieStrengths]
}

extension Workspace {
    /// Plans `goals` for the team (`owners`, default `self.owners`), as of `asOf`.
    public func teamPlan(goals: [Goal], owners: [ContactIndex]? = nil, asOf date: Date? = nil,
                         options: PlanningOptions = .init()) throws -> TeamPlan {
        let asOf = date ?? self.asOf
        let owners = (owners ?? self.owners).map(Int.init)
        let model = config.tieStrength
        // The team's value of each contact: lifetime quality over the whole workspace.
        var lifetime = config.quality
        lifetime.windowDays = 200 * 365.25
        let whole = tieStrengths(asOf: asOf, model: model)
        let value = contactQuality(strengths: whole, model: lifetime).map { $0.quality ?? 0 }

        // Requests still pending, per member, the latest per target across the team.
        var pendingOf = [Int: PendingRequest](), pendingBy = [Int: Int]()   // target → request, member
        for m in owners {
            for r in pendingIntroductionRequests(ego: ContactIndex(m), asOf: asOf) where !owners.contains(r.target) {
                if let known = pendingOf[r.target], known.date >= r.date { continue }
                pendingOf[r.target] = r
                pendingBy[r.target] = m
            }
        }
        var planners = [IntroductionPlanner](), plans = [IntroductionPlan](), strengths = [TieStrengths]()
        for m in owners {
            let view = ownerView(ContactIndex(m))
            let ties = view.tieStrengths(asOf: asOf, model: model)
            let planner = IntroductionPlanner(graph: view.strengthGraph(from: ties).graph, contacts: contacts, ego: m,
                                              value: value, declinedSteps: declinedIntroductionSteps, options: options)
            planners.append(planner)
            plans.append(try planner.plan(goals: goals))
            strengths.append(ties)
        }
        let isOwner = Set(owners)

        struct Option { var goal: Int; var target: Int; var k: Int; var reliability: Double; var score: Double }
        var queue = [Option]()
        var byOwner = [[Int: [(owner: Int, reliability: Double?)]]](repeating: [:], count: goals.count)
        var matched = [Int](repeating: 0, count: goals.count)
        for g in goals.indices {
            var best = [Int: [Double?]]()
            for (k, plan) in plans.enumerated() {
                for t in plan.goals[g].targets where !isOwner.contains(t.contact) {
                    best[t.contact, default: [Double?](repeating: nil, count: owners.count)][k] = t.reliability
                }
            }
            // A `new = true` goal wants people no one on the team knows yet: a target tied to any
            // member is left out (each member's own plan already leaves out those tied to them).
            if goals[g].newOnly {
                best = best.filter { t, _ in !planners.indices.contains { planners[$0].graph.weight(from: owners[$0], to: t) != nil } }
            }
            matched[g] = best.count
            for (t, rel) in best {
                byOwner[g][t] = zip(owners, rel).map { ($0, $1) }
                for (k, r) in rel.enumerated() {
                    guard let r else { continue }
                    let direct = planners[k].graph.weight(from: owners[k], to: t) != nil
                    guard direct || r >= options.minReliability else { continue }
                    queue.append(Option(goal: g, target: t, k: k, reliability: r,
                                        score: IntroductionPlanner.score(value: value[t], reliability: r)))
                }
            }
        }
        // Best score first; equal scores by goal, then the owner earlier on the team, then target.
        func before(_ x: Option, _ y: Option) -> Bool {
            x.score != y.score ? x.score > y.score : (x.goal, x.k, x.target) < (y.goal, y.k, y.target)
        }
        queue.sort(by: before)
        var planned = [Int: Int](), count = [Int](repeating: 0, count: goals.count), load = [Int: Int]()
        var asks = [TeamAsk](), tried = [Int: [IntroductionPath]]()   // (owner k, goal, target) → remaining paths
        // Each member's routes as in that member's own plan: in cost units, computed once, and for a
        // goal never through another of its targets (`IntroductionPlanner.avoided(for:)`).
        let costs = planners.map { $0.graph.mapWeights(IntroductionPlanner.pathCost) }
        var avoidLists = [Int: [Int]]()   // owner k · goals + goal → contacts no route passes through
        func avoided(_ k: Int, _ g: Int) -> [Int] {
            if let known = avoidLists[k &* goals.count &+ g] { return known }
            let flags = planners[k].avoided(for: goals[g])
            let list = flags.indices.filter { flags[$0] }
            avoidLists[k &* goals.count &+ g] = list
            return list
        }
        // One target per organisation and goal, as in the single-owner plan.
        var orgTaken = [Set<String>](repeating: [], count: goals.count), blockedByBudget = Set<Int>()
        func organizationKey(_ g: Int, _ t: Int) -> String? {
            IntroductionPlanner.organizationKey(goal: goals[g], contact: contacts[t])
        }
        // Pending requests first, as for one owner: each takes a place in the first goal it matches.
        var alreadyAsked = [Int](repeating: 0, count: goals.count)
        for g in goals.indices {
            for t in byOwner[g].keys.sorted() where pendingOf[t] != nil && planned[t] == nil && count[g] < goals[g].count {
                if let org = organizationKey(g, t) { orgTaken[g].insert(org) }
                planned[t] = g
                count[g] += 1
                alreadyAsked[g] += 1
            }
        }
        var i = 0
        while i < queue.count {
            let o = queue[i]
            i += 1
            guard planned[o.target] == nil, count[o.goal] < goals[o.goal].count else { continue }
            if let org = organizationKey(o.goal, o.target), orgTaken[o.goal].contains(org) { continue }
            let owner = owners[o.k]
            let path: IntroductionPath
            if let w = planners[o.k].graph.weight(from: owner, to: o.target) {
                path = IntroductionPath(nodes: [owner, o.target], reliability: w)
            } else {
                // The owner's paths, best first; those through an introducer out of budget are gone
                // for good (loads only grow).
                let key = (o.k &* goals.count &+ o.goal) &* contacts.count &+ o.target
                var list = try tried[key] ?? planners[o.k].paths(to: o.target, costs: costs[o.k], avoiding: avoided(o.k, o.goal))
                list.removeAll { $0.introducers.contains { load[$0, default: 0] >= options.budget } }
                tried[key] = list
                guard let p = list.first, p.reliability >= options.minReliability else {
                    blockedByBudget.insert(o.target)   // its route was over the floor before the budget
                    continue
                }
                if p.reliability < o.reliability * (1 - 1e-12) {
                    // A path further down the list: back into the order at its own score.
                    let again = Option(goal: o.goal, target: o.target, k: o.k, reliability: p.reliability,
                                       score: IntroductionPlanner.score(value: value[o.target], reliability: p.reliability))
                    let at = queue[i...].firstIndex { !before($0, again) } ?? queue.count
                    queue.insert(again, at: at)
                    continue
                }
                path = p
            }
            planned[o.target] = o.goal
            if let org = organizationKey(o.goal, o.target) { orgTaken[o.goal].insert(org) }
            count[o.goal] += 1
            for x in path.introducers { load[x, default: 0] += 1 }
            asks.append(TeamAsk(goal: o.goal, owner: owner, action: path.nodes.count == 2 ? .reachOut : .askIntroduction,
                                target: o.target, path: path, value: value[o.target],
                                score: IntroductionPlanner.score(value: value[o.target], reliability: path.reliability),
                                byOwner: byOwner[o.goal][o.target] ?? []))
        }
        // Plan order, as for one owner: goal by goal, best score first within a goal.
        asks.sort { $0.goal != $1.goal ? $0.goal < $1.goal : $0.score > $1.score }
        // Every matching contact's status, as the single-owner plan gives it.
        var targets = [[GoalTarget]]()
        for g in goals.indices {
            var own = [[Int: GoalTarget]](repeating: [:], count: owners.count)   // each member's view of the targets
            for k in owners.indices { for t in plans[k].goals[g].targets { own[k][t.contact] = t } }
            var list = [GoalTarget]()
            for (t, reach) in byOwner[g] {
                let rel = reach.map(\.reliability)
                let direct = owners.indices.filter { planners[$0].graph.weight(from: owners[$0], to: t) != nil }
                // The member with the best route (a direct tie first).
                let bestK = owners.indices.filter { rel[$0] != nil }
                    .max { (direct.contains($0) ? 1 : 0, rel[$0]!, -$0) < (direct.contains($1) ? 1 : 0, rel[$1]!, -$1) }
                var target = GoalTarget(contact: t, value: value[t], reliability: bestK.flatMap { rel[$0] }, status: .notNeeded,
                                        bestRoute: bestK.flatMap { own[$0][t]?.bestRoute })
                if planned[t] == g, let r = pendingOf[t], let m = pendingBy[t] {
                    target.status = .pending
                    target.bestRoute = IntroductionPath(nodes: [m, r.introducer, t],
                                                        reliability: planners[owners.firstIndex(of: m)!].reliability([m, r.introducer, t]))
                    target.askedOn = r.date
                } else if let a = asks.first(where: { $0.target == t && $0.goal == g }) {
                    target.status = .planned
                    target.reliability = a.path.reliability
                    target.bestRoute = a.path
                } else if planned[t] != nil {
                    target.status = .plannedForOtherGoal
                } else if let org = organizationKey(g, t), orgTaken[g].contains(org) {
                    target.status = .sameOrganization
                } else if bestK == nil {
                    // No member reaches it without passing another of the goal's targets (then that
                    // route, the most reliable over the members), or no route at all.
                    let through = owners.indices.compactMap { k -> IntroductionPath? in
                        guard let x = own[k][t], x.reliability == nil,
                              x.status == .throughOtherTarget || x.status == .coldOutreach else { return nil }
                        return x.bestRoute
                    }.max { $0.reliability < $1.reliability }
                    if let through {
                        target.bestRoute = through
                        target.status = through.reliability < options.minReliability ? .coldOutreach : .throughOtherTarget
                    } else {
                        target.status = .unreachable
                    }
                } else if direct.isEmpty, let r = target.reliability, r < options.minReliability {
                    target.status = .coldOutreach
                } else if blockedByBudget.contains(t) && count[g] < goals[g].count {
                    target.status = .overBudget
                }
                list.append(target)
            }
            let order = Dictionary(uniqueKeysWithValues: asks.enumerated().filter { $0.element.goal == g }.map { ($1.target, $0) })
            IntroductionPlanner.sortInPlanOrder(&list, askOrder: order)
            targets.append(list)
        }
        return TeamPlan(asOf: asOf, owners: owners, options: options, goals: goals, matched: matched, targets: targets,
                        asks: asks, load: load, alreadyAsked: alreadyAsked, strengths: strengths)
    }
}
