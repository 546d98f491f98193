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
/// - Complexity: one tie model, one bounded search and one planner per owner, plus Yen for each
///   accepted option, O(O · T log(O · T)) for the assignment of T targets among O owners.
public struct TeamPlan: Sendable {
    public var asOf: Date
    public var owners: [Int]
    public var options: PlanningOptions
    public var goals: [Goal]
    /// Matching contacts per goal (owners excluded).
    public var matched: [Int]
    public var asks: [TeamAsk]
    /// Introductions asked of each contact across the plan.
    public var load: [Int: Int]
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
        var planned = Set<Int>(), count = [Int](repeating: 0, count: goals.count), load = [Int: Int]()
        var asks = [TeamAsk](), tried = [Int: [IntroductionPath]]()   // (owner k, target) → remaining paths
        var i = 0
        while i < queue.count {
            let o = queue[i]
            i += 1
            guard !planned.contains(o.target), count[o.goal] < goals[o.goal].count else { continue }
            let owner = owners[o.k]
            let path: IntroductionPath
            if let w = planners[o.k].graph.weight(from: owner, to: o.target) {
                path = IntroductionPath(nodes: [owner, o.target], reliability: w)
            } else {
                // The owner's paths, best first; those through an introducer out of budget are gone
                // for good (loads only grow).
                let key = o.k &* contacts.count &+ o.target
                var list = try tried[key] ?? planners[o.k].paths(to: o.target)
                list.removeAll { $0.introducers.contains { load[$0, default: 0] >= options.budget } }
                tried[key] = list
                guard let p = list.first, p.reliability >= options.minReliability else { continue }
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
            planned.insert(o.target)
            count[o.goal] += 1
            for x in path.introducers { load[x, default: 0] += 1 }
            asks.append(TeamAsk(goal: o.goal, owner: owner, action: path.nodes.count == 2 ? .reachOut : .askIntroduction,
                                target: o.target, path: path, value: value[o.target],
                                score: IntroductionPlanner.score(value: value[o.target], reliability: path.reliability),
                                byOwner: byOwner[o.goal][o.target] ?? []))
        }
        return TeamPlan(asOf: asOf, owners: owners, options: options, goals: goals, matched: matched, asks: asks,
                        load: load, strengths: strengths)
    }
}
