import Foundation
import Testing
@testable import Liaison
@testable import LiaisonGraph

/// The planner's heap with one bounded search (issue 16) against the plan it replaced: Yen for
/// every matching target, every option sorted, the greedy assignment over all of them. Written
/// out here as the reference; asks (targets, paths, alternatives, scores) and each target's
/// status and best reliability must agree, on random networks with budgets that bind.
private func referencePlan(_ p: IntroductionPlanner, goals: [Goal]) throws
    -> (asks: [(Int, Int, [Int], [[Int]])], best: [[Int]: Double?], planned: [Int: Int]) {
    struct Option { var goal: Int; var target: Int; var rank: Int; var path: IntroductionPath; var score: Double }
    var options = [Option](), found = [[Int]: [IntroductionPath]]()      // [goal, target] → paths
    let costs = p.graph.mapWeights(IntroductionPlanner.pathCost)
    var planned = [Int: Int](), perGoal = [Int](repeating: 0, count: goals.count)
    var pendingTargets = Set(p.pendingRequests.map(\.target))
    // One target per organisation and goal (unless the goal names organisations).
    var taken = Set<[Int: String]>()
    func orgOf(_ g: Int, _ t: Int) -> String? {
        let o = ContactFilter.fold(p.contacts[t].organization)
        return goals[g].filter.organizations.isEmpty && !o.isEmpty ? o : nil
    }
    for (g, goal) in goals.enumerated() {
        let targets = p.contacts.indices.filter { t in t != p.ego && goal.filter.matches(p.contacts[t])
            && !(goal.newOnly && p.graph.weight(from: p.ego, to: t) != nil) }
        // No route passes through another target of the same goal (nor a do-not-ask contact).
        let avoid = (0 ..< p.contacts.count).filter { p.doNotAsk[$0] || targets.contains($0) }
        for t in targets {
            // A pending request: counted for the first goal with room, never an option.
            if pendingTargets.contains(t) {
                if perGoal[g] < goal.count {
                    planned[t] = g; perGoal[g] += 1; pendingTargets.remove(t)
                    if let org = orgOf(g, t) { taken.insert([g: org]) }
                }
                continue
            }
            if planned[t] != nil && p.pendingRequests.contains(where: { $0.target == t }) { continue }
            let list: [IntroductionPath]
            if let w = p.graph.weight(from: p.ego, to: t) {
                list = [IntroductionPath(nodes: [p.ego, t], reliability: w)]
                    + (try p.paths(to: t, costs: costs, avoiding: avoid)).filter { $0.nodes.count > 2 }.prefix(p.options.paths - 1)
            } else { list = try p.paths(to: t, costs: costs, avoiding: avoid) }
            found[[g, t]] = list
            // The reliability floor: an introduction route below it is no option.
            for (rank, path) in list.enumerated() where (rank == 0 || list[0].nodes.count > 2)
                && (path.nodes.count == 2 || path.reliability >= p.options.minReliability) {
                options.append(Option(goal: g, target: t, rank: rank, path: path,
                                      score: IntroductionPlanner.score(value: p.value[t], reliability: path.reliability)))
            }
        }
    }
    options.sort { ($0.score, -$0.goal, -$0.target, -$0.rank) > ($1.score, -$1.goal, -$1.target, -$1.rank) }
    var load = [Int](repeating: 0, count: p.contacts.count)
    var asks = [(Int, Int, [Int], [[Int]])]()
    for o in options {
        if planned[o.target] != nil || perGoal[o.goal] >= goals[o.goal].count { continue }
        if let org = orgOf(o.goal, o.target), taken.contains([o.goal: org]) { continue }
        if o.path.introducers.contains(where: { load[$0] >= p.options.budget }) { continue }
        for x in o.path.introducers { load[x] += 1 }
        if let org = orgOf(o.goal, o.target) { taken.insert([o.goal: org]) }
        planned[o.target] = o.goal
        perGoal[o.goal] += 1
        asks.append((o.goal, o.target, o.path.nodes, (found[[o.goal, o.target]] ?? []).filter { $0 != o.path }.map(\.nodes)))
    }
    return (asks, found.mapValues { $0.first?.reliability }, planned)
}

