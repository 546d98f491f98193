import Foundation
import Testing
@testable import Liaison
@testable import LiaisonGraph

// Contacts by index; the graph weights are tie strengths given by hand, so every reliability below
// is a product written out in the test.
private func people(_ specs: [(String, ContactKind, [String])]) -> [Contact] {
    specs.map { Contact(id: $0.0, name: $0.0.capitalized, kind: $0.1, industry: "fintech", tags: $0.2) }
}

private func graph(_ n: Int, _ edges: [(Int, Int, Double)]) throws -> Graph {
    try Graph(nodeCount: n, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
              weights: edges.map(\.2))
}

private let investors = Goal(name: "investors", filter: ContactFilter(kinds: [.investor]), count: 2)

/// me(0) – anna(1) 0.9, me – oleg(2) 0.5; anna – boris(3) 0.5, anna – carl(4) 0.6,
/// oleg – boris 0.8, oleg – carl 0.3. Routes: carl via anna 0.9·0.6 = 0.54, via oleg 0.5·0.3 = 0.15;
/// boris via anna 0.9·0.5 = 0.45, via oleg 0.5·0.8 = 0.40.
private func twoIntroducers(annaTags: [String] = [], boris: ContactKind = .investor) throws -> IntroductionPlanner {
    let contacts = people([("me", .me, []), ("anna", .partner, annaTags), ("oleg", .colleague, []),
                           ("boris", boris, []), ("carl", .investor, [])])
    let g = try graph(5, [(0, 1, 0.9), (0, 2, 0.5), (1, 3, 0.5), (1, 4, 0.6), (2, 3, 0.8), (2, 4, 0.3)])
    return IntroductionPlanner(graph: g, contacts: contacts, ego: 0)
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 }

@Test func plansTheMostReliableRoutesBestFirst() throws {
    let plan = try twoIntroducers().plan(goals: [investors])
    #expect(plan.asks.map(\.target) == [4, 3])
    #expect(plan.asks.map(\.path.nodes) == [[0, 1, 4], [0, 1, 3]])
    #expect(close(plan.asks[0].path.reliability, 0.9 * 0.6) && close(plan.asks[1].path.reliability, 0.9 * 0.5))
    #expect(plan.asks.allSatisfy { $0.action == .askIntroduction })
    // Alternatives: the other route of each target (Yen's second path).
    #expect(plan.asks[0].alternatives.map(\.nodes) == [[0, 2, 4]])
    #expect(close(plan.asks[0].alternatives[0].reliability, 0.5 * 0.3))
    // Values are 0, so score = ½ · reliability.
    #expect(close(plan.asks[0].score, 0.5 * 0.54))
    #expect(plan.load == [1: 2])
}

@Test func budgetSpreadsAsksOverIntroducers() throws {
    var planner = try twoIntroducers()
    planner.options.budget = 1
    let plan = try planner.plan(goals: [investors])
    // Anna is asked once (carl, 0.54); boris then goes through oleg (0.40) instead of anna (0.45).
    #expect(plan.asks.map(\.path.nodes) == [[0, 1, 4], [0, 2, 3]])
    #expect(plan.load == [1: 1, 2: 1])
    // With oleg unavailable too (budget 1, one goal wanting 3 from 2 introducers with a third target
    // only via anna), the over-budget target is reported.
    let contacts = people([("me", .me, []), ("anna", .partner, []), ("boris", .investor, []), ("carl", .investor, [])])
    let g = try graph(4, [(0, 1, 0.9), (1, 2, 0.5), (1, 3, 0.6)])
    let tight = try IntroductionPlanner(graph: g, contacts: contacts, ego: 0, options: .init(budget: 1))
        .plan(goals: [Goal(name: "i", filter: ContactFilter(kinds: [.investor]), count: 2)])
    #expect(tight.asks.map(\.target) == [3])
    #expect(tight.goals[0].targets.map(\.status) == [.planned, .overBudget])
    #expect(tight.goals[0].shortfall == 1)
}

@Test func doNotAskContactsAreNeverIntroducers() throws {
    let plan = try twoIntroducers(annaTags: ["Do-Not-Ask"]).plan(goals: [investors])
    // Without anna: boris via oleg 0.40, carl via oleg 0.15.
    #expect(plan.asks.map(\.path.nodes) == [[0, 2, 3], [0, 2, 4]])
    #expect(plan.asks.allSatisfy { !$0.path.nodes.contains(1) && $0.alternatives.allSatisfy { !$0.nodes.contains(1) } })
    // A do-not-ask contact can still be a target.
    let asTarget = try twoIntroducers(annaTags: ["do-not-ask"]).plan(
        goals: [Goal(name: "anna", filter: ContactFilter(kinds: [.partner]))])
    #expect(asTarget.asks.map(\.action) == [.reachOut])
}

@Test func declinedIntroductionStepsAreAvoided() throws {
    var planner = try twoIntroducers()
    planner.declinedSteps = [(1, 3)]           // anna → boris was declined
    let plan = try planner.plan(goals: [investors])
    #expect(plan.asks.map(\.path.nodes) == [[0, 1, 4], [0, 2, 3]])
    #expect(plan.asks[1].alternatives.allSatisfy { !zip($0.nodes, $0.nodes.dropFirst()).contains { $0 == (1, 3) } })
}