@Test(arguments: [1, 2, 3])
func plannerMatchesTheFullEnumeration(_ seed: UInt64) throws {
    var rng = SplitMix64(seed: 300 + seed)
    let n = 60
    var edges: [(Int, Int, Double)] = [], seen = Set<Int>()
    for _ in 0 ..< 3 * n {
        let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
        if u != v && seen.insert(min(u, v) * n + max(u, v)).inserted {
            edges.append((u, v, [0.2, 0.35, 0.5, 0.8, 1.0].randomElement(using: &rng)!))
        }
    }
    let g = try Graph(nodeCount: n, weightedEdges: edges)
    let kinds: [ContactKind] = [.investor, .partner, .colleague, .client]
    let contacts = (0 ..< n).map { i in
        Contact(id: "c\(i)", name: "C\(i)", kind: i == 0 ? .me : kinds.randomElement(using: &rng)!, industry: "x",
                tags: Double.random(in: 0 ..< 1, using: &rng) < 0.1 ? ["do-not-ask"] : [])
    }
    let value = (0 ..< n).map { _ in [0.0, 0.25, 0.5, 1].randomElement(using: &rng)! }
    let declined = (0 ..< 4).map { _ in (Int.random(in: 0 ..< n, using: &rng), Int.random(in: 0 ..< n, using: &rng)) }
    let planner = IntroductionPlanner(graph: g, contacts: contacts, ego: 0, value: value, declinedSteps: declined,
                                      options: PlanningOptions(paths: 3, maxHops: 3, budget: 1))
    let goals = [Goal(name: "investors", filter: ContactFilter(kinds: [.investor]), count: 4),
                 Goal(name: "partners", filter: ContactFilter(kinds: [.partner, .investor]), count: 3)]
    let plan = try planner.plan(goals: goals)
    let reference = try referencePlan(planner, goals: goals)
    let mine = plan.asks.sorted { ($0.goal, $0.target) < ($1.goal, $1.target) }
    let theirs = reference.asks.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    #expect(mine.map(\.goal) == theirs.map(\.0) && mine.map(\.target) == theirs.map(\.1))
    #expect(mine.map(\.path.nodes) == theirs.map(\.2))
    #expect(mine.map { $0.alternatives.map(\.nodes) } == theirs.map(\.3))
    for (g, gp) in plan.goals.enumerated() {
        for t in gp.targets where t.status != .pending {
            let expected = reference.best[[g, t.contact]] ?? nil
            #expect((t.reliability == nil) == (expected == nil), "target \(t.contact)")
            if let a = t.reliability, let b = expected { #expect(abs(a - b) <= 1e-12 * b, "target \(t.contact): \(a) vs \(b)") }
            #expect((t.status == .planned || t.status == .plannedForOtherGoal) == (reference.planned[t.contact] != nil))
        }
    }
}

/// The demo workspace's goals (data/demo/liaison.toml): the same plan as the full enumeration.
@Test func demoPlanMatchesTheFullEnumeration() throws {
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/demo").path
    let (ws, _) = try WorkspaceLoader.load(from: demo)
    let me = try #require(ws.me)
    let planner = ws.introductionPlanner(strengths: ws.tieStrengths(asOf: nil, model: ws.config.tieStrength),
                                         qualityModel: ws.config.quality, ego: me, options: ws.config.planning)
    let goals = ws.config.goals
    #expect(!goals.isEmpty)
    let plan = try planner.plan(goals: goals)
    let reference = try referencePlan(planner, goals: goals)
    #expect(plan.asks.sorted { $0.target < $1.target }.map(\.path.nodes) == reference.asks.sorted { $0.1 < $1.1 }.map(\.2))
    for (g, gp) in plan.goals.enumerated() {
        for t in gp.targets where t.status != .pending && t.status != .plannedForOtherGoal {
            let expected = reference.best[[g, t.contact]] ?? nil
            #expect(t.reliability == expected, "target \(t.contact)")
        }
    }
}