@Test func maxHopsBoundsRoutesAndUnreachableTargetsGetBridges() throws {
    // A 4-tie chain me–a–b–c–t of 0.9 each (0.9⁴ = 0.6561) and a 3-tie route me–x–y–t of 0.5 each (0.125).
    let contacts = people([("me", .me, []), ("a", .other, []), ("b", .other, []), ("c", .other, []),
                           ("t", .investor, []), ("x", .other, []), ("y", .other, [])])
    let g = try graph(7, [(0, 1, 0.9), (1, 2, 0.9), (2, 3, 0.9), (3, 4, 0.9), (0, 5, 0.5), (5, 6, 0.5), (6, 4, 0.5)])
    let goal = Goal(name: "t", filter: ContactFilter(kinds: [.investor]))
    let four = try IntroductionPlanner(graph: g, contacts: contacts, ego: 0, options: .init(maxHops: 4)).plan(goals: [goal])
    #expect(four.asks.map(\.path.nodes) == [[0, 1, 2, 3, 4]])
    #expect(close(four.asks[0].path.reliability, 0.9 * 0.9 * 0.9 * 0.9))
    let three = try IntroductionPlanner(graph: g, contacts: contacts, ego: 0, options: .init(maxHops: 3)).plan(goals: [goal])
    #expect(three.asks.map(\.path.nodes) == [[0, 5, 6, 4]])
    #expect(close(three.asks[0].path.reliability, 0.125))
    let two = try IntroductionPlanner(graph: g, contacts: contacts, ego: 0, options: .init(maxHops: 2)).plan(goals: [goal])
    #expect(two.asks.isEmpty)
    #expect(two.goals[0].targets.map(\.status) == [.unreachable])
    // Bridges: c and y are both one tie from t; y is 2 ties from you and c 3, so y comes first.
    #expect(two.goals[0].bridges.map(\.contact).prefix(2) == [6, 3])
    #expect(two.goals[0].bridges[0].hopsFromYou == 2 && two.goals[0].bridges[0].hopsToGoal == 1)
}

@Test func directTiesAreReachOutsAndBridgesInAnotherComponent() throws {
    // me–eva (investor) 0.3, me–anna 0.9, anna–eva 0.9 (0.81 via anna); a separate star 5–6, 6–7 with
    // investor 5 whose best-connected neighbour is 6.
    let contacts = people([("me", .me, []), ("eva", .investor, []), ("anna", .partner, []), ("z", .other, []),
                           ("w", .other, []), ("far", .investor, []), ("hub", .other, []), ("leaf", .other, [])])
    let g = try graph(8, [(0, 1, 0.3), (0, 2, 0.9), (2, 1, 0.9), (0, 3, 0.5), (3, 4, 0.5),
                          (5, 6, 0.5), (6, 7, 0.5)])
    let plan = try IntroductionPlanner(graph: g, contacts: contacts, ego: 0)
        .plan(goals: [Goal(name: "i", filter: ContactFilter(kinds: [.investor]), count: 2)])
    #expect(plan.asks.map(\.action) == [.reachOut])
    #expect(plan.asks[0].target == 1 && close(plan.asks[0].path.reliability, 0.3))
    #expect(plan.asks[0].alternatives.map(\.nodes) == [[0, 2, 1]])
    #expect(plan.load.isEmpty)
    let gp = plan.goals[0]
    #expect(gp.targets.map(\.status) == [.planned, .unreachable])
    // Nobody you can reach is connected to "far": the hub of its component (betweenness 1 there).
    #expect(gp.bridges.first?.contact == 6 && gp.bridges.first?.hopsFromYou == nil && gp.bridges.first?.hopsToGoal == 1)
}

@Test func countLimitsTargetsAndATargetIsPlannedOnce() throws {
    let planner = try twoIntroducers()
    let one = Goal(name: "one", filter: ContactFilter(kinds: [.investor]), count: 1)
    let carl = Goal(name: "carl", filter: ContactFilter(text: "carl"), count: 1)
    let plan = try planner.plan(goals: [one, carl])
    #expect(plan.asks.count == 1 && plan.asks[0].target == 4 && plan.asks[0].goal == 0)
    #expect(plan.goals[0].targets.map(\.status) == [.planned, .notNeeded])
    #expect(plan.goals[1].targets.map(\.status) == [.plannedForOtherGoal])
    #expect(plan.goals[1].shortfall == 1)
}

@Test func valueWeighsIntoTheOrder() throws {
    // boris (0.45) is worth 1, carl (0.54) nothing: (½ + ½·1)·0.45 = 0.45 > ½·0.54 = 0.27.
    var planner = try twoIntroducers()
    planner.value = [0, 0, 0, 1, 0]
    let plan = try planner.plan(goals: [Goal(name: "one", filter: ContactFilter(kinds: [.investor]), count: 1)])
    #expect(plan.asks.map(\.target) == [3])
}

@Test func newOnlyGoalsLeaveOutPeopleYouKnow() throws {
    // anna (partner) is tied to you; with new = true only untied partners count — there are none.
    let planner = try twoIntroducers(boris: .partner)
    let known = try planner.plan(goals: [Goal(name: "p", filter: ContactFilter(kinds: [.partner]), count: 2)])
    #expect(known.asks.map(\.target) == [1, 3])
    #expect(known.asks.map(\.action) == [.reachOut, .askIntroduction])
    let fresh = try planner.plan(goals: [Goal(name: "p", filter: ContactFilter(kinds: [.partner]), count: 2, newOnly: true)])
    #expect(fresh.asks.map(\.target) == [3])
    #expect(fresh.goals[0].targets.map(\.contact) == [3])
}
